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
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** The answer of submit, describe and list: zero or more JobsDetail, unknown ids, and the paging token. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JacksonXmlRootElement(localName = "Response")
public class JobResponse {

    @JacksonXmlElementWrapper(useWrapping = false)
    private List<JobsDetail> jobsDetail = new ArrayList<>();
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<String> nonExistJobIds = new ArrayList<>();
    private String nextToken;

    public List<JobsDetail> getJobsDetail() {
        return jobsDetail;
    }

    public void setJobsDetail(List<JobsDetail> jobsDetail) {
        this.jobsDetail = jobsDetail == null ? new ArrayList<>() : jobsDetail;
    }

    public JobResponse withJobsDetail(List<JobsDetail> jobsDetail) {
        setJobsDetail(jobsDetail);
        return this;
    }

    public List<String> getNonExistJobIds() {
        return nonExistJobIds;
    }

    public void setNonExistJobIds(List<String> nonExistJobIds) {
        this.nonExistJobIds = nonExistJobIds == null ? new ArrayList<>() : nonExistJobIds;
    }

    public JobResponse withNonExistJobIds(List<String> nonExistJobIds) {
        setNonExistJobIds(nonExistJobIds);
        return this;
    }

    public String getNextToken() {
        return nextToken;
    }

    public void setNextToken(String nextToken) {
        this.nextToken = nextToken;
    }

    public JobResponse withNextToken(String nextToken) {
        setNextToken(nextToken);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JobResponse other)) {
            return false;
        }
        return Objects.equals(jobsDetail, other.jobsDetail) && Objects.equals(nonExistJobIds, other.nonExistJobIds) && Objects.equals(nextToken, other.nextToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobsDetail, nonExistJobIds, nextToken);
    }

    @Override
    public String toString() {
        return "JobResponse[jobsDetail=" + jobsDetail + ", nonExistJobIds=" + nonExistJobIds + ", nextToken=" + nextToken + "]";
    }
}
