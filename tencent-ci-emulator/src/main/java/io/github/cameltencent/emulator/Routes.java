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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.ci.CiQueue;
import io.github.cameltencent.emulator.ci.CiService;
import io.github.cameltencent.emulator.cos.CosObjects;
import io.github.cameltencent.emulator.http.HttpRequest;
import io.github.cameltencent.emulator.http.HttpResponse;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * The operations, one line each: which host family, method and (decoded) path make which operation, and what
 * serves it. Adding an operation is adding a line here. Operation names are what faults and request counters are
 * keyed by, so {@link Faults} checks every name it is given against this table. Job look-ups take one id or
 * several joined by a raw comma, as the SDKs send them ({@code /jobs/<id1>,<id2>}); the path is matched decoded,
 * so {@code %2C} reads as a comma too.
 */
final class Routes {

    /** The largest XML body the CI API accepts. */
    static final int MAX_XML_BYTES = 1024 * 1024;

    enum Host {
        CI, COS
    }

    /** One request as a route serves it: the rooms, the bucket and region of its host, and the request. */
    record Call(CiService ci, CosObjects cos, String bucket, String region, HttpRequest request) {

        /** The last path segment: the job id(s), template id or queue id of the routes that name one. */
        String tail() {
            String p = request.path();
            return p.substring(p.indexOf('/', 1) + 1);
        }

        /** CI answers a body it cannot read with InvalidContent (400), or 413 when it is too large. */
        XmlNode xmlBody() {
            byte[] body = request.body();
            if (body.length == 0) {
                throw new ServiceError(400, "MissingContent", "the request needs an XML body");
            }
            if (body.length > MAX_XML_BYTES) {
                throw new ServiceError(413, "InvalidContent", "the XML body is larger than " + MAX_XML_BYTES
                        + " bytes");
            }
            try {
                return XmlNode.parse(body);
            } catch (XmlNode.MalformedXmlException e) {
                throw ServiceError.invalidContent(e.getMessage());
            }
        }
    }

    @FunctionalInterface
    interface Handler {
        HttpResponse serve(Call call);
    }

    record Route(Host host, String method, Pattern path, String operation, Handler handler) {
    }

    private static final String SEGMENT = "[^/]+";

    static final List<Route> TABLE = List.of(
            ci("POST", "/jobs", "submitJob", c -> xml(c.ci().jobs().submit(c.bucket(), c.region(), c.xmlBody()))),
            ci("GET", "/jobs", "listJobs", c -> xml(c.ci().jobs().listJobs(c.bucket(), c.request()::param))),
            ci("GET", "/jobs/" + SEGMENT, "getJob", c -> xml(c.ci().jobs().describeJob(c.bucket(), c.tail()))),
            ci("PUT", "/jobs/" + SEGMENT, "cancelJob", c -> {
                c.ci().jobs().cancel(c.bucket(), c.tail());
                return HttpResponse.of(200);
            }),
            ci("POST", "/template", "createTemplate", c -> xml(c.ci().templates().create(c.bucket(), c.xmlBody()))),
            ci("GET", "/template", "getTemplates", c -> xml(c.ci().templates().describe(c.bucket(),
                    c.request()::param))),
            ci("PUT", "/template/" + SEGMENT, "updateTemplate", c -> xml(c.ci().templates().update(c.bucket(),
                    c.tail(), c.xmlBody()))),
            ci("DELETE", "/template/" + SEGMENT, "deleteTemplate", c -> xml(c.ci().templates().delete(c.bucket(),
                    c.tail()))),
            ci("GET", "/asrqueue", "getSpeechQueues", c -> xml(c.ci().queues().describe(CiQueue.Family.SPEECH,
                    c.bucket(), c.request()::param))),
            ci("PUT", "/asrqueue/" + SEGMENT, "updateSpeechQueue", c -> xml(c.ci().queues().update(
                    CiQueue.Family.SPEECH, c.bucket(), c.tail(), c.xmlBody()))),
            ci("GET", "/queue", "getQueues", c -> xml(c.ci().queues().describe(CiQueue.Family.MEDIA, c.bucket(),
                    c.request()::param))),
            ci("PUT", "/queue/" + SEGMENT, "updateQueue", c -> xml(c.ci().queues().update(CiQueue.Family.MEDIA,
                    c.bucket(), c.tail(), c.xmlBody()))),
            cos("PUT", "putObject", c -> c.cos().put(c.bucket(), c.request())),
            cos("GET", "getObject", c -> c.cos().get(c.bucket(), c.request())),
            cos("HEAD", "headObject", c -> c.cos().head(c.bucket(), c.request())),
            cos("DELETE", "deleteObject", c -> c.cos().delete(c.bucket(), c.request())));

    /** Every operation name, and {@link Faults#ALL}. */
    static final Set<String> OPERATIONS = operations();

    private Routes() {
    }

    private static Route ci(String method, String path, String operation, Handler handler) {
        return new Route(Host.CI, method, Pattern.compile(path), operation, handler);
    }

    private static Route cos(String method, String operation, Handler handler) {
        return new Route(Host.COS, method, Pattern.compile("/.+", Pattern.DOTALL), operation, handler);
    }

    private static HttpResponse xml(XmlNode result) {
        return result == null ? HttpResponse.of(200) : HttpResponse.xml(200, result.toXml());
    }

    private static Set<String> operations() {
        Set<String> names = new TreeSet<>();
        names.add(Faults.ALL);
        TABLE.forEach(r -> names.add(r.operation()));
        return names;
    }

    /** The route this request asks for, or null. */
    static Route find(Host host, HttpRequest r) {
        for (Route route : TABLE) {
            if (route.host == host && route.method.equals(r.method()) && route.path.matcher(r.path()).matches()) {
                return route;
            }
        }
        return null;
    }

    /** Refuses a name no route has, naming those it could have been, so a misspelt fault never silently idles. */
    static String requireKnown(String operation) {
        if (!OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("unknown operation '" + operation + "'; the operations are "
                    + String.join(", ", OPERATIONS));
        }
        return operation;
    }
}
