package dk.fremdrift.service;

import dk.fremdrift.deadlines.DeadlineEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The moment of evaluation, as the command line's {@code --as-of}: the end of a Danish date, by default today. */
record AsOf(LocalDate date) {

    static AsOf of(LocalDate date, Clock clock) {
        return new AsOf(date != null ? date : LocalDate.now(clock.withZone(DeadlineEngine.DANISH_TIME)));
    }

    /** The last second of the date in Danish time: everything recorded that day is seen. */
    Instant instant() {
        return date.plusDays(1)
                .atStartOfDay(DeadlineEngine.DANISH_TIME)
                .toInstant()
                .minusSeconds(1);
    }
}
