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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.xml.XmlNode;

/** The templates room: TTS templates (Tag=Tts, Category Custom) of each bucket. */
public final class Templates {

    /** Create TTS Template: Chinese characters, letters, digits, _, - and *, at most 64. */
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_\\-*]{1,64}");

    private final Persistence persistence;
    private final Voices voices;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    Templates(Persistence persistence, Voices voices) {
        this.persistence = persistence;
        this.voices = voices;
        for (XmlNode t : persistence.loadAll("templates")) {
            Template tpl = Template.fromXml(t);
            templates.put(tpl.templateId(), tpl);
        }
    }

    /** The voices a template or a job may use. */
    Voices voices() {
        return voices;
    }

    /** The bucket's template with this id, or null. */
    Template find(String bucket, String templateId) {
        Template t = templates.get(templateId);
        return t == null || !t.bucket().equals(bucket) ? null : t;
    }

    public List<Template> all() {
        return new ArrayList<>(templates.values());
    }

    public XmlNode create(String bucket, XmlNode request) {
        Template t = templateFrom(bucket, request, Ids.newId("t1"), Instant.now());
        templates.put(t.templateId(), t);
        persistence.save("templates", t.templateId(), t.toXml("Template"));
        return XmlNode.of("Response").add(t.toXml("Template"));
    }

    public XmlNode update(String bucket, String templateId, XmlNode request) {
        Template old = find(bucket, templateId);
        if (old == null) {
            throw ServiceError.invalidArgument("template '" + templateId + "' does not exist");
        }
        Template t = templateFrom(bucket, request, templateId, old.createTime());
        templates.put(templateId, t);
        persistence.save("templates", t.templateId(), t.toXml("Template"));
        return XmlNode.of("Response").add(t.toXml("Template"));
    }

    private Template templateFrom(String bucket, XmlNode request, String id, Instant created) {
        if (!"Request".equals(request.name())) {
            throw ServiceError.invalidContent("the root element must be Request");
        }
        if (!"Tts".equals(request.get("Tag"))) {
            throw ServiceError.invalidArgument("Tag must be Tts, got '" + request.get("Tag") + "'");
        }
        String name = request.get("Name");
        if (name == null || !TEMPLATE_NAME.matcher(name).matches()) {
            throw ServiceError.invalidArgument("Name is required: 1 to 64 of Chinese characters, letters, digits, "
                    + "_, - and *");
        }
        // the template body carries the TtsTpl fields directly under Request
        TtsTpl tpl = TtsTpl.parse(request, "Request", voices);
        return new Template(bucket, id, name, tpl, created, Instant.now());
    }

    /**
     * DescribeMediaTemplates: tag, category (Custom by default, or Official), ids, name prefix, paging. The
     * emulator has no official TTS templates (none are documented), so Official lists nothing.
     */
    public XmlNode describe(String bucket, Function<String, String> param) {
        String tag = TtsTpl.blankToNull(param.apply("tag"));
        String category = TtsTpl.blankToNull(param.apply("category"));
        String ids = TtsTpl.blankToNull(param.apply("ids"));
        String name = TtsTpl.blankToNull(param.apply("name"));
        int pageNumber = Params.positive(param.apply("pageNumber"), 1, "pageNumber");
        int pageSize = Params.positive(param.apply("pageSize"), 10, "pageSize");
        if (pageSize > 100) {
            throw ServiceError.invalidArgument("pageSize must be at most 100");
        }
        if (category != null && !category.equals("Custom") && !category.equals("Official")) {
            throw ServiceError.invalidArgument("category must be Official or Custom, got '" + category + "'");
        }
        Set<String> idSet = ids == null ? null : Set.of(ids.split(","));
        List<Template> matching = new ArrayList<>();
        boolean custom = category == null || category.equals("Custom");
        boolean ttsTag = tag == null || tag.equals("All") || tag.equals("Tts");
        if (custom && ttsTag) {
            for (Template t : templates.values()) {
                if (t.bucket().equals(bucket) && (idSet == null || idSet.contains(t.templateId()))
                        && (name == null || t.name().startsWith(name))) {
                    matching.add(t);
                }
            }
        }
        matching.sort((a, b) -> a.createTime().equals(b.createTime()) ? a.templateId().compareTo(b.templateId())
                : a.createTime().compareTo(b.createTime()));
        XmlNode r = XmlNode.of("Response");
        r.add("RequestId", Ids.newId("")).add("TotalCount", matching.size()).add("PageNumber", pageNumber)
                .add("PageSize", pageSize);
        int from = (pageNumber - 1) * pageSize;
        for (int i = from; i < Math.min(matching.size(), from + pageSize); i++) {
            r.add(matching.get(i).toXml("TemplateList"));
        }
        return r;
    }

    public XmlNode delete(String bucket, String templateId) {
        if (find(bucket, templateId) == null) {
            throw ServiceError.invalidArgument("template '" + templateId + "' does not exist");
        }
        templates.remove(templateId);
        persistence.delete("templates", templateId);
        return XmlNode.of("Response").add("RequestId", Ids.newId("")).add("TemplateId", templateId);
    }
}
