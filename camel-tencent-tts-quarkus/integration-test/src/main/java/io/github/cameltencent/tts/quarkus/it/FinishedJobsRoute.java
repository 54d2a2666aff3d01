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
package io.github.cameltencent.tts.quarkus.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.builder.RouteBuilder;

/** Consumes every job that finishes in the bucket, with its audio. */
@ApplicationScoped
public class FinishedJobsRoute extends RouteBuilder {

    @Inject
    FinishedJobs finishedJobs;

    @Override
    public void configure() {
        from("tencent-tts:jobs?delay=100&download=true").routeId("finished-jobs").process(finishedJobs);
    }
}
