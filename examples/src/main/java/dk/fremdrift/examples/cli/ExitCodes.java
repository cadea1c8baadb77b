package dk.fremdrift.examples.cli;

/** The exit codes of the {@code fremdrift} command line. */
final class ExitCodes {

    /** Everything read was processed. */
    static final int OK = 0;
    /** A failure: a file could not be read or written, or a configuration file is invalid. */
    static final int FAILURE = 1;
    /** The command line itself is wrong (unknown option, missing value). */
    static final int USAGE = 2;
    /** The run completed, but some input records were rejected (see rejects.jsonl). */
    static final int OK_WITH_REJECTS = 3;

    private ExitCodes() {}
}
