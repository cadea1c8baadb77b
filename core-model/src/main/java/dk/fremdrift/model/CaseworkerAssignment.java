package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The caseworker responsible for the case (sagsbehandler) in a period, and the team they belong to.
 *
 * <p>The period is half-open: from {@code from} (included) until {@code until} (excluded: the caseworker is no
 * longer responsible from that date), so a handover from A to B on 1 April is A until 1 April and B from 1
 * April. An assignment with no {@code until} is current. A case's assignments do not overlap.
 *
 * @param id the part's key
 * @param caseworker the caseworker
 * @param team the caseworker's team during the assignment
 * @param from the first day of responsibility
 * @param until the first day the caseworker is no longer responsible; after {@code from}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "caseworker", "team", "from", "until"})
public record CaseworkerAssignment(
        PartId id,
        CaseworkerId caseworker,
        TeamId team,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate from,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> until)
        implements CasePart {

    /**
     * Checks the assignment.
     *
     * @param id the part's key
     * @param caseworker the caseworker
     * @param team the caseworker's team during the assignment
     * @param from the first day of responsibility
     * @param until the first day the caseworker is no longer responsible; after {@code from}
     * @throws NullPointerException if {@code id}, {@code caseworker}, {@code team} or {@code from} is null
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public CaseworkerAssignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseworker, "caseworker");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(from, "from");
        until = Checks.optional(until);
        until.ifPresent(u -> {
            if (!u.isAfter(from)) {
                throw new IllegalArgumentException(
                        "until: expected a date after from (until is exclusive), got the same or an earlier date");
            }
        });
    }

    /**
     * Returns a current assignment.
     *
     * @param id the part's key
     * @param caseworker the caseworker
     * @param team the team
     * @param from the first day
     * @return the assignment
     */
    public static CaseworkerAssignment of(PartId id, CaseworkerId caseworker, TeamId team, LocalDate from) {
        return new CaseworkerAssignment(id, caseworker, team, from, Optional.empty());
    }

    /**
     * Returns a copy that ended: the caseworker is no longer responsible from {@code until}.
     *
     * @param until the first day no longer responsible
     * @return the copy
     */
    public CaseworkerAssignment withUntil(LocalDate until) {
        return new CaseworkerAssignment(id, caseworker, team, from, Optional.of(until));
    }

    /**
     * Tells whether the caseworker is responsible on a date: {@code from <= date < until}.
     *
     * @param date the date
     * @return true if responsible that day
     */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(from) && (until.isEmpty() || date.isBefore(until.get()));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(CaseworkerAssignment.class, name);
    }
}
