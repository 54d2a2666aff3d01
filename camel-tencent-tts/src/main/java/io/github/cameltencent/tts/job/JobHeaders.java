package io.github.cameltencent.tts.job;

import org.apache.camel.Message;

import io.github.cameltencent.tts.ResultHeaders;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.model.JobOperation;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.Output;

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
        JobOperation op = job.getOperation();
        Output out = op == null ? null : op.getOutput();
        if (out != null) {
            ResultHeaders.put(m, TencentTtsConstants.OUTPUT_REGION, out.getRegion());
            ResultHeaders.put(m, TencentTtsConstants.OUTPUT_BUCKET, out.getBucket());
            ResultHeaders.put(m, TencentTtsConstants.OUTPUT_OBJECT, out.getObject());
        }
        if (op != null && op.getUserData() != null && !op.getUserData().isEmpty()) {
            ResultHeaders.put(m, TencentTtsConstants.USER_DATA, op.getUserData());
        }
        String md5 = JobOutput.md5Of(job);
        if (md5 != null) {
            ResultHeaders.put(m, TencentTtsConstants.MD5, md5);
        }
    }
}
