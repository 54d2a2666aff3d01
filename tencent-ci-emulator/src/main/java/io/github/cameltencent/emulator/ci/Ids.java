package io.github.cameltencent.emulator.ci;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Ids shaped like the service's: a one- or two-letter prefix and 32 hex digits. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    static String newId(String prefix) {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return prefix + HexFormat.of().formatHex(b);
    }
}
