package dk.fremdrift.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a deadline is due: the due date (Danish time), the due moment, and how it was reached.
 *
 * <p>For a deadline in hours the due moment is exact, and a step at that very moment is on time. For a date
 * deadline the due moment is the end of the due date, 23:59:59 Danish time, and a step on the due date is on time.
 *
 * @param dueDate the due date, in Danish time
 * @param dueAt the due moment
 * @param rolledFrom the date the deadline fell on before it was moved to the next working day, if it was moved
 * @param closedDay the name of the closed day the deadline fell on (before any move), such as "Store bededag" or
 *     "lørdag", if it fell on one
 */
public record Due(LocalDate dueDate, Instant dueAt, Optional<LocalDate> rolledFrom, Optional<String> closedDay) {

    /**
     * Checks the due date.
     *
     * @param dueDate the due date
     * @param dueAt the due moment
     * @param rolledFrom the date before a move
     * @param closedDay the closed day's name
     * @throws NullPointerException if a component is null
     */
    public Due {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(rolledFrom, "rolledFrom");
        Objects.requireNonNull(closedDay, "closedDay");
    }
}
