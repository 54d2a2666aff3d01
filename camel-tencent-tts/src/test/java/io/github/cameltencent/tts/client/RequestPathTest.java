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
