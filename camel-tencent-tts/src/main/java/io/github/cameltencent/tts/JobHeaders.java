package io.github.cameltencent.tts;

import org.apache.camel.Message;

import io.github.cameltencent.tts.model.JobOperation;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.Output;

/** The one place that copies a job's facts into message headers: producer results, consumers and callbacks. */
final class JobHeaders {

    private JobHeaders() {
    }

    static void put(Message m, JobsDetail job) {
        m.setHeader(TencentTtsConstants.JOB_ID, job.getJobId());
        m.setHeader(TencentTtsConstants.JOB_STATE, job.getState());
        m.setHeader(TencentTtsConstants.CREATION_TIME, job.getCreationTime());
        m.setHeader(TencentTtsConstants.QUEUE_ID, job.getQueueId());
        if (job.getEndTime() != null && !job.getEndTime().isEmpty() && !"-".equals(job.getEndTime())) {
            m.setHeader(TencentTtsConstants.END_TIME, job.getEndTime());
        }
        if ("Failed".equals(job.getState())) {
            m.setHeader(TencentTtsConstants.CODE, job.getCode());
            m.setHeader(TencentTtsConstants.MESSAGE, job.getMessage());
        }
        JobOperation op = job.getOperation();
        Output out = op == null ? null : op.getOutput();
        if (out != null) {
            m.setHeader(TencentTtsConstants.OUTPUT_REGION, out.getRegion());
            m.setHeader(TencentTtsConstants.OUTPUT_BUCKET, out.getBucket());
            m.setHeader(TencentTtsConstants.OUTPUT_OBJECT, out.getObject());
        }
        if (op != null && op.getUserData() != null && !op.getUserData().isEmpty()) {
            m.setHeader(TencentTtsConstants.USER_DATA, op.getUserData());
        }
        String md5 = OutputDownloader.md5Of(job);
        if (md5 != null) {
            m.setHeader(TencentTtsConstants.MD5, md5);
        }
    }
}
