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

import java.util.Locale;

import io.github.cameltencent.emulator.audio.EncodedAudio;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * A finished job's MediaInfo and MediaResult in the service's shape: what ffprobe-like facts the service reports
 * about the audio it wrote, and where it wrote it.
 */
final class MediaInfoRenderer {

    private MediaInfoRenderer() {
    }

    static XmlNode mediaInfo(EncodedAudio audio) {
        XmlNode info = XmlNode.of("MediaInfo");
        String duration = String.format(Locale.ROOT, "%.6f", audio.durationSeconds());
        String bitrate = String.format(Locale.ROOT, "%.6f", audio.bitrate() / 1000.0);
        info.addChild("Format").add("NumStream", 1).add("NumProgram", 0).add("FormatName", audio.formatName())
                .add("FormatLongName", audio.formatLongName()).add("StartTime", "0.000000")
                .add("Duration", duration).add("Bitrate", bitrate).add("Size", audio.data().length);
        XmlNode stream = info.addChild("Stream");
        stream.addChild("Audio").add("Index", 0).add("CodecName", audio.codecName())
                .add("CodecLongName", audio.codecLongName()).add("CodecTimeBase", "1/" + audio.sampleRate())
                .add("CodecTagString", "[0][0][0][0]").add("CodecTag", "0x0000").add("SampleFmt", audio.sampleFmt())
                .add("SampleRate", audio.sampleRate()).add("Channel", audio.channels())
                .add("ChannelLayout", "mono").add("Timebase", "1/" + audio.sampleRate())
                .add("StartTime", "0.000000").add("Duration", duration).add("Bitrate", bitrate)
                .addAlways("Language", "");
        stream.addAlways("Video", "");
        stream.addAlways("Subtitle", "");
        return info;
    }

    static XmlNode mediaResult(Job job, String md5) {
        XmlNode result = XmlNode.of("MediaResult");
        XmlNode file = result.addChild("OutputFile");
        file.add("Bucket", job.outputBucket).add("Region", job.outputRegion).add("ObjectName", job.outputObject)
                .addAlways("ObjectPrefix", "");
        file.addChild("Md5Info").add("ObjectName", job.outputObject).add("Md5", md5);
        return result;
    }
}
