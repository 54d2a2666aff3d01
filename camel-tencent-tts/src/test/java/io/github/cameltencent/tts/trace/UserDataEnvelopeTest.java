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
package io.github.cameltencent.tts.trace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The envelope gives every route value back as it was, whatever it looks like, and only ever fits the limit. */
class UserDataEnvelopeTest {

    static final String TP = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void theTraceGoesInFrontAndComesOffAgain() {
        String sent = UserDataEnvelope.wrap(TP, "order-42");
        assertThat(sent).isEqualTo("tp:" + TP + "|order-42");
        assertThat(UserDataEnvelope.open(sent)).isEqualTo(new UserDataEnvelope.Opened("order-42", TP));
        assertThat(UserDataEnvelope.open(UserDataEnvelope.wrap(TP, null)))
                .isEqualTo(new UserDataEnvelope.Opened(null, TP));
    }

    @Test
    void withoutATraceTheRoutesValueIsSentAsItIs() {
        assertThat(UserDataEnvelope.wrap(null, "order-42")).isEqualTo("order-42");
        assertThat(UserDataEnvelope.wrap(null, null)).isNull();
        assertThat(UserDataEnvelope.wrap("not-a-traceparent", "x")).isEqualTo("x");
    }

    @Test
    void aRouteValueThatLooksLikeAnEnvelopeComesBackWhole() {
        String lookalike = "tp:" + TP + "|mine";
        for (String tp : new String[] {TP, null}) {
            String sent = UserDataEnvelope.wrap(tp, lookalike);
            assertThat(UserDataEnvelope.own(sent)).isEqualTo(lookalike);
        }
        assertThat(UserDataEnvelope.own(UserDataEnvelope.wrap(null, "tp:-|x"))).isEqualTo("tp:-|x");
        // merely starting with the mark is not an envelope
        assertThat(UserDataEnvelope.wrap(null, "tp:abc")).isEqualTo("tp:abc");
        assertThat(UserDataEnvelope.own("tp:abc")).isEqualTo("tp:abc");
        assertThat(UserDataEnvelope.own("tp:" + TP.replace('4', 'G') + "|x")).startsWith("tp:");
    }

    @Test
    void aValueWithoutRoomForTheTraceIsSentAloneAndNeverOverTheLimit() {
        String fits = "a".repeat(UserDataEnvelope.LIMIT - UserDataEnvelope.HEAD_LENGTH);
        assertThat(UserDataEnvelope.wrap(TP, fits)).hasSize(UserDataEnvelope.LIMIT);
        String full = "a".repeat(UserDataEnvelope.LIMIT - UserDataEnvelope.HEAD_LENGTH + 1);
        assertThat(UserDataEnvelope.wrap(TP, full)).isEqualTo(full);
    }

    @Test
    void onlyW3cTraceparentsAreTaken() {
        assertThat(UserDataEnvelope.isTraceparent(TP)).isTrue();
        assertThat(UserDataEnvelope.isTraceparent(TP.toUpperCase())).isFalse();
        assertThat(UserDataEnvelope.isTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isFalse();
        assertThat(UserDataEnvelope.isTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isFalse();
        assertThat(UserDataEnvelope.isTraceparent("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isFalse();
    }
}
