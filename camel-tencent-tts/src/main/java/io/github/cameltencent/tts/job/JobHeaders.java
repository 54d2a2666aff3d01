package io.github.cameltencent.tts.job;

import org.apache.camel.Message;

import io.github.cameltencent.tts.ResultHeaders;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.Output;

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
        Output output = JobOutput.output(job);
        if (output != null && (output.getObject() != null || output.getBucket() != null)) {
            out.put(TencentTtsConstants.OUTPUT_REGION, output.getRegion());
            out.put(TencentTtsConstants.OUTPUT_BUCKET, output.getBucket());
            out.put(TencentTtsConstants.OUTPUT_OBJECT, output.getObject());
        }
        String userData = JobOutput.userData(job);
        if (userData != null && !userData.isEmpty()) {
            out.put(TencentTtsConstants.USER_DATA, userData);
        }
        String md5 = JobOutput.md5(job);
        if (md5 != null) {
            out.put(TencentTtsConstants.MD5, md5);
        }
    }
}
