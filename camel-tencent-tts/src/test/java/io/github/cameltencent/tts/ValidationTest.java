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
package io.github.cameltencent.tts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input is refused before any I/O, naming the field and the limit: no request reaches the emulator. */
class ValidationTest extends TtsTestSupport {

    private void assertRefused(String operation, String options, Object body, Map<String, Object> headers,
                               String field, String... messageParts) {
        long before = emulator().requestCount();
        Exchange e = send(uri(operation, options), body, headers);
        assertThat(e.getException()).as("an error for " + field).isInstanceOf(TencentTtsValidationException.class);
        TencentTtsValidationException v = (TencentTtsValidationException) e.getException();
        assertThat(v.getField()).isEqualTo(field);
        for (String part : messageParts) {
            assertThat(v.getMessage()).contains(part);
        }
        assertThat(emulator().requestCount()).as("requests that reached the emulator").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "volume 11|volume=11|volume|-10 to 10",
        "volume -11|volume=-11|volume|-10 to 10",
        "speed 49|speed=49|speed|50 to 200",
        "speed 201|speed=201|speed|50 to 200",
        "unknown codec|codec=ogg|codec|ogg",
        "unknown mode|mode=Later|mode|Later",
        "unknown inputType|inputType=File|inputType|File",
        "unknown callBackFormat|callBackFormat=YAML|callBackFormat|YAML",
        "unknown callBackType|callBackType=Kafka|callBackType|Kafka",
        "tdmq without fields|callBackType=TDMQ|callBackType|callBackMqName",
        "tdmq region not a name|callBackType=TDMQ&callBackMqRegion=a%2Fb&callBackMqMode=Queue&callBackMqName=x|callBackMqRegion|a/b",
        "tdmq bad mode|callBackType=TDMQ&callBackMqRegion=gz&callBackMqMode=Fanout&callBackMqName=x|callBackMqMode|Fanout",
        "bad callBack|callBack=ftp://host/x|callBack|ftp",
        "job level 3|jobLevel=3|jobLevel|0 to 2",
        "job level -1|jobLevel=-1|jobLevel|0 to 2",
        "output bucket without appid|outputBucket=mybucket|outputBucket|BucketName-APPID",
        "output bucket upper case|outputBucket=MyBucket-1250000000|outputBucket|BucketName-APPID",
        "object with leading slash|outputObject=/root.wav|outputObject|'/'",
        "object with leading backslash|outputObject=%5Croot.wav|outputObject|'\\'",
        "object with ESC|outputObject=a%1Bb.wav|outputObject|ESC",
        "prefix with leading slash|outputObjectPrefix=/up/|outputObjectPrefix|'/'",
        "user data not ascii|userData=caf%C3%A9|userData|printable ASCII",
        "user data control char|userData=a%09b|userData|printable ASCII",
    })
    void submitOptionsAreValidated(String name, String options, String field, String part) {
        assertRefused("submit", options, "hello", Map.of(), field, part);
    }

    @org.junit.jupiter.api.Test
    void anObjectKeyOverCossLimitIsRefused() {
        assertRefused("submit", "", "hello", Map.of(TencentTtsConstants.OUTPUT_OBJECT, "k".repeat(851)),
                "outputObject", "850");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "volume header|CamelTencentTtsVolume|12|volume",
        "speed header|CamelTencentTtsSpeed|20|speed",
        "speed not a number|CamelTencentTtsSpeed|fast|CamelTencentTtsSpeed",
        "job level header|CamelTencentTtsJobLevel|7|jobLevel",
        "codec header|CamelTencentTtsCodec|flac|codec",
        "output object header|CamelTencentTtsOutputObject|/x.wav|outputObject",
        "output bucket header|CamelTencentTtsOutputBucket|nobucket|outputBucket",
        "operation header|CamelTencentTtsOperation|explode|operation",
    })
    void submitHeadersAreValidated(String name, String header, String value, String field) {
        Map<String, Object> h = new HashMap<>();
        h.put(header, value);
        assertRefused("submit", "", "hello", h, field);
    }

    @org.junit.jupiter.api.Test
    void textLimitCountsUnicodeCharacters() {
        assertRefused("submit", "", "a".repeat(301), Map.of(), "body", "301", "300");
        assertRefused("submit", "", "语".repeat(301), Map.of(), "body", "301");
        assertRefused("submit", "", "😀".repeat(301), Map.of(), "body", "301");
        // exactly 300 characters pass, even when they are 600 UTF-16 units or 1200 bytes
        Exchange ok = send(uri("submit", ""), "😀".repeat(300), Map.of());
        assertThat(ok.getException()).isNull();
        assertRefused("submit", "", "", Map.of(), "body", "empty");
        assertRefused("submit", "", "   ", Map.of(), "body", "empty");
        assertRefused("submit", "", null, Map.of(), "body", "empty");
    }

    @org.junit.jupiter.api.Test
    void userDataLimitIs1024() {
        assertRefused("submit", "userData=" + "u".repeat(1025), "hello", Map.of(), "userData", "1025", "1024");
        assertThat(send(uri("submit", "userData=" + "u".repeat(1024)), "hello", Map.of()).getException()).isNull();
    }

    @org.junit.jupiter.api.Test
    void urlInputMustBeAnObjectUrl() {
        // which hosts serve COS objects is the service's to decide (VocabularyTest); a URL without a key is not one
        assertRefused("submit", "inputType=Url", "not a url", Map.of(), "body", "COS object URL");
        assertRefused("submit", "inputType=Url", "ftp://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.txt",
                Map.of(), "body", "COS object URL");
        assertRefused("submit", "inputType=Url", "https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/",
                Map.of(), "body", "COS object URL");
    }

    @org.junit.jupiter.api.Test
    void listAndIdInputsAreValidated() {
        assertRefused("listJobs", "size=101", null, Map.of(), "size", "1 to 100");
        assertRefused("listJobs", "size=0", null, Map.of(), "size", "1 to 100");
        assertRefused("listJobs", "states=Done", null, Map.of(), "states", "Done");
        assertRefused("listJobs", "orderByTime=Up", null, Map.of(), "orderByTime", "Up");
        assertRefused("getJob", "", null, Map.of(TencentTtsConstants.JOB_ID, "../../template"), "jobId");
        assertRefused("cancelJob", "", null, Map.of(), "jobId");
        assertRefused("deleteTemplate", "", null, Map.of(), "templateId");
        assertRefused("createTemplate", "", null, Map.of(), "templateName");
        assertRefused("createTemplate", "templateName=" + "n".repeat(65), null, Map.of(), "templateName", "64");
        assertRefused("createTemplate", "templateName=ok&speed=500", null, Map.of(), "speed");
        assertRefused("getTemplates", "pageNumber=0", null, Map.of(), "pageNumber");
        assertRefused("updateTemplate", "templateName=x", null, Map.of(), "templateId");
    }

    @org.junit.jupiter.api.Test
    void endpointSettingsAreValidatedWhenTheEndpointIsCreated() {
        String base = "tencent-tts:submit?secretId=a&secretKey=b&region=" + REGION;
        assertThat(catchEndpoint(base + "&bucket=nobucket")).hasMessageContaining("BucketName-APPID");
        assertThat(catchEndpoint(base)).hasMessageContaining("bucket");
        assertThat(catchEndpoint("tencent-tts:submit?secretId=a&secretKey=b&bucket=" + BUCKET))
                .hasMessageContaining("region");
        assertThat(catchEndpoint("tencent-tts:shout?secretId=a&secretKey=b&region=" + REGION + "&bucket=" + BUCKET))
                .hasMessageContaining("shout");
    }

    private Throwable catchEndpoint(String uri) {
        try {
            context.getEndpoint(uri);
        } catch (Exception e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            return t;
        }
        throw new AssertionError("expected " + uri + " to be refused");
    }
}
