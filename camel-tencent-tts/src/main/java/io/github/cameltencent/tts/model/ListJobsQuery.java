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

/**
 * Filters of list jobs (GET /jobs). Null fields are not sent. Times look like 2023-11-14T00:00:00+0800.
 *
 * @param states comma list of Submitted, Running, Success, Failed, Pause, Cancel or All
 * @param size   page size, 1 to 100
 */
public record ListJobsQuery(String queueId, String states, String startCreationTime, String endCreationTime,
                            String orderByTime, Integer size, String nextToken) {

    public Map<String, String> toParams() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tag", "Tts");
        put(p, "queueId", queueId);
        put(p, "states", states);
        put(p, "startCreationTime", startCreationTime);
        put(p, "endCreationTime", endCreationTime);
        put(p, "orderByTime", orderByTime);
        put(p, "size", size == null ? null : size.toString());
        put(p, "nextToken", nextToken);
        return p;
    }

    static void put(Map<String, String> p, String name, String value) {
        if (value != null && !value.isEmpty()) {
            p.put(name, value);
        }
    }
}
