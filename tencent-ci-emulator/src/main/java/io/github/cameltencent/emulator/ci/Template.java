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

import java.time.Instant;

import io.github.cameltencent.emulator.xml.XmlNode;

/** A TTS template (Tag=Tts, Category Custom). */
public record Template(String bucket, String templateId, String name, TtsTpl tpl, Instant createTime,
                       Instant updateTime) {

    XmlNode toXml(String elementName) {
        XmlNode n = XmlNode.of(elementName);
        n.add("Tag", "Tts").add("TemplateId", templateId).add("Name", name).add("BucketId", bucket)
                .add("Category", "Custom");
        n.add(tpl.toXml("TtsTpl"));
        n.add("CreateTime", CiTime.format(createTime)).add("UpdateTime", CiTime.format(updateTime));
        return n;
    }

    static Template fromXml(XmlNode n) {
        TtsTpl tpl = TtsTpl.parse(n.child("TtsTpl") == null ? XmlNode.of("TtsTpl") : n.child("TtsTpl"), "TtsTpl");
        return new Template(n.get("BucketId"), n.get("TemplateId"), n.get("Name"), tpl,
                CiTime.parse(n.get("CreateTime"), "CreateTime"), CiTime.parse(n.get("UpdateTime"), "UpdateTime"));
    }
}
