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

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.cos.ObjectStore;
import io.github.cameltencent.emulator.cos.StoredObject;
import io.github.cameltencent.emulator.http.HttpRequest;

/**
 * A Url input read the way the service reads it: a COS object, UTF-8, within the size and character limits. Read
 * at submit (to refuse what cannot run) and again when the job runs (the object may have changed since).
 */
final class UrlInput {

    static final int SYNC_URL_LIMIT = 300;
    static final int ASYNC_URL_LIMIT = 10_000;
    static final int URL_INPUT_MAX_BYTES = 10 * 1024 * 1024;

    private static final Pattern COS_URL = Pattern.compile(
            "https?://([a-z0-9][a-z0-9-]*-\\d+)\\.cos\\.([a-z0-9-]+)\\.myqcloud\\.com/(.+)");

    private final ObjectStore objects;

    UrlInput(ObjectStore objects) {
        this.objects = objects;
    }

    String read(String url, boolean sync) {
        Matcher m = COS_URL.matcher(url);
        if (!m.matches()) {
            throw ServiceError.invalidArgument("TtsConfig.Input must be a COS object URL "
                    + "(https://<BucketName-APPID>.cos.<Region>.myqcloud.com/<key>), got '" + url + "'");
        }
        String key = HttpRequest.percentDecode(m.group(3));
        StoredObject o = objects.get(m.group(1), key);
        if (o == null) {
            throw new ServiceError(400, "ResourceNotFound", "the input object " + url + " does not exist");
        }
        if (o.size() > URL_INPUT_MAX_BYTES) {
            throw ServiceError.invalidArgument("the input object is " + o.size() + " bytes; the limit is 10 MB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(o.data())).toString();
        } catch (CharacterCodingException e) {
            throw ServiceError.invalidArgument("the input object is not UTF-8 text");
        }
        int limit = sync ? SYNC_URL_LIMIT : ASYNC_URL_LIMIT;
        int chars = text.codePointCount(0, text.length());
        if (chars > limit) {
            throw ServiceError.invalidArgument("the input object has " + chars + " characters; " + (sync ? "Sync"
                    : "Asyc") + " mode allows " + limit);
        }
        if (text.isBlank()) {
            throw ServiceError.invalidArgument("the input object is empty");
        }
        return text;
    }
}
