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
package io.github.cameltencent.tts.job;

import org.apache.camel.Message;

import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.Output;

/**
 * The one place that copies a job's facts into result headers: producer results, consumers and callbacks. Every
 * fact has a result name of its own (JobOutputObject, not the OutputObject input), so a later submit on the same
 * message never reads it back; only the job id is a link.
 */
public final class JobHeaders {

    private JobHeaders() {
    }

    public static void put(Message m, JobsDetail job) {
        set(m, TencentTtsConstants.JOB_ID, job.getJobId());
        set(m, TencentTtsConstants.JOB_STATE, job.getState());
        set(m, TencentTtsConstants.CREATION_TIME, job.getCreationTime());
        set(m, TencentTtsConstants.JOB_QUEUE_ID, job.getQueueId());
        if (job.getEndTime() != null && !job.getEndTime().isEmpty() && !"-".equals(job.getEndTime())) {
            set(m, TencentTtsConstants.END_TIME, job.getEndTime());
        }
        if (JobState.Failed.is(job.getState())) {
            set(m, TencentTtsConstants.CODE, job.getCode());
            set(m, TencentTtsConstants.MESSAGE, job.getMessage());
        }
        Output output = JobOutput.output(job);
        if (output != null && (output.getObject() != null || output.getBucket() != null)) {
            set(m, TencentTtsConstants.JOB_OUTPUT_REGION, output.getRegion());
            set(m, TencentTtsConstants.JOB_OUTPUT_BUCKET, output.getBucket());
            set(m, TencentTtsConstants.JOB_OUTPUT_OBJECT, output.getObject());
        }
        // JobTrace.open has taken the envelope off already (every caller opens first); taking it off again here
        // would cut a route's own value that merely looks like an envelope
        String userData = JobOutput.userData(job);
        if (userData != null && !userData.isEmpty()) {
            set(m, TencentTtsConstants.JOB_USER_DATA, userData);
        }
        String md5 = JobOutput.md5(job);
        if (md5 != null) {
            set(m, TencentTtsConstants.MD5, md5);
        }
    }

    /** Writes a result header; a null value removes it, so no stale result of an earlier call stays behind. */
    public static void set(Message m, String name, Object value) {
        if (value == null) {
            m.removeHeader(name);
        } else {
            m.setHeader(name, value);
        }
    }
}
