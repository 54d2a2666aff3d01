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
package io.github.cameltencent.emulator.audio;

/** An encoded audio file and the facts MediaInfo reports about it. */
public record EncodedAudio(byte[] data, String codec, String formatName, String formatLongName, String codecName,
                           String codecLongName, String sampleFmt, int sampleRate, int channels, double durationSeconds,
                           long bitrate, String contentType) {
}
