package io.github.cameltencent.tts.job;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.builder.OutputStreamBuilder;

import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.TencentTtsDownloadException;
import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.Md5Info;
import io.github.cameltencent.tts.model.Output;
import io.github.cameltencent.tts.model.OutputFile;

/**
 * Fetches the audio of a finished job with a signed COS GET and checks it against the MD5 the job reports; puts it on
 * a message the way the file component expects. Used by the {@link JobEmitter} only.
 */
final class JobOutput {

    private JobOutput() {
    }

    /** The MD5 the job reports for its output object (Md5Info names may carry a leading slash). */
    static String md5Of(JobsDetail job) {
        if (job.getOperation() == null || job.getOperation().getMediaResult() == null
                || job.getOperation().getMediaResult().getOutputFile() == null) {
            return null;
        }
        OutputFile f = job.getOperation().getMediaResult().getOutputFile();
        String object = job.getOperation().getOutput() == null ? null : job.getOperation().getOutput().getObject();
        for (Md5Info info : f.getMd5Info()) {
            String name = info.getObjectName() == null ? "" : stripSlash(info.getObjectName());
            if (object == null || name.equals(object) || f.getMd5Info().size() == 1) {
                return info.getMd5();
            }
        }
        return null;
    }

    /**
     * Downloads the job's output; the client's retry policy covers an object that is not visible yet (404) for up
     * to {@code attempts} tries. Completes exceptionally with {@link TencentTtsDownloadException} when the object
     * stays missing, cannot be read, or its MD5 differs from the job's.
     */
    static CompletableFuture<byte[]> download(CiClient client, JobsDetail job, int attempts) {
        Output out = job.getOperation() == null ? null : job.getOperation().getOutput();
        if (out == null || out.getObject() == null) {
            return CompletableFuture.failedFuture(new TencentTtsDownloadException(job.getJobId(), null,
                    "the job names no output object", null));
        }
        return client.getObject(out.getRegion(), out.getBucket(), out.getObject(), attempts)
                .handle((result, failure) -> {
                    if (failure != null) {
                        RuntimeException e = CiClient.unwrap(failure);
                        boolean missing = e instanceof CiException c && c.getStatusCode() == 404;
                        throw new TencentTtsDownloadException(job.getJobId(), out.getObject(), (missing
                                ? "the output object is still missing after " + Math.max(1, attempts)
                                  + " attempt(s): "
                                : "the output object could not be read: ")
                                + (e instanceof CiException c ? c.getErrorCode() : e.getClass().getSimpleName()), e);
                    }
                    return checked(job, out, result.body());
                });
    }

    private static byte[] checked(JobsDetail job, Output out, byte[] audio) {
        String md5 = md5Of(job);
        if (md5 == null) {
            throw new TencentTtsDownloadException(job.getJobId(), out.getObject(), "the job reports no MD5 to check"
                    + " the download against", null);
        }
        String actual = HexFormat.of().formatHex(md5(audio));
        if (!actual.equalsIgnoreCase(md5)) {
            throw new TencentTtsDownloadException(job.getJobId(), out.getObject(), "MD5 mismatch: the job reports "
                    + md5 + ", the downloaded object has " + actual, null);
        }
        return audio;
    }

    /** Body = the audio (stream-cache friendly), the job in a header, Content-Type and CamelFileName set. */
    static void putAudio(Exchange exchange, JobsDetail job, byte[] audio, String key) throws IOException {
        OutputStreamBuilder body = OutputStreamBuilder.withExchange(exchange);
        body.write(audio, 0, audio.length);
        Message m = exchange.getMessage();
        m.setHeader(TencentTtsConstants.JOBS_DETAIL, job);
        m.setBody(body.build());
        m.setHeader(Exchange.CONTENT_TYPE, contentType(job, key));
        m.setHeader(Exchange.CONTENT_LENGTH, (long) audio.length);
        m.setHeader(Exchange.FILE_NAME, key.substring(key.lastIndexOf('/') + 1));
    }

    private static String stripSlash(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String codec(JobsDetail job, String key) {
        String codec = job.getOperation() != null && job.getOperation().getTtsTpl() != null
                ? job.getOperation().getTtsTpl().getCodec() : null;
        return codec != null ? codec : key.substring(key.lastIndexOf('.') + 1);
    }

    static String contentType(JobsDetail job, String key) {
        return switch (codec(job, key)) {
            case "wav" -> "audio/wav";
            case "mp3" -> "audio/mpeg";
            default -> "application/octet-stream";
        };
    }
}
