/*
 * Copyright The camel-tencent-tts Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
