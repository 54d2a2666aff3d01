package io.github.cameltencent.emulator.audio;

/** An encoded audio file and the facts MediaInfo reports about it. */
public record EncodedAudio(byte[] data, String codec, String formatName, String formatLongName, String codecName,
                           String codecLongName, String sampleFmt, int sampleRate, int channels, double durationSeconds,
                           long bitrate, String contentType) {
}
