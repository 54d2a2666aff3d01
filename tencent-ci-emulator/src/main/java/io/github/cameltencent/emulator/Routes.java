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
package io.github.cameltencent.emulator;

import java.util.List;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.http.HttpRequest;

/**
 * The routing table: which host family, method and (decoded) path make which operation. Operation names are what
 * faults and request counters are keyed by. Job look-ups take one id or several joined by a raw comma, as the
 * SDKs send them ({@code /jobs/<id1>,<id2>}); the path is matched decoded, so {@code %2C} reads as a comma too.
 */
final class Routes {

    enum Host {
        CI, COS
    }

    record Route(Host host, String method, Pattern path, String operation) {
    }

    private static final String SEGMENT = "[^/]+";

    static final List<Route> TABLE = List.of(
            ci("POST", "/jobs", "submitJob"),
            ci("GET", "/jobs", "listJobs"),
            ci("GET", "/jobs/" + SEGMENT, "getJob"),
            ci("PUT", "/jobs/" + SEGMENT, "cancelJob"),
            ci("POST", "/template", "createTemplate"),
            ci("GET", "/template", "getTemplates"),
            ci("PUT", "/template/" + SEGMENT, "updateTemplate"),
            ci("DELETE", "/template/" + SEGMENT, "deleteTemplate"),
            ci("GET", "/asrqueue", "getSpeechQueues"),
            ci("PUT", "/asrqueue/" + SEGMENT, "updateSpeechQueue"),
            ci("GET", "/queue", "getQueues"),
            ci("PUT", "/queue/" + SEGMENT, "updateQueue"),
            cos("PUT", "/.+", "putObject"),
            cos("GET", "/.+", "getObject"),
            cos("HEAD", "/.+", "headObject"),
            cos("DELETE", "/.+", "deleteObject"));

    private Routes() {
    }

    private static Route ci(String method, String path, String operation) {
        return new Route(Host.CI, method, Pattern.compile(path), operation);
    }

    private static Route cos(String method, String path, String operation) {
        return new Route(Host.COS, method, Pattern.compile(path, Pattern.DOTALL), operation);
    }

    /** The operation this request asks for, or {@code "unknown"}. */
    static String operation(Host host, HttpRequest r) {
        for (Route route : TABLE) {
            if (route.host == host && route.method.equals(r.method()) && route.path.matcher(r.path()).matches()) {
                return route.operation;
            }
        }
        return "unknown";
    }

    /** The last path segment: the job id(s), template id or queue id of the routes that name one. */
    static String tail(HttpRequest r) {
        String p = r.path();
        return p.substring(p.indexOf('/', 1) + 1);
    }
}
