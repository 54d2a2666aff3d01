package io.github.cameltencent.tts;

/**
 * A request was refused before anything was sent: the message names the field and the rule it broke.
 */
public class TencentTtsValidationException extends IllegalArgumentException {

    private final String field;

    public TencentTtsValidationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The option, header or request element at fault, e.g. UserData or outputObject. */
    public String getField() {
        return field;
    }
}
