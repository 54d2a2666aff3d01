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
package io.github.cameltencent.tts;

import org.apache.camel.RuntimeCamelException;

import io.github.cameltencent.tts.job.JobState;

import io.github.cameltencent.tts.model.JobsDetail;

/** A job the exchange waited for ended Failed (or was cancelled): carries the job's Code and Message. */
public class TencentTtsJobFailedException extends RuntimeCamelException {

    private final transient JobsDetail job;

    public TencentTtsJobFailedException(JobsDetail job) {
        super("TTS job " + job.getJobId() + " ended " + job.getState()
                + (JobState.Failed.is(job.getState()) ? ": " + job.getCode() + " " + job.getMessage() : ""));
        this.job = job;
    }

    public String getJobId() {
        return job.getJobId();
    }

    public String getState() {
        return job.getState();
    }

    /** The service's error Code of the job, e.g. InputObjectNotExist. */
    public String getCode() {
        return job.getCode();
    }

    public String getErrorMessage() {
        return job.getMessage();
    }

    public JobsDetail getJob() {
        return job;
    }
}
