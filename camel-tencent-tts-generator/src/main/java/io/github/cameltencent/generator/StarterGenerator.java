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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.github.cameltencent.generator.Catalog.Option;

/**
 * Writes the Spring Boot starter's files that depend on the options: the {@code @ConfigurationProperties} class
 * (one field per component option, typed and defaulted as the catalog says), the converter that turns
 * {@code #bean:name} into the beans of object-typed options, and the additional Spring configuration metadata
 * (descriptions and defaults exactly as in the catalog, value hints for every option with a fixed set of values,
 * and the description of {@code enabled}). Camel's own camel-spring-boot generator is not available here.
 */
public final class StarterGenerator {

    public static final String PACKAGE = "io.github.cameltencent.tts.springboot";
    public static final String CONFIGURATION = "TencentTtsComponentConfiguration";
    public static final String CONVERTER = "TencentTtsComponentConverter";
    public static final String METADATA = "META-INF/additional-spring-configuration-metadata.json";

    private StarterGenerator() {
    }

    public static String prefix(Catalog catalog) {
        return "camel.component." + catalog.scheme();
    }

    /** The Java type of the Spring property for an option: boxed primitives, and durations as Duration. */
    public static String propertyType(Option o) {
        if ("duration".equals(o.type())) {
            return "java.time.Duration";
        }
        return Text.boxed(o.javaType());
    }

    /** The option's default as Spring's metadata writes it (durations with their unit). */
    public static String propertyDefault(Option o) {
        if (!o.hasDefault()) {
            return null;
        }
        return "duration".equals(o.type()) ? o.defaultValue() + "ms" : o.defaultValue();
    }

    public static String configurationClass(Catalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("/* ").append(Text.GENERATED).append(" */\n");
        sb.append("package ").append(PACKAGE).append(";\n\n");
        sb.append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n");
        sb.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n");
        sb.append(Text.javadoc("", List.of(Text.javadocText(catalog.title() + ": " + catalog.description()),
                "Every option of the " + catalog.scheme() + " component, as " + prefix(catalog) + ".* properties.",
                Text.GENERATED)));
        sb.append("@ConfigurationProperties(prefix = ").append(Text.literal(prefix(catalog))).append(")\n");
        sb.append("public class ").append(CONFIGURATION).append(" extends ComponentConfigurationPropertiesCommon {\n");
        List<Option> options = catalog.componentOptions();
        for (Option o : options) {
            String type = Text.javaSourceType(propertyType(o));
            sb.append('\n').append(Text.javadoc("    ", List.of(Text.javadocText(description(o)))));
            sb.append("    private ").append(type).append(' ').append(o.name());
            String init = initializer(o);
            if (init != null) {
                sb.append(" = ").append(init);
            }
            sb.append(";\n");
        }
        for (Option o : options) {
            String type = Text.javaSourceType(propertyType(o));
            String cap = Text.capitalize(o.name());
            sb.append("\n    public ").append(type).append(" get").append(cap).append("() {\n");
            sb.append("        return ").append(o.name()).append(";\n    }\n");
            sb.append("\n    public void set").append(cap).append('(').append(type).append(' ').append(o.name())
                    .append(") {\n");
            sb.append("        this.").append(o.name()).append(" = ").append(o.name()).append(";\n    }\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    /** The description with its fixed values, as the IDE shows it. */
    static String description(Option o) {
        String d = o.description();
        if (!o.enums().isEmpty()) {
            d = d + " Values: " + String.join(", ", o.enums()) + ".";
        }
        return d;
    }

    private static String initializer(Option o) {
        if (!o.hasDefault()) {
            return null;
        }
        String v = o.defaultValue();
        if ("duration".equals(o.type())) {
            return "java.time.Duration.ofMillis(" + v + "L)";
        }
        return switch (Text.boxed(o.javaType())) {
            case "java.lang.Boolean" -> v;
            case "java.lang.Integer", "java.lang.Short", "java.lang.Byte" -> v;
            case "java.lang.Long" -> v + "L";
            case "java.lang.Double" -> v + "D";
            case "java.lang.Float" -> v + "F";
            case "java.lang.String" -> Text.literal(v);
            default -> o.enums().contains(v) ? o.javaType() + "." + v : null;
        };
    }

    /** The object types a {@code #bean:name} property value can name. */
    static Set<String> beanTypes(Catalog catalog) {
        Set<String> types = new LinkedHashSet<>();
        for (Option o : catalog.componentOptions()) {
            if ("object".equals(o.type()) && !o.javaType().startsWith("java.")) {
                types.add(o.javaType());
            }
        }
        return types;
    }

    public static String converterClass(Catalog catalog) {
        Set<String> types = beanTypes(catalog);
        StringBuilder sb = new StringBuilder();
        sb.append("/* ").append(Text.GENERATED).append(" */\n");
        sb.append("package ").append(PACKAGE).append(";\n\n");
        sb.append("import java.util.Set;\n\n");
        sb.append("import org.springframework.boot.autoconfigure.AutoConfiguration;\n");
        sb.append("import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;\n");
        sb.append("import org.springframework.context.ApplicationContext;\n");
        sb.append("import org.springframework.core.convert.TypeDescriptor;\n");
        sb.append("import org.springframework.core.convert.converter.GenericConverter;\n\n");
        sb.append(Text.javadoc("", List.of("Lets bean-typed properties name a bean: " + prefix(catalog)
                + ".credentials-provider = #bean:myProvider (or #myProvider).", Text.GENERATED)));
        sb.append("@AutoConfiguration\n@ConfigurationPropertiesBinding\n");
        sb.append("public class ").append(CONVERTER).append(" implements GenericConverter {\n\n");
        sb.append("    private final ApplicationContext applicationContext;\n\n");
        sb.append("    public ").append(CONVERTER).append("(ApplicationContext applicationContext) {\n");
        sb.append("        this.applicationContext = applicationContext;\n    }\n\n");
        sb.append("    @Override\n    public Set<ConvertiblePair> getConvertibleTypes() {\n");
        sb.append("        return Set.of(");
        List<String> pairs = new ArrayList<>();
        for (String t : types) {
            // a class literal has no type arguments: StateRepository<String, String> is converted as StateRepository
            pairs.add("new ConvertiblePair(String.class, " + t.replaceAll("<.*>", "") + ".class)");
        }
        sb.append(String.join(",\n                ", pairs)).append(");\n    }\n\n");
        sb.append("    @Override\n");
        sb.append("    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {\n");
        sb.append("        if (source == null) {\n            return null;\n        }\n");
        sb.append("        String ref = source.toString();\n");
        sb.append("        if (!ref.startsWith(\"#\")) {\n            return null;\n        }\n");
        sb.append("        ref = ref.startsWith(\"#bean:\") ? ref.substring(\"#bean:\".length()) : ref.substring(1);\n");
        sb.append("        return applicationContext.getBean(ref, targetType.getType());\n    }\n}\n");
        return sb.toString();
    }

    /** One Spring Boot property of the starter, as its metadata and the component page describe it. */
    public record SpringProperty(String name, String type, String description, Object defaultValue,
                                 List<String> values, boolean fromCatalog) {
    }

    /** Every property of the starter: enabled, customizer.enabled, then one per component option. */
    public static List<SpringProperty> springProperties(Catalog catalog) {
        String prefix = prefix(catalog);
        List<SpringProperty> list = new ArrayList<>();
        list.add(new SpringProperty(prefix + ".enabled", "java.lang.Boolean", "Whether to enable auto"
                + " configuration of the " + catalog.scheme() + " component. This is enabled by default.", true,
                List.of(), false));
        list.add(new SpringProperty(prefix + ".customizer.enabled", "java.lang.Boolean", "Whether the component"
                + " customizer that applies these properties to the " + catalog.scheme() + " component is enabled"
                + " (camel.component.customizer.enabled switches the customizers of all components). This is"
                + " enabled by default.", true, List.of(), false));
        for (Option o : catalog.componentOptions()) {
            Object def = null;
            if (o.hasDefault()) {
                String t = Text.boxed(o.javaType());
                if ("duration".equals(o.type())) {
                    def = propertyDefault(o);
                } else if (t.equals("java.lang.Boolean")) {
                    def = Boolean.valueOf(o.defaultValue());
                } else if (t.equals("java.lang.Integer") || t.equals("java.lang.Long")) {
                    def = Long.valueOf(o.defaultValue());
                } else if (t.equals("java.lang.Double")) {
                    def = Double.valueOf(o.defaultValue());
                } else {
                    def = o.defaultValue();
                }
            }
            list.add(new SpringProperty(prefix + "." + Text.kebab(o.name()), propertyType(o), description(o), def,
                    o.enums(), true));
        }
        return list;
    }

    /** additional-spring-configuration-metadata.json: properties exactly as in the catalog, and value hints. */
    public static String metadata(Catalog catalog) {
        List<Map<String, Object>> properties = new ArrayList<>();
        List<Map<String, Object>> hints = new ArrayList<>();
        for (SpringProperty sp : springProperties(catalog)) {
            Map<String, Object> p = property(sp.name(), sp.type(), sp.description(), sp.defaultValue());
            if (sp.fromCatalog()) {
                p.put("sourceType", PACKAGE + "." + CONFIGURATION);
            }
            properties.add(p);
            if (!sp.values().isEmpty()) {
                Map<String, Object> hint = new LinkedHashMap<>();
                hint.put("name", sp.name());
                List<Map<String, Object>> values = new ArrayList<>();
                for (String v : sp.values()) {
                    values.add(Map.of("value", v));
                }
                hint.put("values", values);
                hints.add(hint);
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("properties", properties);
        root.put("hints", hints);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> property(String name, String type, String description, Object def) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("type", type);
        p.put("description", description);
        if (def != null) {
            p.put("defaultValue", def);
        }
        return p;
    }
}
