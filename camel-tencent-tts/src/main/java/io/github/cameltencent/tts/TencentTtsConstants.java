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

import org.apache.camel.spi.Metadata;

/**
 * Message headers. A header, when present, overrides the endpoint option of the same name, which overrides the
 * component option.
 */
public interface TencentTtsConstants {

    @Metadata(label = "producer", description = "The operation to perform, overriding the endpoint's.",
              javaType = "io.github.cameltencent.tts.TencentTtsOperation")
    String OPERATION = "CamelTencentTtsOperation";

    // ---------------------------------------------------------------- voice
    @Metadata(label = "producer", description = "The id of the TTS template to use; it wins over the voice settings.",
              javaType = "String")
    String TEMPLATE_ID = "CamelTencentTtsTemplateId";
    @Metadata(label = "producer", description = "The template name, for createTemplate and updateTemplate, or the"
                                                + " name prefix to filter getTemplates by.", javaType = "String")
    String TEMPLATE_NAME = "CamelTencentTtsTemplateName";
    @Metadata(label = "producer", description = "Synthesis mode: Sync (short texts) or Asyc (the service's spelling;"
                                                + " Async is accepted).", javaType = "String",
              enums = "Sync,Asyc,Async")
    String MODE = "CamelTencentTtsMode";
    @Metadata(label = "producer", description = "Audio codec of the output.", javaType = "String",
              enums = "wav,mp3,pcm")
    String CODEC = "CamelTencentTtsCodec";
    @Metadata(label = "producer", description = "The voice, e.g. ruxue or aixiaoxing.", javaType = "String")
    String VOICE_TYPE = "CamelTencentTtsVoiceType";
    @Metadata(label = "producer", description = "Volume from -10 to 10.", javaType = "Integer")
    String VOLUME = "CamelTencentTtsVolume";
    @Metadata(label = "producer", description = "Speed from 50 to 200 (100 is normal).", javaType = "Integer")
    String SPEED = "CamelTencentTtsSpeed";
    @Metadata(label = "producer", description = "Emotion, for the voices that have several (e.g. arousal).",
              javaType = "String")
    String EMOTION = "CamelTencentTtsEmotion";

    // ---------------------------------------------------------------- input and output
    @Metadata(label = "producer", description = "How to read the body: Text (the text itself) or Url (a COS object"
                                                + " URL).", javaType = "String", enums = "Text,Url")
    String INPUT_TYPE = "CamelTencentTtsInputType";
    @Metadata(description = "Region of the output bucket (set by the consumer on the way out).", javaType = "String")
    String OUTPUT_REGION = "CamelTencentTtsOutputRegion";
    @Metadata(description = "Output bucket, BucketName-APPID (set by the consumer on the way out).",
              javaType = "String")
    String OUTPUT_BUCKET = "CamelTencentTtsOutputBucket";
    @Metadata(description = "Object key of the output audio. On a submit it chooses the key; on the way out it is"
                            + " the key the job writes.", javaType = "String")
    String OUTPUT_OBJECT = "CamelTencentTtsOutputObject";
    @Metadata(label = "producer", description = "Key prefix for generated output keys, used when no output object"
                                                + " is given.", javaType = "String")
    String OUTPUT_OBJECT_PREFIX = "CamelTencentTtsOutputObjectPrefix";
    @Metadata(description = "Pass-through data for the job: printable ASCII, at most 1024 characters (set by the"
                            + " consumer on the way out).", javaType = "String")
    String USER_DATA = "CamelTencentTtsUserData";
    @Metadata(label = "producer", description = "Job priority 0, 1 or 2 (2 is the most urgent).",
              javaType = "Integer")
    String JOB_LEVEL = "CamelTencentTtsJobLevel";

    // ---------------------------------------------------------------- queue and callbacks
    @Metadata(description = "The speech queue id: where a submitted job goes, the queue filter of listJobs and"
                            + " getQueues, the queue updateQueue changes, and on the way out the queue the job is"
                            + " in.", javaType = "String")
    String QUEUE_ID = "CamelTencentTtsQueueId";
    @Metadata(label = "producer", description = "For updateQueue, the state to put the speech queue in; for"
                                                + " getQueues, the state filter.", javaType = "String",
              enums = "Active,Paused")
    String QUEUE_STATE = "CamelTencentTtsQueueState";
    @Metadata(label = "producer", description = "Callback URL for the finished job, or 'no' to suppress the queue's"
                                                + " callback.", javaType = "String")
    String CALL_BACK = "CamelTencentTtsCallBack";
    @Metadata(label = "producer", description = "Callback body format.", javaType = "String", enums = "XML,JSON")
    String CALL_BACK_FORMAT = "CamelTencentTtsCallBackFormat";
    @Metadata(label = "producer", description = "Callback type: Url or TDMQ.", javaType = "String",
              enums = "Url,TDMQ")
    String CALL_BACK_TYPE = "CamelTencentTtsCallBackType";
    @Metadata(label = "producer", description = "TDMQ region of the callback.", javaType = "String",
              enums = "sh,bj,gz,cd,hk")
    String CALL_BACK_MQ_REGION = "CamelTencentTtsCallBackMqRegion";
    @Metadata(label = "producer", description = "TDMQ mode of the callback.", javaType = "String",
              enums = "Queue,Topic")
    String CALL_BACK_MQ_MODE = "CamelTencentTtsCallBackMqMode";
    @Metadata(label = "producer", description = "TDMQ topic name of the callback.", javaType = "String")
    String CALL_BACK_MQ_NAME = "CamelTencentTtsCallBackMqName";

    // ---------------------------------------------------------------- jobs and lists
    @Metadata(description = "The job id: which job getJob and cancelJob act on, and on the way out the job that was"
                            + " submitted or read.", javaType = "String")
    String JOB_ID = "CamelTencentTtsJobId";
    @Metadata(label = "producer", description = "listJobs filter: comma list of states (Submitted, Running, Success,"
                                                + " Failed, Pause, Cancel, All).", javaType = "String")
    String STATES = "CamelTencentTtsStates";
    @Metadata(label = "producer", description = "listJobs filter: earliest creation time, as"
                                                + " yyyy-MM-dd'T'HH:mm:ssZ with the zone offset of the time, e.g."
                                                + " 2023-11-13T11:00:00-0500; Beijing time has the offset plus"
                                                + " 0800.", javaType = "String")
    String START_CREATION_TIME = "CamelTencentTtsStartCreationTime";
    @Metadata(label = "producer", description = "listJobs filter: latest creation time, in the"
                                                + " format of the earliest.", javaType = "String")
    String END_CREATION_TIME = "CamelTencentTtsEndCreationTime";
    @Metadata(label = "producer", description = "listJobs order by creation time: Desc or Asc.", javaType = "String",
              enums = "Desc,Asc")
    String ORDER_BY_TIME = "CamelTencentTtsOrderByTime";
    @Metadata(label = "producer", description = "Page size of listJobs (1 to 100), getTemplates and getQueues.",
              javaType = "Integer")
    String SIZE = "CamelTencentTtsSize";
    @Metadata(description = "Paging token: on the way in, where listJobs continues; on the way out, where the next"
                            + " page starts (empty on the last page).", javaType = "String")
    String NEXT_TOKEN = "CamelTencentTtsNextToken";
    @Metadata(label = "producer", description = "getTemplates filter: Custom or Official templates.",
              javaType = "String", enums = "Custom,Official")
    String TEMPLATE_CATEGORY = "CamelTencentTtsTemplateCategory";
    @Metadata(label = "producer", description = "Page number (from 1) of getTemplates and getQueues.",
              javaType = "Integer")
    String PAGE_NUMBER = "CamelTencentTtsPageNumber";

    // ---------------------------------------------------------------- results
    @Metadata(description = "State of the job: Submitted, Running, Success, Failed, Pause or Cancel.",
              javaType = "String")
    String JOB_STATE = "CamelTencentTtsJobState";
    @Metadata(description = "The service's request id of the call (x-ci-request-id), for support cases.",
              javaType = "String")
    String REQUEST_ID = "CamelTencentTtsRequestId";
    @Metadata(description = "When the job was created, as the service writes it: yyyy-MM-dd'T'HH:mm:ssZ, the"
                            + " zone offset of Beijing time being plus 0800.", javaType = "String")
    String CREATION_TIME = "CamelTencentTtsCreationTime";
    @Metadata(label = "producer", description = "With longTextStrategy=split: the ids of the jobs, in text order.",
              javaType = "java.util.List<String>")
    String JOB_IDS = "CamelTencentTtsJobIds";
    @Metadata(label = "producer", description = "With longTextStrategy=split: how many jobs the text became.",
              javaType = "Integer")
    String SPLIT_COUNT = "CamelTencentTtsSplitCount";
    @Metadata(label = "consumer", description = "When the job ended.", javaType = "String")
    String END_TIME = "CamelTencentTtsEndTime";
    @Metadata(label = "consumer", description = "The error Code of a Failed job.", javaType = "String")
    String CODE = "CamelTencentTtsCode";
    @Metadata(label = "consumer", description = "The error Message of a Failed job.", javaType = "String")
    String MESSAGE = "CamelTencentTtsMessage";
    @Metadata(label = "consumer", description = "The MD5 (hex) of the output audio, as the job reports it.",
              javaType = "String")
    String MD5 = "CamelTencentTtsMd5";
    @Metadata(label = "consumer", description = "The job, when the body carries the downloaded audio instead.",
              javaType = "io.github.cameltencent.tts.model.JobsDetail")
    String JOBS_DETAIL = "CamelTencentTtsJobsDetail";
}
