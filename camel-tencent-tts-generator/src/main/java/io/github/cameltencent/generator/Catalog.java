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
package io.github.cameltencent.generator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The component catalog JSON that camel-component-maven-plugin writes (META-INF/.../tencent-tts.json), read once:
 * the one source every generated file is made from.
 */
public record Catalog(String scheme, String title, String description, String syntax, String groupId,
                      String artifactId, String version, String firstVersion, String supportLevel,
                      String componentClass, List<Option> componentOptions,
                      List<Option> endpointOptions, List<Header> headers) {

    /** One option of the component or the endpoint, as the catalog states it. */
    public record Option(String name, String kind, String group, String label, boolean required, String type,
                         String javaType, List<String> enums, String defaultValue, String description,
                         boolean secret, boolean autowired, boolean multiValue, String prefix) {

        public boolean hasDefault() {
            return defaultValue != null;
        }

        public boolean isPath() {
            return "path".equals(kind);
        }
    }

    /** One message header, with the constant that names it. */
    public record Header(String name, String group, String label, String javaType, List<String> enums,
                         String defaultValue, String description, String constantName) {

        /** The kinds of header: read by the producer, written by the component, or written and read on purpose. */
        public static final List<String> KINDS = List.of("input", "result", "link");

        /**
         * Input, result or link: the first word of the label (the last is Camel's group, producer, consumer or
         * common); a header without one of the three fails the build, so no header is left unexplained.
         */
        public String kind() {
            String first = label == null ? "" : label.split(",")[0].trim();
            if (!KINDS.contains(first)) {
                throw new IllegalArgumentException("header " + name + " has the label '" + label + "'; it must start"
                        + " with one of " + KINDS);
            }
            return first;
        }

        /** TencentTtsConstants#OPERATION becomes TencentTtsConstants.OPERATION. */
        public String constant() {
            String c = constantName.substring(constantName.lastIndexOf('.') + 1);
            return c.replace('#', '.');
        }

        public String constantClass() {
            return constantName.substring(0, constantName.indexOf('#'));
        }
    }

    public static Catalog read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        JsonNode c = root.get("component");
        return new Catalog(c.path("scheme").asText(), c.path("title").asText(), c.path("description").asText(),
                c.path("syntax").asText(), c.path("groupId").asText(), c.path("artifactId").asText(),
                c.path("version").asText(), c.path("firstVersion").asText(), c.path("supportLevel").asText(),
                c.path("javaType").asText(), options(root.get("componentProperties")),
                options(root.get("properties")), headers(root.get("headers")));
    }

    private static List<Option> options(JsonNode node) {
        List<Option> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        node.fields().forEachRemaining(e -> {
            JsonNode o = e.getValue();
            list.add(new Option(e.getKey(), o.path("kind").asText(), o.path("group").asText(),
                    o.path("label").asText(), o.path("required").asBoolean(), o.path("type").asText(),
                    o.path("javaType").asText(), enums(o), text(o, "defaultValue"), o.path("description").asText(),
                    o.path("secret").asBoolean(), o.path("autowired").asBoolean(), o.path("multiValue").asBoolean(),
                    text(o, "prefix")));
        });
        // the catalog's own order (index), which groups options as Camel's pages do
        list.sort(Comparator.comparingInt(o -> node.get(o.name()).path("index").asInt()));
        return List.copyOf(list);
    }

    private static List<Header> headers(JsonNode node) {
        List<Header> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        node.fields().forEachRemaining(e -> {
            JsonNode h = e.getValue();
            list.add(new Header(e.getKey(), h.path("group").asText(), h.path("label").asText(),
                    h.path("javaType").asText(), enums(h),
                    text(h, "defaultValue"), h.path("description").asText(), h.path("constantName").asText()));
        });
        list.sort(Comparator.comparingInt(h -> node.get(h.name()).path("index").asInt()));
        return List.copyOf(list);
    }

    private static List<String> enums(JsonNode o) {
        List<String> values = new ArrayList<>();
        o.path("enum").forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The options a user sets on an endpoint URI: every endpoint option but the path. */
    public List<Option> endpointParameters() {
        return endpointOptions.stream().filter(o -> !o.isPath()).toList();
    }

    /** The component options, without the nested configuration object whose fields they already are. */
    public List<Option> flatComponentOptions() {
        return componentOptions.stream().filter(o -> !o.name().equals("configuration")).toList();
    }
}
