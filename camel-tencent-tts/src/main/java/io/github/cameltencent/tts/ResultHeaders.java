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

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Result headers, told apart from input headers on the same message. Every header the component writes as a result
 * is written here, and remembered (name and the very value written) in an exchange property; when a later call on
 * the same message reads its inputs, a header that still holds the value this component wrote is not an input. So a
 * second submit in a route does not reuse the first job's output key, and a second listJobs does not continue from
 * the first one's NextToken. A route that sets such a header itself (a new value) is obeyed.
 *
 * <p>Two headers are links on purpose and stay readable: the job id and the template id a call produced are the
 * natural subject of the next call (getJob or cancelJob after submit; submit, updateTemplate or deleteTemplate after
 * createTemplate).
 */
public final class ResultHeaders {

    /** Exchange property recording the result headers written on this exchange (internal). */
    public static final String PROPERTY = "CamelTencentTtsResultHeaders";
    private static final Set<String> LINKS = Set.of(TencentTtsConstants.JOB_ID, TencentTtsConstants.TEMPLATE_ID);

    private ResultHeaders() {
    }

    /** Writes a result header (removes it when the value is null) and remembers it as a result. */
    public static void put(Message m, String name, Object value) {
        on(m).put(name, value);
    }

    /**
     * A writer of several result headers on one message: the exchange's record is looked up once for all of them
     * (a job's dozen headers), not once per header.
     */
    public static Writer on(Message m) {
        return new Writer(m);
    }

    /** Writes result headers on one message; see {@link #put(Message, String, Object)}. */
    public static final class Writer {
        private final Message m;
        private Written written;

        private Writer(Message m) {
            this.m = m;
        }

        public Writer put(String name, Object value) {
            if (value == null) {
                m.removeHeader(name);
                return this;
            }
            m.setHeader(name, value);
            if (!LINKS.contains(name)) {
                Written w = record();
                if (w != null) {
                    w.values.put(name, value);
                }
            }
            return this;
        }

        private Written record() {
            if (written == null) {
                Exchange exchange = m.getExchange();
                if (exchange == null) {
                    return null;
                }
                Written w = exchange.getProperty(PROPERTY, Written.class);
                if (w == null || w.owner != exchange) {
                    // copies of an exchange (splitter, multicast) share property values: each gets its own record
                    w = new Written(exchange, w == null ? new HashMap<>() : new HashMap<>(w.values));
                    exchange.setProperty(PROPERTY, w);
                }
                written = w;
            }
            return written;
        }
    }

    /** The result headers written on one exchange: name to the value written. */
    private record Written(Exchange owner, Map<String, Object> values) {
        @Override
        public String toString() {
            return "result headers " + values.keySet();
        }
    }

    /** Whether the header still holds the value this component wrote as a result, so it is not an input. */
    public static boolean isResult(Message m, String name) {
        Exchange exchange = m.getExchange();
        Written written = exchange == null ? null : exchange.getProperty(PROPERTY, Written.class);
        if (written == null) {
            return false;
        }
        Object value = written.values.get(name);
        return value != null && value == m.getHeader(name);
    }
}
