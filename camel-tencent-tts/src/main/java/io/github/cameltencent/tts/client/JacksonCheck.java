package io.github.cameltencent.tts.client;

import com.fasterxml.jackson.core.Version;

/**
 * Jackson's modules must come from one release line. A classpath that mixes an older jackson-databind (Tencent's
 * cos_api brings 2.14) with the jackson-dataformat-xml this component uses fails only deep in the first parse, with
 * a NoSuchMethodError that a consumer would retry forever; checked when the component starts, it fails at once
 * with the fix.
 */
public final class JacksonCheck {

    /** The oldest release line this component is built and tested with. */
    static final Version MINIMUM = new Version(2, 17, 0, null, "com.fasterxml.jackson.core", "jackson-databind");

    private JacksonCheck() {
    }

    /** Checks the Jackson modules on the classpath. */
    public static void verify() {
        verify(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
                com.fasterxml.jackson.dataformat.xml.PackageVersion.VERSION);
    }

    /** @throws IllegalStateException naming the versions found and how to align them */
    static void verify(Version core, Version databind, Version xml) {
        boolean tooOld = databind.compareTo(MINIMUM) < 0 || core.compareTo(MINIMUM) < 0 || xml.compareTo(MINIMUM) < 0;
        boolean mixed = core.getMajorVersion() != databind.getMajorVersion()
                || core.getMinorVersion() != databind.getMinorVersion()
                || xml.getMajorVersion() != databind.getMajorVersion()
                || xml.getMinorVersion() != databind.getMinorVersion();
        if (tooOld || mixed) {
            throw new IllegalStateException("camel-tencent-tts needs Jackson " + MINIMUM.getMajorVersion() + "."
                    + MINIMUM.getMinorVersion() + " or newer, all modules from one release, but found jackson-core "
                    + core + ", jackson-databind " + databind + " and jackson-dataformat-xml " + xml
                    + ". Another dependency (Tencent's cos_api brings 2.14) pulled an older one in: import"
                    + " com.fasterxml.jackson:jackson-bom:" + xml.getMajorVersion() + "." + xml.getMinorVersion()
                    + ".x in <dependencyManagement> (scope import), or the Spring Boot / Camel BOM you use.");
        }
    }
}
