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

/** The answer of describe queues. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JacksonXmlRootElement(localName = "Response")
public class QueueListResponse {

    private String requestId;
    private String totalCount;
    private String pageNumber;
    private String pageSize;
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<MediaQueue> queueList = new ArrayList<>();
    private NonExistPids nonExistPIDs;

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public QueueListResponse withRequestId(String requestId) {
        setRequestId(requestId);
        return this;
    }

    public String getTotalCount() {
        return totalCount;
    }

    public void setTotalCount(String totalCount) {
        this.totalCount = totalCount;
    }

    public QueueListResponse withTotalCount(String totalCount) {
        setTotalCount(totalCount);
        return this;
    }

    public String getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(String pageNumber) {
        this.pageNumber = pageNumber;
    }

    public QueueListResponse withPageNumber(String pageNumber) {
        setPageNumber(pageNumber);
        return this;
    }

    public String getPageSize() {
        return pageSize;
    }

    public void setPageSize(String pageSize) {
        this.pageSize = pageSize;
    }

    public QueueListResponse withPageSize(String pageSize) {
        setPageSize(pageSize);
        return this;
    }

    public List<MediaQueue> getQueueList() {
        return queueList;
    }

    public void setQueueList(List<MediaQueue> queueList) {
        this.queueList = queueList == null ? new ArrayList<>() : queueList;
    }

    public QueueListResponse withQueueList(List<MediaQueue> queueList) {
        setQueueList(queueList);
        return this;
    }

    public NonExistPids getNonExistPIDs() {
        return nonExistPIDs;
    }

    public void setNonExistPIDs(NonExistPids nonExistPIDs) {
        this.nonExistPIDs = nonExistPIDs;
    }

    public QueueListResponse withNonExistPIDs(NonExistPids nonExistPIDs) {
        setNonExistPIDs(nonExistPIDs);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof QueueListResponse other)) {
            return false;
        }
        return Objects.equals(requestId, other.requestId) && Objects.equals(totalCount, other.totalCount) && Objects.equals(pageNumber, other.pageNumber) && Objects.equals(pageSize, other.pageSize) && Objects.equals(queueList, other.queueList) && Objects.equals(nonExistPIDs, other.nonExistPIDs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, totalCount, pageNumber, pageSize, queueList, nonExistPIDs);
    }

    @Override
    public String toString() {
        return "QueueListResponse[requestId=" + requestId + ", totalCount=" + totalCount + ", pageNumber=" + pageNumber + ", pageSize=" + pageSize + ", queueList=" + queueList + ", nonExistPIDs=" + nonExistPIDs + "]";
    }
}
