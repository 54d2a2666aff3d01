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

import static io.github.cameltencent.emulator.RawClient.BUCKET;
import static io.github.cameltencent.emulator.RawClient.CI_HOST;
import static io.github.cameltencent.emulator.RawClient.COS_HOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.cameltencent.emulator.xml.XmlNode;

/** The speech queue family, CI's error codes, batch look-ups and the documented samples, over real HTTP. */
class SpeechQueueAndFidelityTest {

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDTEST", "testkey")
            .configure(b -> b.processingTime(Duration.ofMillis(50)).concurrency(2).speech(false));

    RawClient client;

    @BeforeEach
    void client() {
        client = new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey");
    }

    private static List<String> names(XmlNode n) {
        return n.children().stream().map(XmlNode::name).toList();
    }

    @Test
    void describeSpeechQueuesAnswersWithTheDocumentedElements() {
        String queue = EXT.emulator().queueId(BUCKET);
        XmlNode r = client.ci("GET", "/asrqueue?queueIds=" + queue + ",pnothere&state=Active&pageNumber=1&pageSize=10",
                null).xml();
        assertThat(names(r)).containsExactly("RequestId", "TotalCount", "PageNumber", "PageSize", "QueueList",
                "NonExistPIDs");
        XmlNode q = r.child("QueueList");
        // order and names as in the DescribeSpeechQueues response sample
        assertThat(names(q)).containsExactly("QueueId", "Name", "State", "MaxSize", "MaxConcurrent", "UpdateTime",
                "CreateTime", "NotifyConfig");
        assertThat(q.get("QueueId")).isEqualTo(queue).isNotEqualTo(EXT.emulator().mediaQueueId(BUCKET));
        assertThat(q.get("MaxSize")).isEqualTo("10000");
        assertThat(names(q.child("NotifyConfig"))).contains("Url", "Type", "State", "Event");
        assertThat(r.path("NonExistPIDs").get("QueueID")).isEqualTo("pnothere");
        assertThat(client.ci("GET", "/asrqueue?state=Paused", null).xml().get("TotalCount")).isEqualTo("0");
    }

    @Test
    void jobsReportTheSpeechQueueAndQueueTypeSpeeching() {
        XmlNode d = client.ci("POST", "/jobs", RawClient.ttsJob("which queue", "", "")).xml().child("JobsDetail");
        assertThat(d.get("QueueId")).isEqualTo(EXT.emulator().queueId(BUCKET));
        assertThat(d.get("QueueType")).isEqualTo("Speeching");
        String id = d.get("JobId");
        XmlNode listed = client.ci("GET", "/jobs?tag=Tts&size=100&queueId=" + EXT.emulator().queueId(BUCKET), null)
                .xml();
        assertThat(listed.all("JobsDetail")).extracting(j -> j.get("JobId")).contains(id);
        assertThat(listed.all("JobsDetail")).extracting(j -> j.get("QueueType")).containsOnly("Speeching");
        // the media queue holds no TTS job, and is no place to submit one
        assertThat(client.ci("GET", "/jobs?tag=Tts&queueId=" + EXT.emulator().mediaQueueId(BUCKET), null).xml()
                .all("JobsDetail")).isEmpty();
        RawClient.Response wrong = client.ci("POST", "/jobs", RawClient.ttsJob("wrong queue", "",
                "<QueueId>" + EXT.emulator().mediaQueueId(BUCKET) + "</QueueId>"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.xml().get("Message")).contains("/asrqueue");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no name|<State>Active</State><NotifyConfig><State>Off</State></NotifyConfig>|Name",
        "bad name|<Name>a b</Name><State>Active</State><NotifyConfig><State>Off</State></NotifyConfig>|Name",
        "no state|<Name>q</Name><NotifyConfig><State>Off</State></NotifyConfig>|State",
        "bad state|<Name>q</Name><State>Sleeping</State><NotifyConfig><State>Off</State></NotifyConfig>|State",
        "no notify config|<Name>q</Name><State>Active</State>|NotifyConfig",
        "notify on without event|<Name>q</Name><State>Active</State><NotifyConfig><State>On</State><Type>Url</Type><Url>http://x</Url></NotifyConfig>|Event",
        "unknown event|<Name>q</Name><State>Active</State><NotifyConfig><State>On</State><Type>Url</Type><Event>Done</Event></NotifyConfig>|Event",
        "unknown type|<Name>q</Name><State>Active</State><NotifyConfig><Type>Kafka</Type></NotifyConfig>|Type",
        "other queue id|<Name>q</Name><QueueID>pother</QueueID><State>Active</State><NotifyConfig/>|QueueID",
    })
    void updateSpeechQueueValidatesTheDocumentedBody(String name, String body, String field) {
        RawClient.Response r = client.ci("PUT", "/asrqueue/" + EXT.emulator().queueId(BUCKET),
                "<Request>" + body + "</Request>");
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("InvalidArgument");
        assertThat(r.xml().get("Message")).contains(field);
    }

    @Test
    void updateSpeechQueueAnswersTheQueue() {
        String queue = EXT.emulator().queueId(BUCKET);
        RawClient.Response r = client.ci("PUT", "/asrqueue/" + queue, "<Request><Name>My-Queue-asr</Name>"
                + "<State>Active</State><NotifyConfig><State>On</State><Url>http://127.0.0.1:1/cb</Url><Type>Url</Type>"
                + "<Event>TaskFinish,WorkflowFinish</Event><ResultFormat>JSON</ResultFormat></NotifyConfig></Request>");
        try {
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(names(r.xml())).containsExactly("RequestId", "Queue");
            XmlNode q = r.xml().child("Queue");
            assertThat(q.get("Name")).isEqualTo("My-Queue-asr");
            assertThat(q.path("NotifyConfig").get("Event")).isEqualTo("TaskFinish,WorkflowFinish");
            assertThat(q.path("NotifyConfig").get("ResultFormat")).isEqualTo("JSON");
            assertThat(client.ci("PUT", "/asrqueue/pdeadbeef", "<Request/>").status()).isEqualTo(400);
            // the media family is a different queue: its id is unknown to /asrqueue
            assertThat(client.ci("PUT", "/asrqueue/" + EXT.emulator().mediaQueueId(BUCKET), "<Request><Name>q</Name>"
                    + "<State>Active</State><NotifyConfig/></Request>").status()).isEqualTo(400);
        } finally {
            client.ci("PUT", "/asrqueue/" + queue, "<Request><Name>speech-queue</Name><State>Active</State>"
                    + "<NotifyConfig><State>Off</State></NotifyConfig></Request>");
        }
    }

    @Test
    void aFullQueueAnswersQueueSaturated() {
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey").speech(false)
                .queueMaxSize(2).start()) {
            RawClient c = new RawClient(emu.port(), "AKIDTEST", "testkey");
            String queue = emu.queueId(BUCKET);
            assertThat(c.ci("PUT", "/asrqueue/" + queue, "<Request><Name>full</Name><State>Paused</State>"
                    + "<NotifyConfig/></Request>").status()).isEqualTo(200);
            for (int i = 0; i < 2; i++) {
                assertThat(c.ci("POST", "/jobs", RawClient.ttsJob("wait " + i, "", "")).status()).isEqualTo(200);
            }
            RawClient.Response full = c.ci("POST", "/jobs", RawClient.ttsJob("one too many", "", ""));
            assertThat(full.status()).isEqualTo(403);
            assertThat(full.errorCode()).isEqualTo("QueueSaturated");
            assertThat(c.ci("PUT", "/asrqueue/" + queue, "<Request><Name>full</Name><State>Active</State>"
                    + "<NotifyConfig/></Request>").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> emu.jobs().stream().allMatch(j -> j.isTerminal()));
            assertThat(c.ci("POST", "/jobs", RawClient.ttsJob("room again", "", "")).status()).isEqualTo(200);
        }
    }

    @Test
    void batchLookUpTakesTheRawCommaTheSdksSend() {
        String a = client.ci("POST", "/jobs", RawClient.ttsJob("first", "", "")).xml().child("JobsDetail").get("JobId");
        String b = client.ci("POST", "/jobs", RawClient.ttsJob("second", "", "")).xml().child("JobsDetail")
                .get("JobId");
        String missing = "jdeadbeefdeadbeefdeadbeefdeadbeef";
        // SDK-Go DescribeMultiMediaJob: "/jobs/" + strings.Join(jobids, ","), the comma unescaped on the wire
        RawClient.Response raw = client.ci("GET", "/jobs/" + a + "," + b + "," + missing, null);
        assertThat(raw.status()).as(raw.text()).isEqualTo(200);
        assertThat(raw.xml().all("JobsDetail")).extracting(d -> d.get("JobId")).containsExactly(a, b);
        assertThat(raw.xml().get("NonExistJobIds")).isEqualTo(missing);
        // the path is read decoded (it is signed decoded), so an escaped comma means the same
        RawClient.Response escaped = client.ci("GET", "/jobs/" + a + "%2C" + b, null);
        assertThat(escaped.status()).as(escaped.text()).isEqualTo(200);
        assertThat(escaped.xml().all("JobsDetail")).extracting(d -> d.get("JobId")).containsExactly(a, b);
    }

    @Test
    void theSubmitTtsTaskSampleIsAnsweredLikeItsDocumentedResponse() throws IOException {
        String bucket = "test-123456789";
        String host = bucket + ".ci.ap-chongqing.myqcloud.com";
        RawClient.Response t = client.signed("POST", host, "/template", ("<Request><Tag>Tts</Tag><Name>tts_demo</Name>"
                + "</Request>").getBytes(StandardCharsets.UTF_8), "application/xml");
        String templateId = t.xml().path("Template").get("TemplateId");
        String request = resource("submit-tts-request.xml").replace("t1460606b9752148c4ab182f55163ba7cd", templateId);
        RawClient.Response r = client.signed("POST", host, "/jobs", request.getBytes(StandardCharsets.UTF_8),
                "application/xml");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        XmlNode expected;
        try {
            expected = XmlNode.parse(resource("submit-tts-response.xml").getBytes(StandardCharsets.UTF_8));
        } catch (XmlNode.MalformedXmlException e) {
            throw new AssertionError(e);
        }
        // ids and times are the emulator's own; the sample's answer names another Object than its request (doc slip)
        Set<String> varies = Set.of("Response/JobsDetail/JobId", "Response/JobsDetail/CreationTime",
                "Response/JobsDetail/QueueId", "Response/JobsDetail/Operation/TemplateId",
                "Response/JobsDetail/Operation/Output/Object");
        List<String> differences = new ArrayList<>();
        compare(expected, r.xml(), expected.name(), varies, differences);
        assertThat(differences).isEmpty();
        XmlNode d = r.xml().child("JobsDetail");
        assertThat(d.get("JobId")).matches("j[0-9a-f]{32}");
        assertThat(d.get("QueueId")).isEqualTo(EXT.emulator().queueId(bucket));
    }

    private static void compare(XmlNode want, XmlNode got, String path, Set<String> varies, List<String> out) {
        List<String> wantNames = names(want);
        List<String> gotNames = names(got);
        if (!wantNames.equals(gotNames)) {
            out.add(path + ": children " + gotNames + " instead of " + wantNames);
            return;
        }
        if (wantNames.isEmpty()) {
            if (!varies.contains(path) && !want.text().trim().equals(got.text().trim())) {
                out.add(path + ": '" + got.text() + "' instead of '" + want.text() + "'");
            }
            return;
        }
        for (int i = 0; i < wantNames.size(); i++) {
            compare(want.children().get(i), got.children().get(i), path + "/" + wantNames.get(i), varies, out);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SpeechQueueAndFidelityTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void cosKeepsItsOwnAuthenticationCodes() {
        RawClient wrongKey = new RawClient(EXT.emulator().port(), "AKIDTEST", "otherkey");
        RawClient.Response mismatch = wrongKey.cos("GET", "any.txt", null, null, Map.of());
        assertThat(mismatch.status()).isEqualTo(403);
        assertThat(mismatch.errorCode()).isEqualTo("SignatureDoesNotMatch");
        RawClient.Response unknown = new RawClient(EXT.emulator().port(), "AKIDNOBODY", "k")
                .cos("GET", "any.txt", null, null, Map.of());
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.errorCode()).isEqualTo("InvalidAccessKeyId");
        RawClient.Response skewed = new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey").clockOffset(3600)
                .cos("GET", "any.txt", null, null, Map.of());
        assertThat(skewed.status()).isEqualTo(403);
        assertThat(skewed.errorCode()).isEqualTo("RequestTimeTooSkewed");
        RawClient.Response expired = new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey").clockOffset(-3600)
                .cos("GET", "any.txt", null, null, Map.of());
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.errorCode()).isEqualTo("AccessDenied");
        assertThat(expired.xml().get("Message")).isEqualTo("Request has expired");
        assertThat(client.signed("GET", COS_HOST, "/", null, null).errorCode()).isEqualTo("InvalidUrl");
    }

    @Test
    void ciRequestFailuresUseCiCodes() {
        // a PUT or POST without Content-Length: 411 MissingContentLength
        RawClient.Response noLength = client.exchange(("POST /jobs HTTP/1.1\r\nHost: " + CI_HOST + "\r\nAuthorization: "
                + client.authorization("POST", "/jobs", Map.of("Host", CI_HOST)) + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8), false);
        assertThat(noLength.status()).as(noLength.text()).isEqualTo(411);
        assertThat(noLength.errorCode()).isEqualTo("MissingContentLength");
        assertThat(client.ci("POST", "/jobs", "not xml at all").errorCode()).isEqualTo("InvalidContent");
        assertThat(client.ci("POST", "/jobs", "<Wrong/>").errorCode()).isEqualTo("InvalidContent");
        assertThat(client.ci("GET", "/template?tag=Tts&category=Shared", null).xml().get("Message"))
                .contains("category");
        assertThat(client.ci("GET", "/template?tag=Tts&category=Official", null).xml().get("TotalCount"))
                .isEqualTo("0");
    }

    @Test
    void aHostileDeeplyNestedBodyGetsAClearAnswer() {
        int depth = 100_000;
        String body = "<a>".repeat(depth) + "</a>".repeat(depth);
        RawClient.Response r = client.ci("POST", "/jobs", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("InvalidContent");
        assertThat(r.xml().get("Message")).contains("deeper than");
        // and the emulator still serves the next request
        assertThat(client.ci("GET", "/jobs?tag=Tts", null).status()).isEqualTo(200);
    }
}
