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

import java.util.ArrayList;
import java.util.List;

import io.github.cameltencent.generator.Catalog.Option;

/**
 * Writes the Endpoint DSL builder factory (io.github.cameltencent.tts.dsl.TencentTtsEndpointBuilderFactory) from the
 * catalog: one method per endpoint option, typed as the catalog types it, with a String overload for property
 * placeholders and bean references, and the option's full description as Javadoc.
 *
 * Camel's own generate-endpoint-dsl goal (camel-package-maven-plugin) cannot do this for a component outside
 * Camel's source tree: it skips unless a dsl/camel-endpointdsl folder exists, writes into
 * org.apache.camel.builder.endpoint and rewrites Camel's EndpointBuilderFactory aggregates.
 */
public final class EndpointDslGenerator {

    public static final String PACKAGE = "io.github.cameltencent.tts.dsl";
    public static final String CLASS_NAME = "TencentTtsEndpointBuilderFactory";
    public static final String BUILDER = "TencentTtsEndpointBuilder";

    private EndpointDslGenerator() {
    }

    public static String generate(Catalog catalog) {
        Option path = catalog.endpointOptions().stream().filter(Option::isPath).findFirst().orElseThrow();
        String method = builderMethodName(catalog.scheme());
        StringBuilder sb = new StringBuilder();
        sb.append("/* ").append(Text.GENERATED).append(" */\n");
        sb.append("package ").append(PACKAGE).append(";\n\n");
        sb.append("import org.apache.camel.builder.EndpointConsumerBuilder;\n");
        sb.append("import org.apache.camel.builder.EndpointProducerBuilder;\n");
        sb.append("import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;\n\n");

        sb.append(Text.javadoc("", List.of(
                Text.javadocText(catalog.title() + ": " + catalog.description()),
                "Endpoint DSL for " + catalog.scheme() + ": {@code to(" + method
                        + "(\"submit\").region(\"ap-guangzhou\").voiceType(\"ruxue\"))}, or"
                        + " {@code from(" + method + "(\"jobs\").download(true))}. Needs camel-endpointdsl.",
                Text.GENERATED)));
        sb.append("public final class ").append(CLASS_NAME).append(" {\n\n");
        sb.append("    private ").append(CLASS_NAME).append("() {\n    }\n\n");

        List<String> pathDoc = new ArrayList<>();
        pathDoc.add(Text.javadocText(catalog.title() + " (" + catalog.artifactId() + "): "
                + catalog.description()));
        pathDoc.add("Syntax: <code>" + catalog.syntax() + "</code>");
        pathDoc.add("Path parameter: " + path.name() + "\n" + Text.javadocText(path.description())
                + (path.hasDefault() ? "\nDefault value: " + path.defaultValue() : "")
                + (path.enums().isEmpty() ? "" : "\nValues: " + String.join(", ", path.enums())));
        pathDoc.add("@param " + path.name() + " " + path.name());
        pathDoc.add("@return the dsl builder");
        sb.append(Text.javadoc("    ", pathDoc));
        sb.append("    public static ").append(BUILDER).append(' ').append(method).append("(String ")
                .append(path.name()).append(") {\n");
        sb.append("        return new ").append(BUILDER).append('(').append(path.name()).append(");\n    }\n\n");

        sb.append(Text.javadoc("    ", List.of("Builds a " + catalog.scheme()
                + " endpoint URI option by option; usable in from(...) and to(...).")));
        sb.append("    public static final class ").append(BUILDER).append(" extends AbstractEndpointBuilder\n");
        sb.append("            implements EndpointConsumerBuilder, EndpointProducerBuilder {\n\n");
        sb.append("        ").append(BUILDER).append("(String ").append(path.name()).append(") {\n");
        sb.append("            super(").append(Text.literal(catalog.scheme())).append(", ").append(path.name())
                .append(");\n        }\n");

        for (Option o : catalog.endpointParameters()) {
            if (o.multiValue()) {
                multiValue(sb, o);
                continue;
            }
            String type = Text.javaSourceType(o.javaType());
            setter(sb, o, type, "The option is a: <code>" + Text.javadocText(type) + "</code> type.");
            if (!type.equals("String") && !type.equals("Object")) {
                setter(sb, o, "String", "The option will be converted to a <code>" + Text.javadocText(type)
                        + "</code> type.");
            }
        }
        sb.append("    }\n}\n");
        return sb.toString();
    }

    private static void setter(StringBuilder sb, Option o, String type, String typeLine) {
        sb.append('\n').append(Text.javadoc("        ", doc(o, typeLine, List.of("@param " + o.name()
                + " the value to set"))));
        sb.append("        public ").append(BUILDER).append(' ').append(o.name()).append('(').append(type)
                .append(' ').append(o.name()).append(") {\n");
        sb.append("            doSetProperty(").append(Text.literal(o.name())).append(", ").append(o.name())
                .append(");\n");
        sb.append("            return this;\n        }\n");
    }

    private static void multiValue(StringBuilder sb, Option o) {
        String prefix = o.prefix() == null ? "" : o.prefix();
        String typeLine = "The option is a: <code>" + Text.javadocText(Text.javaSourceType(o.javaType()))
                + "</code> type. The option is multivalued: call the (key, value) method once per value, or"
                + " pass them all as a map.";
        sb.append('\n').append(Text.javadoc("        ", doc(o, typeLine,
                List.of("@param key the option key", "@param value the option value"))));
        sb.append("        public ").append(BUILDER).append(' ').append(o.name())
                .append("(String key, Object value) {\n");
        sb.append("            doSetMultiValueProperty(").append(Text.literal(o.name())).append(", ")
                .append(Text.literal(prefix)).append(" + key, value);\n");
        sb.append("            return this;\n        }\n");
        sb.append('\n').append(Text.javadoc("        ", doc(o, typeLine,
                List.of("@param values the values"))));
        sb.append("        public ").append(BUILDER).append(' ').append(o.name())
                .append("(java.util.Map<String, Object> values) {\n");
        sb.append("            doSetMultiValueProperties(").append(Text.literal(o.name())).append(", ")
                .append(Text.literal(prefix)).append(", values);\n");
        sb.append("            return this;\n        }\n");
    }

    private static List<String> doc(Option o, String typeLine, List<String> params) {
        List<String> doc = new ArrayList<>();
        doc.add(Text.javadocText(o.description()));
        doc.add(typeLine);
        StringBuilder facts = new StringBuilder();
        if (!o.enums().isEmpty()) {
            facts.append("Values: ").append(Text.javadocText(String.join(", ", o.enums()))).append('\n');
        }
        if (o.required()) {
            facts.append("Required: true\n");
        }
        if (o.hasDefault()) {
            facts.append("Default: ").append(Text.javadocText(o.defaultValue())).append('\n');
        }
        facts.append("Group: ").append(o.group());
        doc.add(facts.toString());
        doc.addAll(params);
        doc.add("@return the dsl builder");
        return doc;
    }

    /** tencent-tts becomes tencentTts. */
    static String builderMethodName(String scheme) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : scheme.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
