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
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.cameltencent.emulator.xml.XmlNode;

/** The CI job, template and queue API over real HTTP, as a client of the real service would see it. */
class CiApiTest {

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDTEST", "testkey")
            .configure(b -> b.processingTime(Duration.ofMillis(100)).concurrency(2).failMarker("#fail#"));

    RawClient client;

    @BeforeEach
    void client() {
        client = new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey");
    }

    private XmlNode submitOk(String body) {
        RawClient.Response r = client.ci("POST", "/jobs", body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.header("x-ci-request-id")).isNotBlank();
        return r.xml().child("JobsDetail");
    }

    private XmlNode describe(String jobId) {
        RawClient.Response r = client.ci("GET", "/jobs/" + jobId, null);
        assertThat(r.status()).isEqualTo(200);
        return r.xml().child("JobsDetail");
    }

    private String awaitState(String jobId, String... states) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> describe(jobId).get("State"),
                s -> List.of(states).contains(s));
    }

    @Test
    void submitAnswersSubmittedAndEchoesTheOperation() {
        XmlNode d = submitOk(RawClient.ttsJob("hello world", "<UserData>tag-1</UserData><JobLevel>1</JobLevel>", ""));
        assertThat(d.get("State")).isEqualTo("Submitted");
        assertThat(d.get("StartTime")).isEqualTo("-");
        assertThat(d.get("EndTime")).isEqualTo("-");
        assertThat(d.get("Code")).isEqualTo("Success");
        assertThat(d.get("Tag")).isEqualTo("Tts");
        assertThat(d.get("JobId")).matches("j[0-9a-f]{32}");
        assertThat(d.get("CreationTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0800");
        assertThat(d.get("QueueId")).isEqualTo(EXT.emulator().queueId(BUCKET));
        XmlNode op = d.child("Operation");
        assertThat(op.path("TtsTpl").get("VoiceType")).isEqualTo("ruxue");
        assertThat(op.path("TtsTpl").get("Mode")).isEqualTo("Sync");
        assertThat(op.path("TtsConfig").get("Input")).isEqualTo("hello world");
        assertThat(op.path("Output").get("Bucket")).isEqualTo(BUCKET);
        assertThat(op.get("UserData")).isEqualTo("tag-1");
        assertThat(op.get("JobLevel")).isEqualTo("1");
    }

    @Test
    void jobRunsToSuccessWithMediaResult() {
        String id = submitOk(RawClient.ttsJob("hello from the emulator", "", "")).get("JobId");
        assertThat(awaitState(id, "Success")).isEqualTo("Success");
        XmlNode d = describe(id);
        assertThat(d.get("StartTime")).isNotEmpty();
        assertThat(d.get("EndTime")).isNotEmpty();
        XmlNode file = d.path("Operation", "MediaResult", "OutputFile");
        String object = d.path("Operation", "Output").get("Object");
        assertThat(file.get("ObjectName")).isEqualTo(object);
        assertThat(file.path("Md5Info").get("Md5")).isEqualTo(EXT.emulator().object(BUCKET, object).md5());
        assertThat(d.path("Operation", "MediaInfo", "Stream", "Audio").get("CodecName")).isEqualTo("mp3");
    }

    @Test
    void elementOrderIsFreeAndUnknownElementsAreIgnored() {
        String body = "<Request><BucketName>" + BUCKET + "</BucketName><Operation><Output><Object>o/x.wav</Object>"
                + "<Bucket>" + BUCKET + "</Bucket><Region>ap-guangzhou</Region></Output><Whatever>1</Whatever>"
                + "<TtsConfig><Input>hi there</Input><InputType>Text</InputType></TtsConfig>"
                + "<TtsTpl><VoiceType>alice</VoiceType><Codec>wav</Codec><Mode>Async</Mode></TtsTpl>"
                + "</Operation><Tag>Tts</Tag><QueueType>Common</QueueType></Request>";
        XmlNode d = submitOk(body);
        assertThat(d.path("Operation", "TtsTpl").get("Mode")).isEqualTo("Async");
        assertThat(d.path("Operation", "TtsTpl").get("Codec")).isEqualTo("wav");
    }

    @Test
    void textLimitCountsCharactersNotBytes() {
        String cjk300 = "语".repeat(300);
        submitOk(RawClient.ttsJob(cjk300, "", ""));
        String emoji300 = "😀".repeat(300); // 600 UTF-16 units, 300 characters
        submitOk(RawClient.ttsJob(emoji300, "", ""));
        RawClient.Response r = client.ci("POST", "/jobs", RawClient.ttsJob("语".repeat(301), "", ""));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("InvalidArgument");
        assertThat(r.xml().get("Message")).contains("301").contains("300");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "volume too high|<TtsTpl><Volume>11</Volume></TtsTpl>|Volume",
        "volume too low|<TtsTpl><Volume>-11</Volume></TtsTpl>|Volume",
        "speed too low|<TtsTpl><Speed>49</Speed></TtsTpl>|Speed",
        "speed too high|<TtsTpl><Speed>201</Speed></TtsTpl>|Speed",
        "speed not a number|<TtsTpl><Speed>fast</Speed></TtsTpl>|Speed",
        "unknown codec|<TtsTpl><Codec>ogg</Codec></TtsTpl>|Codec",
        "unknown mode|<TtsTpl><Mode>Later</Mode></TtsTpl>|Mode",
        "unknown voice|<TtsTpl><VoiceType>nobody</VoiceType></TtsTpl>|VoiceType",
        "async-only voice in Sync|<TtsTpl><Mode>Sync</Mode><VoiceType>aixiaonan</VoiceType></TtsTpl>|Sync",
        "emotion on a plain voice|<TtsTpl><VoiceType>ruxue</VoiceType><Emotion>arousal</Emotion></TtsTpl>|Emotion",
        "unknown template|<TemplateId>t1deadbeefdeadbeefdeadbeefdeadbeef</TemplateId>|TemplateId",
        "neither template nor tpl||TemplateId or a TtsTpl",
    })
    void voiceSettingsAreValidated(String name, String tpl, String field) {
        RawClient.Response r = client.ci("POST", "/jobs", RawClient.job(tpl, "hello", "x.mp3"));
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("InvalidArgument");
        assertThat(r.xml().get("Message")).contains(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "user data not ascii|<UserData>caf\u00e9</UserData>|UserData",
        "job level 3|<JobLevel>3</JobLevel>|JobLevel",
        "job level word|<JobLevel>high</JobLevel>|JobLevel",
    })
    void operationFieldsAreValidated(String name, String extra, String field) {
        RawClient.Response r = client.ci("POST", "/jobs", RawClient.ttsJob("hello", extra, ""));
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.xml().get("Message")).contains(field);
    }

    @Test
    void userDataLimitIs1024() {
        submitOk(RawClient.ttsJob("hello", "<UserData>" + "u".repeat(1024) + "</UserData>", ""));
        RawClient.Response r = client.ci("POST", "/jobs", RawClient.ttsJob("hello", "<UserData>" + "u".repeat(1025)
                + "</UserData>", ""));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.xml().get("Message")).contains("1024");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad callback format|<CallBackFormat>YAML</CallBackFormat>|CallBackFormat",
        "bad callback type|<CallBackType>Kafka</CallBackType>|CallBackType",
        "tdmq without config|<CallBackType>TDMQ</CallBackType>|CallBackMqConfig",
        "tdmq bad region|<CallBackType>TDMQ</CallBackType><CallBackMqConfig><MqRegion>xx</MqRegion><MqMode>Queue</MqMode><MqName>t</MqName></CallBackMqConfig>|MqRegion",
        "bad callback url|<CallBack>ftp://x</CallBack>|CallBack",
        "unknown queue|<QueueId>pdeadbeefdeadbeefdeadbeefdeadbeef</QueueId>|QueueId",
    })
    void requestFieldsAreValidated(String name, String extra, String field) {
        RawClient.Response r = client.ci("POST", "/jobs", RawClient.ttsJob("hello", "", extra));
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.xml().get("Message")).contains(field);
    }

    @Test
    void tdmqCallbackConfigIsAccepted() {
        submitOk(RawClient.ttsJob("hello", "", "<CallBackType>TDMQ</CallBackType><CallBackMqConfig><MqRegion>gz"
                + "</MqRegion><MqMode>Queue</MqMode><MqName>topic-1</MqName></CallBackMqConfig>"));
    }

    @Test
    void outputIsValidated() {
        String noOutput = "<Request><Tag>Tts</Tag><Operation><TtsTpl/><TtsConfig><InputType>Text</InputType><Input>"
                + "hi</Input></TtsConfig></Operation></Request>";
        assertThat(client.ci("POST", "/jobs", noOutput).xml().get("Message")).contains("Output");
        String noAppId = RawClient.ttsJob("hi", "", "").replace("<Bucket>" + BUCKET + "</Bucket>",
                "<Bucket>examplebucket</Bucket>");
        RawClient.Response r = client.ci("POST", "/jobs", noAppId);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.xml().get("Message")).contains("BucketName-APPID");
        String wrongTag = RawClient.ttsJob("hi", "", "").replace("<Tag>Tts</Tag>", "<Tag>Transcode</Tag>");
        assertThat(client.ci("POST", "/jobs", wrongTag).xml().get("Message")).contains("Tag");
    }

    @Test
    void urlInputMustBeAnExistingUtf8CosObjectWithinTheModeLimit() {
        TencentCiEmulator emu = EXT.emulator();
        String base = "https://" + BUCKET + ".cos.ap-guangzhou.myqcloud.com/";
        emu.putObject(BUCKET, "in/ok.txt", "hello from a file".getBytes(StandardCharsets.UTF_8), "text/plain");
        emu.putObject(BUCKET, "in/long.txt", "a".repeat(301).getBytes(StandardCharsets.UTF_8), "text/plain");
        emu.putObject(BUCKET, "in/huge.txt", "a".repeat(10_001).getBytes(StandardCharsets.UTF_8), "text/plain");
        emu.putObject(BUCKET, "in/latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xe9}, "text/plain");
        String sync = "<TtsTpl><Mode>Sync</Mode></TtsTpl>";
        String async = "<TtsTpl><Mode>Asyc</Mode></TtsTpl>";
        String ok = urlJob(sync, base + "in/ok.txt");
        assertThat(client.ci("POST", "/jobs", ok).status()).isEqualTo(200);
        assertThat(client.ci("POST", "/jobs", urlJob(sync, base + "in/long.txt")).xml().get("Message"))
                .contains("301").contains("Sync");
        assertThat(client.ci("POST", "/jobs", urlJob(async, base + "in/long.txt")).status()).isEqualTo(200);
        assertThat(client.ci("POST", "/jobs", urlJob(async, base + "in/huge.txt")).xml().get("Message"))
                .contains("10000");
        assertThat(client.ci("POST", "/jobs", urlJob(async, base + "in/latin1.txt")).xml().get("Message"))
                .contains("UTF-8");
        RawClient.Response missing = client.ci("POST", "/jobs", urlJob(async, base + "in/none.txt"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("ResourceNotFound");
        assertThat(client.ci("POST", "/jobs", urlJob(async, "https://example.com/x.txt")).xml().get("Message"))
                .contains("COS object URL");
    }

    @Test
    void failMarkerEndsTheJobFailedWithCodeAndMessage() {
        String id = submitOk(RawClient.ttsJob("please #fail# now", "", "")).get("JobId");
        assertThat(awaitState(id, "Success", "Failed")).isEqualTo("Failed");
        XmlNode d = describe(id);
        assertThat(d.get("Code")).isEqualTo("SynthesisFailed");
        assertThat(d.get("Message")).isNotEmpty();
        assertThat(d.path("Operation", "MediaResult")).isNull();
    }

    private static String urlJob(String tpl, String url) {
        return "<Request><Tag>Tts</Tag><Operation>" + tpl + "<TtsConfig><InputType>Url</InputType><Input>" + url
                + "</Input></TtsConfig><Output><Region>ap-guangzhou</Region><Bucket>" + BUCKET + "</Bucket><Object>"
                + "out/u" + System.nanoTime() + ".pcm</Object></Output></Operation></Request>";
    }

    @Test
    void templatesCanBeCreatedUsedListedUpdatedAndDeleted() {
        RawClient.Response created = client.ci("POST", "/template", "<Request><Tag>Tts</Tag><Name>news_voice</Name>"
                + "<Mode>Sync</Mode><Codec>wav</Codec><VoiceType>aixiaodong</VoiceType><Speed>120</Speed></Request>");
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        XmlNode t = created.xml().child("Template");
        String id = t.get("TemplateId");
        assertThat(id).matches("t1[0-9a-f]{32}");
        assertThat(t.path("TtsTpl").get("Speed")).isEqualTo("120");
        assertThat(t.get("Category")).isEqualTo("Custom");

        // TemplateId wins over an inline TtsTpl
        XmlNode job = submitOk(RawClient.job("<TemplateId>" + id + "</TemplateId><TtsTpl><Codec>mp3</Codec></TtsTpl>",
                "templated", "t/out.wav"));
        assertThat(job.path("Operation").get("TemplateId")).isEqualTo(id);
        assertThat(job.path("Operation").get("TemplateName")).isEqualTo("news_voice");
        assertThat(job.path("Operation", "TtsTpl").get("Codec")).isEqualTo("wav");

        RawClient.Response updated = client.ci("PUT", "/template/" + id, "<Request><Tag>Tts</Tag>"
                + "<Name>news_voice2</Name><Mode>Sync</Mode><Codec>pcm</Codec></Request>");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.xml().path("Template", "TtsTpl").get("Codec")).isEqualTo("pcm");

        XmlNode list = client.ci("GET", "/template?tag=Tts&ids=" + id, null).xml();
        assertThat(list.get("TotalCount")).isEqualTo("1");
        assertThat(list.child("TemplateList").get("Name")).isEqualTo("news_voice2");
        XmlNode byName = client.ci("GET", "/template?tag=Tts&name=news&pageSize=100", null).xml();
        assertThat(byName.all("TemplateList")).extracting(n -> n.get("TemplateId")).contains(id);
        assertThat(client.ci("GET", "/template?tag=Tts&category=Official", null).xml().get("TotalCount"))
                .isEqualTo("0");

        RawClient.Response deleted = client.ci("DELETE", "/template/" + id, null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.xml().get("TemplateId")).isEqualTo(id);
        assertThat(client.ci("DELETE", "/template/" + id, null).status()).isEqualTo(400);
        assertThat(client.ci("POST", "/template", "<Request><Tag>Tts</Tag><Name>bad name!</Name></Request>").status())
                .isEqualTo(400);
        assertThat(client.ci("POST", "/template", "<Request><Tag>Tts</Tag><Name>n</Name><Speed>300</Speed></Request>")
                .xml().get("Message")).contains("Speed");
    }

    @Test
    void templatePagingWorks() {
        for (int i = 0; i < 5; i++) {
            assertThat(client.ci("POST", "/template", "<Request><Tag>Tts</Tag><Name>page_" + i + "</Name></Request>")
                    .status()).isEqualTo(200);
        }
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            XmlNode r = client.ci("GET", "/template?tag=Tts&name=page_&pageSize=2&pageNumber=" + page, null).xml();
            assertThat(r.get("TotalCount")).isEqualTo("5");
            r.all("TemplateList").forEach(t -> seen.add(t.get("TemplateId")));
        }
        assertThat(seen).hasSize(5);
    }

    @Test
    void listJobsFiltersAndPagesWithNextToken() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(submitOk(RawClient.ttsJob("paging " + i, "<UserData>paging</UserData>", "")).get("JobId"));
        }
        for (String id : ids) {
            awaitState(id, "Success");
        }
        Set<String> seen = new HashSet<>();
        String token = "";
        int pages = 0;
        do {
            XmlNode page = client.ci("GET", "/jobs?tag=Tts&states=Success&size=3&orderByTime=Asc"
                    + (token.isEmpty() ? "" : "&nextToken=" + token), null).xml();
            assertThat(page.all("JobsDetail").size()).isLessThanOrEqualTo(3);
            page.all("JobsDetail").forEach(d -> {
                assertThat(d.get("State")).isEqualTo("Success");
                assertThat(seen.add(d.get("JobId"))).as("no job twice").isTrue();
            });
            token = page.get("NextToken");
            pages++;
        } while (!token.isEmpty() && pages < 100);
        assertThat(seen).containsAll(ids);

        XmlNode desc = client.ci("GET", "/jobs?tag=Tts&size=100", null).xml();
        List<String> order = desc.all("JobsDetail").stream().map(d -> d.get("JobId")).toList();
        assertThat(order.indexOf(ids.get(6))).isLessThan(order.indexOf(ids.get(0)));

        XmlNode none = client.ci("GET", "/jobs?tag=Tts&states=Pause", null).xml();
        assertThat(none.all("JobsDetail")).isEmpty();
        XmlNode future = client.ci("GET", "/jobs?tag=Tts&startCreationTime=2099-01-01T00%3A00%3A00%2B0800", null)
                .xml();
        assertThat(future.all("JobsDetail")).isEmpty();
        XmlNode past = client.ci("GET", "/jobs?tag=Tts&size=100&endCreationTime=2000-01-01T00%3A00%3A00%2B0800",
                null).xml();
        assertThat(past.all("JobsDetail")).isEmpty();
        XmlNode window = client.ci("GET", "/jobs?tag=Tts&size=100&startCreationTime=2000-01-01T00%3A00%3A00%2B0800"
                + "&endCreationTime=2099-01-01T00%3A00%3A00%2B0800&queueId=" + EXT.emulator().queueId(BUCKET), null)
                .xml();
        assertThat(window.all("JobsDetail")).extracting(d -> d.get("JobId")).containsAll(ids);
    }

    @ParameterizedTest
    @CsvSource({"size=101", "size=0", "states=Done", "orderByTime=Up", "startCreationTime=yesterday",
        "nextToken=%21%21"})
    void listJobsRejectsBadParameters(String param) {
        RawClient.Response r = client.ci("GET", "/jobs?tag=Tts&" + param, null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("InvalidArgument");
        assertThat(client.ci("GET", "/jobs", null).xml().get("Message")).contains("tag");
    }

    @Test
    void unknownJobIdsAreListedAsNonExist() {
        XmlNode r = client.ci("GET", "/jobs/jdeadbeefdeadbeefdeadbeefdeadbeef", null).xml();
        assertThat(r.child("JobsDetail")).isNull();
        assertThat(r.get("NonExistJobIds")).isEqualTo("jdeadbeefdeadbeefdeadbeefdeadbeef");
    }

    @Test
    void mediaQueuesDescribeAndUpdateNotifyConfig() {
        String queue = EXT.emulator().mediaQueueId(BUCKET);
        XmlNode r = client.ci("GET", "/queue?queueIds=" + queue + ",pnothere&pageNumber=1&pageSize=10", null).xml();
        assertThat(r.get("TotalCount")).isEqualTo("1");
        XmlNode q = r.child("QueueList");
        assertThat(q.get("QueueId")).isEqualTo(queue);
        assertThat(q.get("State")).isEqualTo("Active");
        assertThat(q.get("Category")).isEqualTo("Transcoding");
        assertThat(r.path("NonExistPIDs").get("QueueID")).isEqualTo("pnothere");
        RawClient.Response u = client.ci("PUT", "/queue/" + queue, "<Request><NotifyConfig><Url>http://127.0.0.1:1/cb"
                + "</Url><State>On</State><Type>Url</Type><Event>TaskFinish</Event><ResultFormat>JSON</ResultFormat>"
                + "</NotifyConfig></Request>");
        assertThat(u.xml().path("Queue", "NotifyConfig").get("ResultFormat")).isEqualTo("JSON");
        client.ci("PUT", "/queue/" + queue, "<Request><NotifyConfig><Url></Url><State>Off</State></NotifyConfig>"
                + "</Request>");
        assertThat(client.ci("PUT", "/queue/pnothere", "<Request/>").status()).isEqualTo(400);
        assertThat(client.ci("GET", "/queue?state=Sleeping", null).status()).isEqualTo(400);
    }

    @Test
    void authenticationErrorsHaveTheServiceShape() {
        RawClient.Response none = client.unsigned("GET", CI_HOST, "/jobs?tag=Tts", null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorCode()).isEqualTo("MissingAuthorization");
        assertThat(none.xml().get("RequestId")).isEqualTo(none.header("x-ci-request-id"));
        assertThat(none.xml().get("TraceId")).isNotBlank();
        assertThat(none.header("x-ci-trace-id")).isNotBlank();

        // the CI host answers with CI's own codes (CI error code page), all 401
        RawClient.Response unknown = new RawClient(EXT.emulator().port(), "AKIDOTHER", "testkey")
                .ci("GET", "/jobs?tag=Tts", null);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.errorCode()).isEqualTo("SecretidNotExist");

        RawClient.Response wrongKey = new RawClient(EXT.emulator().port(), "AKIDTEST", "otherkey")
                .ci("GET", "/jobs?tag=Tts", null);
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.errorCode()).isEqualTo("AccessDenied");
        assertThat(wrongKey.xml().get("Message")).startsWith("SignatureDoesNotMatch");

        RawClient.Response expired = new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey").clockOffset(-3600)
                .ci("GET", "/jobs?tag=Tts", null);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo("SignatureExpired");

        RawClient.Response skewed = new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey").clockOffset(3600)
                .ci("GET", "/jobs?tag=Tts", null);
        assertThat(skewed.status()).isEqualTo(401);
        assertThat(skewed.errorCode()).isEqualTo("AccessDenied");
        assertThat(skewed.xml().get("Message")).startsWith("RequestTimeTooSkewed");
        assertThat(skewed.header("Date")).isNotBlank();

        RawClient.Response garbage = client.send("GET", CI_HOST, "/jobs?tag=Tts", null, null,
                java.util.Map.of("Authorization", "q-sign-algorithm=md5&q-ak=x"), false);
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.errorCode()).isEqualTo("InvalidAuthorization");
    }

    @Test
    void stsTokenIsRequiredForTemporaryCredentials() {
        TencentCiEmulator emu = EXT.emulator();
        emu.addCredential(new io.github.cameltencent.emulator.auth.Credential("AKIDSTS", "stskey", "tok-123"));
        RawClient sts = new RawClient(emu.port(), "AKIDSTS", "stskey");
        RawClient.Response noToken = sts.ci("GET", "/jobs?tag=Tts", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.errorCode()).isEqualTo("AccessDenied");
        assertThat(sts.cos("GET", "nothing", null, null, java.util.Map.of()).status()).isEqualTo(403);
        assertThat(sts.token("tok-123").ci("GET", "/jobs?tag=Tts", null).status()).isEqualTo(200);
    }

    @Test
    void badRequestsGetErrorsNotStackTraces() {
        // CI's code for a body it cannot read is InvalidContent (MalformedXML is a COS code)
        assertThat(client.ci("POST", "/jobs", "<Request><Tag>Tts</Tag>").errorCode()).isEqualTo("InvalidContent");
        assertThat(client.ci("POST", "/jobs", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Request><Tag>&x;</Tag></Request>").errorCode()).isEqualTo("InvalidContent");
        RawClient.Response badUtf8 = client.signed("POST", CI_HOST, "/jobs",
                new byte[] {'<', 'R', '>', (byte) 0xc3, (byte) 0x28, '<', '/', 'R', '>'}, "application/xml");
        assertThat(badUtf8.status()).isEqualTo(400);
        assertThat(badUtf8.xml().get("Message")).contains("UTF-8");
        assertThat(client.ci("POST", "/jobs", null).errorCode()).isEqualTo("MissingContent");
        RawClient.Response huge = client.ci("POST", "/jobs", "<Request>" + "x".repeat(TencentCiEmulator.MAX_XML_BYTES)
                + "</Request>");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(client.ci("DELETE", "/jobs", null).errorCode()).isEqualTo("InvalidUrl");
        assertThat(client.ci("GET", "/nothing/here", null).status()).isEqualTo(404);
        assertThat(client.signed("GET", "example.com", "/jobs", null, null).errorCode()).isEqualTo("InvalidHost");
        assertThat(client.signed("GET", "nobucket.ci.ap-guangzhou.myqcloud.com", "/jobs", null, null).errorCode())
                .isEqualTo("InvalidHost");
        RawClient.Response longLine = client.exchange(("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n\r\n")
                .getBytes(), false);
        assertThat(longLine.status()).isEqualTo(414);
        RawClient.Response longHeader = client.exchange(("GET /jobs HTTP/1.1\r\nHost: " + CI_HOST + "\r\nX-Big: "
                + "b".repeat(20_000) + "\r\n\r\n").getBytes(), false);
        assertThat(longHeader.status()).isEqualTo(431);
        RawClient.Response noHost = client.exchange("GET /jobs HTTP/1.1\r\nConnection: close\r\n\r\n".getBytes(),
                false);
        assertThat(noHost.errorCode()).isEqualTo("InvalidHost");
        RawClient.Response garbage = client.exchange("NOT HTTP AT ALL\r\n\r\n".getBytes(), false);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.xml().get("Code")).isNotBlank();
        RawClient.Response badMd5 = client.send("POST", CI_HOST, "/jobs", RawClient.ttsJob("hi", "", "").getBytes(),
                "application/xml", java.util.Map.of("Content-MD5", "AAAAAAAAAAAAAAAAAAAAAA=="), true);
        assertThat(badMd5.errorCode()).isEqualTo("InvalidContent");
    }
}
