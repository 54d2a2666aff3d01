package io.github.cameltencent.tts.job;

import org.apache.camel.Message;

import io.github.cameltencent.tts.ResultHeaders;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.client.JobFacts;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.trace.UserDataEnvelope;

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
        String userData = UserDataEnvelope.own(facts.userData()); // the route's own, never the trace's envelope
        if (userData != null && !userData.isEmpty()) {
            out.put(TencentTtsConstants.USER_DATA, userData);
        }
        if (facts.md5() != null) {
            out.put(TencentTtsConstants.MD5, facts.md5());
        }
    }
}
