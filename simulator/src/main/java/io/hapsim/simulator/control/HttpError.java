package io.hapsim.simulator.control;

/** A request the control API refuses, with the HTTP status it answers and why (sent as {@code {"error": ...}}). */
final class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
