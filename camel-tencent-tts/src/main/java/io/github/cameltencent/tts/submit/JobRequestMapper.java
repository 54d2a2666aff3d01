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
package io.github.cameltencent.tts.submit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;

import io.github.cameltencent.tts.TencentTtsConfiguration;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.TencentTtsValidationException;
import io.github.cameltencent.tts.client.CiClientConfig;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.client.CiXml;
import io.github.cameltencent.tts.job.JobState;
import io.github.cameltencent.tts.model.CallBackMqConfig;
import io.github.cameltencent.tts.model.JobOperation;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.ListJobsQuery;
import io.github.cameltencent.tts.model.Output;
import io.github.cameltencent.tts.model.QueueQuery;
import io.github.cameltencent.tts.model.TemplateQuery;
import io.github.cameltencent.tts.model.TemplateRequest;
import io.github.cameltencent.tts.model.TtsConfig;
import io.github.cameltencent.tts.model.TtsTpl;

/**
 * Turns an exchange and the endpoint's configuration into request models, and is the one place where requests
 * are validated, before any I/O. The rule everywhere: a header, when present, overrides the endpoint option.
 */
public final class JobRequestMapper {

    public static final int TEXT_LIMIT = 300;
    public static final int USER_DATA_LIMIT = 1024;
    public static final int SYNC_URL_LIMIT = 300;
    public static final int ASYNC_URL_LIMIT = 10_000;

    /** Template names: Chinese characters, letters, digits, _, - and *, at most 64 (speech queues: 128). */
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_\\-*]{1,64}");
    private static final Pattern QUEUE_NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_\\-*]{1,128}");
    /** COS: keys are at most 850 bytes of UTF-8. */
    static final int KEY_BYTES_LIMIT = 850;
    private static final Set<String> MODES = Set.of("Sync", "Asyc", "Async");
    private static final Set<String> CODECS = Set.of("wav", "mp3", "pcm");
    /** An object URL: http(s), a host, a key. */
    private static final Pattern OBJECT_URL = Pattern.compile("https?://([^/?#\\s]+)/(.+)");
    /** TDMQ region names as the service spells them (sh, gz, ...): the shape only, the service knows the list. */
    private static final Pattern MQ_REGION = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private JobRequestMapper() {
    }

    // ================================================================== submit

    /**
     * The whole submit, decided once from the exchange and the configuration, every request validated before any
     * I/O: the long-text strategy picks between one request, upload-then-submit, and a split into several requests.
     *
     * @param templates looks up a template's voice settings (a read, never a change), only asked when a job uses a
     *                  template and its codec (for a generated key's extension) or its mode (for the Url limit of
     *                  an uploaded long text) is not given
     */
    public static SubmitPlan plan(Exchange exchange, TencentTtsConfiguration c, Function<String, TtsTpl> templates) {
        String strategy = c.getLongTextStrategy() == null ? "fail" : c.getLongTextStrategy();
        oneOf("longTextStrategy", strategy, Set.of("fail", "upload", "split"));
        if (c.isPojoRequest()) {
            Object body = exchange.getMessage().getBody();
            if (!(body instanceof JobRequest r)) {
                throw new TencentTtsValidationException("body", "with pojoRequest=true the body must be a "
                        + JobRequest.class.getName() + ", not " + (body == null ? "null" : body.getClass().getName()));
            }
            validate(r);
            // a copy: what the component does to a request on its way out (JobTrace.stamp's UserData guard) must
            // not change the route's own object, which the route may send again
            return new SubmitPlan(List.of(copy(r)), null);
        }
        String inputType = inputType(exchange, c);
        String text = "Text".equals(inputType) ? body(exchange.getMessage()) : null;
        if (text == null || TextSplitter.length(text) <= TEXT_LIMIT || strategy.equals("fail")) {
            JobRequest r = build(exchange, c, templates,
                    text == null ? Overrides.NONE : new Overrides(text, null, null, null, null));
            validate(r);
            return new SubmitPlan(List.of(r), null);
        }
        return strategy.equals("upload") ? planUpload(exchange, c, templates, text)
                : planSplit(exchange, c, templates, text);
    }

    /** Long text, upload strategy: the text becomes a UTF-8 object in COS, spoken as a Url input. */
    private static SubmitPlan planUpload(Exchange exchange, TencentTtsConfiguration c,
                                         Function<String, TtsTpl> templates, String text) {
        int chars = TextSplitter.length(text);
        String mode = str(exchange.getMessage(), TencentTtsConstants.MODE, c.getMode());
        String templateId = str(exchange.getMessage(), TencentTtsConstants.TEMPLATE_ID, c.getTemplateId());
        if (mode == null && templateId != null) {
            // a template's own mode decides the limit: the template wins over the job's voice settings
            mode = templates.apply(templateId).getMode();
        }
        mode = mode == null ? "Asyc" : mode;
        int limit = "Sync".equals(mode) ? SYNC_URL_LIMIT : ASYNC_URL_LIMIT;
        if (chars > limit) {
            throw new TencentTtsValidationException("body", "the text has " + chars + " characters; a Url input"
                    + " allows at most " + limit + " in " + mode + " mode"
                    + ("Sync".equals(mode) ? " (use mode=Asyc)" : " (use longTextStrategy=split)"));
        }
        String prefix = c.getLongTextPrefix() == null ? "" : c.getLongTextPrefix();
        checkObjectKey("longTextPrefix", prefix, true);
        String key = prefix + UUID.randomUUID() + ".txt";
        String url = CiClientConfig.objectUrl(c.getBucket(), c.getRegion(), key);
        JobRequest r = build(exchange, c, templates, new Overrides(url, "Url", templateId == null ? mode : null, null,
                null));
        validate(r);
        return new SubmitPlan(List.of(r), new SubmitPlan.Upload(c.getRegion(), c.getBucket(), key,
                text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", c.isKeepLongText()));
    }

    /**
     * Long text, split strategy: one job per piece, cut at sentence ends, correlated by UserData ("split:group:i/n"
     * unless the route gives its own) and by numbered output keys (name-1.wav, name-2.wav, ...).
     */
    private static SubmitPlan planSplit(Exchange exchange, TencentTtsConfiguration c,
                                        Function<String, TtsTpl> templates, String text) {
        List<String> pieces = TextSplitter.split(text, TEXT_LIMIT);
        String group = UUID.randomUUID().toString().substring(0, 8);
        JobRequest first = build(exchange, c, templates, new Overrides(pieces.get(0), "Text", null, null, null));
        String object = first.getOperation().getOutput().getObject();
        boolean ownUserData = first.getOperation().getUserData() != null;
        List<JobRequest> requests = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            JobRequest r = i == 0 ? first : copy(first);
            r.getOperation().getTtsConfig().setInput(pieces.get(i));
            r.getOperation().getOutput().setObject(numbered(object, i + 1));
            if (!ownUserData) {
                r.getOperation().setUserData("split:" + group + ":" + (i + 1) + "/" + pieces.size());
            }
            validate(r);
            requests.add(r);
        }
        return new SubmitPlan(requests, null);
    }

    private static JobRequest copy(JobRequest r) {
        try {
            return CiXml.read(CiXml.write(r), JobRequest.class);
        } catch (IOException e) {
            throw new IllegalStateException("a request model did not survive its own XML", e);
        }
    }

    /** name.wav → name-1.wav, name-2.wav, ..., so the pieces of a split text keep the chosen key as their stem. */
    static String numbered(String object, int n) {
        int slash = object.lastIndexOf('/');
        int dot = object.lastIndexOf('.');
        return dot > slash ? object.substring(0, dot) + "-" + n + object.substring(dot) : object + "-" + n;
    }

    /** What the long-text strategies replace in a request built from the exchange; null fields keep the usual. */
    private record Overrides(String input, String inputType, String mode, String outputObject, String userData) {
        static final Overrides NONE = new Overrides(null, null, null, null, null);
    }

    private static JobRequest build(Exchange exchange, TencentTtsConfiguration c,
                                    Function<String, TtsTpl> templates, Overrides o) {
        Message in = exchange.getMessage();
        String inputType = o.inputType() != null ? o.inputType() : inputType(exchange, c);
        String input = o.input() != null ? o.input() : body(in);

        JobOperation op = new JobOperation();
        String templateId = str(in, TencentTtsConstants.TEMPLATE_ID, c.getTemplateId());
        op.setTemplateId(templateId);
        String mode = o.mode() != null ? o.mode() : str(in, TencentTtsConstants.MODE, c.getMode());
        String codec = str(in, TencentTtsConstants.CODEC, c.getCodec());
        TtsTpl tpl = new TtsTpl().withMode(mode).withCodec(codec)
                .withVoiceType(str(in, TencentTtsConstants.VOICE_TYPE, c.getVoiceType()))
                .withVolume(asString(integer(in, TencentTtsConstants.VOLUME, c.getVolume())))
                .withSpeed(asString(integer(in, TencentTtsConstants.SPEED, c.getSpeed())))
                .withEmotion(str(in, TencentTtsConstants.EMOTION, c.getEmotion()));
        if (templateId == null) {
            if (tpl.getMode() == null) {
                // the service needs a non-empty TtsTpl when no template is given; Asyc is its own default
                tpl.setMode("Asyc");
            }
            op.setTtsTpl(tpl);
        } else if (!isEmpty(tpl)) {
            // sent as given: the service lets the template win, and the job echoes what was asked
            op.setTtsTpl(tpl);
        }
        op.setTtsConfig(new TtsConfig().withInputType(inputType).withInput(input));

        String region = str(in, TencentTtsConstants.OUTPUT_REGION, c.getOutputRegion());
        String bucket = str(in, TencentTtsConstants.OUTPUT_BUCKET, c.getOutputBucket());
        String object = o.outputObject() != null ? o.outputObject()
                : str(in, TencentTtsConstants.OUTPUT_OBJECT, c.getOutputObject());
        if (object == null) {
            String prefix = str(in, TencentTtsConstants.OUTPUT_OBJECT_PREFIX, c.getOutputObjectPrefix());
            checkObjectKey("outputObjectPrefix", prefix == null ? "" : prefix, true);
            String ext = codec;
            if (ext == null && templateId == null) {
                ext = "Sync".equals(tpl.getMode()) ? "wav" : "pcm";
            }
            if (ext == null) {
                ext = templates.apply(templateId).getCodec();
            }
            object = (prefix == null ? "" : prefix) + UUID.randomUUID() + (ext == null ? "" : "." + ext);
        }
        op.setOutput(new Output().withRegion(region != null ? region : c.getRegion())
                .withBucket(bucket != null ? bucket : c.getBucket()).withObject(object));
        String userData = str(in, TencentTtsConstants.USER_DATA, c.getUserData());
        op.setUserData(userData != null ? userData : o.userData());
        op.setJobLevel(asString(integer(in, TencentTtsConstants.JOB_LEVEL, c.getJobLevel())));

        JobRequest r = new JobRequest().withTag("Tts").withOperation(op)
                .withQueueId(str(in, TencentTtsConstants.QUEUE_ID, c.getQueueId()))
                .withCallBack(str(in, TencentTtsConstants.CALL_BACK, c.getCallBack()))
                .withCallBackFormat(str(in, TencentTtsConstants.CALL_BACK_FORMAT, c.getCallBackFormat()))
                .withCallBackType(str(in, TencentTtsConstants.CALL_BACK_TYPE, c.getCallBackType()));
        if ("TDMQ".equals(r.getCallBackType())) {
            r.setCallBackMqConfig(new CallBackMqConfig()
                    .withMqRegion(str(in, TencentTtsConstants.CALL_BACK_MQ_REGION, c.getCallBackMqRegion()))
                    .withMqMode(str(in, TencentTtsConstants.CALL_BACK_MQ_MODE, c.getCallBackMqMode()))
                    .withMqName(str(in, TencentTtsConstants.CALL_BACK_MQ_NAME, c.getCallBackMqName())));
        }
        return r;
    }

    static String inputType(Exchange exchange, TencentTtsConfiguration c) {
        String t = str(exchange.getMessage(), TencentTtsConstants.INPUT_TYPE, c.getInputType());
        return t == null ? "Text" : t;
    }

    private static boolean isEmpty(TtsTpl t) {
        return t.getMode() == null && t.getCodec() == null && t.getVoiceType() == null && t.getVolume() == null
                && t.getSpeed() == null && t.getEmotion() == null;
    }

    private static String body(Message in) {
        Object body = in.getBody();
        if (body == null) {
            throw new TencentTtsValidationException("body", "the message body is empty; it must carry the text (or"
                    + " with inputType=Url the COS URL) to speak");
        }
        try {
            return in.getMandatoryBody(String.class);
        } catch (Exception e) {
            throw new TencentTtsValidationException("body", "cannot read a " + body.getClass().getName()
                    + " body as text");
        }
    }

    /** Every rule the service enforces that can be checked without I/O; the message names field and limit. */
    public static void validate(JobRequest r) {
        if (r.getTag() == null) {
            r.setTag("Tts");
        } else if (!"Tts".equals(r.getTag())) {
            throw new TencentTtsValidationException("Tag", "must be Tts, not '" + r.getTag() + "'");
        }
        JobOperation op = r.getOperation();
        if (op == null) {
            throw new TencentTtsValidationException("Operation", "is required");
        }
        TtsTpl tpl = op.getTtsTpl();
        if (op.getTemplateId() == null && tpl == null) {
            throw new TencentTtsValidationException("templateId", "give a templateId or the voice settings"
                    + " (mode, codec, voiceType, volume, speed)");
        }
        if (tpl != null) {
            checkVoice(tpl.getMode(), tpl.getCodec(), tpl.getVoiceType(), tpl.getEmotion(),
                    op.getTemplateId() != null);
            range("volume", tpl.getVolume(), -10, 10);
            range("speed", tpl.getSpeed(), 50, 200);
        }
        TtsConfig cfg = op.getTtsConfig();
        if (cfg == null) {
            throw new TencentTtsValidationException("TtsConfig", "is required");
        }
        oneOf("inputType", cfg.getInputType(), Set.of("Text", "Url"));
        String input = cfg.getInput();
        if ("Text".equals(cfg.getInputType())) {
            if (input == null || input.isBlank()) {
                throw new TencentTtsValidationException("body", "the text to speak is empty");
            }
            int chars = input.codePointCount(0, input.length());
            if (chars > TEXT_LIMIT) {
                throw new TencentTtsValidationException("body", "the text has " + chars + " characters; Text input"
                        + " allows at most " + TEXT_LIMIT + " (longTextStrategy=upload or split handles longer texts)");
            }
        } else {
            cfg.setInput(objectUrl(input));
        }
        Output out = op.getOutput();
        if (out == null) {
            throw new TencentTtsValidationException("Output", "is required (outputRegion, outputBucket,"
                    + " outputObject)");
        }
        if (out.getRegion() == null || out.getRegion().isBlank()) {
            throw new TencentTtsValidationException("outputRegion", "is required (or set region)");
        }
        checkRegion("outputRegion", out.getRegion());
        checkBucket("outputBucket", out.getBucket());
        if (out.getObject() == null || out.getObject().isBlank()) {
            throw new TencentTtsValidationException("outputObject", "is required");
        }
        checkObjectKey("outputObject", out.getObject(), false);
        String userData = op.getUserData();
        if (userData != null) {
            if (userData.length() > USER_DATA_LIMIT) {
                throw new TencentTtsValidationException("userData", "is " + userData.length() + " characters; at most "
                        + USER_DATA_LIMIT + " are allowed");
            }
            for (int i = 0; i < userData.length(); i++) {
                char ch = userData.charAt(i);
                if (ch < 0x20 || ch > 0x7e) {
                    throw new TencentTtsValidationException("userData", "must be printable ASCII (0x20 to 0x7E);"
                            + " character " + i + " is not");
                }
            }
        }
        range("jobLevel", op.getJobLevel(), 0, 2);
        String callBack = r.getCallBack();
        if (callBack != null && !callBack.equals("no") && !callBack.startsWith("http://")
                && !callBack.startsWith("https://")) {
            throw new TencentTtsValidationException("callBack", "must be an http(s) URL or 'no', got '" + callBack
                    + "'");
        }
        oneOf("callBackFormat", r.getCallBackFormat(), Set.of("XML", "JSON"));
        oneOf("callBackType", r.getCallBackType(), Set.of("Url", "TDMQ"));
        if ("TDMQ".equals(r.getCallBackType())) {
            CallBackMqConfig mq = r.getCallBackMqConfig();
            if (mq == null || mq.getMqRegion() == null || mq.getMqMode() == null || mq.getMqName() == null
                    || mq.getMqName().isBlank()) {
                throw new TencentTtsValidationException("callBackType", "TDMQ needs callBackMqRegion, callBackMqMode"
                        + " and callBackMqName");
            }
            if (!MQ_REGION.matcher(mq.getMqRegion()).matches()) {
                throw new TencentTtsValidationException("callBackMqRegion", "must be a TDMQ region name like gz or"
                        + " sh, got '" + CiException.bounded(mq.getMqRegion(), 40) + "'");
            }
            Vocabulary.noteMqRegion(mq.getMqRegion());
            oneOf("callBackMqMode", mq.getMqMode(), Set.of("Queue", "Topic"));
        }
    }

    // ================================================================== templates, lists, ids

    public static TemplateRequest toTemplateRequest(Exchange exchange, TencentTtsConfiguration c) {
        Message in = exchange.getMessage();
        TemplateRequest r;
        if (c.isPojoRequest()) {
            if (!(in.getBody() instanceof TemplateRequest t)) {
                throw new TencentTtsValidationException("body", "with pojoRequest=true the body must be a "
                        + TemplateRequest.class.getName());
            }
            r = t;
        } else {
            r = new TemplateRequest().withTag("Tts")
                    .withName(str(in, TencentTtsConstants.TEMPLATE_NAME, c.getTemplateName()))
                    .withMode(str(in, TencentTtsConstants.MODE, c.getMode()))
                    .withCodec(str(in, TencentTtsConstants.CODEC, c.getCodec()))
                    .withVoiceType(str(in, TencentTtsConstants.VOICE_TYPE, c.getVoiceType()))
                    .withVolume(asString(integer(in, TencentTtsConstants.VOLUME, c.getVolume())))
                    .withSpeed(asString(integer(in, TencentTtsConstants.SPEED, c.getSpeed())))
                    .withEmotion(str(in, TencentTtsConstants.EMOTION, c.getEmotion()));
        }
        if (r.getName() == null || r.getName().isBlank()) {
            throw new TencentTtsValidationException("templateName", "is required to create or update a template");
        }
        if (r.getName().codePointCount(0, r.getName().length()) > 64) {
            throw new TencentTtsValidationException("templateName", "is " + r.getName().length()
                    + " characters; at most 64 are allowed");
        }
        if (!TEMPLATE_NAME.matcher(r.getName()).matches()) {
            throw new TencentTtsValidationException("templateName", "may hold Chinese characters, letters, digits,"
                    + " _, - and * only, got '" + r.getName() + "'");
        }
        checkVoice(r.getMode(), r.getCodec(), r.getVoiceType(), r.getEmotion(), false);
        range("volume", r.getVolume(), -10, 10);
        range("speed", r.getSpeed(), 50, 200);
        return r;
    }

    public static ListJobsQuery toListJobsQuery(Exchange exchange, TencentTtsConfiguration c) {
        Message in = exchange.getMessage();
        if (c.isPojoRequest() && in.getBody() instanceof ListJobsQuery q) {
            checkSize(q.size(), 100);
            return q;
        }
        Integer size = checkSize(integer(in, TencentTtsConstants.SIZE, c.getSize()), 100);
        String order = str(in, TencentTtsConstants.ORDER_BY_TIME, c.getOrderByTime());
        oneOf("orderByTime", order, Set.of("Desc", "Asc"));
        String states = str(in, TencentTtsConstants.STATES, c.getStates());
        if (states != null) {
            for (String s : states.split(",")) {
                if (!"All".equals(s.trim())) {
                    JobState.parse("states", s.trim());
                }
            }
        }
        return new ListJobsQuery(str(in, TencentTtsConstants.QUEUE_ID, c.getQueueId()), states,
                str(in, TencentTtsConstants.START_CREATION_TIME, c.getStartCreationTime()),
                str(in, TencentTtsConstants.END_CREATION_TIME, c.getEndCreationTime()), order, size,
                str(in, TencentTtsConstants.NEXT_TOKEN, c.getNextToken()));
    }

    public static TemplateQuery toTemplateQuery(Exchange exchange, TencentTtsConfiguration c) {
        Message in = exchange.getMessage();
        if (c.isPojoRequest() && in.getBody() instanceof TemplateQuery q) {
            return q;
        }
        String category = str(in, TencentTtsConstants.TEMPLATE_CATEGORY, c.getTemplateCategory());
        oneOf("templateCategory", category, Set.of("Custom", "Official"));
        return new TemplateQuery(str(in, TencentTtsConstants.TEMPLATE_ID, c.getTemplateId()),
                str(in, TencentTtsConstants.TEMPLATE_NAME, c.getTemplateName()), category,
                positive("pageNumber", integer(in, TencentTtsConstants.PAGE_NUMBER, c.getPageNumber())),
                checkSize(integer(in, TencentTtsConstants.SIZE, c.getSize()), 100));
    }

    public static QueueQuery toQueueQuery(Exchange exchange, TencentTtsConfiguration c) {
        Message in = exchange.getMessage();
        if (c.isPojoRequest() && in.getBody() instanceof QueueQuery q) {
            return q;
        }
        String state = str(in, TencentTtsConstants.QUEUE_STATE, c.getQueueState());
        oneOf("queueState", state, Set.of("Active", "Paused"));
        return new QueueQuery(str(in, TencentTtsConstants.QUEUE_ID, c.getQueueId()), state,
                positive("pageNumber", integer(in, TencentTtsConstants.PAGE_NUMBER, c.getPageNumber())),
                checkSize(integer(in, TencentTtsConstants.SIZE, c.getSize()), 100));
    }

    /** The queue updateQueue changes and the state it is to be in, both required. */
    public record QueueUpdate(String queueId, String state) {
    }

    public static QueueUpdate toQueueUpdate(Exchange exchange, TencentTtsConfiguration c) {
        Message in = exchange.getMessage();
        String id = str(in, TencentTtsConstants.QUEUE_ID, c.getQueueId());
        if (id == null || id.isBlank()) {
            throw new TencentTtsValidationException("queueId", "set the " + TencentTtsConstants.QUEUE_ID
                    + " header or the queueId option (getQueues lists the speech queues)");
        }
        checkPathId("queueId", id);
        String state = str(in, TencentTtsConstants.QUEUE_STATE, c.getQueueState());
        if (state == null) {
            throw new TencentTtsValidationException("queueState", "set the " + TencentTtsConstants.QUEUE_STATE
                    + " header or the queueState option: Active or Paused");
        }
        oneOf("queueState", state, Set.of("Active", "Paused"));
        return new QueueUpdate(id, state);
    }

    public static String jobId(Exchange exchange, TencentTtsConfiguration c) {
        String id = str(exchange.getMessage(), TencentTtsConstants.JOB_ID, c.getJobId());
        if (id == null || id.isBlank()) {
            throw new TencentTtsValidationException("jobId", "set the " + TencentTtsConstants.JOB_ID
                    + " header or the jobId option");
        }
        checkPathId("jobId", id);
        return id;
    }

    public static String templateId(Exchange exchange, TencentTtsConfiguration c) {
        String id = str(exchange.getMessage(), TencentTtsConstants.TEMPLATE_ID, c.getTemplateId());
        if (id == null || id.isBlank()) {
            throw new TencentTtsValidationException("templateId", "set the " + TencentTtsConstants.TEMPLATE_ID
                    + " header or the templateId option");
        }
        checkPathId("templateId", id);
        return id;
    }

    // ================================================================== rules

    /** A region Tencent could have: hosts are only ever made from such names. */
    public static void checkRegion(String field, String region) {
        if (!CiClientConfig.isRegion(region)) {
            throw new TencentTtsValidationException(field, "must be a Tencent Cloud region name like ap-guangzhou,"
                    + " got '" + CiException.bounded(region, 80) + "'");
        }
    }

    public static void checkBucket(String field, String bucket) {
        if (bucket == null || bucket.isBlank()) {
            throw new TencentTtsValidationException(field, "is required, as BucketName-APPID (e.g."
                    + " examplebucket-1250000000)");
        }
        if (!CiClientConfig.isBucket(bucket)) {
            throw new TencentTtsValidationException(field, "must be BucketName-APPID in lower case (e.g."
                    + " examplebucket-1250000000), got '" + bucket + "'");
        }
    }

    /**
     * COS's key rules: any UTF-8 characters, at most 850 bytes, not starting with '/' or '\\', none of the control
     * characters CAN, EM, SUB and ESC. A prefix may be empty; a key may not.
     */
    static void checkObjectKey(String field, String key, boolean prefix) {
        if (key.isEmpty()) {
            if (!prefix) {
                throw new TencentTtsValidationException(field, "is empty");
            }
            return;
        }
        if (key.startsWith("/") || key.startsWith("\\")) {
            throw new TencentTtsValidationException(field, "must not start with '/' or '\\', got '" + key + "'");
        }
        int bytes = key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > KEY_BYTES_LIMIT) {
            throw new TencentTtsValidationException(field, "is " + bytes + " bytes of UTF-8; COS allows at most "
                    + KEY_BYTES_LIMIT);
        }
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch >= 24 && ch <= 27) {
                throw new TencentTtsValidationException(field, "must not contain the control characters CAN, EM,"
                        + " SUB or ESC (character " + i + ")");
            }
        }
    }

    /**
     * A Url input: an http(s) URL naming an object (a host, then a key; the key may hold any characters, see
     * checkObjectKey). Which hosts serve COS objects (a bucket's own host, an accelerated or a custom domain) is the
     * service's to decide.
     */
    private static String objectUrl(String input) {
        String url = input == null ? "" : input.trim();
        java.util.regex.Matcher m = OBJECT_URL.matcher(url);
        if (!m.matches()) {
            throw new TencentTtsValidationException("body", "with inputType=Url the body must be a COS object URL"
                    + " like https://<BucketName-APPID>.cos.<Region>.myqcloud.com/<key>, got '"
                    + CiException.bounded(url, 120) + "'");
        }
        Vocabulary.noteUrl(url, m.group(1));
        return url;
    }

    /**
     * The documented combination rules of the Create TTS Template document, applied to the values it documents:
     * a known mode and codec, no Sync for the voices that only speak Asyc, emotions only for the voices that have
     * several. A voice it does not list goes to the service as it is (see {@link Vocabulary}). With a template the
     * template wins, so a voice sent beside it is not held to the mode.
     */
    private static void checkVoice(String mode, String codec, String voice, String emotion, boolean templateWins) {
        oneOf("mode", mode, MODES);
        oneOf("codec", codec, CODECS);
        String spoken = voice == null ? Vocabulary.DEFAULT_VOICE : voice;
        Vocabulary.Voice known = Vocabulary.voice(spoken);
        if (known == null) {
            return;
        }
        if (!known.speaksSync() && "Sync".equals(mode) && !templateWins) {
            throw new TencentTtsValidationException("voiceType", spoken + " speaks in Asyc mode only, not Sync");
        }
        if (emotion != null && !known.hasEmotions()) {
            throw new TencentTtsValidationException("emotion", "only the voices " + Vocabulary.emotionVoices()
                    + " have emotions, not " + (voice == null ? "ruxue (the default)" : voice));
        }
    }

    /** [A-Za-z0-9_-]{1,128}, without a regex: it runs on every getJob and cancelJob. */
    private static boolean isPathId(String id) {
        if (id.isEmpty() || id.length() > 128) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static void checkPathId(String field, String id) {
        if (!isPathId(id)) {
            throw new TencentTtsValidationException(field, "'" + id + "' is not a valid id");
        }
    }

    private static void oneOf(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new TencentTtsValidationException(field, "must be one of " + List.copyOf(new java.util.TreeSet<>(
                    allowed)) + ", got '" + value + "'");
        }
    }

    private static void range(String field, String value, int min, int max) {
        if (value == null) {
            return;
        }
        int v;
        try {
            v = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TencentTtsValidationException(field, "must be an integer from " + min + " to " + max
                    + ", got '" + value + "'");
        }
        if (v < min || v > max) {
            throw new TencentTtsValidationException(field, "must be from " + min + " to " + max + ", got " + v);
        }
    }

    private static Integer checkSize(Integer size, int max) {
        if (size != null && (size < 1 || size > max)) {
            throw new TencentTtsValidationException("size", "must be from 1 to " + max + ", got " + size);
        }
        return size;
    }

    private static Integer positive(String field, Integer v) {
        if (v != null && v < 1) {
            throw new TencentTtsValidationException(field, "must be 1 or more, got " + v);
        }
        return v;
    }

    // ================================================================== header over option
    // Only input (and link) names are read here: results have names of their own (TencentTtsConstants), so what a
    // header holds is an input whoever wrote it.

    static String str(Message in, String header, String option) {
        Object h = in.getHeader(header);
        if (h != null) {
            String s = h.toString();
            return s.isEmpty() ? null : s;
        }
        return option == null || option.isEmpty() ? null : option;
    }

    static Integer integer(Message in, String header, Integer option) {
        if (in.getHeader(header) != null) {
            Integer v;
            try {
                v = in.getHeader(header, Integer.class);
            } catch (TypeConversionException e) {
                v = null;
            }
            if (v == null) {
                throw new TencentTtsValidationException(header, "must be an integer, got '" + in.getHeader(header)
                        + "'");
            }
            return v;
        }
        return option;
    }

    private static String asString(Integer i) {
        return i == null ? null : i.toString();
    }
}
