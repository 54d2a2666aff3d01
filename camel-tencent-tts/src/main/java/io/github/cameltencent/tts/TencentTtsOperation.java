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

/** What an endpoint does: the producer operations of the CI TTS API. */
public enum TencentTtsOperation {
    /** Submit a TTS job (POST /jobs). */
    submit,
    /** Describe one job (GET /jobs/JobId). */
    getJob,
    /** List jobs with filters and paging (GET /jobs). */
    listJobs,
    /** Cancel a waiting job (PUT /jobs/JobId?cancel). */
    cancelJob,
    /** Create a TTS template (POST /template). */
    createTemplate,
    /** Update a TTS template (PUT /template/TemplateId). */
    updateTemplate,
    /** Describe TTS templates (GET /template). */
    getTemplates,
    /** Delete a TTS template (DELETE /template/TemplateId). */
    deleteTemplate,
    /** Describe the speech queues TTS jobs run in (GET /asrqueue). */
    getQueues,
    /** Pause or resume a speech queue (PUT /asrqueue/QueueId), keeping its name and callback settings. */
    updateQueue,
    /** Consumer only: completed jobs, one exchange each. */
    jobs,
    /** Consumer only: receives the service's TaskFinish callbacks over platform-http. */
    callback
}
