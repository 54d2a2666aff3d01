package io.github.cameltencent.tts.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** Filters of describe templates (GET /template): ids (comma list), name prefix, category, paging. */
public record TemplateQuery(String ids, String name, String category, Integer pageNumber, Integer pageSize) {

    public Map<String, String> toParams() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tag", "Tts");
        ListJobsQuery.put(p, "ids", ids);
        ListJobsQuery.put(p, "name", name);
        ListJobsQuery.put(p, "category", category);
        ListJobsQuery.put(p, "pageNumber", pageNumber == null ? null : pageNumber.toString());
        ListJobsQuery.put(p, "pageSize", pageSize == null ? null : pageSize.toString());
        return p;
    }
}
