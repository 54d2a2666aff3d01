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
