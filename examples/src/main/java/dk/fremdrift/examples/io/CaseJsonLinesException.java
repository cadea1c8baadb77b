package dk.fremdrift.examples.io;

/**
 * A line of a JSON Lines file that is not a valid case: malformed JSON, an unknown field, or a value the model's
 * checks reject. Carries the line number, counting from 1.
 */
public final class CaseJsonLinesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long lineNumber;

    /**
     * Creates the exception.
     *
     * @param lineNumber the line's number, from 1
     * @param reason why the line is not a valid case
     * @param cause the underlying error
     */
    public CaseJsonLinesException(long lineNumber, String reason, Throwable cause) {
        super("line " + lineNumber + ": " + reason, cause);
        this.lineNumber = lineNumber;
    }

    /**
     * Returns the number of the bad line.
     *
     * @return the line number, from 1
     */
    public long lineNumber() {
        return lineNumber;
    }
}
