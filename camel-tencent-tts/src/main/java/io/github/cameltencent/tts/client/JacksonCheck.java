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
    static final int MINIMUM_MAJOR = 2;
    static final int MINIMUM_MINOR = 17;

    private JacksonCheck() {
    }

    /** Checks the Jackson modules on the classpath. */
    public static void verify() {
        verify(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
                com.fasterxml.jackson.dataformat.xml.PackageVersion.VERSION);
    }

    private static boolean older(Version v) {
        return v.getMajorVersion() < MINIMUM_MAJOR
                || (v.getMajorVersion() == MINIMUM_MAJOR && v.getMinorVersion() < MINIMUM_MINOR);
    }

    /** @throws IllegalStateException naming the versions found and how to align them */
    static void verify(Version core, Version databind, Version xml) {
        // Version.compareTo also compares group and artifact ids: only the numbers matter here
        boolean tooOld = older(core) || older(databind) || older(xml);
        boolean mixed = core.getMajorVersion() != databind.getMajorVersion()
                || core.getMinorVersion() != databind.getMinorVersion()
                || xml.getMajorVersion() != databind.getMajorVersion()
                || xml.getMinorVersion() != databind.getMinorVersion();
        if (tooOld || mixed) {
            throw new IllegalStateException("camel-tencent-tts needs Jackson " + MINIMUM_MAJOR + "." + MINIMUM_MINOR
                    + " or newer, all modules from one release, but found jackson-core "
                    + core + ", jackson-databind " + databind + " and jackson-dataformat-xml " + xml
                    + ". Another dependency (Tencent's cos_api brings 2.14) pulled an older one in: import"
                    + " com.fasterxml.jackson:jackson-bom:" + xml.getMajorVersion() + "." + xml.getMinorVersion()
                    + ".x in <dependencyManagement> (scope import), or the Spring Boot / Camel BOM you use.");
        }
    }
}
