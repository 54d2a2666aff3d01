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
package io.github.cameltencent.tts.client;

import io.github.cameltencent.tts.model.JobOperation;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * A JobsDetail whose scalar fields were read with the answer, and whose Operation is built from the kept answer
 * bytes the first time anyone asks for it. To users it is a JobsDetail like any other; the component reads what it
 * needs through {@link JobFacts} and so never pays for the Operation. Building is done once per answer (a list of
 * a hundred jobs is parsed once for all of them) and is safe from any thread.
 */
final class LazyJobsDetail extends JobsDetail {

    /** The answer the job came in, shared by the jobs of one answer. */
    static final class Answer {
        private final byte[] bytes;
        private volatile JobResponse parsed;

        Answer(byte[] bytes) {
            this.bytes = bytes;
        }

        JobOperation operation(int index) {
            JobResponse r = parsed;
            if (r == null) {
                synchronized (this) {
                    r = parsed;
                    if (r == null) {
                        try {
                            r = CiXml.read(bytes, JobResponse.class);
                        } catch (java.io.IOException e) {
                            // the fast reader accepted these very bytes: they are well-formed
                            throw new IllegalStateException("the job answer could not be read again", e);
                        }
                        parsed = r;
                    }
                }
            }
            return r.getJobsDetail().get(index).getOperation();
        }
    }

    private final Answer answer;
    private final int index;
    private final JobFacts facts;
    private volatile boolean built;

    LazyJobsDetail(Answer answer, int index, JobFacts facts) {
        this.answer = answer;
        this.index = index;
        this.facts = facts;
    }

    JobFacts facts() {
        return facts;
    }

    boolean isBuilt() {
        return built;
    }

    @Override
    public JobOperation getOperation() {
        if (!built) {
            synchronized (this) {
                if (!built) {
                    super.setOperation(answer.operation(index));
                    built = true;
                }
            }
        }
        return super.getOperation();
    }

    @Override
    public void setOperation(JobOperation operation) {
        synchronized (this) {
            super.setOperation(operation);
            built = true;
        }
    }
}
