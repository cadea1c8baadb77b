package dk.fremdrift.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The summary printed after a run: counts that reconcile, read = accepted + rejected. */
final class Summary {

    private Summary() {}

    static void print(PrintWriter err, CaseInput in, String written, Path rejects) {
        err.printf("read %,d cases: %,d accepted, %,d rejected%n", in.read(), in.accepted(), in.rejected());
        err.println(written);
        if (in.rejected() > 0) {
            err.println("rejected lines, with line number and reason → " + rejects);
        }
        err.flush();
    }
}
