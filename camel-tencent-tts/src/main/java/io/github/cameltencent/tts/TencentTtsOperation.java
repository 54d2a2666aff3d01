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
