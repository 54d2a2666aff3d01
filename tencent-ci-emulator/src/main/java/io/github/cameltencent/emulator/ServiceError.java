package io.github.cameltencent.emulator;

/** An answer in the service's error shape: an HTTP status with {@code <Error><Code/><Message/>}. */
public final class ServiceError extends RuntimeException {

    private final int status;
    private final String code;

    public ServiceError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ServiceError invalidArgument(String message) {
        return new ServiceError(400, "InvalidArgument", message);
    }

    /** CI's code for a body it cannot read: not XML, not UTF-8, nested too deep, or the wrong root element. */
    public static ServiceError invalidContent(String message) {
        return new ServiceError(400, "InvalidContent", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
