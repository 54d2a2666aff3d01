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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The objects a finished job wrote. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class OutputFile {

    private String bucket;
    private String region;
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<String> objectName = new ArrayList<>();
    private String objectPrefix;
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<Md5Info> md5Info = new ArrayList<>();

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public OutputFile withBucket(String bucket) {
        setBucket(bucket);
        return this;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public OutputFile withRegion(String region) {
        setRegion(region);
        return this;
    }

    public List<String> getObjectName() {
        return objectName;
    }

    public void setObjectName(List<String> objectName) {
        this.objectName = objectName == null ? new ArrayList<>() : objectName;
    }

    public OutputFile withObjectName(List<String> objectName) {
        setObjectName(objectName);
        return this;
    }

    public String getObjectPrefix() {
        return objectPrefix;
    }

    public void setObjectPrefix(String objectPrefix) {
        this.objectPrefix = objectPrefix;
    }

    public OutputFile withObjectPrefix(String objectPrefix) {
        setObjectPrefix(objectPrefix);
        return this;
    }

    public List<Md5Info> getMd5Info() {
        return md5Info;
    }

    public void setMd5Info(List<Md5Info> md5Info) {
        this.md5Info = md5Info == null ? new ArrayList<>() : md5Info;
    }

    public OutputFile withMd5Info(List<Md5Info> md5Info) {
        setMd5Info(md5Info);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OutputFile other)) {
            return false;
        }
        return Objects.equals(bucket, other.bucket) && Objects.equals(region, other.region) && Objects.equals(objectName, other.objectName) && Objects.equals(objectPrefix, other.objectPrefix) && Objects.equals(md5Info, other.md5Info);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bucket, region, objectName, objectPrefix, md5Info);
    }

    @Override
    public String toString() {
        return "OutputFile[bucket=" + bucket + ", region=" + region + ", objectName=" + objectName + ", objectPrefix=" + objectPrefix + ", md5Info=" + md5Info + "]";
    }
}
