package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The period in which a provision, rule or indicator definition is in force: a half-open range of dates from
 * {@code startInclusive} to {@code endExclusive}, open-ended when there is no end.
 *
 * <p>Serviceloven's child-welfare provisions, in force until and including 31 December 2023, are {@code
 * InForcePeriod.between(LocalDate.of(1998, 7, 1), LocalDate.of(2024, 1, 1))}; barnets lov is {@code
 * InForcePeriod.from(LocalDate.of(2024, 1, 1))}. Half-open ranges meet without a gap or an overlap.
 *
 * @param startInclusive the first day in force
 * @param endExclusive the first day no longer in force, if the period has ended or an end is known
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record InForcePeriod(
        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate startInclusive,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> endExclusive) {

    private static final DateTimeFormatter DANISH =
            DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.forLanguageTag("da"));

    /**
     * Checks the period.
     *
     * @param startInclusive the first day in force
     * @param endExclusive the first day no longer in force, if the period has ended or an end is known
     * @throws NullPointerException if {@code startInclusive} is null
     * @throws IllegalArgumentException if the end is not after the start
     */
    public InForcePeriod {
        Objects.requireNonNull(startInclusive, "startInclusive");
        endExclusive = Checks.optional(endExclusive);
        endExclusive.ifPresent(end -> {
            if (!end.isAfter(startInclusive)) {
                throw new IllegalArgumentException(
                        "endExclusive: expected a date after startInclusive, got the same or an earlier date");
            }
        });
    }

    /**
     * Returns an open-ended period.
     *
     * @param startInclusive the first day in force
     * @return the period
     */
    public static InForcePeriod from(LocalDate startInclusive) {
        return new InForcePeriod(startInclusive, Optional.empty());
    }

    /**
     * Returns a period with an end.
     *
     * @param startInclusive the first day in force
     * @param endExclusive the first day no longer in force; after the start
     * @return the period
     * @throws IllegalArgumentException if the end is not after the start
     */
    public static InForcePeriod between(LocalDate startInclusive, LocalDate endExclusive) {
        return new InForcePeriod(startInclusive, Optional.of(endExclusive));
    }

    /**
     * Tells whether the period includes a date.
     *
     * @param date the date
     * @return true if {@code startInclusive <= date < endExclusive}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(startInclusive) && (endExclusive.isEmpty() || date.isBefore(endExclusive.get()));
    }

    /**
     * Tells whether two periods share at least one day.
     *
     * @param other the other period
     * @return true if they overlap
     */
    public boolean overlaps(InForcePeriod other) {
        Objects.requireNonNull(other, "other");
        boolean thisStartsBeforeOtherEnds =
                other.endExclusive.map(startInclusive::isBefore).orElse(true);
        boolean otherStartsBeforeThisEnds =
                endExclusive.map(other.startInclusive::isBefore).orElse(true);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /**
     * Returns the last day in force, the day before {@code endExclusive}, if there is an end.
     *
     * @return the last day in force
     */
    public Optional<LocalDate> endInclusive() {
        return endExclusive.map(d -> d.minusDays(1));
    }

    /**
     * Returns the Danish rendering: {@code fra 1. januar 2024}, or {@code 1. juli 1998 til og med 31. december
     * 2023}.
     *
     * @return the Danish text
     */
    public String toDanish() {
        return endInclusive()
                .map(last -> startInclusive.format(DANISH) + " til og med " + last.format(DANISH))
                .orElse("fra " + startInclusive.format(DANISH));
    }

    /** Returns {@code from 2024-01-01} or {@code 1998-07-01 to 2023-12-31} (both days included). */
    @Override
    public String toString() {
        return endInclusive().map(last -> startInclusive + " to " + last).orElse("from " + startInclusive);
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(InForcePeriod.class, name);
    }
}
