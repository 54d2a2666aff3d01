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
