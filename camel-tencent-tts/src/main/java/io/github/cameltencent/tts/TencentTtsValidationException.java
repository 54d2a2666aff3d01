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
package io.github.cameltencent.tts;

/**
 * A request was refused before anything was sent: the message names the field and the rule it broke.
 */
public class TencentTtsValidationException extends IllegalArgumentException {

    private final String field;

    public TencentTtsValidationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The option, header or request element at fault, e.g. UserData or outputObject. */
    public String getField() {
        return field;
    }
}
