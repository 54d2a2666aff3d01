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
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.spi.UriPath;

import org.apache.camel.component.http.HttpClientConfigurer;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider;

/** Every option of the component and its endpoints; the component holds defaults, each endpoint a copy. */
@UriParams
public class TencentTtsConfiguration implements Cloneable {

    @UriPath(description = "The operation to perform.", defaultValue = "submit")
    @Metadata(required = true)
    private TencentTtsOperation operation = TencentTtsOperation.submit;
    @UriParam(label = "security", secret = true, description = "The SecretId of the Tencent Cloud API key. With secretKey (and sessionToken for temporary keys) it is the simplest way to give credentials.")
    private String secretId;
    @UriParam(label = "security", secret = true, description = "The SecretKey of the Tencent Cloud API key.")
    private String secretKey;
    @UriParam(label = "security", secret = true, description = "The STS session token, when secretId and secretKey are temporary credentials.")
    private String sessionToken;
    @UriParam(label = "security", defaultValue = "true", description = "Whether to fall back to the environment variables TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_SESSION_TOKEN when no keys are configured.")
    private boolean useEnvironmentCredentials = true;
    @UriParam(label = "security,advanced", description = "A provider asked for credentials on every request, for rotating STS keys. Autowired when exactly one such bean is in the registry; it wins over keys and the environment.")
    @Metadata(autowired = true)
    private TencentCredentialsProvider credentialsProvider;
    @UriParam(label = "common", description = "The region of the bucket, e.g. ap-guangzhou.")
    private String region;
    @UriParam(label = "common", description = "The bucket bound to Cloud Infinite, as BucketName-APPID, e.g. examplebucket-1250000000.")
    private String bucket;
    @UriParam(label = "producer", description = "The TTS template to use. When set it wins over mode, codec, voiceType, volume, speed and emotion. Also the template that updateTemplate and deleteTemplate act on, and the id filter (comma list) of getTemplates.")
    private String templateId;
    @UriParam(label = "producer", description = "The template name for createTemplate and updateTemplate; the name prefix filter of getTemplates.")
    private String templateName;
    @UriParam(label = "producer", enums = "Sync,Asyc,Async", description = "Synthesis mode: Sync for short texts, Asyc (the service's spelling; Async is accepted) for long ones. The service's default is Asyc.")
    private String mode;
    @UriParam(label = "producer", enums = "wav,mp3,pcm", description = "Audio codec of the output. The service's default is wav in Sync mode and pcm in Asyc mode.")
    private String codec;
    @UriParam(label = "producer", enums = "ruxue,aixiaonan,aixiaoxing,aixiaocheng,aixiaoxue,aixiaolu,aixiaodong,aixiaoliao,aixiaoqian,aixiaoyang,alice", description = "The voice. The service's default is ruxue; aixiaonan and aixiaoliao only speak in Asyc mode. The values listed are the documented voices, a hint: any other is sent as given and the service decides.")
    private String voiceType;
    @UriParam(label = "producer", description = "Volume from -10 to 10; the service's default is 0.")
    private Integer volume;
    @UriParam(label = "producer", description = "Speed from 50 to 200; the service's default is 100.")
    private Integer speed;
    @UriParam(label = "producer", description = "Emotion for the voices that have several (aixiaoxing, aixiaocheng, aixiaoxue, aixiaolu), e.g. arousal.")
    private String emotion;
    @UriParam(label = "producer", defaultValue = "Text", enums = "Text,Url", description = "How the body is read: Text (the body is the text, at most 300 characters) or Url (the body is a COS object URL of a UTF-8 text file).")
    private String inputType = "Text";
    @UriParam(label = "producer", description = "Region of the output bucket; defaults to region.")
    private String outputRegion;
    @UriParam(label = "producer", description = "Output bucket, BucketName-APPID; defaults to bucket.")
    private String outputBucket;
    @UriParam(label = "producer", description = "Object key of the output audio. When neither this nor the header is set, a unique key is made under outputObjectPrefix with the codec's extension.")
    private String outputObject;
    @UriParam(label = "producer", defaultValue = "tts/", description = "Key prefix for generated output keys.")
    private String outputObjectPrefix = "tts/";
    @UriParam(label = "producer", description = "Pass-through data attached to the job: printable ASCII, at most 1024 characters.")
    private String userData;
    @UriParam(label = "common,advanced", defaultValue = "true", description = "When a Camel tracer"
            + " (camel-opentelemetry2) has a trace open at submit, record its W3C traceparent in the job's UserData,"
            + " so that whoever receives the finished job (a waiting submit, the polling or the callback consumer, on"
            + " any node, after any restart) continues that trace. The route's own UserData is kept whole behind it"
            + " and comes back unchanged in the UserData header and in JobsDetail. Set false on the submitting and"
            + " the receiving endpoints alike to send and receive UserData exactly as the route gives it.")
    private boolean traceInUserData = true;
    @UriParam(label = "producer", enums = "0,1,2", description = "Job priority: 0, 1 or 2 (the most urgent); the service's default is 0.")
    private Integer jobLevel;
    @UriParam(label = "producer", description = "The speech queue for submitted jobs, the queue filter of listJobs and getQueues, and the queue updateQueue changes. The service's default speech queue is used when not set.")
    private String queueId;
    @UriParam(label = "producer", description = "Callback URL called when the job finishes, overriding the queue's; the value no suppresses the queue's callback.")
    private String callBack;
    @UriParam(label = "producer", enums = "XML,JSON", description = "Body format of the callback.")
    private String callBackFormat;
    @UriParam(label = "producer", enums = "Url,TDMQ", description = "Callback type: Url (an HTTP POST) or TDMQ (a message; needs callBackMqRegion, callBackMqMode and callBackMqName).")
    private String callBackType;
    @UriParam(label = "producer", enums = "sh,bj,gz,cd,hk", description = "TDMQ region for TDMQ callbacks. The values listed are the documented regions, a hint: any other region name is sent as given and the service decides.")
    private String callBackMqRegion;
    @UriParam(label = "producer", enums = "Queue,Topic", description = "TDMQ mode for TDMQ callbacks.")
    private String callBackMqMode;
    @UriParam(label = "producer", description = "TDMQ topic name for TDMQ callbacks.")
    private String callBackMqName;
    @UriParam(label = "producer", description = "The job getJob and cancelJob act on, when the message has no job id header.")
    private String jobId;
    @UriParam(label = "producer", defaultValue = "false", description = "Whether the body is the request model itself (JobRequest for submit, TemplateRequest for templates, ListJobsQuery, TemplateQuery or QueueQuery for lists) instead of being built from options and headers.")
    private boolean pojoRequest = false;
    @UriParam(label = "producer", description = "listJobs filter: comma list of Submitted, Running, Success, Failed, Pause, Cancel or All.")
    private String states;
    @UriParam(label = "producer", description = "listJobs filter: earliest creation time,"
            + " as yyyy-MM-dd'T'HH:mm:ssZ with the zone offset of the time, e.g. 2023-11-13T11:00:00-0500; Beijing time has the offset plus 0800, which a URI needs inside RAW(...). The polling consumer starts from it on its very first start.")
    private String startCreationTime;
    @UriParam(label = "producer", description = "listJobs filter: latest creation time,"
            + " as yyyy-MM-dd'T'HH:mm:ssZ with the zone offset of the time, e.g. 2023-11-13T11:00:00-0500; Beijing time has the offset plus 0800, which a URI needs inside RAW(...).")
    private String endCreationTime;
    @UriParam(label = "producer", enums = "Desc,Asc", description = "listJobs order by creation time; the service's default is Desc.")
    private String orderByTime;
    @UriParam(label = "producer", description = "Page size: 1 to 100 for listJobs (the service's default is 10); also the page size of getTemplates and getQueues.")
    private Integer size;
    @UriParam(label = "producer", description = "listJobs paging token as a previous listJobs wrote it in the CamelTencentTtsResultNextToken header.")
    private String nextToken;
    @UriParam(label = "producer", description = "Page number, from 1, of getTemplates and getQueues.")
    private Integer pageNumber;
    @UriParam(label = "advanced", description = "A URL to connect to instead of the service, e.g. http://127.0.0.1:9000 for the emulator or a private gateway. Requests keep the real virtual-host names, as the SDK's EndpointResolver does.")
    private String endpointOverride;
    @UriParam(label = "advanced", defaultValue = "10000", description = "Connect timeout in milliseconds.")
    private int connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "30000", description = "Socket read timeout in milliseconds.")
    private int socketTimeout = 30000;
    @UriParam(label = "advanced", defaultValue = "900", description = "How long a request signature is valid, in seconds.")
    private int signatureValidity = 900;
    @UriParam(label = "advanced", defaultValue = "64", description = "Size of the HTTP connection pool.")
    private int maxConnections = 64;
    @UriParam(label = "advanced", description = "A client to use instead of one built from these options; autowired when exactly one is in the registry.")
    @Metadata(autowired = true)
    private CiClient ciClient;
    @UriParam(label = "advanced", description = "camel-http's HttpClientConfigurer, applied last to the Apache"
            + " HttpClient 5 builder of the client this endpoint builds (interceptors, proxies, connection tuning);"
            + " CI and COS requests alike go through it. Autowired when exactly one is in the registry. Not used"
            + " with a ciClient of your own.")
    @Metadata(autowired = true)
    private HttpClientConfigurer httpClientConfigurer;
    @UriParam(label = "advanced", defaultValue = "10", description = "Threads of the endpoint's I/O pool, taken from"
            + " the CamelContext's ExecutorServiceManager: every HTTP call to CI and COS (and the start of the"
            + " route after its answer) runs there, never on the calling route's thread. A call waiting for a free"
            + " thread is queued. Each call in flight holds one thread and one connection, so this is how many calls"
            + " the endpoint has in flight (up to maxConnections); idle threads end after a minute. A thread-pool"
            + " profile registered with the ExecutorServiceManager under the id TencentTtsIo sizes the pool instead.")
    private int ioPoolSize = 10;
    @UriParam(label = "advanced", defaultValue = "4", description = "Threads of the endpoint's worker pool, taken"
            + " from the CamelContext's ExecutorServiceManager: a waiting submit continues there when its job ends,"
            + " and the callback consumer verifies and routes callbacks there. A thread-pool profile registered with"
            + " the ExecutorServiceManager under the id TencentTtsWorker sizes the pool instead.")
    private int workerPoolSize = 4;
    @UriParam(label = "advanced", defaultValue = "2000", javaType = "java.time.Duration", description = "How long"
            + " the readiness check waits for CI (one describe-queues call, no retry), in milliseconds or as a"
            + " duration; its verdict is reused for half as long, so a hung service is reported DOWN within twice"
            + " this time.")
    private long readinessTimeout = 2000;
    @UriParam(label = "proxy", description = "HTTP proxy host.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "HTTP proxy port.")
    private Integer proxyPort;
    @UriParam(label = "proxy", secret = true, description = "User name for proxy authentication.")
    private String proxyUsername;
    @UriParam(label = "proxy", secret = true, description = "Password for proxy authentication.")
    private String proxyPassword;

    @UriParam(label = "producer", defaultValue = "false", description = "Whether a submit waits until the job ends,"
            + " without holding a thread: the exchange continues when the job is Success (body JobsDetail, or the"
            + " audio with download=true), fails with TencentTtsJobFailedException when it is Failed, and continues"
            + " with the latest JobState when waitTimeout runs out.")
    private boolean waitForCompletion;
    @UriParam(label = "producer", defaultValue = "600000", javaType = "java.time.Duration",
              description = "How long a submit waits for its job at most, in"
                            + " milliseconds or as a duration such as PT10M or 10m.")
    private long waitTimeout = 600_000L;
    @UriParam(label = "producer", defaultValue = "1000", javaType = "java.time.Duration",
              description = "First interval between status checks of a waiting job,"
                            + " in milliseconds or as a duration such as PT1S; it grows by half each time.")
    private long waitInterval = 1000L;
    @UriParam(label = "producer", defaultValue = "10000", javaType = "java.time.Duration",
              description = "Longest interval between status checks of a waiting job,"
                            + " in milliseconds or as a duration such as PT10S.")
    private long waitMaxInterval = 10_000L;
    @UriParam(label = "producer", defaultValue = "fail", enums = "fail,upload,split", description = "What to do with"
            + " text over the 300-character Text limit: fail (a clear error), upload (store it as a UTF-8 object in"
            + " COS and submit it as a Url input, up to 10000 characters in Asyc mode), or split (several jobs cut at"
            + " sentence ends, each within the limit).")
    private String longTextStrategy = "fail";
    @UriParam(label = "producer", defaultValue = "tts-input/", description = "Key prefix of the text objects the"
            + " upload strategy stores.")
    private String longTextPrefix = "tts-input/";
    @UriParam(label = "producer", defaultValue = "false", description = "Whether to keep the uploaded text object;"
            + " by default it is removed once the job has ended (when the submit waits for completion).")
    private boolean keepLongText;

    @UriParam(label = "advanced", defaultValue = "3", description = "How many times a failed call is tried again:"
            + " reads on throttling (429), server errors (5xx) and connection failures; a submit only when it"
            + " provably was not applied, and after an ambiguous failure it looks for the job instead of"
            + " submitting twice.")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "200", javaType = "java.time.Duration", description = "First"
            + " pause before a retry, in milliseconds or as a duration such as PT0.2S; it doubles (with jitter) up"
            + " to retryMaxDelay. A Retry-After from the service wins.")
    private long retryBaseDelay = 200L;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration", description = "Longest"
            + " pause before a retry, in milliseconds or as a duration such as PT10S.")
    private long retryMaxDelay = 10_000L;
    @UriParam(label = "advanced", defaultValue = "0", description = "Most requests per second this endpoint sends,"
            + " to stay under the account's quota. 0 means no limit.")
    private double rateLimit;

    @UriParam(label = "producer", enums = "Active,Paused", description = "For updateQueue: the state to put the"
            + " speech queue in (Paused holds its waiting jobs, Active runs them again); for getQueues: the state"
            + " filter.")
    private String queueState;
    @UriParam(label = "producer", enums = "Custom,Official", description = "For getTemplates: Custom (your own"
            + " templates, the service's default) or Official (Tencent's preset templates).")
    private String templateCategory;
    @UriParam(label = "security", description = "Output buckets, besides bucket and outputBucket, that downloads"
            + " may read from (comma list of BucketName-APPID). A job answer naming any other bucket is refused with"
            + " TencentTtsUnexpectedBucketException and nothing, credentials least of all, is sent to it.")
    private String allowedOutputBuckets;
    @UriParam(label = "advanced", defaultValue = "4194304", description = "The largest CI answer read, in bytes;"
            + " a larger one fails with ResponseTooLarge while it is read. Downloaded audio is streamed and not"
            + " bounded by this.")
    private long maxResponseSize = 4L * 1024 * 1024;
    @UriParam(label = "security", description = "TLS settings (trust store, key store, protocols) for the CI and"
            + " COS connections, the Camel way; without it the JVM's default trust is used.")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "consumer", description = "Where the consumers record the jobs they have emitted (job ids"
            + " only). Any Camel idempotent repository works (file, JDBC, ...); shared by all nodes of a cluster. By"
            + " default an in-memory repository of 100000 entries per endpoint is used.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer", description = "Where the polling consumer keeps its resume point: the creation time"
            + " before which every job is finished and emitted, one entry per endpoint (region, bucket and queue)."
            + " A restart, or another node taking over, lists from there. In memory by default; Camel's"
            + " FileStateRepository for one node; for a cluster one all nodes share, e.g. this component's"
            + " JdbcStateRepository.")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer,advanced", description = "Jobs whose exchange is being routed right now, so that a"
            + " poll or a callback does not emit them twice. By default an in-memory repository per endpoint is used.")
    private IdempotentRepository inProgressRepository;
    @UriParam(label = "common", defaultValue = "false", description = "Whether the consumers (and a submit that waits"
            + " for completion) download the output audio, check its MD5 and put it on the body (the JobsDetail"
            + " moves to the CamelTencentTtsJobsDetail header).")
    private boolean download;
    @UriParam(label = "common", defaultValue = "4", description = "How many times to try a download while the"
            + " output object is not yet visible (404); the pauses follow the retry options.")
    private int downloadAttempts = 4;
    @UriParam(label = "consumer", defaultValue = "0", description = "The most jobs the polling consumer emits per"
            + " poll; the rest wait for the next poll. 0 means no limit.")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", defaultValue = "86400000", javaType = "java.time.Duration",
              description = "On the very first start of the polling consumer (no resume point in the state"
                            + " repository and no startCreationTime), how far back to look for finished jobs, in"
                            + " milliseconds or as a duration such as PT12H.")
    private long lookback = 86_400_000L;
    @UriParam(label = "consumer", description = "For tencent-tts:callback: the platform-http path the callbacks"
            + " are posted to, e.g. /tts/done (the job's callBack URL points there).")
    private String path;
    @UriParam(label = "consumer,security", secret = true, description = "For tencent-tts:callback: a shared secret"
            + " the callback URL must carry as its query parameter token; other requests get 403 and cost no API call.")
    private String callbackToken;
    @UriParam(label = "consumer", defaultValue = "true", description = "Whether tencent-tts:callback reads the job"
            + " again with a signed request before emitting it, since the service does not sign its callbacks.")
    private boolean verifyCallbacks = true;

    public TencentTtsOperation getOperation() {
        return operation;
    }

    public void setOperation(TencentTtsOperation operation) {
        this.operation = operation;
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

    public boolean isUseEnvironmentCredentials() {
        return useEnvironmentCredentials;
    }

    public void setUseEnvironmentCredentials(boolean useEnvironmentCredentials) {
        this.useEnvironmentCredentials = useEnvironmentCredentials;
    }

    public TencentCredentialsProvider getCredentialsProvider() {
        return credentialsProvider;
    }

    public void setCredentialsProvider(TencentCredentialsProvider credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
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

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getCodec() {
        return codec;
    }

    public void setCodec(String codec) {
        this.codec = codec;
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

    public Integer getSpeed() {
        return speed;
    }

    public void setSpeed(Integer speed) {
        this.speed = speed;
    }

    public String getEmotion() {
        return emotion;
    }

    public void setEmotion(String emotion) {
        this.emotion = emotion;
    }

    public String getInputType() {
        return inputType;
    }

    public void setInputType(String inputType) {
        this.inputType = inputType;
    }

    public String getOutputRegion() {
        return outputRegion;
    }

    public void setOutputRegion(String outputRegion) {
        this.outputRegion = outputRegion;
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

    public boolean isTraceInUserData() {
        return traceInUserData;
    }

    public void setTraceInUserData(boolean traceInUserData) {
        this.traceInUserData = traceInUserData;
    }

    public String getUserData() {
        return userData;
    }

    public void setUserData(String userData) {
        this.userData = userData;
    }

    public Integer getJobLevel() {
        return jobLevel;
    }

    public void setJobLevel(Integer jobLevel) {
        this.jobLevel = jobLevel;
    }

    public String getQueueId() {
        return queueId;
    }

    public void setQueueId(String queueId) {
        this.queueId = queueId;
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

    public String getCallBackType() {
        return callBackType;
    }

    public void setCallBackType(String callBackType) {
        this.callBackType = callBackType;
    }

    public String getCallBackMqRegion() {
        return callBackMqRegion;
    }

    public void setCallBackMqRegion(String callBackMqRegion) {
        this.callBackMqRegion = callBackMqRegion;
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

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public boolean isPojoRequest() {
        return pojoRequest;
    }

    public void setPojoRequest(boolean pojoRequest) {
        this.pojoRequest = pojoRequest;
    }

    public String getStates() {
        return states;
    }

    public void setStates(String states) {
        this.states = states;
    }

    public String getStartCreationTime() {
        return startCreationTime;
    }

    public void setStartCreationTime(String startCreationTime) {
        this.startCreationTime = startCreationTime;
    }

    public String getEndCreationTime() {
        return endCreationTime;
    }

    public void setEndCreationTime(String endCreationTime) {
        this.endCreationTime = endCreationTime;
    }

    public String getOrderByTime() {
        return orderByTime;
    }

    public void setOrderByTime(String orderByTime) {
        this.orderByTime = orderByTime;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public String getNextToken() {
        return nextToken;
    }

    public void setNextToken(String nextToken) {
        this.nextToken = nextToken;
    }

    public Integer getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(Integer pageNumber) {
        this.pageNumber = pageNumber;
    }

    public String getEndpointOverride() {
        return endpointOverride;
    }

    public void setEndpointOverride(String endpointOverride) {
        this.endpointOverride = endpointOverride;
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getSocketTimeout() {
        return socketTimeout;
    }

    public void setSocketTimeout(int socketTimeout) {
        this.socketTimeout = socketTimeout;
    }

    public int getSignatureValidity() {
        return signatureValidity;
    }

    public void setSignatureValidity(int signatureValidity) {
        this.signatureValidity = signatureValidity;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public CiClient getCiClient() {
        return ciClient;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public int getIoPoolSize() {
        return ioPoolSize;
    }

    public void setIoPoolSize(int ioPoolSize) {
        this.ioPoolSize = ioPoolSize;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public long getReadinessTimeout() {
        return readinessTimeout;
    }

    public void setReadinessTimeout(long readinessTimeout) {
        this.readinessTimeout = readinessTimeout;
    }

    public void setCiClient(CiClient ciClient) {
        this.ciClient = ciClient;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
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

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public boolean isWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public long getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(long waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public long getWaitInterval() {
        return waitInterval;
    }

    public void setWaitInterval(long waitInterval) {
        this.waitInterval = waitInterval;
    }

    public long getWaitMaxInterval() {
        return waitMaxInterval;
    }

    public void setWaitMaxInterval(long waitMaxInterval) {
        this.waitMaxInterval = waitMaxInterval;
    }

    public String getLongTextStrategy() {
        return longTextStrategy;
    }

    public void setLongTextStrategy(String longTextStrategy) {
        this.longTextStrategy = longTextStrategy;
    }

    public String getLongTextPrefix() {
        return longTextPrefix;
    }

    public void setLongTextPrefix(String longTextPrefix) {
        this.longTextPrefix = longTextPrefix;
    }

    public boolean isKeepLongText() {
        return keepLongText;
    }

    public void setKeepLongText(boolean keepLongText) {
        this.keepLongText = keepLongText;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryBaseDelay() {
        return retryBaseDelay;
    }

    public void setRetryBaseDelay(long retryBaseDelay) {
        this.retryBaseDelay = retryBaseDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public double getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(double rateLimit) {
        this.rateLimit = rateLimit;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public IdempotentRepository getInProgressRepository() {
        return inProgressRepository;
    }

    public void setInProgressRepository(IdempotentRepository inProgressRepository) {
        this.inProgressRepository = inProgressRepository;
    }

    public boolean isDownload() {
        return download;
    }

    public void setDownload(boolean download) {
        this.download = download;
    }

    public int getDownloadAttempts() {
        return downloadAttempts;
    }

    public void setDownloadAttempts(int downloadAttempts) {
        this.downloadAttempts = downloadAttempts;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public long getLookback() {
        return lookback;
    }

    public void setLookback(long lookback) {
        this.lookback = lookback;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getCallbackToken() {
        return callbackToken;
    }

    public void setCallbackToken(String callbackToken) {
        this.callbackToken = callbackToken;
    }

    public boolean isVerifyCallbacks() {
        return verifyCallbacks;
    }

    public void setVerifyCallbacks(boolean verifyCallbacks) {
        this.verifyCallbacks = verifyCallbacks;
    }

    public String getQueueState() {
        return queueState;
    }

    public void setQueueState(String queueState) {
        this.queueState = queueState;
    }

    public String getTemplateCategory() {
        return templateCategory;
    }

    public void setTemplateCategory(String templateCategory) {
        this.templateCategory = templateCategory;
    }

    public String getAllowedOutputBuckets() {
        return allowedOutputBuckets;
    }

    public void setAllowedOutputBuckets(String allowedOutputBuckets) {
        this.allowedOutputBuckets = allowedOutputBuckets;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public TencentTtsConfiguration copy() {
        try {
            return (TencentTtsConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
