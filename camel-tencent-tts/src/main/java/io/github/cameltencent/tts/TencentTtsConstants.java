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
 * Message headers, each one kind by its name (the first word of its label): an <em>input</em> the producer reads
 * (when present it overrides the endpoint option of the same name, which overrides the component option), a
 * <em>result</em> the component writes and never reads, or a <em>link</em>, written as a result and read as an
 * input on purpose, so the next call acts on what the last one made.
 */
public interface TencentTtsConstants {

    @Metadata(label = "input,producer", description = "The operation to perform, overriding the endpoint's.",
              javaType = "io.github.cameltencent.tts.TencentTtsOperation")
    String OPERATION = "CamelTencentTtsOperation";

    // ---------------------------------------------------------------- voice
    @Metadata(label = "link,producer", description = "The id of the TTS template: the one a submit uses (it wins over"
                                                     + " the voice settings), the one updateTemplate, deleteTemplate"
                                                     + " and getTemplates act on. A link: createTemplate and"
                                                     + " updateTemplate write it, so the next call uses the template"
                                                     + " just made.",
              javaType = "String")
    String TEMPLATE_ID = "CamelTencentTtsTemplateId";
    @Metadata(label = "input,producer", description = "The template name, for createTemplate and updateTemplate, or the"
                                                      + " name prefix to filter getTemplates by.", javaType = "String")
    String TEMPLATE_NAME = "CamelTencentTtsTemplateName";
    @Metadata(label = "input,producer", description = "Synthesis mode: Sync (short texts) or Asyc (the service's"
                                                      + " spelling; Async is accepted).",
              javaType = "String", enums = "Sync,Asyc,Async")
    String MODE = "CamelTencentTtsMode";
    @Metadata(label = "input,producer", description = "Audio codec of the output.",
              javaType = "String", enums = "wav,mp3,pcm")
    String CODEC = "CamelTencentTtsCodec";
    @Metadata(label = "input,producer", description = "The voice, e.g. ruxue or aixiaoxing; one the documents do not"
                                                      + " list is sent as given.", javaType = "String")
    String VOICE_TYPE = "CamelTencentTtsVoiceType";
    @Metadata(label = "input,producer", description = "Volume from -10 to 10.", javaType = "Integer")
    String VOLUME = "CamelTencentTtsVolume";
    @Metadata(label = "input,producer", description = "Speed from 50 to 200 (100 is normal).", javaType = "Integer")
    String SPEED = "CamelTencentTtsSpeed";
    @Metadata(label = "input,producer", description = "Emotion, for the voices that have several (e.g. arousal).",
              javaType = "String")
    String EMOTION = "CamelTencentTtsEmotion";

    // ---------------------------------------------------------------- input and output
    @Metadata(label = "input,producer", description = "How to read the body: Text (the text itself) or Url (a COS"
                                                      + " object URL).", javaType = "String", enums = "Text,Url")
    String INPUT_TYPE = "CamelTencentTtsInputType";
    @Metadata(label = "input,producer", description = "Region of the output bucket of a submitted job.",
              javaType = "String")
    String OUTPUT_REGION = "CamelTencentTtsOutputRegion";
    @Metadata(label = "input,producer", description = "Output bucket of a submitted job, BucketName-APPID.",
              javaType = "String")
    String OUTPUT_BUCKET = "CamelTencentTtsOutputBucket";
    @Metadata(label = "input,producer", description = "Object key a submitted job writes its audio to; without it each"
                                                      + " job gets a unique generated key.", javaType = "String")
    String OUTPUT_OBJECT = "CamelTencentTtsOutputObject";
    @Metadata(label = "input,producer", description = "Key prefix for generated output keys, used when no output object"
                                                      + " is given.", javaType = "String")
    String OUTPUT_OBJECT_PREFIX = "CamelTencentTtsOutputObjectPrefix";
    @Metadata(label = "input,producer", description = "Pass-through data for a submitted job: printable ASCII, at most"
                                                      + " 1024 characters.", javaType = "String")
    String USER_DATA = "CamelTencentTtsUserData";
    @Metadata(label = "input,producer", description = "Job priority 0, 1 or 2 (2 is the most urgent).",
              javaType = "Integer")
    String JOB_LEVEL = "CamelTencentTtsJobLevel";

    // ---------------------------------------------------------------- queue and callbacks
    @Metadata(label = "input,producer", description = "The speech queue id: where a submitted job goes, the queue"
                                                      + " filter of listJobs and getQueues, the queue updateQueue"
                                                      + " changes.", javaType = "String")
    String QUEUE_ID = "CamelTencentTtsQueueId";
    @Metadata(label = "input,producer", description = "For updateQueue, the state to put the speech queue in; for"
                                                      + " getQueues, the state filter.",
              javaType = "String", enums = "Active,Paused")
    String QUEUE_STATE = "CamelTencentTtsQueueState";
    @Metadata(label = "input,producer", description = "Callback URL for the finished job, or 'no' to suppress the"
                                                      + " queue's callback.", javaType = "String")
    String CALL_BACK = "CamelTencentTtsCallBack";
    @Metadata(label = "input,producer", description = "Callback body format.", javaType = "String", enums = "XML,JSON")
    String CALL_BACK_FORMAT = "CamelTencentTtsCallBackFormat";
    @Metadata(label = "input,producer", description = "Callback type: Url or TDMQ.",
              javaType = "String", enums = "Url,TDMQ")
    String CALL_BACK_TYPE = "CamelTencentTtsCallBackType";
    @Metadata(label = "input,producer", description = "TDMQ region of the callback (the values listed are the"
                                                      + " documented ones; another is sent as given).",
              javaType = "String", enums = "sh,bj,gz,cd,hk")
    String CALL_BACK_MQ_REGION = "CamelTencentTtsCallBackMqRegion";
    @Metadata(label = "input,producer", description = "TDMQ mode of the callback.",
              javaType = "String", enums = "Queue,Topic")
    String CALL_BACK_MQ_MODE = "CamelTencentTtsCallBackMqMode";
    @Metadata(label = "input,producer", description = "TDMQ topic name of the callback.", javaType = "String")
    String CALL_BACK_MQ_NAME = "CamelTencentTtsCallBackMqName";

    // ---------------------------------------------------------------- jobs and lists
    @Metadata(label = "link,common", description = "The job id. A link: written by submit, getJob, cancelJob and the"
                                                   + " consumers, and read by getJob and cancelJob, so they act on the"
                                                   + " job just submitted or received.", javaType = "String")
    String JOB_ID = "CamelTencentTtsJobId";
    @Metadata(label = "input,producer", description = "listJobs filter: comma list of states (Submitted, Running,"
                                                      + " Success, Failed, Pause, Cancel, All).", javaType = "String")
    String STATES = "CamelTencentTtsStates";
    @Metadata(label = "input,producer", description = "listJobs filter: earliest creation time, as"
                                                      + " yyyy-MM-dd'T'HH:mm:ssZ with the zone offset of the time, e.g."
                                                      + " 2023-11-13T11:00:00-0500; Beijing time has the offset plus"
                                                      + " 0800.", javaType = "String")
    String START_CREATION_TIME = "CamelTencentTtsStartCreationTime";
    @Metadata(label = "input,producer", description = "listJobs filter: latest creation time, in the format of the"
                                                      + " earliest.", javaType = "String")
    String END_CREATION_TIME = "CamelTencentTtsEndCreationTime";
    @Metadata(label = "input,producer", description = "listJobs order by creation time: Desc or Asc.",
              javaType = "String", enums = "Desc,Asc")
    String ORDER_BY_TIME = "CamelTencentTtsOrderByTime";
    @Metadata(label = "input,producer", description = "Page size of listJobs (1 to 100), getTemplates and getQueues.",
              javaType = "Integer")
    String SIZE = "CamelTencentTtsSize";
    @Metadata(label = "input,producer", description = "Where listJobs continues: the token a previous listJobs wrote in"
                                                      + " CamelTencentTtsResultNextToken.", javaType = "String")
    String NEXT_TOKEN = "CamelTencentTtsNextToken";
    @Metadata(label = "input,producer", description = "getTemplates filter: Custom or Official templates.",
              javaType = "String", enums = "Custom,Official")
    String TEMPLATE_CATEGORY = "CamelTencentTtsTemplateCategory";
    @Metadata(label = "input,producer", description = "Page number (from 1) of getTemplates and getQueues.",
              javaType = "Integer")
    String PAGE_NUMBER = "CamelTencentTtsPageNumber";

    // ---------------------------------------------------------------- results
    // Written by the component, never read: a result whose subject is also an input has a name of its own
    // (Job... for the facts of a job, Result... for the answer of a call), so a later call on the same message
    // never mistakes it for an input.
    @Metadata(label = "result,common", description = "State of the job: Submitted, Running, Success, Failed, Pause or"
                                                     + " Cancel.", javaType = "String")
    String JOB_STATE = "CamelTencentTtsJobState";
    @Metadata(label = "result,common", description = "The speech queue the job is in.", javaType = "String")
    String JOB_QUEUE_ID = "CamelTencentTtsJobQueueId";
    @Metadata(label = "result,common", description = "Region of the bucket the job writes its audio to.",
              javaType = "String")
    String JOB_OUTPUT_REGION = "CamelTencentTtsJobOutputRegion";
    @Metadata(label = "result,common", description = "Bucket the job writes its audio to, BucketName-APPID.",
              javaType = "String")
    String JOB_OUTPUT_BUCKET = "CamelTencentTtsJobOutputBucket";
    @Metadata(label = "result,common", description = "Object key the job writes its audio to (not set for the pieces of"
                                                     + " a split text, which have keys of their own).",
              javaType = "String")
    String JOB_OUTPUT_OBJECT = "CamelTencentTtsJobOutputObject";
    @Metadata(label = "result,common", description = "The job's pass-through data.", javaType = "String")
    String JOB_USER_DATA = "CamelTencentTtsJobUserData";
    @Metadata(label = "result,producer", description = "The service's request id of the call (x-ci-request-id), for"
                                                       + " support cases.", javaType = "String")
    String REQUEST_ID = "CamelTencentTtsRequestId";
    @Metadata(label = "result,common", description = "When the job was created, as the service writes it:"
                                                     + " yyyy-MM-dd'T'HH:mm:ssZ, the zone offset of Beijing time being"
                                                     + " plus 0800.", javaType = "String")
    String CREATION_TIME = "CamelTencentTtsCreationTime";
    @Metadata(label = "result,producer", description = "Where the next page of listJobs starts (empty on the last"
                                                       + " page): copy it into CamelTencentTtsNextToken to page on.",
              javaType = "String")
    String RESULT_NEXT_TOKEN = "CamelTencentTtsResultNextToken";
    @Metadata(label = "result,producer", description = "The name of the template createTemplate or updateTemplate"
                                                       + " wrote.", javaType = "String")
    String RESULT_TEMPLATE_NAME = "CamelTencentTtsResultTemplateName";
    @Metadata(label = "result,producer", description = "The state updateQueue left the speech queue in.",
              javaType = "String")
    String RESULT_QUEUE_STATE = "CamelTencentTtsResultQueueState";
    @Metadata(label = "result,producer", description = "With longTextStrategy=split: the ids of the jobs, in text"
                                                       + " order.", javaType = "java.util.List<String>")
    String JOB_IDS = "CamelTencentTtsJobIds";
    @Metadata(label = "result,producer", description = "With longTextStrategy=split: how many jobs the text became.",
              javaType = "Integer")
    String SPLIT_COUNT = "CamelTencentTtsSplitCount";
    @Metadata(label = "result,common", description = "When the job ended.", javaType = "String")
    String END_TIME = "CamelTencentTtsEndTime";
    @Metadata(label = "result,common", description = "The error Code of a Failed job.", javaType = "String")
    String CODE = "CamelTencentTtsCode";
    @Metadata(label = "result,common", description = "The error Message of a Failed job.", javaType = "String")
    String MESSAGE = "CamelTencentTtsMessage";
    @Metadata(label = "result,common", description = "The MD5 (hex) of the output audio, as the job reports it.",
              javaType = "String")
    String MD5 = "CamelTencentTtsMd5";
    @Metadata(label = "result,common", description = "The job, when the body carries the downloaded audio instead.",
              javaType = "io.github.cameltencent.tts.model.JobsDetail")
    String JOBS_DETAIL = "CamelTencentTtsJobsDetail";
}
