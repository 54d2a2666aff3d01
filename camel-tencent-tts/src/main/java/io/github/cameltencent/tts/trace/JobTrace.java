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

import java.util.Collection;
import java.util.Collections;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.TencentTtsConfiguration;
import io.github.cameltencent.tts.model.JobOperation;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * The trace's hand-off from the exchange that submits a job to the exchange that receives it, through the job's
 * UserData ({@link UserDataEnvelope}). Works without any tracer on the classpath: then there is no trace to record,
 * and nothing is written.
 *
 * <p>Where the trace comes from: a Camel tracer asks the span decorator of this scheme for a propagation injector
 * right after it opens the span of a tencent-tts call, and ours keeps the span's traceparent in the exchange property
 * {@link #SPAN_TRACEPARENT}. So the trace recorded is that of the submit's own span, whichever tracer made it.
 *
 * <p>Where it goes: the finished job's traceparent is kept in the exchange property {@link #JOB_TRACEPARENT}; the
 * span decorator hands it to the tracer as the parent of the span the consumer's exchange begins.
 */
public final class JobTrace {

    private static final Logger LOG = LoggerFactory.getLogger(JobTrace.class);

    /** The traceparent of the span around this exchange's current tencent-tts call (set by the span decorator). */
    public static final String SPAN_TRACEPARENT = "CamelTencentTtsSpanTraceparent";
    /** The traceparent the job(s) on this exchange were submitted in. */
    public static final String JOB_TRACEPARENT = "CamelTencentTtsJobTraceparent";

    private JobTrace() {
    }

    /**
     * Records the open trace in each request's UserData, around the route's own value. With traceInUserData=false
     * nothing is written (and the endpoints' {@link #open} takes nothing off). A pojoRequest carries no trace, as the
     * route built it, except that a UserData of its own that itself looks like an envelope is protected, so that it
     * comes back whole.
     */
    public static void stamp(Exchange exchange, TencentTtsConfiguration c, Collection<JobRequest> requests) {
        if (!c.isTraceInUserData()) {
            return;
        }
        String traceparent = c.isPojoRequest() ? null : exchange.getProperty(SPAN_TRACEPARENT, String.class);
        for (JobRequest r : requests) {
            JobOperation op = r.getOperation();
            if (op == null) {
                continue;
            }
            String own = op.getUserData();
            String sent = UserDataEnvelope.wrap(traceparent, own);
            if (traceparent != null && sent != null && !UserDataEnvelope.isEnvelope(sent)) {
                LOG.debug("the route's UserData ({} characters) leaves no room for the trace; the job is submitted"
                          + " without it", own == null ? 0 : own.length());
            }
            op.setUserData(sent);
        }
    }

    /**
     * Takes the envelope off jobs about to be put on the exchange, so the route sees its own UserData in the header
     * and in JobsDetail, and keeps the trace they carried for the span the exchange begins. Jobs without an envelope
     * are left alone, and so is every job when the endpoint has traceInUserData=false (UserData is then the route's
     * business both ways). The object remembers that it was opened (a consumer offers the same object again after a
     * failed exchange), so it keeps its trace and is never cut twice.
     */
    public static void open(Exchange exchange, boolean traceInUserData, Collection<JobsDetail> jobs) {
        if (!traceInUserData) {
            return;
        }
        String traceparent = null;
        for (JobsDetail job : jobs) {
            if (job == null) {
                continue;
            }
            if (!job.userDataOpened()) {
                String raw = job.getOperation() == null ? null : job.getOperation().getUserData();
                if (!UserDataEnvelope.isEnvelope(raw)) {
                    continue;
                }
                UserDataEnvelope.Opened opened = UserDataEnvelope.open(raw);
                job.getOperation().setUserData(opened.own());
                job.markUserDataOpened(opened.traceparent());
            }
            if (traceparent == null) {
                traceparent = job.openedTraceparent();
            }
        }
        if (traceparent != null) {
            exchange.setProperty(JOB_TRACEPARENT, traceparent);
        }
    }

    public static void open(Exchange exchange, boolean traceInUserData, JobsDetail job) {
        open(exchange, traceInUserData, Collections.singletonList(job));
    }
}
