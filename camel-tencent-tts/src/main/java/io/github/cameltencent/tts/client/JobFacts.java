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
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.Md5Info;
import io.github.cameltencent.tts.model.Output;
import io.github.cameltencent.tts.model.OutputFile;

/**
 * What the component itself needs of a job's Operation: where the audio is, its MD5, the pass-through data and the
 * codec. For a job read by {@link JobAnswerReader} they were picked up while the answer was read, so asking for
 * them does not build the job's whole Operation.
 */
public record JobFacts(String outputRegion, String outputBucket, String outputObject, String userData, String md5,
                       String codec) {

    public static final JobFacts NONE = new JobFacts(null, null, null, null, null, null);

    /** The facts of any job: read ahead for a lazily built one, from its Operation otherwise. */
    public static JobFacts of(JobsDetail job) {
        if (job instanceof LazyJobsDetail lazy && !lazy.isBuilt()) {
            return lazy.facts();
        }
        return of(job.getOperation());
    }

    static JobFacts of(JobOperation op) {
        if (op == null) {
            return NONE;
        }
        Output out = op.getOutput();
        String object = out == null ? null : out.getObject();
        String md5 = null;
        if (op.getMediaResult() != null && op.getMediaResult().getOutputFile() != null) {
            OutputFile f = op.getMediaResult().getOutputFile();
            for (Md5Info info : f.getMd5Info()) {
                if (object == null || matches(info.getObjectName(), object) || f.getMd5Info().size() == 1) {
                    md5 = info.getMd5();
                    break;
                }
            }
        }
        return new JobFacts(out == null ? null : out.getRegion(), out == null ? null : out.getBucket(), object,
                op.getUserData(), md5, op.getTtsTpl() == null ? null : op.getTtsTpl().getCodec());
    }

    /** Md5Info names may carry a leading slash. */
    static boolean matches(String md5Name, String object) {
        if (md5Name == null) {
            return false;
        }
        return md5Name.startsWith("/") ? md5Name.regionMatches(1, object, 0, object.length())
                && md5Name.length() == object.length() + 1 : md5Name.equals(object);
    }
}
