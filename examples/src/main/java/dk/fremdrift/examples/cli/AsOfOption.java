package dk.fremdrift.examples.cli;

import dk.fremdrift.deadlines.DeadlineEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The moment of evaluation: the end of the given Danish date, or of today by the clock. */
final class AsOfOption {

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Evaluate as of the end of this date (ISO, e.g. 2026-11-23), Danish time. Default: today.")
    LocalDate asOf;

    LocalDate date(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock.withZone(DeadlineEngine.DANISH_TIME));
    }

    /** The last second of the date in Danish time: everything recorded that day is seen. */
    Instant instant(Clock clock) {
        return date(clock)
                .plusDays(1)
                .atStartOfDay(DeadlineEngine.DANISH_TIME)
                .toInstant()
                .minusSeconds(1);
    }
}
