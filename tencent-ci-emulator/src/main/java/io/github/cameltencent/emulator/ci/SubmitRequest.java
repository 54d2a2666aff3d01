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
package io.github.cameltencent.emulator.ci;

import java.time.Instant;
import java.util.Set;
import java.util.function.LongSupplier;

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * A submit body read and checked field by field as the service documents it, before any job exists: one reason to
 * change, the request's rules. Each refusal names the field and the limit.
 */
record SubmitRequest(String templateId, String templateName, TtsTpl tpl, boolean inlineTpl, String inputType,
                     String input, String outputRegion, String outputBucket, String outputObject, String userData,
                     int jobLevel, CiQueue queue, String callBack, String callBackFormat, String callBackType,
                     XmlNode callBackMqConfig) {

    static final int TEXT_LIMIT = 300;
    static final int USER_DATA_LIMIT = 1024;

    private static final java.util.regex.Pattern BUCKET = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*-\\d+");

    static SubmitRequest parse(String bucket, XmlNode request, Templates templates, Queues queues,
                               UrlInput urlInput) {
        if (!"Request".equals(request.name())) {
            throw ServiceError.invalidContent("the root element must be Request");
        }
        String tag = request.get("Tag");
        if (!"Tts".equals(tag)) {
            throw ServiceError.invalidArgument("Tag must be Tts (the emulator only runs TTS jobs), got '" + tag + "'");
        }
        XmlNode op = request.child("Operation");
        if (op == null) {
            throw ServiceError.invalidArgument("Operation is required");
        }
        String templateId = TtsTpl.blankToNull(op.get("TemplateId"));
        TtsTpl tpl;
        String templateName = null;
        if (templateId != null) {
            // TemplateId wins over an inline TtsTpl, as the service documents
            Template t = templates.find(bucket, templateId);
            if (t == null) {
                throw ServiceError.invalidArgument("TemplateId '" + templateId + "' does not exist");
            }
            tpl = t.tpl();
            templateName = t.name();
        } else if (op.child("TtsTpl") != null) {
            tpl = TtsTpl.parse(op.child("TtsTpl"), "TtsTpl", templates.voices());
        } else {
            throw ServiceError.invalidArgument("Operation needs a TemplateId or a TtsTpl");
        }
        XmlNode cfg = op.child("TtsConfig");
        if (cfg == null) {
            throw ServiceError.invalidArgument("TtsConfig is required");
        }
        String inputType = cfg.get("InputType");
        String input = cfg.child("Input") == null ? null : cfg.child("Input").text();
        if (input == null || input.isEmpty()) {
            throw ServiceError.invalidArgument("TtsConfig.Input is required");
        }
        if ("Text".equals(inputType)) {
            int chars = input.codePointCount(0, input.length());
            if (chars > TEXT_LIMIT) {
                throw ServiceError.invalidArgument("TtsConfig.Input has " + chars + " characters; Text input allows "
                        + TEXT_LIMIT);
            }
        } else if ("Url".equals(inputType)) {
            urlInput.read(input.trim(), tpl.isSync());
        } else {
            throw ServiceError.invalidArgument("TtsConfig.InputType must be Text or Url, got '" + inputType + "'");
        }
        XmlNode out = op.child("Output");
        if (out == null) {
            throw ServiceError.invalidArgument("Output is required");
        }
        String outRegion = TtsTpl.blankToNull(out.get("Region"));
        String outBucket = TtsTpl.blankToNull(out.get("Bucket"));
        String outObject = TtsTpl.blankToNull(out.get("Object"));
        if (outRegion == null || outBucket == null || outObject == null) {
            throw ServiceError.invalidArgument("Output needs Region, Bucket and Object");
        }
        if (!BUCKET.matcher(outBucket).matches()) {
            throw ServiceError.invalidArgument("Output.Bucket must be BucketName-APPID, got '" + outBucket + "'");
        }
        String userData = userData(op.child("UserData") == null ? null : op.child("UserData").text());
        int jobLevel = jobLevel(TtsTpl.blankToNull(op.get("JobLevel")));
        CiQueue queue = queue(bucket, TtsTpl.blankToNull(request.get("QueueId")), queues);
        String callBack = TtsTpl.blankToNull(request.get("CallBack"));
        if (callBack != null && !callBack.equals("no") && !callBack.startsWith("http://")
                && !callBack.startsWith("https://")) {
            throw ServiceError.invalidArgument("CallBack must be an http(s) URL or 'no'");
        }
        String callBackFormat = TtsTpl.blankToNull(request.get("CallBackFormat"));
        if (callBackFormat != null && !callBackFormat.equals("XML") && !callBackFormat.equals("JSON")) {
            throw ServiceError.invalidArgument("CallBackFormat must be XML or JSON, got '" + callBackFormat + "'");
        }
        String callBackType = TtsTpl.blankToNull(request.get("CallBackType"));
        XmlNode mq = request.child("CallBackMqConfig");
        checkCallBackType(callBackType, mq);
        return new SubmitRequest(templateId, templateName, tpl, op.child("TtsTpl") != null, inputType, input,
                outRegion, outBucket, outObject, userData, jobLevel, queue, callBack, callBackFormat, callBackType,
                mq == null ? null : mq.copy());
    }

    /** The job this request makes, with its place in submission order. */
    Job toJob(String jobId, String bucket, String region, long seq, Instant created, LongSupplier clock) {
        return new Job(jobId, bucket, region, seq, created, queue.queueId, jobLevel, templateId, templateName, tpl,
                inlineTpl, inputType, input, outputRegion, outputBucket, outputObject, userData, callBack,
                callBackFormat, callBackType, callBackMqConfig, clock);
    }

    private static String userData(String userData) {
        if (userData == null || userData.isEmpty()) {
            return null;
        }
        if (userData.length() > USER_DATA_LIMIT) {
            throw ServiceError.invalidArgument("UserData is " + userData.length() + " characters; the limit is "
                    + USER_DATA_LIMIT);
        }
        for (int i = 0; i < userData.length(); i++) {
            char c = userData.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw ServiceError.invalidArgument("UserData must be printable ASCII");
            }
        }
        return userData;
    }

    private static int jobLevel(String level) {
        if (level == null) {
            return 0;
        }
        if (!level.equals("0") && !level.equals("1") && !level.equals("2")) {
            throw ServiceError.invalidArgument("JobLevel must be 0, 1 or 2, got '" + level + "'");
        }
        return Integer.parseInt(level);
    }

    private static CiQueue queue(String bucket, String queueId, Queues queues) {
        CiQueue queue = queueId == null ? queues.speechQueue(bucket) : queues.byId(queueId);
        if (queue == null || !queue.bucket.equals(bucket)) {
            throw ServiceError.invalidArgument("QueueId '" + queueId + "' does not exist");
        }
        if (queue.family != CiQueue.Family.SPEECH) {
            // TTS is a Smart Audio feature: its jobs run in the speech queues (/asrqueue), never in /queue
            throw ServiceError.invalidArgument("QueueId '" + queueId + "' is a media-processing queue; TTS jobs run "
                    + "in the bucket's speech queue (GET /asrqueue)");
        }
        return queue;
    }

    private static void checkCallBackType(String callBackType, XmlNode mq) {
        if (callBackType != null && !callBackType.equals("Url") && !callBackType.equals("TDMQ")) {
            throw ServiceError.invalidArgument("CallBackType must be Url or TDMQ, got '" + callBackType + "'");
        }
        if (!"TDMQ".equals(callBackType)) {
            return;
        }
        if (mq == null) {
            throw ServiceError.invalidArgument("CallBackMqConfig is required when CallBackType is TDMQ");
        }
        String mqRegion = mq.get("MqRegion");
        String mqMode = mq.get("MqMode");
        if (mqRegion == null || !Set.of("sh", "bj", "gz", "cd", "hk").contains(mqRegion)) {
            throw ServiceError.invalidArgument("CallBackMqConfig.MqRegion must be sh, bj, gz, cd or hk");
        }
        // MqMode defaults to Queue (structure doc), so only a present value is checked
        if (mqMode != null && !mqMode.isEmpty() && !(mqMode.equals("Queue") || mqMode.equals("Topic"))) {
            throw ServiceError.invalidArgument("CallBackMqConfig.MqMode must be Queue or Topic");
        }
        if (TtsTpl.blankToNull(mq.get("MqName")) == null) {
            throw ServiceError.invalidArgument("CallBackMqConfig.MqName is required");
        }
    }
}
