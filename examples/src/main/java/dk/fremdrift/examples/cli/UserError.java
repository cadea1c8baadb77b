package dk.fremdrift.examples.cli;

/**
 * A problem the user can act on (a missing file, an invalid configuration): printed as one message, never as a
 * stack trace.
 */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
