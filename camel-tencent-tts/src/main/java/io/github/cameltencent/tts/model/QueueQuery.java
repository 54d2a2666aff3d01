package io.github.cameltencent.tts.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** Filters of describe speech queues (GET /asrqueue): queue ids (comma list), state Active|Paused, paging. */
public record QueueQuery(String queueIds, String state, Integer pageNumber, Integer pageSize) {

    public Map<String, String> toParams() {
        Map<String, String> p = new LinkedHashMap<>();
        ListJobsQuery.put(p, "queueIds", queueIds);
        ListJobsQuery.put(p, "state", state);
        ListJobsQuery.put(p, "pageNumber", pageNumber == null ? null : pageNumber.toString());
        ListJobsQuery.put(p, "pageSize", pageSize == null ? null : pageSize.toString());
        return p;
    }
}
