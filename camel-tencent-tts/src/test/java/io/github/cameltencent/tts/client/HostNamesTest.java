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
package io.github.cameltencent.tts.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hosts are made only from names of Tencent's shapes; the hand-written checks agree with the documented patterns. */
class HostNamesTest {

    @Test
    void regionsAndBucketsOfTencentsShapesPassAndNothingElseDoes() {
        List<String> regions = List.of("ap-guangzhou", "ap-beijing-1", "ap-shanghai-fsi", "na-siliconvalley",
                "eu-frankfurt", "ap-hongkong", "sa-saopaulo");
        List<String> notRegions = List.of("evil.example/x?", "ap", "ap-", "-ap-guangzhou", "AP-GUANGZHOU",
                "ap-guangzhou.evil.com", "ap-guang zhou", "ap-1", "ap-guangzhou-1234", "", "ap-guangzhou#");
        for (String r : regions) {
            assertThat(CiClientConfig.isRegion(r)).as(r).isTrue();
            assertThat(CiClientConfig.REGION.matcher(r).matches()).as(r).isTrue();
        }
        for (String r : notRegions) {
            assertThat(CiClientConfig.isRegion(r)).as(r).isFalse();
            assertThat(CiClientConfig.REGION.matcher(r).matches()).as(r).isFalse();
        }
        List<String> buckets = List.of("examplebucket-1250000000", "a-1", "my-bucket-2-1250000000", "b1-9");
        List<String> notBuckets = List.of("examplebucket", "MyBucket-1250000000", "-1250000000", "bucket-",
                "bucket-12a", "evil.example-125", "bucket--125", "x".repeat(51) + "-1", "bucket-1/../x");
        for (String b : buckets) {
            assertThat(CiClientConfig.isBucket(b)).as(b).isTrue();
            assertThat(CiClientConfig.BUCKET.matcher(b).matches()).as(b).isTrue();
        }
        for (String b : notBuckets) {
            assertThat(CiClientConfig.isBucket(b)).as(b).isFalse();
            assertThat(CiClientConfig.BUCKET.matcher(b).matches()).as(b).isFalse();
        }
    }
}
