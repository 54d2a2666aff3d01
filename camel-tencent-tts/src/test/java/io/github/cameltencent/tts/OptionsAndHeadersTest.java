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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.emulator.Faults;
import io.github.cameltencent.emulator.auth.Credential;
import io.github.cameltencent.emulator.xml.XmlNode;
import io.github.cameltencent.tts.client.CiConnectionException;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Every option and every header is honoured: each one is tied to the test that proves it, and a catalog check
 * fails when an option or header is declared without such a test (the most common Camel component bug).
 */
class OptionsAndHeadersTest extends TtsTestSupport {

    /** Option → the test method (in this class or {@link ProducerOperationsTest}) that proves it works. */
    static final Map<String, String> OPTION_PROOF = Map.ofEntries(
            Map.entry("operation", "ProducerOperationsTest.operationHeaderOverridesTheEndpoint"),
            Map.entry("secretId", "credentialsFromKeysAndSessionToken"),
            Map.entry("secretKey", "credentialsFromKeysAndSessionToken"),
            Map.entry("sessionToken", "credentialsFromKeysAndSessionToken"),
            Map.entry("useEnvironmentCredentials", "CredentialsTest.missingCredentialsFailFastListingTheWays"),
            Map.entry("credentialsProvider", "CredentialsTest.aSingleProviderBeanIsAutowiredAndAskedPerRequest"),
            Map.entry("region", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("bucket", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("templateId", "templateIdWinsAndIsEchoed"),
            Map.entry("templateName", "ProducerOperationsTest.templatesRoundTrip"),
            Map.entry("mode", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("codec", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("voiceType", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("volume", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("speed", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("emotion", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("inputType", "ProducerOperationsTest.urlInputSpeaksAnObjectFromCos"),
            Map.entry("outputRegion", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("outputBucket", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("outputObject", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("outputObjectPrefix", "ProducerOperationsTest.generatedKeysUseTheCodecsExtensionAndTheModesDefault"),
            Map.entry("userData", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("traceInUserData", "TracingTest.aJobEmittedByThePollingConsumerOfASecondContextLandsInTheSubmitsTrace"),
            Map.entry("jobLevel", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("queueId", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("callBack", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("callBackFormat", "submitHonoursEveryVoiceInputOutputAndCallbackOption"),
            Map.entry("callBackType", "tdmqCallbackSettingsAreSent"),
            Map.entry("callBackMqRegion", "tdmqCallbackSettingsAreSent"),
            Map.entry("callBackMqMode", "tdmqCallbackSettingsAreSent"),
            Map.entry("callBackMqName", "tdmqCallbackSettingsAreSent"),
            Map.entry("jobId", "ProducerOperationsTest.getJobByHeaderOrOptionAndUnknownJobs"),
            Map.entry("pojoRequest", "ProducerOperationsTest.pojoRequestSendsTheModelAsGiven"),
            Map.entry("states", "ProducerOperationsTest.listJobsFiltersAndPages"),
            Map.entry("startCreationTime", "ProducerOperationsTest.listJobsFiltersAndPages"),
            Map.entry("endCreationTime", "ProducerOperationsTest.listJobsFiltersAndPages"),
            Map.entry("orderByTime", "ProducerOperationsTest.listJobsFiltersAndPages"),
            Map.entry("size", "ProducerOperationsTest.listJobsFiltersAndPages"),
            Map.entry("nextToken", "listFilterHeadersOverrideOptions"),
            Map.entry("pageNumber", "ProducerOperationsTest.templatesRoundTrip"),
            Map.entry("endpointOverride", "ProducerOperationsTest.submitReturnsTheJobAndItsHeaders"),
            Map.entry("connectTimeout", "timeoutsPoolAndValidityReachTheClient"),
            Map.entry("socketTimeout", "socketTimeoutEndsASlowCall"),
            Map.entry("signatureValidity", "signatureValidityIsTheSignedWindow"),
            Map.entry("maxConnections", "timeoutsPoolAndValidityReachTheClient"),
            Map.entry("ciClient", "CredentialsTest.aCiClientBeanIsUsedAsIs"),
            Map.entry("httpClientConfigurer", "CamelRuntimeTest.anAutowiredHttpClientConfigurerSeesEveryCiAndCosRequest"),
            Map.entry("ioPoolSize", "CamelRuntimeTest.thePoolsAreSizedByTheirOptions"),
            Map.entry("workerPoolSize", "CamelRuntimeTest.thePoolsAreSizedByTheirOptions"),
            Map.entry("readinessTimeout",
                    "CamelRuntimeTest.readinessIsOneShortProbeAndAHungServiceIsDownWithinTwiceItsTimeout"),
            Map.entry("proxyHost", "requestsGoThroughAnAuthenticatingProxy"),
            Map.entry("proxyPort", "requestsGoThroughAnAuthenticatingProxy"),
            Map.entry("proxyUsername", "requestsGoThroughAnAuthenticatingProxy"),
            Map.entry("proxyPassword", "requestsGoThroughAnAuthenticatingProxy"),
            Map.entry("lazyStartProducer", "lazyStartProducerDefersTheClient"),
            // reliability
            Map.entry("maxRetries", "ReliabilityTest.readsAreRetriedOnThrottlingServerErrorsAndResetsThenGiveUp"),
            Map.entry("retryBaseDelay", "ReliabilityTest.aThousandSubmitsUnderFaultsEndWellWithoutDuplicatesAndAreEmittedOnce"),
            Map.entry("retryMaxDelay", "ReliabilityTest.aThousandSubmitsUnderFaultsEndWellWithoutDuplicatesAndAreEmittedOnce"),
            Map.entry("rateLimit", "ReliabilityTest.theRateLimitKeepsUnderTheServersQuota"),
            // job flows
            Map.entry("waitForCompletion", "JobFlowsTest.waitingEndsWithTheFinishedJob"),
            Map.entry("waitTimeout", "JobFlowsTest.aTimeoutContinuesWithTheJobStillRunningNotFailed"),
            Map.entry("waitInterval", "JobFlowsTest.aThousandWaitingExchangesHoldAFewThreads"),
            Map.entry("waitMaxInterval", "JobFlowsTest.aThousandWaitingExchangesHoldAFewThreads"),
            Map.entry("longTextStrategy", "JobFlowsTest.splitStrategyMakesJobsWithinTheLimitInOrderAndJoinsWav"),
            Map.entry("longTextPrefix", "JobFlowsTest.uploadStrategySpeaksTheTextFromCosAndRemovesItAfterwards"),
            Map.entry("keepLongText", "JobFlowsTest.uploadStrategySpeaksTheTextFromCosAndRemovesItAfterwards"),
            Map.entry("path", "CallbackReceiverTest.callbacksInXmlAndJsonEmitTheJobOnce"),
            Map.entry("allowedOutputBuckets", "SecurityTest.aJobNamingAnotherBucketIsNotDownloadedAndNothingIsSentThere"),
            Map.entry("maxResponseSize",
                    "SecurityTest.anOversizedAnswerFailsWhileItIsReadAndErrorTextIsBoundedAndEscaped"),
            Map.entry("sslContextParameters",
                    "SecurityTest.submitWaitAndDownloadRunOverTlsWithTheRoutesTrustStoreAndAWrongOneIsRefused"),
            Map.entry("queueState", "FidelityTest.updateQueuePausesAndResumesTheSpeechQueueKeepingItsCallback"),
            Map.entry("templateCategory", "FidelityTest.getTemplatesListsByCategory"),
            Map.entry("callbackToken", "CallbackReceiverTest.forgedMalformedAndStrangeCallbacksAreRefusedOrIgnored"),
            Map.entry("verifyCallbacks", "CallbackReceiverTest.withoutVerificationTheCallbackItselfIsEmitted"),
            // the consumer's own options
            Map.entry("idempotentRepository", "ConsumerTest.restartWithJdbcRepositoriesLosesAndRepeatsNothing"),
            Map.entry("stateRepository", "ConsumerTest.restartWithFileRepositoriesLosesAndRepeatsNothing"),
            Map.entry("inProgressRepository", "ConsumerTest.aJobClaimedInTheInProgressRepositoryIsNotEmittedUntilReleased"),
            Map.entry("download", "ConsumerTest.downloadPutsTheCheckedAudioOnTheBodyReadyForTheFileComponent"),
            Map.entry("downloadAttempts", "ConsumerTest.aMismatchedOrMissingDownloadFailsTheExchangeAndTheJobStaysUnemitted"),
            Map.entry("maxMessagesPerPoll", "ConsumerTest.maxMessagesPerPollSpreadsABacklogOverPolls"),
            Map.entry("lookback", "ConsumerTest.lookbackAndStartCreationTimeChooseTheFirstWindow"),
            // inherited from Camel's scheduled polling consumer: proven to reach it
            Map.entry("bridgeErrorHandler", "ConsumerTest.pollErrorsReachTheRoutesErrorHandlingAndTheHealthCheck"),
            Map.entry("exceptionHandler", "ConsumerTest.pollErrorsReachTheRoutesErrorHandlingAndTheHealthCheck"),
            Map.entry("pollStrategy", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("exchangePattern", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("sendEmptyMessageWhenIdle", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("backoffErrorThreshold", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("backoffIdleThreshold", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("backoffMultiplier", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("delay", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("greedy", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("initialDelay", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("repeatCount", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("runLoggingLevel", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("scheduledExecutorService", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("scheduler", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("schedulerProperties", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("startScheduler", "ConsumerTest.maxMessagesPerPollSpreadsABacklogOverPolls"),
            Map.entry("timeUnit", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"),
            Map.entry("useFixedDelay", "ConsumerTest.camelsSchedulerAndErrorOptionsApply"));

    /** Header → the test that proves it. */
    static final Map<String, String> HEADER_PROOF = Map.ofEntries(
            Map.entry(TencentTtsConstants.OPERATION, "ProducerOperationsTest.operationHeaderOverridesTheEndpoint"),
            Map.entry(TencentTtsConstants.TEMPLATE_ID, "ProducerOperationsTest.templatesRoundTrip"),
            Map.entry(TencentTtsConstants.TEMPLATE_NAME, "templateIdWinsAndIsEchoed"),
            Map.entry(TencentTtsConstants.MODE, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.CODEC, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.VOICE_TYPE, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.VOLUME, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.SPEED, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.EMOTION, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.INPUT_TYPE, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.OUTPUT_REGION, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.OUTPUT_BUCKET, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.OUTPUT_OBJECT, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.OUTPUT_OBJECT_PREFIX, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.USER_DATA, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.JOB_LEVEL, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.QUEUE_ID, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.QUEUE_STATE,
                    "FidelityTest.updateQueuePausesAndResumesTheSpeechQueueKeepingItsCallback"),
            Map.entry(TencentTtsConstants.TEMPLATE_CATEGORY, "FidelityTest.getTemplatesListsByCategory"),
            Map.entry(TencentTtsConstants.CALL_BACK, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.CALL_BACK_FORMAT, "headersOverrideEndpointOptions"),
            Map.entry(TencentTtsConstants.CALL_BACK_TYPE, "tdmqCallbackSettingsAreSent"),
            Map.entry(TencentTtsConstants.CALL_BACK_MQ_REGION, "tdmqCallbackSettingsAreSent"),
            Map.entry(TencentTtsConstants.CALL_BACK_MQ_MODE, "tdmqCallbackSettingsAreSent"),
            Map.entry(TencentTtsConstants.CALL_BACK_MQ_NAME, "tdmqCallbackSettingsAreSent"),
            Map.entry(TencentTtsConstants.JOB_ID, "ProducerOperationsTest.getJobByHeaderOrOptionAndUnknownJobs"),
            Map.entry(TencentTtsConstants.STATES, "listFilterHeadersOverrideOptions"),
            Map.entry(TencentTtsConstants.START_CREATION_TIME, "ProducerOperationsTest.listJobsFiltersAndPages"),
            Map.entry(TencentTtsConstants.END_CREATION_TIME, "listFilterHeadersOverrideOptions"),
            Map.entry(TencentTtsConstants.ORDER_BY_TIME, "listFilterHeadersOverrideOptions"),
            Map.entry(TencentTtsConstants.SIZE, "listFilterHeadersOverrideOptions"),
            Map.entry(TencentTtsConstants.NEXT_TOKEN, "ProducerOperationsTest.listJobsFiltersAndPages"),
            Map.entry(TencentTtsConstants.PAGE_NUMBER, "listFilterHeadersOverrideOptions"),
            Map.entry(TencentTtsConstants.JOB_STATE, "ProducerOperationsTest.submitReturnsTheJobAndItsHeaders"),
            Map.entry(TencentTtsConstants.JOB_QUEUE_ID, "ProducerOperationsTest.submitReturnsTheJobAndItsHeaders"),
            Map.entry(TencentTtsConstants.JOB_OUTPUT_OBJECT,
                    "ProducerOperationsTest.submitReturnsTheJobAndItsHeaders"),
            Map.entry(TencentTtsConstants.JOB_OUTPUT_BUCKET,
                    "ConsumerTest.eachFinishedJobIsEmittedExactlyOnceWhateverItsStory"),
            Map.entry(TencentTtsConstants.JOB_OUTPUT_REGION,
                    "ConsumerTest.eachFinishedJobIsEmittedExactlyOnceWhateverItsStory"),
            Map.entry(TencentTtsConstants.JOB_USER_DATA,
                    "HeadersByNameTest.aRouteFromTheJobsConsumerIntoSubmitWritesANewObject"),
            Map.entry(TencentTtsConstants.RESULT_NEXT_TOKEN,
                    "HeadersByNameTest.aListJobsLoopPagesByCopyingTheResultTokenIntoTheInput"),
            Map.entry(TencentTtsConstants.RESULT_TEMPLATE_NAME, "templateIdWinsAndIsEchoed"),
            Map.entry(TencentTtsConstants.RESULT_QUEUE_STATE,
                    "FidelityTest.updateQueuePausesAndResumesTheSpeechQueueKeepingItsCallback"),
            Map.entry(TencentTtsConstants.REQUEST_ID, "ProducerOperationsTest.submitReturnsTheJobAndItsHeaders"),
            Map.entry(TencentTtsConstants.CREATION_TIME, "ProducerOperationsTest.submitReturnsTheJobAndItsHeaders"),
            Map.entry(TencentTtsConstants.END_TIME, "ConsumerTest.eachFinishedJobIsEmittedExactlyOnceWhateverItsStory"),
            Map.entry(TencentTtsConstants.CODE, "ConsumerTest.eachFinishedJobIsEmittedExactlyOnceWhateverItsStory"),
            Map.entry(TencentTtsConstants.MESSAGE, "ConsumerTest.eachFinishedJobIsEmittedExactlyOnceWhateverItsStory"),
            Map.entry(TencentTtsConstants.MD5, "ConsumerTest.eachFinishedJobIsEmittedExactlyOnceWhateverItsStory"),
            Map.entry(TencentTtsConstants.JOB_IDS, "JobFlowsTest.splitStrategyMakesJobsWithinTheLimitInOrderAndJoinsWav"),
            Map.entry(TencentTtsConstants.SPLIT_COUNT,
                    "JobFlowsTest.splitStrategyMakesJobsWithinTheLimitInOrderAndJoinsWav"),
            Map.entry(TencentTtsConstants.JOBS_DETAIL,
                    "ConsumerTest.downloadPutsTheCheckedAudioOnTheBodyReadyForTheFileComponent"));

    @Test
    void everyDeclaredOptionAndHeaderHasAProvingTest() throws Exception {
        JsonNode json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/cameltencent/tts/tencent-tts.json")) {
            json = new ObjectMapper().readTree(in);
        }
        Set<String> options = new TreeSet<>();
        json.get("properties").fieldNames().forEachRemaining(options::add);
        Set<String> headers = new TreeSet<>();
        json.get("headers").fieldNames().forEachRemaining(headers::add);
        assertThat(OPTION_PROOF.keySet()).as("options without a proving test")
                .containsAll(options);
        assertThat(HEADER_PROOF.keySet()).as("headers without a proving test").containsAll(headers);
        for (String proof : List.copyOf(new TreeSet<>(concat(OPTION_PROOF.values(), HEADER_PROOF.values())))) {
            String cls = proof.contains(".") ? proof.substring(0, proof.indexOf('.')) : "OptionsAndHeadersTest";
            String method = proof.contains(".") ? proof.substring(proof.indexOf('.') + 1) : proof;
            Class<?> type = Class.forName("io.github.cameltencent.tts." + cls);
            assertThat(Arrays.stream(type.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet()))
                    .as("proving test " + proof + " exists").contains(method);
        }
        // and the component-level configuration offers every endpoint option but the path and lazyStartProducer
        Set<String> componentOptions = new TreeSet<>();
        json.get("componentProperties").fieldNames().forEachRemaining(componentOptions::add);
        Set<String> expected = new TreeSet<>();
        json.get("properties").fields().forEachRemaining(e -> {
            if (e.getValue().path("configurationClass").asText().endsWith("TencentTtsConfiguration")) {
                expected.add(e.getKey());
            }
        });
        expected.remove("operation");
        assertThat(expected).hasSizeGreaterThan(40);
        assertThat(componentOptions).containsAll(expected);
    }

    private static List<String> concat(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ------------------------------------------------------------------ submit options

    record Callback(String contentType, String body) {
    }

    private HttpServer callbackServer(List<Callback> received) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            received.add(new Callback(ex.getRequestHeaders().getFirst("Content-Type"),
                    new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        return server;
    }

    @Test
    void submitHonoursEveryVoiceInputOutputAndCallbackOption() throws Exception {
        List<Callback> callbacks = new CopyOnWriteArrayList<>();
        HttpServer cb = callbackServer(callbacks);
        try {
            String queue = emulator().queueId(BUCKET);
            Exchange e = send(uri("submit", "mode=Sync&codec=wav&voiceType=aixiaoxing&volume=4&speed=150"
                    + "&emotion=arousal&inputType=Text&outputRegion=ap-shanghai&outputBucket=otherbucket-1250000000"
                    + "&outputObject=custom/speech.wav&userData=ud-opt&jobLevel=2&queueId=" + queue
                    + "&callBack=http://127.0.0.1:" + cb.getAddress().getPort() + "/done&callBackFormat=JSON"),
                    "Every option at once", Map.of());
            assertThat(e.getException()).isNull();
            String id = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
            XmlNode op = storedJob(id).child("Operation");
            assertThat(op.path("TtsTpl").get("Mode")).isEqualTo("Sync");
            assertThat(op.path("TtsTpl").get("Codec")).isEqualTo("wav");
            assertThat(op.path("TtsTpl").get("VoiceType")).isEqualTo("aixiaoxing");
            assertThat(op.path("TtsTpl").get("Volume")).isEqualTo("4");
            assertThat(op.path("TtsTpl").get("Speed")).isEqualTo("150");
            assertThat(op.path("TtsTpl").get("Emotion")).isEqualTo("arousal");
            assertThat(op.path("TtsConfig").get("InputType")).isEqualTo("Text");
            assertThat(op.path("Output").get("Region")).isEqualTo("ap-shanghai");
            assertThat(op.path("Output").get("Bucket")).isEqualTo("otherbucket-1250000000");
            assertThat(op.path("Output").get("Object")).isEqualTo("custom/speech.wav");
            assertThat(op.get("UserData")).isEqualTo("ud-opt");
            assertThat(op.get("JobLevel")).isEqualTo("2");
            assertThat(emulator().job(id).queueId()).isEqualTo(queue);
            assertThat(emulator().job(id).callBackFormat()).isEqualTo("JSON");
            // region and bucket chose the host: the job lives in this bucket
            assertThat(emulator().job(id).bucket()).isEqualTo(BUCKET);
            await().atMost(Duration.ofSeconds(30)).until(() -> !callbacks.isEmpty());
            assertThat(callbacks.get(0).contentType()).isEqualTo("application/json");
            assertThat(callbacks.get(0).body()).contains(id);
            assertThat(emulator().object("otherbucket-1250000000", "custom/speech.wav")).isNotNull();
        } finally {
            cb.stop(0);
        }
    }

    @Test
    void headersOverrideEndpointOptions() throws Exception {
        List<Callback> callbacks = new CopyOnWriteArrayList<>();
        HttpServer cb = callbackServer(callbacks);
        try {
            String opts = "mode=Sync&codec=wav&voiceType=ruxue&volume=1&speed=100&emotion=neutral&inputType=Url"
                    + "&outputRegion=ap-beijing&outputBucket=wrongbucket-1250000000&outputObject=wrong.wav"
                    + "&userData=from-option&jobLevel=0&queueId=pnotthisone&callBack=http://127.0.0.1:1/wrong"
                    + "&callBackFormat=JSON";
            Map<String, Object> h = new HashMap<>();
            h.put(TencentTtsConstants.MODE, "Asyc");
            h.put(TencentTtsConstants.CODEC, "mp3");
            h.put(TencentTtsConstants.VOICE_TYPE, "aixiaolu");
            h.put(TencentTtsConstants.VOLUME, -3);
            h.put(TencentTtsConstants.SPEED, "180");
            h.put(TencentTtsConstants.EMOTION, "story");
            h.put(TencentTtsConstants.INPUT_TYPE, "Text");
            h.put(TencentTtsConstants.OUTPUT_REGION, REGION);
            h.put(TencentTtsConstants.OUTPUT_BUCKET, BUCKET);
            h.put(TencentTtsConstants.OUTPUT_OBJECT, "from-header/voice.mp3");
            h.put(TencentTtsConstants.USER_DATA, "from-header");
            h.put(TencentTtsConstants.JOB_LEVEL, 1);
            h.put(TencentTtsConstants.QUEUE_ID, emulator().queueId(BUCKET));
            h.put(TencentTtsConstants.CALL_BACK, "http://127.0.0.1:" + cb.getAddress().getPort() + "/h");
            h.put(TencentTtsConstants.CALL_BACK_FORMAT, "XML");
            Exchange e = send(uri("submit", opts), "Headers win", h);
            assertThat(e.getException()).isNull();
            String id = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
            XmlNode op = storedJob(id).child("Operation");
            assertThat(op.path("TtsTpl").get("Mode")).isEqualTo("Asyc");
            assertThat(op.path("TtsTpl").get("Codec")).isEqualTo("mp3");
            assertThat(op.path("TtsTpl").get("VoiceType")).isEqualTo("aixiaolu");
            assertThat(op.path("TtsTpl").get("Volume")).isEqualTo("-3");
            assertThat(op.path("TtsTpl").get("Speed")).isEqualTo("180");
            assertThat(op.path("TtsTpl").get("Emotion")).isEqualTo("story");
            assertThat(op.path("TtsConfig").get("InputType")).isEqualTo("Text");
            assertThat(op.path("Output").get("Region")).isEqualTo(REGION);
            assertThat(op.path("Output").get("Bucket")).isEqualTo(BUCKET);
            assertThat(op.path("Output").get("Object")).isEqualTo("from-header/voice.mp3");
            assertThat(op.get("UserData")).isEqualTo("from-header");
            assertThat(op.get("JobLevel")).isEqualTo("1");
            await().atMost(Duration.ofSeconds(30)).until(() -> !callbacks.isEmpty());
            assertThat(callbacks.get(0).contentType()).isEqualTo("application/xml");

            // the prefix header, when no object is named
            Exchange p = send(uri("submit", "outputObjectPrefix=opt/"), "prefix",
                    Map.of(TencentTtsConstants.OUTPUT_OBJECT_PREFIX, "hdr/"));
            assertThat(p.getMessage().getHeader(TencentTtsConstants.JOB_OUTPUT_OBJECT, String.class)).startsWith("hdr/");
        } finally {
            cb.stop(0);
        }
    }

    @Test
    void componentOptionsAreDefaultsThatEndpointsAndHeadersOverride() {
        TencentTtsComponent component = context.getComponent("tencent-tts", TencentTtsComponent.class);
        component.getConfiguration().setVoiceType("alice");
        component.getConfiguration().setUserData("from-component");
        String fromComponent = send(uri("submit", ""), "component default", Map.of())
                .getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(storedJob(fromComponent).path("Operation", "TtsTpl").get("VoiceType")).isEqualTo("alice");
        assertThat(storedJob(fromComponent).path("Operation").get("UserData")).isEqualTo("from-component");
        String fromEndpoint = send(uri("submit", "voiceType=ruxue"), "endpoint wins", Map.of())
                .getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(storedJob(fromEndpoint).path("Operation", "TtsTpl").get("VoiceType")).isEqualTo("ruxue");
        String fromHeader = send(uri("submit", "voiceType=ruxue"), "header wins",
                Map.of(TencentTtsConstants.VOICE_TYPE, "aixiaoqian"))
                .getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(storedJob(fromHeader).path("Operation", "TtsTpl").get("VoiceType")).isEqualTo("aixiaoqian");
    }

    @Test
    void templateIdWinsAndIsEchoed() {
        Exchange t = send(uri("createTemplate", ""), null, Map.of(TencentTtsConstants.TEMPLATE_NAME, "hdr_name",
                TencentTtsConstants.CODEC, "pcm"));
        String templateId = t.getMessage().getHeader(TencentTtsConstants.TEMPLATE_ID, String.class);
        assertThat(t.getMessage().getHeader(TencentTtsConstants.RESULT_TEMPLATE_NAME)).isEqualTo("hdr_name");
        JobsDetail job = send(uri("submit", "templateId=" + templateId + "&codec=mp3&mode=Sync"), "templated",
                Map.of()).getMessage().getBody(JobsDetail.class);
        assertThat(job.getOperation().getTemplateId()).isEqualTo(templateId);
        assertThat(job.getOperation().getTemplateName()).isEqualTo("hdr_name");
        assertThat(storedJob(job.getJobId()).path("Operation", "TtsTpl").get("Codec")).isEqualTo("pcm");
        Exchange byHeader = send(uri("submit", ""), "templated by header",
                Map.of(TencentTtsConstants.TEMPLATE_ID, templateId));
        assertThat(byHeader.getMessage().getBody(JobsDetail.class).getOperation().getTemplateId())
                .isEqualTo(templateId);
        Exchange prefix = send(uri("getTemplates", ""), null, Map.of(TencentTtsConstants.TEMPLATE_NAME, "hdr_"));
        assertThat(prefix.getMessage().getBody(List.class)).hasSize(1);
    }

    @Test
    void tdmqCallbackSettingsAreSent() {
        Exchange e = send(uri("submit", "callBackType=TDMQ&callBackMqRegion=gz&callBackMqMode=Queue"
                + "&callBackMqName=tts-done"), "to a queue", Map.of());
        assertThat(e.getException()).isNull();
        var job = emulator().job(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class));
        assertThat(job.callBackType()).isEqualTo("TDMQ");
        assertThat(job.callBackMqConfig().get("MqRegion")).isEqualTo("gz");
        assertThat(job.callBackMqConfig().get("MqMode")).isEqualTo("Queue");
        assertThat(job.callBackMqConfig().get("MqName")).isEqualTo("tts-done");
        Exchange h = send(uri("submit", "callBackType=Url"), "to a topic", Map.of(
                TencentTtsConstants.CALL_BACK_TYPE, "TDMQ", TencentTtsConstants.CALL_BACK_MQ_REGION, "sh",
                TencentTtsConstants.CALL_BACK_MQ_MODE, "Topic", TencentTtsConstants.CALL_BACK_MQ_NAME, "t2"));
        var job2 = emulator().job(h.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class));
        assertThat(job2.callBackMqConfig().get("MqMode")).isEqualTo("Topic");
        assertThat(job2.callBackMqConfig().get("MqRegion")).isEqualTo("sh");
        String noCallback = send(uri("submit", "callBack=no"), "quiet", Map.of())
                .getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(emulator().job(noCallback).callBack()).isEqualTo("no");
    }

    @Test
    void listFilterHeadersOverrideOptions() {
        for (int i = 0; i < 3; i++) {
            send(uri("submit", ""), "filter " + i, Map.of());
        }
        Exchange e = send(uri("listJobs", "states=Failed&size=50&orderByTime=Desc"), null, Map.of(
                TencentTtsConstants.STATES, "Submitted,Running,Success", TencentTtsConstants.SIZE, 2,
                TencentTtsConstants.ORDER_BY_TIME, "Asc",
                TencentTtsConstants.END_CREATION_TIME, "2099-01-01T00:00:00+0800"));
        assertThat(e.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<JobsDetail> jobs = e.getMessage().getBody(List.class);
        assertThat(jobs).hasSize(2);
        assertThat(jobs.get(0).getCreationTime()).isLessThanOrEqualTo(jobs.get(1).getCreationTime());
        assertThat(e.getMessage().getHeader(TencentTtsConstants.RESULT_NEXT_TOKEN, String.class)).isNotEmpty();
        Exchange token = send(uri("listJobs", "nextToken=zzzzzz&size=1&orderByTime=Desc"), null, Map.of());
        assertThat(token.getException()).isNull();
        Exchange past = send(uri("listJobs", ""), null, Map.of(TencentTtsConstants.END_CREATION_TIME,
                "2000-01-01T00:00:00+0800"));
        assertThat(past.getMessage().getBody(List.class)).isEmpty();
        for (int i = 0; i < 3; i++) {
            send(uri("createTemplate", "templateName=page_" + i), null, Map.of());
        }
        Exchange page2 = send(uri("getTemplates", "templateName=page_&size=2&pageNumber=1"), null,
                Map.of(TencentTtsConstants.PAGE_NUMBER, 2));
        assertThat(page2.getMessage().getBody(List.class)).hasSize(1);
    }

    // ------------------------------------------------------------------ connection options

    @Test
    void credentialsFromKeysAndSessionToken() {
        emulator().addCredential(new Credential("AKIDSTSCAMEL", "sts-key", "sts-token-1"));
        String base = "tencent-tts:getQueues?region=" + REGION + "&bucket=" + BUCKET + "&endpointOverride="
                + emulator().baseUrl() + "&secretId=AKIDSTSCAMEL&secretKey=RAW(sts-key)";
        Exchange ok = send(base + "&sessionToken=RAW(sts-token-1)", null, Map.of());
        assertThat(ok.getException()).isNull();
        Exchange noToken = send(base + "&useEnvironmentCredentials=false&signatureValidity=901", null, Map.of());
        assertThat(noToken.getException()).isInstanceOf(CiException.class);
        assertThat(((CiException) noToken.getException()).getErrorCode()).isEqualTo("AccessDenied");
        Exchange wrongKey = send(uri("getQueues", "").replace(SECRET_KEY, "not-the-key"), null, Map.of());
        assertThat(((CiException) wrongKey.getException()).getErrorCode()).isEqualTo("AccessDenied");
        assertThat(((CiException) wrongKey.getException()).getErrorMessage()).startsWith("SignatureDoesNotMatch");
    }

    @Test
    void signatureValidityIsTheSignedWindow() throws Exception {
        // the server clock runs 20 minutes ahead: a 15-minute signature has expired on arrival (the client then
        // corrects its clock from the answer's Date), an hour's has not
        emulator().clockOffset(Duration.ofMinutes(20));
        try {
            TencentTtsEndpoint short15 = context.getEndpoint(uri("getQueues", "signatureValidity=900"),
                    TencentTtsEndpoint.class);
            assertThat(send(short15.getEndpointUri(), null, Map.of()).getException()).isNull();
            assertThat(short15.getClient().clockOffsetSeconds()).isBetween(1190L, 1210L);
            TencentTtsEndpoint hour = context.getEndpoint(uri("getQueues", "signatureValidity=3600"),
                    TencentTtsEndpoint.class);
            assertThat(send(hour.getEndpointUri(), null, Map.of()).getException()).isNull();
            assertThat(hour.getClient().clockOffsetSeconds()).isZero();
        } finally {
            emulator().clockOffset(Duration.ZERO);
        }
    }

    @Test
    void socketTimeoutEndsASlowCall() {
        emulator().faults().set("getSpeechQueues", Faults.Spec.NONE.withLatency(1500));
        try {
            Exchange slow = send(uri("getQueues", "socketTimeout=300"), null, Map.of());
            assertThat(slow.getException()).isInstanceOf(CiConnectionException.class);
            assertThat(((CiConnectionException) slow.getException()).isRequestSent()).isTrue();
            Exchange patient = send(uri("getQueues", "socketTimeout=5000"), null, Map.of());
            assertThat(patient.getException()).isNull();
        } finally {
            emulator().faults().clear();
        }
    }

    @Test
    void timeoutsPoolAndValidityReachTheClient() throws Exception {
        TencentTtsEndpoint endpoint = context.getEndpoint(uri("getQueues", "connectTimeout=1234&socketTimeout=4321"
                + "&maxConnections=7&signatureValidity=600"), TencentTtsEndpoint.class);
        endpoint.start();
        try {
            var config = endpoint.getClient().config();
            assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1234));
            assertThat(config.socketTimeout()).isEqualTo(Duration.ofMillis(4321));
            assertThat(config.maxConnections()).isEqualTo(7);
            assertThat(config.signatureValidity()).isEqualTo(Duration.ofSeconds(600));
        } finally {
            endpoint.stop();
        }
    }

    @Test
    void requestsGoThroughAnAuthenticatingProxy() throws Exception {
        try (TestProxy proxy = new TestProxy(emulator().port(), "proxyuser", "proxy-pass-9")) {
            String base = "tencent-tts:getQueues?region=" + REGION + "&bucket=" + BUCKET + "&secretId=" + SECRET_ID
                    + "&secretKey=RAW(" + SECRET_KEY + ")&endpointOverride=" + emulator().baseUrl()
                    + "&proxyHost=127.0.0.1&proxyPort=" + proxy.port();
            Exchange ok = send(base + "&proxyUsername=proxyuser&proxyPassword=RAW(proxy-pass-9)", null, Map.of());
            assertThat(ok.getException()).isNull();
            assertThat(ok.getMessage().getBody(List.class)).hasSize(1);
            assertThat(proxy.requestLines).anyMatch(l -> l.startsWith("GET http://"));
            assertThat(proxy.authorizations).isNotEmpty();
            Exchange refused = send(base + "&proxyUsername=proxyuser&proxyPassword=wrong", null, Map.of());
            assertThat(refused.getException()).isInstanceOf(CiException.class);
            assertThat(((CiException) refused.getException()).getStatusCode()).isEqualTo(407);
        }
    }

    @Test
    void lazyStartProducerDefersTheClient() throws Exception {
        TencentTtsEndpoint endpoint = context.getEndpoint(uri("getQueues", "lazyStartProducer=true"),
                TencentTtsEndpoint.class);
        assertThat(endpoint.isLazyStartProducer()).isTrue();
        Exchange e = send(endpoint.getEndpointUri(), null, Map.of());
        assertThat(e.getException()).isNull();
    }
}
