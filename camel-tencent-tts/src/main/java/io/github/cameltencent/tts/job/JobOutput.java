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

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.TencentTtsDownloadException;
import io.github.cameltencent.tts.TencentTtsUnexpectedBucketException;
import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.client.CiResult;
import io.github.cameltencent.tts.model.JobOperation;
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

    // ------------------------------------------------------------------ what the component reads of a job

    /** Where the job writes its audio; null when the answer names no output. */
    static Output output(JobsDetail job) {
        JobOperation op = job.getOperation();
        return op == null ? null : op.getOutput();
    }

    static String userData(JobsDetail job) {
        JobOperation op = job.getOperation();
        return op == null ? null : op.getUserData();
    }

    static String outputObject(JobsDetail job) {
        Output out = output(job);
        return out == null ? null : out.getObject();
    }

    /** The MD5 the job reports for its output object (Md5Info names may carry a leading slash). */
    static String md5(JobsDetail job) {
        JobOperation op = job.getOperation();
        if (op == null || op.getMediaResult() == null || op.getMediaResult().getOutputFile() == null) {
            return null;
        }
        String object = outputObject(job);
        OutputFile f = op.getMediaResult().getOutputFile();
        for (Md5Info info : f.getMd5Info()) {
            if (object == null || f.getMd5Info().size() == 1 || names(info.getObjectName(), object)) {
                return info.getMd5();
            }
        }
        return null;
    }

    private static boolean names(String md5Name, String object) {
        if (md5Name == null) {
            return false;
        }
        return md5Name.startsWith("/") ? md5Name.length() == object.length() + 1
                && md5Name.regionMatches(1, object, 0, object.length()) : md5Name.equals(object);
    }

    /**
     * Streams the job's output into the stream {@code target} gives (a fresh one per attempt), checking it against
     * the MD5 the job reports as it goes; the client's retry policy covers an object that is not visible yet (404)
     * for up to {@code attempts} tries. Only buckets in {@code allowed} are asked: a job answer naming another
     * bucket gets nothing sent, credentials least of all. Completes exceptionally with
     * {@link TencentTtsDownloadException} when the object stays missing, cannot be read, or its MD5 differs.
     */
    static CompletableFuture<Long> download(CiClient client, JobsDetail job, int attempts, Set<String> allowed,
                                            Supplier<? extends OutputStream> target) {
        Output out = output(job);
        String md5 = md5(job);
        if (out == null || out.getObject() == null) {
            return CompletableFuture.failedFuture(new TencentTtsDownloadException(job.getJobId(), null,
                    "the job names no output object", null));
        }
        if (!allowed.contains(out.getBucket())) {
            return CompletableFuture.failedFuture(new TencentTtsUnexpectedBucketException(job.getJobId(),
                    out.getObject(), out.getBucket()));
        }
        if (md5 == null) {
            return CompletableFuture.failedFuture(new TencentTtsDownloadException(job.getJobId(),
                    out.getObject(), "the job reports no MD5 to check the download against", null));
        }
        CountingStream[] last = new CountingStream[1];
        CompletableFuture<CiResult<String>> read;
        try {
            read = client.getObject(out.getRegion(), out.getBucket(), out.getObject(), attempts, () -> {
                last[0] = new CountingStream(target.get());
                return last[0];
            });
        } catch (IllegalArgumentException e) {
            // the answer's region or bucket is not a name Tencent uses: no host is made from it
            return CompletableFuture.failedFuture(new TencentTtsDownloadException(job.getJobId(), out.getObject(),
                    e.getMessage(), e));
        }
        return read.handle((result, failure) -> {
            if (failure != null) {
                RuntimeException e = CiClient.unwrap(failure);
                boolean missing = e instanceof CiException c && c.getStatusCode() == 404;
                throw new TencentTtsDownloadException(job.getJobId(), out.getObject(), (missing
                        ? "the output object is still missing after " + Math.max(1, attempts) + " attempt(s): "
                        : "the output object could not be read: ")
                        + (e instanceof CiException c ? c.getErrorCode() : e.getClass().getSimpleName()), e);
            }
            if (!result.body().equalsIgnoreCase(md5)) {
                throw new TencentTtsDownloadException(job.getJobId(), out.getObject(), "MD5 mismatch: the job reports "
                        + md5 + ", the downloaded object has " + result.body(), null);
            }
            return last[0].count;
        });
    }

    /** Counts what passes, for Content-Length. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Body = the audio (a stream-cache-friendly body), the job in a header, Content-Type and CamelFileName set. */
    static void putAudio(Exchange exchange, JobsDetail job, Object body, long length, String key) {
        Message m = exchange.getMessage();
        m.setHeader(TencentTtsConstants.JOBS_DETAIL, job);
        m.setBody(body);
        m.setHeader(Exchange.CONTENT_TYPE, contentType(job, key));
        m.setHeader(Exchange.CONTENT_LENGTH, length);
        m.setHeader(Exchange.FILE_NAME, key.substring(key.lastIndexOf('/') + 1));
    }

    static String codec(JobsDetail job, String key) {
        JobOperation op = job.getOperation();
        String codec = op == null || op.getTtsTpl() == null ? null : op.getTtsTpl().getCodec();
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
