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

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's vocabulary as its documents give it today (voices, which of them speak in Sync mode and which
 * have several emotions, TDMQ regions, the COS URL a Url input names): data to apply the documented combination
 * rules to, not a closed list. A value it does not know goes to the service, which decides; it is logged at debug
 * so a refusal that follows can be traced to it. A value it knows is held to the documented rules before any I/O.
 */
final class Vocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(Vocabulary.class);

    /** What the Create TTS Template document says of a voice. */
    record Voice(boolean speaksSync, boolean hasEmotions) {
    }

    /** The service's default voice, which the rules apply to when none is given. */
    static final String DEFAULT_VOICE = "ruxue";

    private static final Map<String, Voice> VOICES = Map.ofEntries(
            Map.entry("ruxue", new Voice(true, false)), Map.entry("aixiaonan", new Voice(false, false)),
            Map.entry("aixiaoxing", new Voice(true, true)), Map.entry("aixiaocheng", new Voice(true, true)),
            Map.entry("aixiaoxue", new Voice(true, true)), Map.entry("aixiaolu", new Voice(true, true)),
            Map.entry("aixiaodong", new Voice(true, false)), Map.entry("aixiaoliao", new Voice(false, false)),
            Map.entry("aixiaoqian", new Voice(true, false)), Map.entry("aixiaoyang", new Voice(true, false)),
            Map.entry("alice", new Voice(true, false)));

    private static final Set<String> MQ_REGIONS = Set.of("sh", "bj", "gz", "cd", "hk");

    /** A bucket's own COS host, https://BucketName-APPID.cos.Region.myqcloud.com/key, as the documents show it. */
    private static final Pattern COS_URL = Pattern.compile(
            "https?://[a-z0-9][a-z0-9-]*-\\d+\\.cos\\.[a-z0-9-]+\\.myqcloud\\.com/(.+)");

    private Vocabulary() {
    }

    /** The documented facts of a voice, or null for one the documents do not list (logged at debug). */
    static Voice voice(String name) {
        Voice v = VOICES.get(name);
        if (v == null) {
            LOG.debug("voiceType '{}' is not among the documented voices {}; the service decides", name,
                    new TreeSet<>(VOICES.keySet()));
        }
        return v;
    }

    /** The voices the documents list with several emotions, for an error message. */
    static Set<String> emotionVoices() {
        return VOICES.entrySet().stream().filter(e -> e.getValue().hasEmotions()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static void noteMqRegion(String region) {
        if (!MQ_REGIONS.contains(region)) {
            LOG.debug("callBackMqRegion '{}' is not among the documented TDMQ regions {}; the service decides",
                    region, new TreeSet<>(MQ_REGIONS));
        }
    }

    /** The host only: a presigned URL's query carries a signature and user info a password, kept out of logs. */
    static void noteUrl(String url, String authority) {
        if (!COS_URL.matcher(url).matches()) {
            LOG.debug("the Url input's host {} is not a bucket's COS host; the service decides",
                    authority.substring(authority.lastIndexOf('@') + 1));
        }
    }
}
