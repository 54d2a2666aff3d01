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
package io.github.cameltencent.tts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.client.CiXml;

/** The model reads the service's documented bodies and writes requests the service reads. */
public class XmlModelTest {

    static final String V1 = "<Request><Tag>Tts</Tag><Operation><TtsTpl><Mode>Sync</Mode><Codec>mp3</Codec>"
            + "<VoiceType>ruxue</VoiceType><Volume>0</Volume><Speed>100</Speed></TtsTpl><TtsConfig><Input>hello world"
            + "</Input><InputType>Text</InputType></TtsConfig><Output><Region>ap-guangzhou</Region><Bucket>"
            + "examplebucket-1250000000</Bucket><Object>tts/hello.mp3</Object></Output></Operation></Request>";

    public static final String SUBMIT_RESPONSE = """
            <Response>
              <JobsDetail>
                <Code>Success</Code>
                <Message/>
                <JobId>j8d9d3f5e36a511ed8a4b5bd6a2a9b3c6</JobId>
                <Tag>Tts</Tag>
                <State>Submitted</State>
                <CreationTime>2022-06-27T15:23:10+0800</CreationTime>
                <StartTime>-</StartTime>
                <EndTime>-</EndTime>
                <QueueId>p2242ab62c7c94486915508540933a2c6</QueueId>
                <QueueType>Speeching</QueueType>
                <Operation>
                  <TtsTpl><Mode>Asyc</Mode><Codec>pcm</Codec><VoiceType>ruxue</VoiceType><Volume>0</Volume>
                    <Speed>100</Speed></TtsTpl>
                  <TemplateId>t1460606b9752148c4ab182f55163ba7cd</TemplateId>
                  <TemplateName>TtsTemplate</TemplateName>
                  <TtsConfig><InputType>Text</InputType><Input>床前明月光，疑是地上霜</Input></TtsConfig>
                  <Output><Region>ap-chongqing</Region><Bucket>test-123456789</Bucket><Object>demo.mp3</Object></Output>
                  <UserData>This is my data.</UserData>
                  <JobLevel>0</JobLevel>
                  <SomethingNew>ignored</SomethingNew>
                </Operation>
              </JobsDetail>
            </Response>""";

    public static final String CALLBACK = """
            <Response>
              <EventName>TaskFinish</EventName>
              <JobsDetail>
                <Code>Success</Code><Message/><JobId>jabcdef</JobId><State>Success</State><Tag>Tts</Tag>
                <CreationTime>2022-12-16T10:55:11+0800</CreationTime><StartTime>2022-12-16T10:55:11+0800</StartTime>
                <EndTime>2022-12-16T10:55:14+0800</EndTime><QueueId>pabc</QueueId>
                <Operation>
                  <MediaInfo><Format/><Stream><Audio><CodecName>mp3</CodecName><SampleRate>16000</SampleRate></Audio>
                    <Subtitle/><Video/></Stream></MediaInfo>
                  <MediaResult><OutputFile><Bucket>b-1250000000</Bucket><Region>ap-chongqing</Region>
                    <ObjectName>/output/x.mp3</ObjectName><ObjectPrefix/>
                    <Md5Info><ObjectName>/output/x.mp3</ObjectName><Md5>ab12</Md5></Md5Info>
                  </OutputFile></MediaResult>
                  <Output><Bucket>b-1250000000</Bucket><Object>output/x.mp3</Object><Region>ap-chongqing</Region></Output>
                  <TtsConfig><Input>https://b-1250000000.cos.ap-chongqing.myqcloud.com/in.txt</Input>
                    <InputType>Url</InputType></TtsConfig>
                  <TtsTpl><Codec>mp3</Codec><Mode>Async</Mode><Speed>100</Speed><VoiceType>ruxue</VoiceType>
                    <Volume>0</Volume></TtsTpl>
                </Operation>
              </JobsDetail>
            </Response>""";

    @Test
    void readsAndWritesTheV1Request() throws Exception {
        JobRequest r = CiXml.read(V1.getBytes(StandardCharsets.UTF_8), JobRequest.class);
        assertThat(r.getTag()).isEqualTo("Tts");
        assertThat(r.getOperation().getTtsTpl().getVoiceType()).isEqualTo("ruxue");
        assertThat(r.getOperation().getOutput().getObject()).isEqualTo("tts/hello.mp3");
        String written = new String(CiXml.write(r), StandardCharsets.UTF_8);
        assertThat(written).startsWith("<Request><Tag>Tts</Tag>").contains("<Operation>")
                .contains("<TtsTpl><Mode>Sync</Mode><Codec>mp3</Codec>").contains("<Input>hello world</Input>")
                .doesNotContain("QueueId").doesNotContain("CallBack");
        assertThat(CiXml.read(CiXml.write(r), JobRequest.class)).isEqualTo(r);
    }

    @Test
    void readsTheSubmitAnswerWithDashTimesAndUnknownElements() throws Exception {
        JobResponse r = CiXml.read(SUBMIT_RESPONSE.getBytes(StandardCharsets.UTF_8), JobResponse.class);
        JobsDetail d = r.getJobsDetail().get(0);
        assertThat(d.getState()).isEqualTo("Submitted");
        assertThat(d.getStartTime()).isEqualTo("-");
        assertThat(d.getOperation().getTemplateName()).isEqualTo("TtsTemplate");
        assertThat(d.getOperation().getTtsConfig().getInput()).isEqualTo("床前明月光，疑是地上霜");
        assertThat(d.getOperation().getUserData()).isEqualTo("This is my data.");
        assertThat(d.getOperation().getTtsTpl().getMode()).isEqualTo("Asyc");
    }

    @Test
    void readsTheCallbackWithBothModeSpellingsAndASingleMd5Info() throws Exception {
        JobResponse r = CiXml.read(CALLBACK.getBytes(StandardCharsets.UTF_8), JobResponse.class);
        JobsDetail d = r.getJobsDetail().get(0);
        assertThat(d.getOperation().getTtsTpl().getMode()).isEqualTo("Async");
        OutputFile f = d.getOperation().getMediaResult().getOutputFile();
        assertThat(f.getObjectName()).containsExactly("/output/x.mp3");
        assertThat(f.getMd5Info()).hasSize(1);
        assertThat(f.getMd5Info().get(0).getMd5()).isEqualTo("ab12");
        assertThat(d.getOperation().getMediaInfo().getStream().getAudio().get(0).getSampleRate()).isEqualTo("16000");
    }

    @Test
    void readsListsTemplatesQueuesAndErrors() throws Exception {
        JobResponse list = CiXml.read(("<Response><JobsDetail><JobId>j1</JobId></JobsDetail><JobsDetail><JobId>j2"
                + "</JobId></JobsDetail><NextToken>abc</NextToken></Response>").getBytes(), JobResponse.class);
        assertThat(list.getJobsDetail()).extracting(JobsDetail::getJobId).containsExactly("j1", "j2");
        assertThat(list.getNextToken()).isEqualTo("abc");
        JobResponse missing = CiXml.read("<Response><NonExistJobIds>jx</NonExistJobIds></Response>".getBytes(),
                JobResponse.class);
        assertThat(missing.getNonExistJobIds()).containsExactly("jx");
        TemplateResponse t = CiXml.read(("<Response><Template><Tag>Tts</Tag><TemplateId>t1x</TemplateId><Name>n"
                + "</Name><TtsTpl><Mode>Sync</Mode></TtsTpl></Template></Response>").getBytes(),
                TemplateResponse.class);
        assertThat(t.getTemplate().getTtsTpl().getMode()).isEqualTo("Sync");
        QueueListResponse q = CiXml.read(("<Response><RequestId>r</RequestId><TotalCount>1</TotalCount><QueueList>"
                + "<QueueId>p1</QueueId><State>Active</State><NotifyConfig><Url/><State>Off</State></NotifyConfig>"
                + "</QueueList><NonExistPIDs><QueueID>p9</QueueID></NonExistPIDs></Response>").getBytes(),
                QueueListResponse.class);
        assertThat(q.getQueueList().get(0).getQueueId()).isEqualTo("p1");
        assertThat(q.getNonExistPIDs().getQueueID()).containsExactly("p9");
        CiError e = CiXml.read(("<?xml version='1.0' encoding='utf-8' ?><Error><Code>InvalidArgument</Code>"
                + "<Message>bad</Message><RequestId>r</RequestId><TraceId>t</TraceId></Error>").getBytes(),
                CiError.class);
        assertThat(e.getCode()).isEqualTo("InvalidArgument");
    }
}
