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
