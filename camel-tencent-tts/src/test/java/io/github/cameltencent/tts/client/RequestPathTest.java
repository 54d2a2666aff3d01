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
package io.github.cameltencent.tts.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The request path on the wire: each segment percent-encoded, the comma of a batched look-up left raw. */
class RequestPathTest {

    /** The rule, written out plainly: what any path must come to, whichever way the client takes. */
    static String segmentwise(String path) {
        StringBuilder sb = new StringBuilder();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(RequestSigner.encode(segments[i]).replace("%2C", ","));
        }
        return sb.toString();
    }

    @Test
    void plainPathsGoAsTheyAreAndTheOthersSegmentBySegment() {
        String plain = "/jobs/j0123456789abcdef,j2,j3";
        assertThat(CiClient.encodePath(plain)).isSameAs(plain);
        for (String path : List.of("/jobs", "/template/t1", "/asrqueue/p1", "/jobs/", "/a b/c", "/obj/中文.mp3",
                "/x%2Fy", "/a+b", "/k=v&w", "/tts/a:b")) {
            assertThat(CiClient.encodePath(path)).as(path).isEqualTo(segmentwise(path));
        }
        assertThat(CiClient.encodePath("/a b/中")).isEqualTo("/a%20b/%E4%B8%AD");
    }
}
