package io.github.cameltencent.tts;

/**
 * A job answer named an output bucket this route never configured: the audio is not fetched and nothing (no
 * signed request, no credentials) goes to that bucket. Add the bucket to allowedOutputBuckets if it is yours.
 */
public class TencentTtsUnexpectedBucketException extends TencentTtsDownloadException {

    private final String bucket;

    public TencentTtsUnexpectedBucketException(String jobId, String object, String bucket) {
        super(jobId, object, "the job names output bucket '" + io.github.cameltencent.tts.client.CiException.bounded(
                bucket, 80) + "', which this route did not configure (bucket, outputBucket or allowedOutputBuckets);"
                + " nothing was sent to it", null);
        this.bucket = bucket;
    }

    /** The bucket the answer named. */
    public String getBucket() {
        return bucket;
    }
}
