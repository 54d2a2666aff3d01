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
package io.github.cameltencent.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.github.cameltencent.tts.submit.JobRequestMapper;
import io.github.cameltencent.tts.TencentTtsConfiguration;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.client.CiXml;
import io.github.cameltencent.tts.client.RequestSigner;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.TtsTpl;

/** The per-request CPU work of the component: signing, XML both ways, and mapping an exchange to a request. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CodecBenchmarks {

    static final String RESPONSE = "<Response><JobsDetail><Code>Success</Code><Message/><JobId>"
            + "j8d9d3f5e36a511ed8a4b5bd6a2a9b3c6</JobId><Tag>Tts</Tag><State>Success</State><CreationTime>"
            + "2022-06-27T15:23:10+0800</CreationTime><StartTime>2022-06-27T15:23:11+0800</StartTime><EndTime>"
            + "2022-06-27T15:23:12+0800</EndTime><QueueId>p2242ab62c7c94486915508540933a2c6</QueueId><Operation>"
            + "<TtsTpl><Mode>Sync</Mode><Codec>mp3</Codec><VoiceType>ruxue</VoiceType><Volume>0</Volume><Speed>100"
            + "</Speed></TtsTpl><TtsConfig><InputType>Text</InputType><Input>hello world, this is a benchmark</Input>"
            + "</TtsConfig><Output><Region>ap-guangzhou</Region><Bucket>examplebucket-1250000000</Bucket><Object>"
            + "tts/hello.mp3</Object></Output><MediaInfo><Format><NumStream>1</NumStream><Duration>1.2</Duration>"
            + "</Format><Stream><Audio><CodecName>mp3</CodecName><SampleRate>16000</SampleRate></Audio></Stream>"
            + "</MediaInfo><MediaResult><OutputFile><Bucket>examplebucket-1250000000</Bucket><Region>ap-guangzhou"
            + "</Region><ObjectName>tts/hello.mp3</ObjectName><Md5Info><ObjectName>tts/hello.mp3</ObjectName><Md5>"
            + "0123456789abcdef0123456789abcdef</Md5></Md5Info></OutputFile></MediaResult><UserData>bench</UserData>"
            + "<JobLevel>0</JobLevel></Operation></JobsDetail></Response>";

    private byte[] response;
    /** A listJobs answer of 100 such jobs: its cost per job is what a list costs per job. */
    private byte[] list;
    private JobRequest request;
    private Map<String, String> headers;
    private Map<String, String> params;
    private CamelContext context;
    private Exchange exchange;
    private TencentTtsConfiguration configuration;

    @Setup
    public void setUp() throws Exception {
        response = RESPONSE.getBytes(StandardCharsets.UTF_8);
        String job = RESPONSE.substring(RESPONSE.indexOf("<JobsDetail>"), RESPONSE.indexOf("</Response>"));
        StringBuilder jobs = new StringBuilder("<Response>");
        for (int i = 0; i < 100; i++) {
            jobs.append(job.replace("j8d9d3f5e36a511ed8a4b5bd6a2a9b3c6", String.format("j%032d", i)));
        }
        list = jobs.append("<NextToken>abc</NextToken></Response>").toString().getBytes(StandardCharsets.UTF_8);
        // what is measured must be right: the list reads as 100 whole jobs
        if (CiXml.read(list, JobResponse.class).getJobsDetail().size() != 100) {
            throw new IllegalStateException("the list of 100 jobs did not read as 100 jobs");
        }
        request = CiXml.read(RESPONSE.replace("<Response><JobsDetail>", "<Request><Tag>Tts</Tag>")
                .replace("</JobsDetail></Response>", "</Request>").getBytes(StandardCharsets.UTF_8), JobRequest.class);
        headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket-1250000000.ci.ap-guangzhou.myqcloud.com");
        headers.put("Content-Type", "application/xml");
        headers.put("Content-Length", "365");
        params = new LinkedHashMap<>();
        params.put("tag", "Tts");
        params.put("states", "Success,Failed");
        params.put("startCreationTime", "2023-11-14T00:00:00+0800");
        context = new DefaultCamelContext();
        context.start();
        configuration = new TencentTtsConfiguration();
        configuration.setRegion("ap-guangzhou");
        configuration.setBucket("examplebucket-1250000000");
        configuration.setMode("Sync");
        configuration.setCodec("mp3");
        configuration.setVoiceType("ruxue");
        exchange = new DefaultExchange(context);
        exchange.getMessage().setBody("hello world, this is a benchmark of the request mapper");
        exchange.getMessage().setHeader(TencentTtsConstants.USER_DATA, "bench");
    }

    @TearDown
    public void tearDown() throws Exception {
        context.close();
    }

    @Benchmark
    public String signRequest() {
        return RequestSigner.authorization("POST", "/jobs", params, headers, "AKIDEXAMPLE00000000000000000000000000",
                "EXAMPLESECRETKEY000000000000000000", 1_700_000_000L, 1_700_000_900L);
    }

    private static final ThreadLocal<javax.crypto.Mac> THREAD_MAC = ThreadLocal.withInitial(() -> {
        try {
            return javax.crypto.Mac.getInstance("HmacSHA1");
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    /** What the signer's per-thread Mac saves: one HMAC of a short string with a Mac looked up per call... */
    @Benchmark
    public byte[] hmacWithFreshMac() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec("EXAMPLESECRETKEY000000000000000000".getBytes(
                StandardCharsets.UTF_8), "HmacSHA1"));
        return mac.doFinal("1700000000;1700000900".getBytes(StandardCharsets.UTF_8));
    }

    /** ...and with the thread's Mac, keyed afresh (as the signer does since issue 21). */
    @Benchmark
    public byte[] hmacWithThreadMac() throws Exception {
        javax.crypto.Mac mac = THREAD_MAC.get();
        mac.init(new javax.crypto.spec.SecretKeySpec("EXAMPLESECRETKEY000000000000000000".getBytes(
                StandardCharsets.UTF_8), "HmacSHA1"));
        return mac.doFinal("1700000000;1700000900".getBytes(StandardCharsets.UTF_8));
    }

    @Benchmark
    public byte[] writeSubmitRequest() {
        return CiXml.write(request);
    }

    @Benchmark
    public JobResponse parseJobsDetail() throws Exception {
        return CiXml.read(response, JobResponse.class);
    }

    /** A listJobs answer of 100 jobs through the full codec (divide by 100 for a job). */
    @Benchmark
    public JobResponse parseListOf100() throws Exception {
        return CiXml.read(list, JobResponse.class);
    }

    @Benchmark
    public JobRequest mapExchange() {
        return JobRequestMapper.plan(exchange, configuration, id -> new TtsTpl().withCodec("mp3")).requests().get(0);
    }
}
