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

import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * The answer path measured fairly: the emulator runs in its own JVM (the runnable {@code -all.jar}), so the
 * component and the baseline share a CPU budget the emulator does not eat into. For getJob of a finished job,
 * listJobs of 100 jobs and submit, the component (a {@code direct} route into {@code tencent-tts}, answer read,
 * headers set) is compared with a bare signed HttpClient 5 call that does not read the answer, at concurrency 1, 8
 * and 32, in the same run; the ratio of medians is the figure.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.cameltencent.benchmarks.AnswerPathLoad [getJob listJobs submit]
 * </pre>
 * {@code -Dbench.emulatorJar=...} names the emulator jar (default tencent-ci-emulator/target/*-all.jar).
 */
public final class AnswerPathLoad {

    private AnswerPathLoad() {
    }

    public static void main(String[] args) throws Exception {
        List<String> sections = args.length == 0 ? List.of("getJob", "listJobs", "submit") : List.of(args);
        System.out.printf("machine: %d cores, Java %s; emulator in its own process%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (sections.contains("getJob") || sections.contains("listJobs")) {
            // jobs that finish at once: 100 of them to read and list
            run(0, 4, (http, target, template) -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    Exchange e = template.send("direct:wait", x -> x.getMessage().setBody("A finished job to read."));
                    ids.add(e.getMessage().getBody(JobsDetail.class).getJobId());
                }
                String id = ids.get(0);
                if (sections.contains("getJob")) {
                    compare("getJob of a finished job", http, target, "GET", "/jobs/" + id, null, template,
                            "direct:getJob", n -> Map.of(TencentTtsConstants.JOB_ID, id), null);
                }
                if (sections.contains("listJobs")) {
                    compare("listJobs, 100 finished jobs per answer", http, target, "GET", "/jobs",
                            Map.of("tag", "Tts", "size", "100"), template, "direct:listJobs", n -> Map.of(), null);
                }
            });
        }
        if (sections.contains("submit")) {
            // jobs wait in the queue behind one that takes an hour, so synthesis does not compete for the CPU; a
            // fresh emulator per run, since a queue of several hundred thousand jobs slows the emulator itself
            System.out.println("\n== submit: component vs bare signed HttpClient 5 (answer not read)");
            for (int concurrency : new int[] {1, 8, 32}) {
                double[] bare = new double[LoadDriver.RUNS];
                double[] camel = new double[LoadDriver.RUNS];
                for (int r = 0; r < LoadDriver.RUNS; r++) {
                    int run = r;
                    int c = concurrency;
                    run(3_600_000, 1, (http, target, template) -> {
                        double[] pair = measurePair(c, run, http, target, "POST", "/jobs", null, template,
                                "direct:submit", n -> Map.of(TencentTtsConstants.OUTPUT_OBJECT, "bench/c" + n
                                        + ".mp3"), n -> true);
                        bare[run] = pair[0];
                        camel[run] = pair[1];
                    });
                }
                report(concurrency, bare, camel);
            }
        }
    }

    interface Section {
        void run(CloseableHttpClient http, HttpHost target, ProducerTemplate template) throws Exception;
    }

    private static void run(int processingMs, int concurrency, Section section) throws Exception {
        Process emulator = startEmulator(processingMs, concurrency);
        try {
            String base = "http://127.0.0.1:" + port(emulator);
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
                section.run(http, HttpHost.create(URI.create(base)), context.createProducerTemplate());
            }
        } finally {
            emulator.destroy();
        }
    }

    interface Headers {
        Map<String, Object> of(int n);
    }

    interface SubmitBody {
        boolean submit(int n);
    }

    private static void compare(String what, CloseableHttpClient http, HttpHost target, String method, String path,
                                Map<String, String> params, ProducerTemplate template, String route, Headers headers,
                                SubmitBody submit) throws Exception {
        System.out.println("\n== " + what + ": component vs bare signed HttpClient 5 (answer not read)");
        for (int concurrency : new int[] {1, 8, 32}) {
            double[] bare = new double[LoadDriver.RUNS];
            double[] camel = new double[LoadDriver.RUNS];
            for (int r = 0; r < LoadDriver.RUNS; r++) {
                double[] pair = measurePair(concurrency, r, http, target, method, path, params, template, route,
                        headers, submit);
                bare[r] = pair[0];
                camel[r] = pair[1];
            }
            report(concurrency, bare, camel);
        }
    }

    /** One run of each side, the order alternating by run so drift (JIT, the emulator) favours neither. */
    private static double[] measurePair(int concurrency, int run, CloseableHttpClient http, HttpHost target,
                                        String method, String path, Map<String, String> params,
                                        ProducerTemplate template, String route, Headers headers, SubmitBody submit)
            throws Exception {
        // resolved once, as a route resolves its endpoints once; a URI string would be normalized per call
        org.apache.camel.Endpoint endpoint = template.getCamelContext().getEndpoint(route);
        LoadDriver.Call baseline = n -> {
            byte[] body = submit == null ? null : LoadDriver.submitBody(n);
            if (LoadDriver.bareSend(http, target, method, path, params, body) != 200) {
                throw new IllegalStateException("baseline call failed");
            }
        };
        LoadDriver.Call component = n -> {
            Exchange e = template.send(endpoint, x -> {
                x.getMessage().setBody("benchmark text number " + n);
                headers.of(n).forEach(x.getMessage()::setHeader);
            });
            if (e.getException() != null) {
                throw e.getException();
            }
        };
        LoadDriver.Result b;
        LoadDriver.Result c;
        if (run % 2 == 0) {
            b = LoadDriver.measure(concurrency, LoadDriver.SECONDS, baseline);
            c = LoadDriver.measure(concurrency, LoadDriver.SECONDS, component);
        } else {
            c = LoadDriver.measure(concurrency, LoadDriver.SECONDS, component);
            b = LoadDriver.measure(concurrency, LoadDriver.SECONDS, baseline);
        }
        System.out.printf("  c=%-2d run %d  baseline  %s%n               component %s  ratio %.2f%n", concurrency,
                run + 1, b, c, c.perSecond() / b.perSecond());
        return new double[] {b.perSecond(), c.perSecond()};
    }

    /** Both the ratio of the medians and the median of the runs' own ratios: on shared cores they differ. */
    private static void report(int concurrency, double[] bare, double[] camel) {
        double[] ratios = new double[bare.length];
        for (int i = 0; i < bare.length; i++) {
            ratios[i] = camel[i] / bare[i];
        }
        System.out.printf("  c=%-2d median baseline %.0f req/s, component %.0f req/s: ratio of medians %.2f,"
                        + " median of run ratios %.2f%n", concurrency, LoadDriver.median(bare),
                LoadDriver.median(camel), LoadDriver.median(camel) / LoadDriver.median(bare),
                LoadDriver.median(ratios));
    }

    private static Process startEmulator(int processingMs, int concurrency) throws Exception {
        Path jar = Path.of(System.getProperty("bench.emulatorJar",
                "tencent-ci-emulator/target/tencent-ci-emulator-0.1.0-SNAPSHOT-all.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -B -ntp -pl tencent-ci-emulator"
                    + " -am package -DskipTests");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx2g", "-jar", jar.toString(), "--port", "0", "--secret-id",
                LoadDriver.ID, "--secret-key", LoadDriver.KEY, "--processing-time-ms", String.valueOf(processingMs),
                "--concurrency", String.valueOf(concurrency),
                "--no-speech", "--max-connections", "512", "--queue-max-size", "10000000").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The port from the emulator's one ready line. */
    private static int port(Process emulator) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(emulator.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.contains("listening on")) {
            throw new IllegalStateException("the emulator did not start: " + line);
        }
        return URI.create(line.substring(line.indexOf("http"))).getPort();
    }
}
