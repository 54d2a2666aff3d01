package io.github.cameltencent.emulator.ci;

import io.github.cameltencent.emulator.ServiceError;

/** Query parameter checks shared by the listing operations. */
final class Params {

    private Params() {
    }

    static int positive(String v, int dflt, String field) {
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v);
            if (i >= 1) {
                return i;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error
        }
        throw ServiceError.invalidArgument(field + " must be a positive integer, got '" + v + "'");
    }
}
