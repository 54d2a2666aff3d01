package io.github.cameltencent.tts.dsl;

import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;

/**
 * Endpoint DSL for tencent-tts: {@code to(tencentTts("submit").region("ap-guangzhou").voiceType("ruxue"))}.
 * Every option of the component catalog has a method here, which EndpointDslTest checks.
 */
public final class TencentTtsEndpointBuilderFactory {

    private TencentTtsEndpointBuilderFactory() {
    }

    /** Starts an endpoint: {@code operation} is one of submit, getJob, ..., jobs, callback. */
    public static TencentTtsEndpointBuilder tencentTts(String operation) {
        return new TencentTtsEndpointBuilder(operation);
    }

    /** Builds a tencent-tts endpoint URI option by option; usable in from(...) and to(...). */
    public static final class TencentTtsEndpointBuilder extends AbstractEndpointBuilder
            implements EndpointConsumerBuilder, EndpointProducerBuilder {

        TencentTtsEndpointBuilder(String operation) {
            super("tencent-tts", operation);
        }

        /** The bucket bound to Cloud Infinite, as BucketName-APPID, e.g. */
        public TencentTtsEndpointBuilder bucket(String bucket) {
            doSetProperty("bucket", bucket);
            return this;
        }

        /** Whether the consumer (and a submit that waits for completion) downloads the output audio, checks its MD5 and puts it on the body (the JobsDetail moves to a header). */
        public TencentTtsEndpointBuilder download(boolean download) {
            doSetProperty("download", download);
            return this;
        }

        /** Whether the consumer (and a submit that waits for completion) downloads the output audio, checks its MD5 and puts it on the body (the JobsDetail moves to a header). As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder download(String download) {
            doSetProperty("download", download);
            return this;
        }

        /** How many times to try the download while the output object is not yet visible. */
        public TencentTtsEndpointBuilder downloadAttempts(int downloadAttempts) {
            doSetProperty("downloadAttempts", downloadAttempts);
            return this;
        }

        /** How many times to try the download while the output object is not yet visible. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder downloadAttempts(String downloadAttempts) {
            doSetProperty("downloadAttempts", downloadAttempts);
            return this;
        }

        /** The region of the bucket, e.g. */
        public TencentTtsEndpointBuilder region(String region) {
            doSetProperty("region", region);
            return this;
        }

        /** Where the consumer records the jobs it has emitted, and the lower creation-time bound it resumes from after a restart. */
        public TencentTtsEndpointBuilder idempotentRepository(Object idempotentRepository) {
            doSetProperty("idempotentRepository", idempotentRepository);
            return this;
        }

        /** On the very first start (nothing recorded in the idempotent repository and no startCreationTime), how far back to look for finished jobs. */
        public TencentTtsEndpointBuilder lookback(long lookback) {
            doSetProperty("lookback", lookback);
            return this;
        }

        /** On the very first start (nothing recorded in the idempotent repository and no startCreationTime), how far back to look for finished jobs. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder lookback(String lookback) {
            doSetProperty("lookback", lookback);
            return this;
        }

        /** The most jobs emitted per poll (0: no limit); the rest wait for the next poll. */
        public TencentTtsEndpointBuilder maxMessagesPerPoll(int maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /** The most jobs emitted per poll (0: no limit); the rest wait for the next poll. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder maxMessagesPerPoll(String maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /** For tencent-tts:callback: the platform-http path the callbacks are posted to, e.g. */
        public TencentTtsEndpointBuilder path(String path) {
            doSetProperty("path", path);
            return this;
        }

        /** If the polling consumer did not poll any files, you can enable this option to send an empty message (no body) instead. */
        public TencentTtsEndpointBuilder sendEmptyMessageWhenIdle(boolean sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /** If the polling consumer did not poll any files, you can enable this option to send an empty message (no body) instead. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder sendEmptyMessageWhenIdle(String sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /** For tencent-tts:callback: read the job again with a signed request before emitting it; the service does not sign its callbacks. */
        public TencentTtsEndpointBuilder verifyCallbacks(boolean verifyCallbacks) {
            doSetProperty("verifyCallbacks", verifyCallbacks);
            return this;
        }

        /** For tencent-tts:callback: read the job again with a signed request before emitting it; the service does not sign its callbacks. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder verifyCallbacks(String verifyCallbacks) {
            doSetProperty("verifyCallbacks", verifyCallbacks);
            return this;
        }

        /** Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a message and handled by the routing Error Handler. */
        public TencentTtsEndpointBuilder bridgeErrorHandler(boolean bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /** Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a message and handled by the routing Error Handler. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder bridgeErrorHandler(String bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /** To let the consumer use a custom ExceptionHandler. */
        public TencentTtsEndpointBuilder exceptionHandler(Object exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /** Sets the exchange pattern when the consumer creates an exchange. */
        public TencentTtsEndpointBuilder exchangePattern(Object exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /** Jobs whose exchange is being routed right now, so that a poll does not emit them twice. */
        public TencentTtsEndpointBuilder inProgressRepository(Object inProgressRepository) {
            doSetProperty("inProgressRepository", inProgressRepository);
            return this;
        }

        /** A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom implementation to control error handling usually occurred during the poll operation before an Exchange have been created and being routed in Camel. */
        public TencentTtsEndpointBuilder pollStrategy(Object pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /** Callback URL called when the job finishes, overriding the queue's; the value no suppresses the queue's callback. */
        public TencentTtsEndpointBuilder callBack(String callBack) {
            doSetProperty("callBack", callBack);
            return this;
        }

        /** Body format of the callback. */
        public TencentTtsEndpointBuilder callBackFormat(String callBackFormat) {
            doSetProperty("callBackFormat", callBackFormat);
            return this;
        }

        /** TDMQ mode for TDMQ callbacks. */
        public TencentTtsEndpointBuilder callBackMqMode(String callBackMqMode) {
            doSetProperty("callBackMqMode", callBackMqMode);
            return this;
        }

        /** TDMQ topic name for TDMQ callbacks. */
        public TencentTtsEndpointBuilder callBackMqName(String callBackMqName) {
            doSetProperty("callBackMqName", callBackMqName);
            return this;
        }

        /** TDMQ region for TDMQ callbacks. */
        public TencentTtsEndpointBuilder callBackMqRegion(String callBackMqRegion) {
            doSetProperty("callBackMqRegion", callBackMqRegion);
            return this;
        }

        /** Callback type: Url (an HTTP POST) or TDMQ (a message; needs callBackMqRegion, callBackMqMode and callBackMqName). */
        public TencentTtsEndpointBuilder callBackType(String callBackType) {
            doSetProperty("callBackType", callBackType);
            return this;
        }

        /** Audio codec of the output. */
        public TencentTtsEndpointBuilder codec(String codec) {
            doSetProperty("codec", codec);
            return this;
        }

        /** Emotion for the voices that have several (aixiaoxing, aixiaocheng, aixiaoxue, aixiaolu), e.g. */
        public TencentTtsEndpointBuilder emotion(String emotion) {
            doSetProperty("emotion", emotion);
            return this;
        }

        /** listJobs filter: latest creation time, e.g. */
        public TencentTtsEndpointBuilder endCreationTime(String endCreationTime) {
            doSetProperty("endCreationTime", endCreationTime);
            return this;
        }

        /** How the body is read: Text (the body is the text, at most 300 characters) or Url (the body is a COS object URL of a UTF-8 text file). */
        public TencentTtsEndpointBuilder inputType(String inputType) {
            doSetProperty("inputType", inputType);
            return this;
        }

        /** The job getJob and cancelJob act on, when the message has no job id header. */
        public TencentTtsEndpointBuilder jobId(String jobId) {
            doSetProperty("jobId", jobId);
            return this;
        }

        /** Job priority: 0 (default), 1 or 2 (most urgent). */
        public TencentTtsEndpointBuilder jobLevel(Integer jobLevel) {
            doSetProperty("jobLevel", jobLevel);
            return this;
        }

        /** Job priority: 0 (default), 1 or 2 (most urgent). As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder jobLevel(String jobLevel) {
            doSetProperty("jobLevel", jobLevel);
            return this;
        }

        /** Whether to keep the uploaded text object; by default it is removed once the job has ended (when the submit waits for completion). */
        public TencentTtsEndpointBuilder keepLongText(boolean keepLongText) {
            doSetProperty("keepLongText", keepLongText);
            return this;
        }

        /** Whether to keep the uploaded text object; by default it is removed once the job has ended (when the submit waits for completion). As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder keepLongText(String keepLongText) {
            doSetProperty("keepLongText", keepLongText);
            return this;
        }

        /** Key prefix of the text objects the upload strategy stores. */
        public TencentTtsEndpointBuilder longTextPrefix(String longTextPrefix) {
            doSetProperty("longTextPrefix", longTextPrefix);
            return this;
        }

        /** What to do with text over the 300-character Text limit: fail (a clear error), upload (store it as a UTF-8 object in COS and submit it as a Url input, up to 10000 characters in Asyc mode), or split (several jobs cut at sentence ends, each within the limit). */
        public TencentTtsEndpointBuilder longTextStrategy(String longTextStrategy) {
            doSetProperty("longTextStrategy", longTextStrategy);
            return this;
        }

        /** Synthesis mode: Sync for short texts, Asyc (the service's spelling; Async is accepted) for long ones. */
        public TencentTtsEndpointBuilder mode(String mode) {
            doSetProperty("mode", mode);
            return this;
        }

        /** listJobs paging token from a previous page's NextToken header. */
        public TencentTtsEndpointBuilder nextToken(String nextToken) {
            doSetProperty("nextToken", nextToken);
            return this;
        }

        /** listJobs order by creation time; the service's default is Desc. */
        public TencentTtsEndpointBuilder orderByTime(String orderByTime) {
            doSetProperty("orderByTime", orderByTime);
            return this;
        }

        /** Output bucket, BucketName-APPID; defaults to bucket. */
        public TencentTtsEndpointBuilder outputBucket(String outputBucket) {
            doSetProperty("outputBucket", outputBucket);
            return this;
        }

        /** Object key of the output audio. */
        public TencentTtsEndpointBuilder outputObject(String outputObject) {
            doSetProperty("outputObject", outputObject);
            return this;
        }

        /** Key prefix for generated output keys. */
        public TencentTtsEndpointBuilder outputObjectPrefix(String outputObjectPrefix) {
            doSetProperty("outputObjectPrefix", outputObjectPrefix);
            return this;
        }

        /** Region of the output bucket; defaults to region. */
        public TencentTtsEndpointBuilder outputRegion(String outputRegion) {
            doSetProperty("outputRegion", outputRegion);
            return this;
        }

        /** Page number, from 1, of getTemplates and getQueues. */
        public TencentTtsEndpointBuilder pageNumber(Integer pageNumber) {
            doSetProperty("pageNumber", pageNumber);
            return this;
        }

        /** Page number, from 1, of getTemplates and getQueues. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder pageNumber(String pageNumber) {
            doSetProperty("pageNumber", pageNumber);
            return this;
        }

        /** Whether the body is the request model itself (JobRequest for submit, TemplateRequest for templates, ListJobsQuery, TemplateQuery or QueueQuery for lists) instead of being built from options and headers. */
        public TencentTtsEndpointBuilder pojoRequest(boolean pojoRequest) {
            doSetProperty("pojoRequest", pojoRequest);
            return this;
        }

        /** Whether the body is the request model itself (JobRequest for submit, TemplateRequest for templates, ListJobsQuery, TemplateQuery or QueueQuery for lists) instead of being built from options and headers. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder pojoRequest(String pojoRequest) {
            doSetProperty("pojoRequest", pojoRequest);
            return this;
        }

        /** The media queue for submitted jobs, and the queue filter of listJobs and getQueues. */
        public TencentTtsEndpointBuilder queueId(String queueId) {
            doSetProperty("queueId", queueId);
            return this;
        }

        /** Page size: 1 to 100 for listJobs (the service's default is 10); also the page size of getTemplates and getQueues. */
        public TencentTtsEndpointBuilder size(Integer size) {
            doSetProperty("size", size);
            return this;
        }

        /** Page size: 1 to 100 for listJobs (the service's default is 10); also the page size of getTemplates and getQueues. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder size(String size) {
            doSetProperty("size", size);
            return this;
        }

        /** Speed from 50 to 200; the service's default is 100. */
        public TencentTtsEndpointBuilder speed(Integer speed) {
            doSetProperty("speed", speed);
            return this;
        }

        /** Speed from 50 to 200; the service's default is 100. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder speed(String speed) {
            doSetProperty("speed", speed);
            return this;
        }

        /** listJobs filter: earliest creation time, e.g. */
        public TencentTtsEndpointBuilder startCreationTime(String startCreationTime) {
            doSetProperty("startCreationTime", startCreationTime);
            return this;
        }

        /** listJobs filter: comma list of Submitted, Running, Success, Failed, Pause, Cancel or All. */
        public TencentTtsEndpointBuilder states(String states) {
            doSetProperty("states", states);
            return this;
        }

        /** The TTS template to use. */
        public TencentTtsEndpointBuilder templateId(String templateId) {
            doSetProperty("templateId", templateId);
            return this;
        }

        /** The template name for createTemplate and updateTemplate; the name prefix filter of getTemplates. */
        public TencentTtsEndpointBuilder templateName(String templateName) {
            doSetProperty("templateName", templateName);
            return this;
        }

        /** Pass-through data attached to the job: printable ASCII, at most 1024 characters. */
        public TencentTtsEndpointBuilder userData(String userData) {
            doSetProperty("userData", userData);
            return this;
        }

        /** The voice. */
        public TencentTtsEndpointBuilder voiceType(String voiceType) {
            doSetProperty("voiceType", voiceType);
            return this;
        }

        /** Volume from -10 to 10; the service's default is 0. */
        public TencentTtsEndpointBuilder volume(Integer volume) {
            doSetProperty("volume", volume);
            return this;
        }

        /** Volume from -10 to 10; the service's default is 0. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder volume(String volume) {
            doSetProperty("volume", volume);
            return this;
        }

        /** Whether a submit waits until the job ends, without holding a thread: the exchange continues when the job is Success (body JobsDetail, or the audio with download=true), fails with TencentTtsJobFailedException when it is Failed, and continues with the latest JobState when waitTimeout runs out. */
        public TencentTtsEndpointBuilder waitForCompletion(boolean waitForCompletion) {
            doSetProperty("waitForCompletion", waitForCompletion);
            return this;
        }

        /** Whether a submit waits until the job ends, without holding a thread: the exchange continues when the job is Success (body JobsDetail, or the audio with download=true), fails with TencentTtsJobFailedException when it is Failed, and continues with the latest JobState when waitTimeout runs out. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder waitForCompletion(String waitForCompletion) {
            doSetProperty("waitForCompletion", waitForCompletion);
            return this;
        }

        /** First interval between status checks of a waiting job; it grows by half each time. */
        public TencentTtsEndpointBuilder waitInterval(long waitInterval) {
            doSetProperty("waitInterval", waitInterval);
            return this;
        }

        /** First interval between status checks of a waiting job; it grows by half each time. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder waitInterval(String waitInterval) {
            doSetProperty("waitInterval", waitInterval);
            return this;
        }

        /** Longest interval between status checks of a waiting job. */
        public TencentTtsEndpointBuilder waitMaxInterval(long waitMaxInterval) {
            doSetProperty("waitMaxInterval", waitMaxInterval);
            return this;
        }

        /** Longest interval between status checks of a waiting job. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder waitMaxInterval(String waitMaxInterval) {
            doSetProperty("waitMaxInterval", waitMaxInterval);
            return this;
        }

        /** How long a submit waits for its job at most. */
        public TencentTtsEndpointBuilder waitTimeout(long waitTimeout) {
            doSetProperty("waitTimeout", waitTimeout);
            return this;
        }

        /** How long a submit waits for its job at most. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder waitTimeout(String waitTimeout) {
            doSetProperty("waitTimeout", waitTimeout);
            return this;
        }

        /** Whether the producer should be started lazy (on the first message). */
        public TencentTtsEndpointBuilder lazyStartProducer(boolean lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /** Whether the producer should be started lazy (on the first message). As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder lazyStartProducer(String lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /** A client to use instead of one built from these options; autowired when exactly one is in the registry. */
        public TencentTtsEndpointBuilder ciClient(Object ciClient) {
            doSetProperty("ciClient", ciClient);
            return this;
        }

        /** Connect timeout in milliseconds. */
        public TencentTtsEndpointBuilder connectTimeout(int connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /** Connect timeout in milliseconds. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /** A URL to connect to instead of the service, e.g. */
        public TencentTtsEndpointBuilder endpointOverride(String endpointOverride) {
            doSetProperty("endpointOverride", endpointOverride);
            return this;
        }

        /** Size of the HTTP connection pool. */
        public TencentTtsEndpointBuilder maxConnections(int maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /** Size of the HTTP connection pool. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder maxConnections(String maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /** How many times a failed call is tried again: reads on throttling (429), server errors (5xx) and connection failures; a submit only when it provably was not applied, and after an ambiguous failure it looks for the job instead of submitting twice. */
        public TencentTtsEndpointBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /** How many times a failed call is tried again: reads on throttling (429), server errors (5xx) and connection failures; a submit only when it provably was not applied, and after an ambiguous failure it looks for the job instead of submitting twice. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /** Most requests per second this endpoint sends (0: no limit), to stay under the account's quota. */
        public TencentTtsEndpointBuilder rateLimit(double rateLimit) {
            doSetProperty("rateLimit", rateLimit);
            return this;
        }

        /** Most requests per second this endpoint sends (0: no limit), to stay under the account's quota. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder rateLimit(String rateLimit) {
            doSetProperty("rateLimit", rateLimit);
            return this;
        }

        /** First pause before a retry; it doubles (with jitter) up to retryMaxDelay. */
        public TencentTtsEndpointBuilder retryBaseDelay(long retryBaseDelay) {
            doSetProperty("retryBaseDelay", retryBaseDelay);
            return this;
        }

        /** First pause before a retry; it doubles (with jitter) up to retryMaxDelay. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder retryBaseDelay(String retryBaseDelay) {
            doSetProperty("retryBaseDelay", retryBaseDelay);
            return this;
        }

        /** Longest pause before a retry. */
        public TencentTtsEndpointBuilder retryMaxDelay(long retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /** Longest pause before a retry. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder retryMaxDelay(String retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /** How long a request signature is valid, in seconds. */
        public TencentTtsEndpointBuilder signatureValidity(int signatureValidity) {
            doSetProperty("signatureValidity", signatureValidity);
            return this;
        }

        /** How long a request signature is valid, in seconds. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder signatureValidity(String signatureValidity) {
            doSetProperty("signatureValidity", signatureValidity);
            return this;
        }

        /** Socket read timeout in milliseconds. */
        public TencentTtsEndpointBuilder socketTimeout(int socketTimeout) {
            doSetProperty("socketTimeout", socketTimeout);
            return this;
        }

        /** Socket read timeout in milliseconds. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder socketTimeout(String socketTimeout) {
            doSetProperty("socketTimeout", socketTimeout);
            return this;
        }

        /** HTTP proxy host. */
        public TencentTtsEndpointBuilder proxyHost(String proxyHost) {
            doSetProperty("proxyHost", proxyHost);
            return this;
        }

        /** Password for proxy authentication. */
        public TencentTtsEndpointBuilder proxyPassword(String proxyPassword) {
            doSetProperty("proxyPassword", proxyPassword);
            return this;
        }

        /** HTTP proxy port. */
        public TencentTtsEndpointBuilder proxyPort(Integer proxyPort) {
            doSetProperty("proxyPort", proxyPort);
            return this;
        }

        /** HTTP proxy port. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder proxyPort(String proxyPort) {
            doSetProperty("proxyPort", proxyPort);
            return this;
        }

        /** User name for proxy authentication. */
        public TencentTtsEndpointBuilder proxyUsername(String proxyUsername) {
            doSetProperty("proxyUsername", proxyUsername);
            return this;
        }

        /** The number of subsequent error polls (failed due some error) that should happen before the backoffMultipler should kick-in. */
        public TencentTtsEndpointBuilder backoffErrorThreshold(int backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /** The number of subsequent error polls (failed due some error) that should happen before the backoffMultipler should kick-in. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder backoffErrorThreshold(String backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /** The number of subsequent idle polls that should happen before the backoffMultipler should kick-in. */
        public TencentTtsEndpointBuilder backoffIdleThreshold(int backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /** The number of subsequent idle polls that should happen before the backoffMultipler should kick-in. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder backoffIdleThreshold(String backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /** To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in a row. */
        public TencentTtsEndpointBuilder backoffMultiplier(int backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /** To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in a row. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder backoffMultiplier(String backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /** Milliseconds before the next poll. */
        public TencentTtsEndpointBuilder delay(long delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /** Milliseconds before the next poll. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder delay(String delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /** If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run polled 1 or more messages. */
        public TencentTtsEndpointBuilder greedy(boolean greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /** If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run polled 1 or more messages. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder greedy(String greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /** Milliseconds before the first poll starts. */
        public TencentTtsEndpointBuilder initialDelay(long initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /** Milliseconds before the first poll starts. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder initialDelay(String initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /** Specifies a maximum limit of number of fires. */
        public TencentTtsEndpointBuilder repeatCount(long repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /** Specifies a maximum limit of number of fires. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder repeatCount(String repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /** The consumer logs a start/complete log line when it polls. */
        public TencentTtsEndpointBuilder runLoggingLevel(Object runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /** Allows for configuring a custom/shared thread pool to use for the consumer. */
        public TencentTtsEndpointBuilder scheduledExecutorService(Object scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /** To use a cron scheduler from either camel-spring or camel-quartz component. */
        public TencentTtsEndpointBuilder scheduler(Object scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /** To configure additional properties when using a custom scheduler or any of the Quartz, Spring based scheduler. */
        public TencentTtsEndpointBuilder schedulerProperties(Object schedulerProperties) {
            doSetProperty("schedulerProperties", schedulerProperties);
            return this;
        }

        /** Whether the scheduler should be auto started. */
        public TencentTtsEndpointBuilder startScheduler(boolean startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /** Whether the scheduler should be auto started. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder startScheduler(String startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /** Time unit for initialDelay and delay options. */
        public TencentTtsEndpointBuilder timeUnit(Object timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /** Controls if fixed delay or fixed rate is used. */
        public TencentTtsEndpointBuilder useFixedDelay(boolean useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /** Controls if fixed delay or fixed rate is used. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder useFixedDelay(String useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /** For tencent-tts:callback: a shared secret the callback URL must carry as token=...; others get 403. */
        public TencentTtsEndpointBuilder callbackToken(String callbackToken) {
            doSetProperty("callbackToken", callbackToken);
            return this;
        }

        /** The SecretId of the Tencent Cloud API key. */
        public TencentTtsEndpointBuilder secretId(String secretId) {
            doSetProperty("secretId", secretId);
            return this;
        }

        /** The SecretKey of the Tencent Cloud API key. */
        public TencentTtsEndpointBuilder secretKey(String secretKey) {
            doSetProperty("secretKey", secretKey);
            return this;
        }

        /** The STS session token, when secretId and secretKey are temporary credentials. */
        public TencentTtsEndpointBuilder sessionToken(String sessionToken) {
            doSetProperty("sessionToken", sessionToken);
            return this;
        }

        /** Whether to fall back to the environment variables TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_SESSION_TOKEN when no keys are configured. */
        public TencentTtsEndpointBuilder useEnvironmentCredentials(boolean useEnvironmentCredentials) {
            doSetProperty("useEnvironmentCredentials", useEnvironmentCredentials);
            return this;
        }

        /** Whether to fall back to the environment variables TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_SESSION_TOKEN when no keys are configured. As text, e.g. a property placeholder. */
        public TencentTtsEndpointBuilder useEnvironmentCredentials(String useEnvironmentCredentials) {
            doSetProperty("useEnvironmentCredentials", useEnvironmentCredentials);
            return this;
        }

        /** A provider asked for credentials on every request, for rotating STS keys. */
        public TencentTtsEndpointBuilder credentialsProvider(Object credentialsProvider) {
            doSetProperty("credentialsProvider", credentialsProvider);
            return this;
        }
    }
}
