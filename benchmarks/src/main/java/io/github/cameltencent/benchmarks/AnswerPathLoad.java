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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpHost;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.ClientConfig;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.endpoint.EndpointResolver;
import com.qcloud.cos.http.HttpProtocol;
import com.qcloud.cos.model.ciModel.job.MediaJobObject;
import com.qcloud.cos.model.ciModel.job.MediaJobsRequest;
import com.qcloud.cos.region.Region;

import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * The answer path measured fairly: the emulator runs in its own JVM (the runnable {@code -all.jar}), so it does not
 * share the load JVM's heap, GC and JIT with the sides (the cores it still shares). For getJob of a finished job, listJobs of 100 jobs and submit,
 * the component (a {@code direct} route into {@code tencent-tts}, answer read, headers set) is compared with a bare
 * signed HttpClient 5 call that does not read the answer, the floor, and with Tencent's own Java SDK
 * ({@code cos_api}, answer read), the peer a user would otherwise pick, at concurrency 1, 8 and 32, in the same run;
 * the ratios of medians are the figures.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.cameltencent.benchmarks.AnswerPathLoad [getJob listJobs submit]
 * </pre>
 * {@code -Dbench.emulatorJar=...} names the emulator jar (default tencent-ci-emulator/target/*-all.jar);
 * {@code -Dbench.concurrency=8,32} the concurrencies, {@code -Dbench.seconds} and {@code -Dbench.runs} as in LoadDriver,
 * {@code -Dbench.sides=component} one side only (to profile it), {@code -Dbench.via=endpoint} the component without the
 * route hop, {@code -Dbench.via=client} (getJob) its client without Camel.
 */
public final class AnswerPathLoad {

    private static final String SIDES = "component vs bare signed HttpClient 5 (answer not read) and vs Tencent's"
            + " cos_api SDK";

    private AnswerPathLoad() {
    }

    /** The concurrencies measured: {@code -Dbench.concurrency=8,32} picks some (default 1,8,32). */
    static final int[] CONCURRENCY = java.util.Arrays.stream(System.getProperty("bench.concurrency", "1,8,32")
            .split(",")).mapToInt(c -> Integer.parseInt(c.trim())).toArray();

    public static void main(String[] args) throws Exception {
        List<String> sections = args.length == 0 ? List.of("getJob", "listJobs", "submit") : List.of(args);
        System.out.printf("machine: %d cores, Java %s; emulator in its own process%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (sections.contains("getJob") || sections.contains("listJobs")) {
            // jobs that finish at once: 100 of them to read and list
            run(0, 4, (http, target, template, cos) -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    Exchange e = template.send("direct:wait", x -> x.getMessage().setBody("A finished job to read."));
                    ids.add(e.getMessage().getBody(JobsDetail.class).getJobId());
                }
                String id = ids.get(0);
                if (sections.contains("getJob")) {
                    compare("getJob of a finished job", new Sides(
                            baseline(http, target, "GET", "/jobs/" + id, null, false),
                            "client".equals(System.getProperty("bench.via")) ? client(template, id)
                                    : component(template, "direct:getJob", n -> Map.of(TencentTtsConstants.JOB_ID, id)),
                            n -> {
                                MediaJobsRequest r = new MediaJobsRequest();
                                r.setBucketName(LoadDriver.BUCKET);
                                r.setJobId(id);
                                MediaJobObject job = cos.describeMediaJob(r).getJobsDetail();
                                if (!id.equals(job.getJobId()) || !"Success".equals(job.getState())) {
                                    throw new IllegalStateException("sdk read " + job.getJobId() + " "
                                            + job.getState());
                                }
                            }));
                }
                if (sections.contains("listJobs")) {
                    compare("listJobs, 100 finished jobs per answer", new Sides(
                            baseline(http, target, "GET", "/jobs", Map.of("tag", "Tts", "size", "100"), false),
                            component(template, "direct:listJobs", n -> Map.of()),
                            n -> {
                                MediaJobsRequest r = new MediaJobsRequest();
                                r.setBucketName(LoadDriver.BUCKET);
                                r.setTag("Tts");
                                r.setSize(100);
                                int listed = cos.describeMediaJobs(r).getJobsDetailList().size();
                                if (listed != 100) {
                                    throw new IllegalStateException("sdk listed " + listed + " jobs");
                                }
                            }));
                }
            });
        }
        if (sections.contains("submit")) {
            // jobs wait in the queue behind one that takes an hour, so synthesis does not compete for the CPU; a
            // fresh emulator per run, since a queue of several hundred thousand jobs slows the emulator itself
            System.out.println("\n== submit: " + SIDES);
            for (int concurrency : CONCURRENCY) {
                double[][] rates = new double[LoadDriver.RUNS][];
                for (int r = 0; r < LoadDriver.RUNS; r++) {
                    int run = r;
                    int c = concurrency;
                    run(3_600_000, 1, (http, target, template, cos) -> {
                        // a fresh emulator's JIT is cold: warm it with bare submits first, or whichever side the
                        // rotation puts first pays for the warm-up (runs alternated 0.5 and 1.6 without this)
                        LoadDriver.measure(c, 1, baseline(http, target, "POST", "/jobs", null, true));
                        rates[run] = measureRound(c, run, new Sides(
                                baseline(http, target, "POST", "/jobs", null, true),
                                component(template, "direct:submit",
                                        n -> Map.of(TencentTtsConstants.OUTPUT_OBJECT, "bench/c" + n + ".mp3")),
                                n -> {
                                    MediaJobObject job = cos.createMediaJobs(sdkSubmit(n)).getJobsDetail();
                                    if (job.getJobId() == null || !"Submitted".equals(job.getState())) {
                                        throw new IllegalStateException("sdk submitted " + job.getJobId() + " "
                                                + job.getState());
                                    }
                                }));
                    });
                }
                report(concurrency, rates);
            }
        }
    }

    interface Section {
        void run(CloseableHttpClient http, HttpHost target, ProducerTemplate template, COSClient cos)
                throws Exception;
    }

    private static void run(int processingMs, int concurrency, Section section) throws Exception {
        Process emulator = startEmulator(processingMs, concurrency);
        try {
            String base = "http://127.0.0.1:" + port(emulator);
            COSClient cos = sdkClient(base);
            try (CloseableHttpClient http = LoadDriver.bareClient(64); CamelContext context = new DefaultCamelContext()) {
                String options = "region=" + LoadDriver.REGION + "&bucket=" + LoadDriver.BUCKET + "&secretId="
                        + LoadDriver.ID + "&secretKey=RAW(" + LoadDriver.KEY + ")&endpointOverride=" + base
                        + "&maxConnections=64";
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:getJob").to("tencent-tts:getJob?" + options);
                        from("direct:listJobs").to("tencent-tts:listJobs?" + options + "&size=100");
                        from("direct:submit").to("tencent-tts:submit?" + options + "&mode=Sync&codec=mp3");
                        from("direct:wait").to("tencent-tts:submit?" + options
                                + "&mode=Sync&codec=mp3&waitForCompletion=true&waitInterval=20");
                    }
                });
                context.start();
                section.run(http, HttpHost.create(URI.create(base)), context.createProducerTemplate(), cos);
            } finally {
                cos.shutdown();
            }
        } finally {
            emulator.destroy();
        }
    }

    /**
     * The SDK with its defaults (retries too, as the component keeps its own), pointed at the emulator through its
     * documented hooks as in the emulator's TencentSdkInteropTest: the connection goes to the emulator, the Host stays
     * the real virtual host, and CI calls may use plain http. One client per emulator, its pool as large as the other
     * sides' (64), so c=32 never waits for a connection.
     */
    static COSClient sdkClient(String base) {
        ClientConfig config = new ClientConfig(new Region(LoadDriver.REGION));
        config.setHttpProtocol(HttpProtocol.http);
        config.setCiSpecialRequest(true);
        String address = URI.create(base).getAuthority();
        config.setEndpointResolver(new EndpointResolver() {
            @Override
            public String resolveGeneralApiEndpoint(String endpoint) {
                return address;
            }

            @Override
            public String resolveGetServiceApiEndpoint(String endpoint) {
                return address;
            }
        });
        config.setMaxConnectionsCount(64);
        return new COSClient(new BasicCOSCredentials(LoadDriver.ID, LoadDriver.KEY), config);
    }

    /** The component's submit through the SDK: Tts, Sync, mp3, the text and output object numbered alike. */
    static MediaJobsRequest sdkSubmit(int n) {
        MediaJobsRequest r = new MediaJobsRequest();
        r.setBucketName(LoadDriver.BUCKET);
        r.setTag("Tts");
        r.getOperation().getTtsConfig().setInputType("Text");
        r.getOperation().getTtsConfig().setInput("benchmark text number " + n);
        r.getOperation().getTtsTpl().setMode("Sync");
        r.getOperation().getTtsTpl().setCodec("mp3");
        r.getOperation().getOutput().setRegion(LoadDriver.REGION);
        r.getOperation().getOutput().setBucket(LoadDriver.BUCKET);
        r.getOperation().getOutput().setObject("bench/s" + n + ".mp3");
        return r;
    }

    /** One call of each side; each throws unless the service accepted it, so a failure counts as an error. */
    record Sides(LoadDriver.Call baseline, LoadDriver.Call component, LoadDriver.Call sdk) {
    }

    interface Headers {
        Map<String, Object> of(int n);
    }

    private static LoadDriver.Call baseline(CloseableHttpClient http, HttpHost target, String method, String path,
                                            Map<String, String> params, boolean submit) {
        return n -> {
            byte[] body = submit ? LoadDriver.submitBody(n) : null;
            if (LoadDriver.bareSend(http, target, method, path, params, body) != 200) {
                throw new IllegalStateException("baseline call failed");
            }
        };
    }

    private static LoadDriver.Call component(ProducerTemplate template, String route, Headers headers) {
        // resolved once, as a route resolves its endpoints once; a URI string would be normalized per call.
        // -Dbench.via=endpoint sends straight to the tencent-tts endpoint behind the route: the route hop's share
        org.apache.camel.Endpoint endpoint = template.getCamelContext().getEndpoint(route);
        if ("endpoint".equals(System.getProperty("bench.via"))) {
            String operation = route.substring(route.indexOf(':') + 1);
            endpoint = template.getCamelContext().getEndpoints().stream()
                    .filter(e -> e.getEndpointUri().matches("tencent-tts:(//)?" + operation + "\\?.*"))
                    .filter(e -> !e.getEndpointUri().contains("waitForCompletion")).findFirst()
                    .orElseThrow();
        }
        org.apache.camel.Endpoint target = endpoint;
        return n -> {
            Exchange e = template.send(target, x -> {
                x.getMessage().setBody("benchmark text number " + n);
                headers.of(n).forEach(x.getMessage()::setHeader);
            });
            if (e.getException() != null) {
                throw e.getException();
            }
        };
    }

    /**
     * {@code -Dbench.via=client} (getJob only): the component's own client, signed call and answer read, without
     * Camel's exchange, route and result headers: what Camel and the headers add is the difference.
     */
    private static LoadDriver.Call client(ProducerTemplate template, String id) {
        io.github.cameltencent.tts.TencentTtsEndpoint endpoint = template.getCamelContext().getEndpoints().stream()
                .filter(e -> e instanceof io.github.cameltencent.tts.TencentTtsEndpoint t
                        && t.getConfiguration().getOperation().name().equals("getJob"))
                .map(io.github.cameltencent.tts.TencentTtsEndpoint.class::cast).findFirst().orElseThrow();
        io.github.cameltencent.tts.client.CiClient client = endpoint.getClient();
        return n -> {
            var job = io.github.cameltencent.tts.client.CiClient.join(client.getJob(LoadDriver.BUCKET, id)).body()
                    .getJobsDetail().get(0);
            if (!id.equals(job.getJobId())) {
                throw new IllegalStateException("client read " + job.getJobId());
            }
        };
    }

    private static void compare(String what, Sides sides) throws Exception {
        System.out.println("\n== " + what + ": " + SIDES);
        for (int concurrency : CONCURRENCY) {
            double[][] rates = new double[LoadDriver.RUNS][];
            for (int r = 0; r < LoadDriver.RUNS; r++) {
                rates[r] = measureRound(concurrency, r, sides);
            }
            report(concurrency, rates);
        }
    }

    /**
     * One run of each side, baseline, component and SDK in rotation: run 0 starts with the baseline, run 1 with the
     * component, run 2 with the SDK, so drift (JIT, the emulator) favours none. The rates, then the CPU per call, in
     * that order. {@code -Dbench.sides=component} measures only the sides named (to profile one), the others report 0.
     */
    private static final String[] SIDE_NAMES = {"baseline", "component", "sdk"};
    private static final List<String> MEASURED = List.of(System.getProperty("bench.sides", "baseline,component,sdk")
            .split(","));

    private static double[] measureRound(int concurrency, int run, Sides sides) throws Exception {
        LoadDriver.Call[] calls = {sides.baseline(), sides.component(), sides.sdk()};
        LoadDriver.Result[] results = new LoadDriver.Result[calls.length];
        for (int i = 0; i < calls.length; i++) {
            int side = (run + i) % calls.length;
            results[side] = MEASURED.contains(SIDE_NAMES[side])
                    ? LoadDriver.measure(concurrency, LoadDriver.SECONDS, calls[side])
                    : new LoadDriver.Result(0, 0, 0, 0, 0);
        }
        LoadDriver.Result b = results[0];
        LoadDriver.Result c = results[1];
        LoadDriver.Result s = results[2];
        System.out.printf("  c=%-2d run %d  baseline  %s%n               component %s  ratio %.2f%n"
                        + "               sdk       %s  component/sdk %.2f%n", concurrency, run + 1, b, c,
                c.perSecond() / b.perSecond(), s, c.perSecond() / s.perSecond());
        return new double[] {b.perSecond(), c.perSecond(), s.perSecond(), b.cpuMicros(), c.cpuMicros(),
            s.cpuMicros()};
    }

    /**
     * Per side pair, both the ratio of the medians and the median of the runs' own ratios: on shared cores they
     * differ.
     */
    private static void report(int concurrency, double[][] rates) {
        double[] bare = column(rates, 0);
        double[] camel = column(rates, 1);
        double[] sdk = column(rates, 2);
        System.out.printf("  c=%-2d median baseline %.0f req/s, component %.0f req/s: ratio of medians %.2f,"
                        + " median of run ratios %.2f%n", concurrency, LoadDriver.median(bare),
                LoadDriver.median(camel), LoadDriver.median(camel) / LoadDriver.median(bare),
                LoadDriver.median(ratios(camel, bare)));
        System.out.printf("       median sdk %.0f req/s: component/sdk ratio of medians %.2f, median of run ratios"
                        + " %.2f%n", LoadDriver.median(sdk), LoadDriver.median(camel) / LoadDriver.median(sdk),
                LoadDriver.median(ratios(camel, sdk)));
        System.out.printf("       median load-thread CPU per call: baseline %.1f us, component %.1f us, sdk %.1f us%n",
                LoadDriver.median(column(rates, 3)), LoadDriver.median(column(rates, 4)),
                LoadDriver.median(column(rates, 5)));
    }

    private static double[] column(double[][] rates, int side) {
        double[] values = new double[rates.length];
        for (int r = 0; r < rates.length; r++) {
            values[r] = rates[r][side];
        }
        return values;
    }

    private static double[] ratios(double[] of, double[] to) {
        double[] values = new double[of.length];
        for (int i = 0; i < of.length; i++) {
            values[i] = of[i] / to[i];
        }
        return values;
    }

    private static Process startEmulator(int processingMs, int concurrency) throws Exception {
        return startEmulator(processingMs, concurrency, List.of());
    }

    /** The emulator in its own JVM, with extra arguments (e.g. {@code --fault *:latency=50}). */
    static Process startEmulator(int processingMs, int concurrency, List<String> extra) throws Exception {
        Path jar = Path.of(System.getProperty("bench.emulatorJar",
                "tencent-ci-emulator/target/tencent-ci-emulator-0.1.0-SNAPSHOT-all.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -B -ntp -pl tencent-ci-emulator"
                    + " -am package -DskipTests");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx2g", "-jar", jar.toString(),
                "--port", "0", "--secret-id", LoadDriver.ID, "--secret-key", LoadDriver.KEY, "--processing-time-ms",
                String.valueOf(processingMs), "--concurrency", String.valueOf(concurrency), "--no-speech",
                "--max-connections", "512", "--queue-max-size", "10000000"));
        command.addAll(extra);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The port from the emulator's one ready line. */
    static int port(Process emulator) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(emulator.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.contains("listening on")) {
            throw new IllegalStateException("the emulator did not start: " + line);
        }
        return URI.create(line.substring(line.indexOf("http"))).getPort();
    }
}
