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

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameltencent.generator.Catalog.Header;
import io.github.cameltencent.generator.Catalog.Option;
import io.github.cameltencent.generator.StarterGenerator.SpringProperty;

/**
 * Fills the generated parts of the component page (src/main/docs/tencent-tts-component.adoc) from the catalog, as
 * camel-package-maven-plugin's update-readme goal does for Camel's own pages: the header attributes, and the
 * blocks between {@code // <name>: START} and {@code // <name>: END} markers (component options, endpoint
 * options, message headers, Spring Boot properties). Everything outside the markers is written by hand.
 */
public final class DocGenerator {

    public static final String COMPONENT_OPTIONS = "component options";
    public static final String ENDPOINT_OPTIONS = "endpoint options";
    public static final String HEADERS = "component headers";
    public static final String SPRING_BOOT = "spring-boot-auto-configure options";

    private DocGenerator() {
    }

    public static String update(String page, Catalog catalog) {
        String p = attributes(page, catalog);
        p = replaceBlock(p, COMPONENT_OPTIONS, componentOptions(catalog));
        p = replaceBlock(p, ENDPOINT_OPTIONS, endpointOptions(catalog));
        p = replaceBlock(p, HEADERS, headers(catalog));
        p = replaceBlock(p, SPRING_BOOT, springBoot(catalog));
        return p;
    }

    private static String attributes(String page, Catalog catalog) {
        String p = page;
        p = attribute(p, "doctitle", catalog.title());
        p = attribute(p, "shortname", catalog.scheme());
        p = attribute(p, "artifactid", catalog.artifactId());
        p = attribute(p, "description", catalog.description());
        p = attribute(p, "since", catalog.firstVersion());
        p = attribute(p, "supportlevel", catalog.supportLevel());
        p = attribute(p, "component-header", "Both producer and consumer are supported");
        return p;
    }

    private static String attribute(String page, String name, String value) {
        Matcher m = Pattern.compile("(?m)^:" + Pattern.quote(name) + ":.*$").matcher(page);
        if (!m.find()) {
            throw new IllegalArgumentException("the page has no :" + name + ": attribute");
        }
        return m.replaceFirst(Matcher.quoteReplacement(":" + name + ": " + value));
    }

    /** Replaces what lies between the START and END marker lines of a block; fails when a marker is missing. */
    public static String replaceBlock(String page, String block, String content) {
        String start = "// " + block + ": START\n";
        String end = "// " + block + ": END";
        int s = page.indexOf(start);
        int e = page.indexOf(end);
        if (s < 0 || e < s) {
            throw new IllegalArgumentException("the page has no '" + start.trim() + "' ... '" + end + "' block");
        }
        return page.substring(0, s + start.length()) + content + page.substring(e);
    }

    static String componentOptions(Catalog catalog) {
        List<Option> options = catalog.componentOptions();
        StringBuilder sb = new StringBuilder();
        sb.append("== Configuring Options\n\n=== Component Options\n\n");
        sb.append("The ").append(catalog.title()).append(" component supports ").append(options.size())
                .append(" options, which are listed below. Set them on the component (")
                .append("`camel.component.").append(catalog.scheme()).append(".<option>`, or ")
                .append("`TencentTtsComponent#getConfiguration()`) to give every endpoint its default.\n\n");
        optionTable(sb, options);
        return sb.toString();
    }

    static String endpointOptions(Catalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("=== Endpoint Options\n\n");
        sb.append("The ").append(catalog.title()).append(" endpoint is configured using URI syntax:\n\n");
        sb.append("----\n").append(catalog.syntax()).append("\n----\n\n");
        List<Option> path = catalog.endpointOptions().stream().filter(Option::isPath).toList();
        List<Option> query = catalog.endpointParameters();
        sb.append("==== Path Parameters (").append(path.size()).append(" parameters)\n\n");
        optionTable(sb, path);
        sb.append("\n==== Query Parameters (").append(query.size()).append(" parameters)\n\n");
        optionTable(sb, query);
        return sb.toString();
    }

    private static void optionTable(StringBuilder sb, List<Option> options) {
        table(sb, "2,5,^1,2", "Name | Description | Default | Type", options, o -> "*" + o.name() + "* ("
                + o.group() + ") | " + cell(description(o.description(), o.enums(), o.required(), o.secret()))
                + " | " + cell(o.defaultValue() == null ? "" : o.defaultValue()) + " | "
                + cell(typeName(o.javaType()) + ("duration".equals(o.type()) ? " (duration)" : "")));
    }

    static String headers(Catalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("=== Message Headers\n\n");
        sb.append("The ").append(catalog.title()).append(" component supports ").append(catalog.headers().size())
                .append(" message headers, which are listed below. Use the constants of `")
                .append(catalog.headers().isEmpty() ? "" : typeName(catalog.headers().get(0).constantClass()))
                .append("` in Java code, e.g. `setHeader(TencentTtsConstants.JOB_ID, ...)`; in other DSLs the")
                .append(" header name. Kind *input*: the producer reads it, and it overrides the endpoint option of")
                .append(" the same name; *result*: the component writes it and never reads it back; *link*: written")
                .append(" as a result and read as an input on purpose, so the next call acts on what the last one")
                .append(" made. Group producer: the producer reads or writes it; consumer: the consumers write it;")
                .append(" common: both.\n\n");
        table(sb, "2,2,1,1,1,5", "Name | Constant | Kind | Group | Type | Description", catalog.headers(),
                h -> "`" + h.name() + "` | `" + h.constant() + "` | " + h.kind() + " | " + h.group() + " | "
                        + cell(typeName(h.javaType())) + " | "
                        + cell(description(h.description(), h.enums(), false, false)));
        return sb.toString();
    }

    static String springBoot(Catalog catalog) {
        List<SpringProperty> properties = StarterGenerator.springProperties(catalog);
        StringBuilder sb = new StringBuilder();
        sb.append("=== Spring Boot properties\n\n");
        sb.append("When using ").append(catalog.scheme()).append(" with Spring Boot, use the starter:\n\n");
        sb.append("[source,xml]\n----\n<dependency>\n  <groupId>").append(catalog.groupId())
                .append("</groupId>\n  <artifactId>").append(catalog.artifactId())
                .append("-starter</artifactId>\n  <!-- use the same version as camel-tencent-tts -->\n")
                .append("  <version>x.x.x</version>\n</dependency>\n----\n\n");
        sb.append("The component supports ").append(properties.size())
                .append(" options, which are listed below.\n\n");
        table(sb, "2,5,^1,2", "Name | Description | Default | Type", properties, p -> "*" + p.name() + "* | "
                + cell(p.description()) + " | " + cell(p.defaultValue() == null ? "" : p.defaultValue().toString())
                + " | " + cell(typeName(p.type())));
        return sb.toString();
    }

    private static <T> void table(StringBuilder sb, String cols, String header, List<T> rows,
                                  Function<T, String> row) {
        sb.append("[width=\"100%\",cols=\"").append(cols).append("\",options=\"header\"]\n|===\n");
        sb.append("| ").append(header).append('\n');
        for (T r : rows) {
            sb.append("| ").append(row.apply(r)).append('\n');
        }
        sb.append("|===\n");
    }

    private static String description(String d, List<String> enums, boolean required, boolean secret) {
        StringBuilder sb = new StringBuilder(d);
        if (!enums.isEmpty()) {
            sb.append(" Values: ").append(String.join(", ", enums)).append('.');
        }
        if (required) {
            sb.append(" Required.");
        }
        if (secret) {
            sb.append(" Secret: masked in logs.");
        }
        return sb.toString();
    }

    /** A table cell's text: the column separator is escaped. */
    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    /** io.github.cameltencent.tts.model.JobsDetail becomes JobsDetail; generics keep their simple names. */
    static String typeName(String javaType) {
        return javaType.replaceAll("[a-z][a-z0-9_]*\\.", "");
    }
}
