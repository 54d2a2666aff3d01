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
        ResultHeaders.put(m, TencentTtsConstants.JOB_ID, job.getJobId());
        ResultHeaders.put(m, TencentTtsConstants.JOB_STATE, job.getState());
        ResultHeaders.put(m, TencentTtsConstants.CREATION_TIME, job.getCreationTime());
        ResultHeaders.put(m, TencentTtsConstants.QUEUE_ID, job.getQueueId());
        if (job.getEndTime() != null && !job.getEndTime().isEmpty() && !"-".equals(job.getEndTime())) {
            ResultHeaders.put(m, TencentTtsConstants.END_TIME, job.getEndTime());
        }
        if (JobState.Failed.is(job.getState())) {
            ResultHeaders.put(m, TencentTtsConstants.CODE, job.getCode());
            ResultHeaders.put(m, TencentTtsConstants.MESSAGE, job.getMessage());
        }
        // the facts, not the Operation: a job read from an answer builds its Operation only when a user asks
        JobFacts facts = JobFacts.of(job);
        if (facts.outputObject() != null || facts.outputBucket() != null) {
            ResultHeaders.put(m, TencentTtsConstants.OUTPUT_REGION, facts.outputRegion());
            ResultHeaders.put(m, TencentTtsConstants.OUTPUT_BUCKET, facts.outputBucket());
            ResultHeaders.put(m, TencentTtsConstants.OUTPUT_OBJECT, facts.outputObject());
        }
        if (facts.userData() != null && !facts.userData().isEmpty()) {
            ResultHeaders.put(m, TencentTtsConstants.USER_DATA, facts.userData());
        }
        if (facts.md5() != null) {
            ResultHeaders.put(m, TencentTtsConstants.MD5, facts.md5());
        }
    }
}
