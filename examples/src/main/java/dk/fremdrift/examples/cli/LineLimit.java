package dk.fremdrift.examples.cli;

import picocli.CommandLine.Option;

/** The longest input line read; a longer one is rejected without being held in memory. */
final class LineLimit {

    @Option(
            names = "--max-line-bytes",
            paramLabel = "N",
            description = "Reject input lines longer than N bytes without reading them into memory. Default: 4194304"
                    + " (4 MiB).")
    Integer maxLineBytes;

    int bytes() {
        if (maxLineBytes == null) {
            return CaseInput.DEFAULT_MAX_LINE_BYTES;
        }
        if (maxLineBytes < 1) {
            throw new UserError("--max-line-bytes: expected 1 or more");
        }
        return maxLineBytes;
    }
}
