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

import io.github.cameltencent.tts.ResultHeaders;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.client.JobFacts;
import io.github.cameltencent.tts.model.JobsDetail;

/** The one place that copies a job's facts into result headers: producer results, consumers and callbacks. */
public final class JobHeaders {

    private JobHeaders() {
    }

    public static void put(Message m, JobsDetail job) {
        ResultHeaders.Writer out = ResultHeaders.on(m);
        out.put(TencentTtsConstants.JOB_ID, job.getJobId());
        out.put(TencentTtsConstants.JOB_STATE, job.getState());
        out.put(TencentTtsConstants.CREATION_TIME, job.getCreationTime());
        out.put(TencentTtsConstants.QUEUE_ID, job.getQueueId());
        if (job.getEndTime() != null && !job.getEndTime().isEmpty() && !"-".equals(job.getEndTime())) {
            out.put(TencentTtsConstants.END_TIME, job.getEndTime());
        }
        if (JobState.Failed.is(job.getState())) {
            out.put(TencentTtsConstants.CODE, job.getCode());
            out.put(TencentTtsConstants.MESSAGE, job.getMessage());
        }
        // the facts, not the Operation: a job read from an answer builds its Operation only when a user asks
        JobFacts facts = JobFacts.of(job);
        if (facts.outputObject() != null || facts.outputBucket() != null) {
            out.put(TencentTtsConstants.OUTPUT_REGION, facts.outputRegion());
            out.put(TencentTtsConstants.OUTPUT_BUCKET, facts.outputBucket());
            out.put(TencentTtsConstants.OUTPUT_OBJECT, facts.outputObject());
        }
        if (facts.userData() != null && !facts.userData().isEmpty()) {
            out.put(TencentTtsConstants.USER_DATA, facts.userData());
        }
        if (facts.md5() != null) {
            out.put(TencentTtsConstants.MD5, facts.md5());
        }
    }
}
