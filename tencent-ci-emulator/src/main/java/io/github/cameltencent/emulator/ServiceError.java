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
package io.github.cameltencent.emulator;

/** An answer in the service's error shape: an HTTP status with {@code <Error><Code/><Message/>}. */
public final class ServiceError extends RuntimeException {

    private final int status;
    private final String code;

    public ServiceError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ServiceError invalidArgument(String message) {
        return new ServiceError(400, "InvalidArgument", message);
    }

    /** CI's code for a body it cannot read: not XML, not UTF-8, nested too deep, or the wrong root element. */
    public static ServiceError invalidContent(String message) {
        return new ServiceError(400, "InvalidContent", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
