package io.github.cameltencent.tts.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every option of the tencent-tts component, as camel.component.tencent-tts.* properties. Kept in step with the
 * component catalog by TencentTtsStarterTest.
 */
@ConfigurationProperties(prefix = "camel.component.tencent-tts")
public class TencentTtsComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * The bucket bound to Cloud Infinite, as BucketName-APPID, e.g. examplebucket-1250000000.
     */
    private String bucket;
    /**
     * The region of the bucket, e.g. ap-guangzhou.
     */
    private String region;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
     * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
     * hook into the 3rd party component and make this possible for future releases. By default the consumer will
     * use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
     * level and ignored.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * Callback URL called when the job finishes, overriding the queue's; the value no suppresses the queue's
     * callback.
     */
    private String callBack;
    /**
     * Body format of the callback.
     * Values: XML, JSON.
     */
    private String callBackFormat;
    /**
     * TDMQ mode for TDMQ callbacks.
     * Values: Queue, Topic.
     */
    private String callBackMqMode;
    /**
     * TDMQ topic name for TDMQ callbacks.
     */
    private String callBackMqName;
    /**
     * TDMQ region for TDMQ callbacks.
     * Values: sh, bj, gz, cd, hk.
     */
    private String callBackMqRegion;
    /**
     * Callback type: Url (an HTTP POST) or TDMQ (a message; needs callBackMqRegion, callBackMqMode and
     * callBackMqName).
     * Values: Url, TDMQ.
     */
    private String callBackType;
    /**
     * Audio codec of the output. The service's default is wav in Sync mode and pcm in Asyc mode.
     * Values: wav, mp3, pcm.
     */
    private String codec;
    /**
     * Emotion for the voices that have several (aixiaoxing, aixiaocheng, aixiaoxue, aixiaolu), e.g. arousal.
     */
    private String emotion;
    /**
     * listJobs filter: latest creation time, e.g. 2023-11-15T00:00:000800.
     */
    private String endCreationTime;
    /**
     * How the body is read: Text (the body is the text, at most 300 characters) or Url (the body is a COS object
     * URL of a UTF-8 text file).
     * Values: Text, Url.
     */
    private String inputType = "Text";
    /**
     * The job getJob and cancelJob act on, when the message has no job id header.
     */
    private String jobId;
    /**
     * Job priority: 0 (default), 1 or 2 (most urgent).
     * Values: 0, 1, 2.
     */
    private Integer jobLevel;
    /**
     * Whether to keep the uploaded text object; by default it is removed once the job has ended (when the submit
     * waits for completion).
     */
    private Boolean keepLongText = false;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
     * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
     * processed then creating and starting the producer may take a little time and prolong the total processing
     * time of the processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * Key prefix of the text objects the upload strategy stores.
     */
    private String longTextPrefix = "tts-input/";
    /**
     * What to do with text over the 300-character Text limit: fail (a clear error), upload (store it as a UTF-8
     * object in COS and submit it as a Url input, up to 10000 characters in Asyc mode), or split (several jobs cut
     * at sentence ends, each within the limit).
     * Values: fail, upload, split.
     */
    private String longTextStrategy = "fail";
    /**
     * Synthesis mode: Sync for short texts, Asyc (the service's spelling; Async is accepted) for long ones. The
     * service's default is Asyc.
     * Values: Sync, Asyc, Async.
     */
    private String mode;
    /**
     * listJobs paging token from a previous page's NextToken header.
     */
    private String nextToken;
    /**
     * listJobs order by creation time; the service's default is Desc.
     * Values: Desc, Asc.
     */
    private String orderByTime;
    /**
     * Output bucket, BucketName-APPID; defaults to bucket.
     */
    private String outputBucket;
    /**
     * Object key of the output audio. When neither this nor the header is set, a unique key is made under
     * outputObjectPrefix with the codec's extension.
     */
    private String outputObject;
    /**
     * Key prefix for generated output keys.
     */
    private String outputObjectPrefix = "tts/";
    /**
     * Region of the output bucket; defaults to region.
     */
    private String outputRegion;
    /**
     * Page number, from 1, of getTemplates and getQueues.
     */
    private Integer pageNumber;
    /**
     * Whether the body is the request model itself (JobRequest for submit, TemplateRequest for templates,
     * ListJobsQuery, TemplateQuery or QueueQuery for lists) instead of being built from options and headers.
     */
    private Boolean pojoRequest = false;
    /**
     * The media queue for submitted jobs, and the queue filter of listJobs and getQueues. The service's default
     * queue is used when not set.
     */
    private String queueId;
    /**
     * Page size: 1 to 100 for listJobs (the service's default is 10); also the page size of getTemplates and
     * getQueues.
     */
    private Integer size;
    /**
     * Speed from 50 to 200; the service's default is 100.
     */
    private Integer speed;
    /**
     * listJobs filter: earliest creation time, e.g. 2023-11-14T00:00:000800.
     */
    private String startCreationTime;
    /**
     * listJobs filter: comma list of Submitted, Running, Success, Failed, Pause, Cancel or All.
     */
    private String states;
    /**
     * The TTS template to use. When set it wins over mode, codec, voiceType, volume, speed and emotion. Also the
     * template that updateTemplate and deleteTemplate act on, and the id filter (comma list) of getTemplates.
     */
    private String templateId;
    /**
     * The template name for createTemplate and updateTemplate; the name prefix filter of getTemplates.
     */
    private String templateName;
    /**
     * Pass-through data attached to the job: printable ASCII, at most 1024 characters.
     */
    private String userData;
    /**
     * The voice. The service's default is ruxue; aixiaonan and aixiaoliao only speak in Asyc mode.
     * Values: ruxue, aixiaonan, aixiaoxing, aixiaocheng, aixiaoxue, aixiaolu, aixiaodong, aixiaoliao, aixiaoqian, aixiaoyang, alice.
     */
    private String voiceType;
    /**
     * Volume from -10 to 10; the service's default is 0.
     */
    private Integer volume;
    /**
     * Whether a submit waits until the job ends, without holding a thread: the exchange continues when the job is
     * Success (body JobsDetail, or the audio with download=true), fails with TencentTtsJobFailedException when it
     * is Failed, and continues with the latest JobState when waitTimeout runs out.
     */
    private Boolean waitForCompletion = false;
    /**
     * First interval between status checks of a waiting job; it grows by half each time.
     */
    private Long waitInterval = 1000L;
    /**
     * Longest interval between status checks of a waiting job.
     */
    private Long waitMaxInterval = 10000L;
    /**
     * How long a submit waits for its job at most.
     */
    private Long waitTimeout = 600000L;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * A client to use instead of one built from these options; autowired when exactly one is in the registry.
     */
    private io.github.cameltencent.tts.client.CiClient ciClient;
    /**
     * Connect timeout in milliseconds.
     */
    private Integer connectTimeout = 10000;
    /**
     * A URL to connect to instead of the service, e.g. http://127.0.0.1:9000 for the emulator or a private gateway.
     * Requests keep the real virtual-host names, as the SDK's EndpointResolver does.
     */
    private String endpointOverride;
    /**
     * Size of the HTTP connection pool.
     */
    private Integer maxConnections = 64;
    /**
     * How long a request signature is valid, in seconds.
     */
    private Integer signatureValidity = 900;
    /**
     * Socket read timeout in milliseconds.
     */
    private Integer socketTimeout = 30000;
    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;
    /**
     * HTTP proxy host.
     */
    private String proxyHost;
    /**
     * Password for proxy authentication.
     */
    private String proxyPassword;
    /**
     * HTTP proxy port.
     */
    private Integer proxyPort;
    /**
     * User name for proxy authentication.
     */
    private String proxyUsername;
    /**
     * The SecretId of the Tencent Cloud API key. With secretKey (and sessionToken for temporary keys) it is the
     * simplest way to give credentials.
     */
    private String secretId;
    /**
     * The SecretKey of the Tencent Cloud API key.
     */
    private String secretKey;
    /**
     * The STS session token, when secretId and secretKey are temporary credentials.
     */
    private String sessionToken;
    /**
     * Whether to fall back to the environment variables TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and
     * TENCENTCLOUD_SESSION_TOKEN when no keys are configured.
     */
    private Boolean useEnvironmentCredentials = true;
    /**
     * A provider asked for credentials on every request, for rotating STS keys. Autowired when exactly one such
     * bean is in the registry; it wins over keys and the environment.
     */
    private io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider credentialsProvider;

    /**
     * How many times a failed call is tried again: reads on throttling (429), server errors (5xx) and connection failures; a submit only when it provably was not applied, and after an ambiguous failure it looks for the job instead of submitting twice.
     */
    private Integer maxRetries = 3;
    /**
     * Most requests per second this endpoint sends (0: no limit), to stay under the account's quota.
     */
    private Double rateLimit = 0.0d;
    /**
     * First pause before a retry; it doubles (with jitter) up to retryMaxDelay. A Retry-After from the service wins.
     */
    private Long retryBaseDelay = 200L;
    /**
     * Longest pause before a retry.
     */
    private Long retryMaxDelay = 10000L;

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public String getCallBack() {
        return callBack;
    }

    public void setCallBack(String callBack) {
        this.callBack = callBack;
    }

    public String getCallBackFormat() {
        return callBackFormat;
    }

    public void setCallBackFormat(String callBackFormat) {
        this.callBackFormat = callBackFormat;
    }

    public String getCallBackMqMode() {
        return callBackMqMode;
    }

    public void setCallBackMqMode(String callBackMqMode) {
        this.callBackMqMode = callBackMqMode;
    }

    public String getCallBackMqName() {
        return callBackMqName;
    }

    public void setCallBackMqName(String callBackMqName) {
        this.callBackMqName = callBackMqName;
    }

    public String getCallBackMqRegion() {
        return callBackMqRegion;
    }

    public void setCallBackMqRegion(String callBackMqRegion) {
        this.callBackMqRegion = callBackMqRegion;
    }

    public String getCallBackType() {
        return callBackType;
    }

    public void setCallBackType(String callBackType) {
        this.callBackType = callBackType;
    }

    public String getCodec() {
        return codec;
    }

    public void setCodec(String codec) {
        this.codec = codec;
    }

    public String getEmotion() {
        return emotion;
    }

    public void setEmotion(String emotion) {
        this.emotion = emotion;
    }

    public String getEndCreationTime() {
        return endCreationTime;
    }

    public void setEndCreationTime(String endCreationTime) {
        this.endCreationTime = endCreationTime;
    }

    public String getInputType() {
        return inputType;
    }

    public void setInputType(String inputType) {
        this.inputType = inputType;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public Integer getJobLevel() {
        return jobLevel;
    }

    public void setJobLevel(Integer jobLevel) {
        this.jobLevel = jobLevel;
    }

    public Boolean getKeepLongText() {
        return keepLongText;
    }

    public void setKeepLongText(Boolean keepLongText) {
        this.keepLongText = keepLongText;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getLongTextPrefix() {
        return longTextPrefix;
    }

    public void setLongTextPrefix(String longTextPrefix) {
        this.longTextPrefix = longTextPrefix;
    }

    public String getLongTextStrategy() {
        return longTextStrategy;
    }

    public void setLongTextStrategy(String longTextStrategy) {
        this.longTextStrategy = longTextStrategy;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getNextToken() {
        return nextToken;
    }

    public void setNextToken(String nextToken) {
        this.nextToken = nextToken;
    }

    public String getOrderByTime() {
        return orderByTime;
    }

    public void setOrderByTime(String orderByTime) {
        this.orderByTime = orderByTime;
    }

    public String getOutputBucket() {
        return outputBucket;
    }

    public void setOutputBucket(String outputBucket) {
        this.outputBucket = outputBucket;
    }

    public String getOutputObject() {
        return outputObject;
    }

    public void setOutputObject(String outputObject) {
        this.outputObject = outputObject;
    }

    public String getOutputObjectPrefix() {
        return outputObjectPrefix;
    }

    public void setOutputObjectPrefix(String outputObjectPrefix) {
        this.outputObjectPrefix = outputObjectPrefix;
    }

    public String getOutputRegion() {
        return outputRegion;
    }

    public void setOutputRegion(String outputRegion) {
        this.outputRegion = outputRegion;
    }

    public Integer getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(Integer pageNumber) {
        this.pageNumber = pageNumber;
    }

    public Boolean getPojoRequest() {
        return pojoRequest;
    }

    public void setPojoRequest(Boolean pojoRequest) {
        this.pojoRequest = pojoRequest;
    }

    public String getQueueId() {
        return queueId;
    }

    public void setQueueId(String queueId) {
        this.queueId = queueId;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public Integer getSpeed() {
        return speed;
    }

    public void setSpeed(Integer speed) {
        this.speed = speed;
    }

    public String getStartCreationTime() {
        return startCreationTime;
    }

    public void setStartCreationTime(String startCreationTime) {
        this.startCreationTime = startCreationTime;
    }

    public String getStates() {
        return states;
    }

    public void setStates(String states) {
        this.states = states;
    }

    public String getTemplateId() {
        return templateId;
    }

    public void setTemplateId(String templateId) {
        this.templateId = templateId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public String getUserData() {
        return userData;
    }

    public void setUserData(String userData) {
        this.userData = userData;
    }

    public String getVoiceType() {
        return voiceType;
    }

    public void setVoiceType(String voiceType) {
        this.voiceType = voiceType;
    }

    public Integer getVolume() {
        return volume;
    }

    public void setVolume(Integer volume) {
        this.volume = volume;
    }

    public Boolean getWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(Boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public Long getWaitInterval() {
        return waitInterval;
    }

    public void setWaitInterval(Long waitInterval) {
        this.waitInterval = waitInterval;
    }

    public Long getWaitMaxInterval() {
        return waitMaxInterval;
    }

    public void setWaitMaxInterval(Long waitMaxInterval) {
        this.waitMaxInterval = waitMaxInterval;
    }

    public Long getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(Long waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public io.github.cameltencent.tts.client.CiClient getCiClient() {
        return ciClient;
    }

    public void setCiClient(io.github.cameltencent.tts.client.CiClient ciClient) {
        this.ciClient = ciClient;
    }

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public String getEndpointOverride() {
        return endpointOverride;
    }

    public void setEndpointOverride(String endpointOverride) {
        this.endpointOverride = endpointOverride;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Integer getSignatureValidity() {
        return signatureValidity;
    }

    public void setSignatureValidity(Integer signatureValidity) {
        this.signatureValidity = signatureValidity;
    }

    public Integer getSocketTimeout() {
        return socketTimeout;
    }

    public void setSocketTimeout(Integer socketTimeout) {
        this.socketTimeout = socketTimeout;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getSecretId() {
        return secretId;
    }

    public void setSecretId(String secretId) {
        this.secretId = secretId;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSessionToken() {
        return sessionToken;
    }

    public void setSessionToken(String sessionToken) {
        this.sessionToken = sessionToken;
    }

    public Boolean getUseEnvironmentCredentials() {
        return useEnvironmentCredentials;
    }

    public void setUseEnvironmentCredentials(Boolean useEnvironmentCredentials) {
        this.useEnvironmentCredentials = useEnvironmentCredentials;
    }

    public io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider getCredentialsProvider() {
        return credentialsProvider;
    }

    public void setCredentialsProvider(io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Double getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(Double rateLimit) {
        this.rateLimit = rateLimit;
    }

    public Long getRetryBaseDelay() {
        return retryBaseDelay;
    }

    public void setRetryBaseDelay(Long retryBaseDelay) {
        this.retryBaseDelay = retryBaseDelay;
    }

    public Long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }
}
