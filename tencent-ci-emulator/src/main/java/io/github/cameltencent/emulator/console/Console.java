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
package io.github.cameltencent.emulator.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.audio.AudioEncoder;
import io.github.cameltencent.emulator.audio.SpeechEngine;
import io.github.cameltencent.emulator.ci.CiQueue;
import io.github.cameltencent.emulator.ci.CiService;
import io.github.cameltencent.emulator.ci.Job;
import io.github.cameltencent.emulator.ci.Template;
import io.github.cameltencent.emulator.ci.TtsTpl;
import io.github.cameltencent.emulator.cos.CosObjects;
import io.github.cameltencent.emulator.cos.ObjectStore;
import io.github.cameltencent.emulator.cos.StoredObject;
import io.github.cameltencent.emulator.http.HttpRequest;
import io.github.cameltencent.emulator.http.HttpResponse;

/**
 * The emulator's own web page, for a developer watching their jobs: {@code GET /_emulator/} (the page, its script
 * and style), {@code GET /_emulator/api/state} (jobs, templates and queues as JSON) and
 * {@code GET /_emulator/audio/<bucket>/<key>} (an object's bytes, with Range, for the page's audio players).
 *
 * <p>It is unsigned, as a local tool should be, and therefore read-only by construction: it answers GET and HEAD
 * only, holds no reference that could submit, cancel or write, and never reaches the signed API. It answers only
 * a Host that is an IP address or {@code localhost}, so a web site that rebinds its own name to 127.0.0.1 cannot
 * read it from a browser; it sends no CORS headers, so no other origin may read it either. The page builds its
 * DOM with {@code textContent}, never markup from data, and its Content-Security-Policy allows no inline script:
 * a job text such as {@code <img src=x onerror=...>} is shown as text.
 */
public final class Console {

    /** The path prefix every console address starts with. */
    public static final String PREFIX = "/_emulator";
    /** Jobs the state answer lists at most, newest first; older ones are counted only. */
    static final int MAX_JOBS = 500;

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; media-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private final CiService ci;
    private final ObjectStore objects;
    /** The service clock the job times follow, so the page's "to now" spans are not skewed by a clock offset. */
    private final LongSupplier clockMillis;
    private final Map<String, Asset> assets = new HashMap<>();

    private record Asset(byte[] bytes, String contentType) {
    }

    public Console(CiService ci, ObjectStore objects, LongSupplier clockMillis) {
        this.ci = ci;
        this.objects = objects;
        this.clockMillis = clockMillis;
        assets.put(PREFIX + "/", load("index.html", "text/html; charset=utf-8"));
        assets.put(PREFIX + "/console.js", load("console.js", "text/javascript; charset=utf-8"));
        assets.put(PREFIX + "/console.css", load("console.css", "text/css; charset=utf-8"));
    }

    private static Asset load(String name, String contentType) {
        try (InputStream in = Console.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the console resource " + name + " is missing from the jar");
            }
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a request that is not for a CI or COS virtual host is the console's: its path is under
     * {@value #PREFIX}, or it is the bare {@code /} (sent on to the page), and its host is an IP address or
     * {@code localhost}.
     */
    public static boolean serves(String host, String path) {
        return isLocalName(host) && (path.equals("/") || path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
    }

    /**
     * IP literals and localhost only: a browser sends a DNS name as Host when a site rebinds that name to this
     * machine, and an IP literal or localhost only when the user typed it.
     */
    static boolean isLocalName(String host) {
        if (host == null) {
            return false;
        }
        return host.equals("localhost") || host.endsWith(".localhost") || IPV4.matcher(host).matches()
                || (host.startsWith("[") && host.endsWith("]"));
    }

    public HttpResponse handle(HttpRequest r) {
        if (!r.method().equals("GET") && !r.method().equals("HEAD")) {
            return text(405, "The emulator console is read-only: it answers GET and HEAD only.\n")
                    .header("Allow", "GET, HEAD");
        }
        String path = r.path();
        if (path.equals("/") || path.equals(PREFIX)) {
            return secured(HttpResponse.of(302)).header("Location", PREFIX + "/");
        }
        Asset asset = assets.get(path);
        if (asset != null) {
            HttpResponse page = HttpResponse.bytes(200, asset.bytes(), asset.contentType());
            return secured(page).header("Content-Security-Policy", PAGE_CSP);
        }
        if (path.equals(PREFIX + "/api/state")) {
            return secured(HttpResponse.bytes(200, state().getBytes(StandardCharsets.UTF_8),
                    "application/json; charset=utf-8"));
        }
        if (path.startsWith(PREFIX + "/audio/")) {
            return audio(path.substring((PREFIX + "/audio/").length()), r.header("Range"));
        }
        return text(404, "Nothing here. The console is at " + PREFIX + "/\n");
    }

    // ================================================================== state

    String state() {
        List<Job> all = ci.jobs().all();
        Map<String, int[]> perQueue = new HashMap<>(); // queueId -> {waiting, paused, running}
        for (Job j : all) {
            int slot = switch (j.state()) {
                case Job.SUBMITTED -> 0;
                case Job.PAUSE -> 1;
                case Job.RUNNING -> 2;
                default -> -1;
            };
            if (slot >= 0) {
                perQueue.computeIfAbsent(j.queueId(), k -> new int[3])[slot]++;
            }
        }
        Json json = new Json().beginObject();
        json.field("now", Instant.ofEpochMilli(clockMillis.getAsLong())).field("totalJobs", all.size());
        json.name("jobs").beginArray();
        for (Job j : all.subList(Math.max(0, all.size() - MAX_JOBS), all.size())) {
            job(json, j);
        }
        json.endArray();
        json.name("templates").beginArray();
        for (Template t : ci.templates().all()) {
            json.beginObject().field("templateId", t.templateId()).field("name", t.name())
                    .field("bucket", t.bucket());
            voice(json, t.tpl());
            json.field("created", t.createTime()).field("updated", t.updateTime()).endObject();
        }
        json.endArray();
        json.name("queues").beginArray();
        for (CiQueue q : ci.queues().all()) {
            int[] counts = perQueue.getOrDefault(q.queueId(), new int[3]);
            json.beginObject().field("queueId", q.queueId()).field("name", q.name()).field("bucket", q.bucket())
                    .field("family", q.family() == CiQueue.Family.SPEECH ? "speech" : "media")
                    .field("state", q.isPaused() ? "Paused" : "Active").field("maxConcurrent", q.maxConcurrent())
                    .field("maxSize", q.maxSize()).field("waiting", counts[0]).field("paused", counts[1])
                    .field("running", counts[2]).endObject();
        }
        json.endArray();
        return json.endObject().toString();
    }

    private static void job(Json json, Job j) {
        String state = j.state();
        json.beginObject().field("jobId", j.jobId()).field("bucket", j.bucket()).field("state", state)
                .field("terminal", j.isTerminal()).field("code", j.code()).field("message", j.message())
                .field("inputType", j.inputType()).field("text", j.input()).field("queueId", j.queueId())
                .field("jobLevel", j.jobLevel()).field("templateId", j.templateId())
                .field("templateName", j.templateName());
        voice(json, j.tpl());
        json.field("created", j.creationTime()).field("started", j.startTime()).field("ended", j.endTime())
                .field("outputBucket", j.outputBucket()).field("outputObject", j.outputObject())
                .field("audioDuration", j.audioDuration());
        json.field("audioUrl", Job.SUCCESS.equals(state) ? audioPath(j.outputBucket(), j.outputObject()) : null);
        json.endObject();
    }

    private static void voice(Json json, TtsTpl tpl) {
        json.field("mode", tpl.mode()).field("codec", tpl.codec()).field("voice", tpl.voiceType())
                .field("speed", tpl.speed()).field("volume", tpl.volume()).field("emotion", tpl.emotion());
    }

    /** The console address of an object, relative to the page; every key segment percent-encoded. */
    static String audioPath(String bucket, String key) {
        StringBuilder sb = new StringBuilder("audio/").append(encode(bucket));
        for (String segment : key.split("/", -1)) {
            sb.append('/').append(encode(segment));
        }
        return sb.toString();
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }

    // ================================================================== audio

    /**
     * An object's bytes for an audio player. Raw PCM (codec pcm) gets a WAV header, since no browser plays bare
     * samples; anything that is not audio is offered as a download only, so an object uploaded as text/html can
     * never run as a page on the console's origin.
     */
    private HttpResponse audio(String bucketAndKey, String range) {
        int slash = bucketAndKey.indexOf('/');
        StoredObject o = slash <= 0 ? null : objects.get(bucketAndKey.substring(0, slash),
                bucketAndKey.substring(slash + 1));
        if (o == null) {
            return text(404, "No such object: " + bucketAndKey + "\n");
        }
        String type = o.contentType() == null ? "" : o.contentType().toLowerCase(Locale.ROOT);
        byte[] data = o.data();
        boolean download = false;
        if (type.equals("audio/pcm") || type.startsWith("audio/l16")) {
            data = AudioEncoder.wav(data, SpeechEngine.SAMPLE_RATE);
            type = "audio/wav";
        } else if (!type.startsWith("audio/")) {
            type = "application/octet-stream";
            download = true;
        }
        try {
            HttpResponse r = secured(CosObjects.ranged(data, type, range))
                    .header("Content-Security-Policy", "default-src 'none'; sandbox");
            if (download) {
                r.header("Content-Disposition", "attachment");
            }
            return r;
        } catch (ServiceError e) {
            return text(416, e.getMessage() + "\n").header("Content-Range", "bytes */" + data.length);
        }
    }

    // ================================================================== helpers

    private static HttpResponse text(int status, String body) {
        return secured(HttpResponse.bytes(status, body.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8"));
    }

    /** Headers every console answer carries: never cached, never sniffed, never framed, no referrer. */
    private static HttpResponse secured(HttpResponse r) {
        return r.header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer");
    }
}
