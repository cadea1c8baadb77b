package dk.fremdrift.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error for runs longer than a couple of seconds: the share of the input read, the
 * number of records and the rate. Quiet for short runs, and when standard error is not wanted.
 */
final class Progress {

    private static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long totalBytes;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean shown;

    Progress(PrintWriter err, long totalBytes, boolean enabled) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.enabled = enabled;
    }

    void update(long bytesRead, long records) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        shown = true;
        err.print('\r' + line(bytesRead, records, now));
        err.flush();
    }

    void finish(long bytesRead, long records) {
        if (shown) {
            err.print('\r' + line(bytesRead, records, System.nanoTime()) + System.lineSeparator());
            err.flush();
        }
    }

    private String line(long bytesRead, long records, long now) {
        double share = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : 0;
        int filled = (int) Math.round(share * WIDTH);
        double seconds = (now - start) / 1e9;
        return String.format(
                Locale.ROOT,
                "[%s%s] %3d%%  %,d cases  %,.0f cases/s ",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                Math.round(share * 100),
                records,
                records / Math.max(seconds, 1e-9));
    }
}
