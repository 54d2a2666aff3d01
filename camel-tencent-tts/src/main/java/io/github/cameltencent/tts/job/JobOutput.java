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
import io.github.cameltencent.tts.client.JobFacts;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Fetches the audio of a finished job with a signed COS GET and checks it against the MD5 the job reports; puts it on
 * a message the way the file component expects. Used by the {@link JobEmitter} only.
 */
final class JobOutput {

    private JobOutput() {
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
        JobFacts out = JobFacts.of(job);
        if (out.outputObject() == null) {
            return CompletableFuture.failedFuture(new TencentTtsDownloadException(job.getJobId(), null,
                    "the job names no output object", null));
        }
        if (!allowed.contains(out.outputBucket())) {
            return CompletableFuture.failedFuture(new TencentTtsUnexpectedBucketException(job.getJobId(),
                    out.outputObject(), out.outputBucket()));
        }
        String md5 = out.md5();
        if (md5 == null) {
            return CompletableFuture.failedFuture(new TencentTtsDownloadException(job.getJobId(),
                    out.outputObject(), "the job reports no MD5 to check the download against", null));
        }
        CountingStream[] last = new CountingStream[1];
        CompletableFuture<CiResult<String>> read;
        try {
            read = client.getObject(out.outputRegion(), out.outputBucket(), out.outputObject(), attempts, () -> {
                last[0] = new CountingStream(target.get());
                return last[0];
            });
        } catch (IllegalArgumentException e) {
            // the answer's region or bucket is not a name Tencent uses: no host is made from it
            return CompletableFuture.failedFuture(new TencentTtsDownloadException(job.getJobId(), out.outputObject(),
                    e.getMessage(), e));
        }
        return read.handle((result, failure) -> {
            if (failure != null) {
                RuntimeException e = CiClient.unwrap(failure);
                boolean missing = e instanceof CiException c && c.getStatusCode() == 404;
                throw new TencentTtsDownloadException(job.getJobId(), out.outputObject(), (missing
                        ? "the output object is still missing after " + Math.max(1, attempts) + " attempt(s): "
                        : "the output object could not be read: ")
                        + (e instanceof CiException c ? c.getErrorCode() : e.getClass().getSimpleName()), e);
            }
            if (!result.body().equalsIgnoreCase(md5)) {
                throw new TencentTtsDownloadException(job.getJobId(), out.outputObject(), "MD5 mismatch: the job reports "
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
        String codec = JobFacts.of(job).codec();
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
