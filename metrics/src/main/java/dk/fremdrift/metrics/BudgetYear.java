package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A budget year (a calendar year, 1 January to 31 December) and the date within it that splits the year's cost
 * of interventions into <em>spent to date</em> (1 January up to and including {@code asOf}) and <em>committed
 * for the rest of the year</em> (the day after {@code asOf} up to and including 31 December), for the budget
 * commitment (dispositionsregnskab).
 *
 * <pre>{@code
 * BudgetYear y = BudgetYear.of(LocalDate.of(2025, 6, 30));   // year 2025, as of 30 June
 * }</pre>
 *
 * @param year the calendar year
 * @param asOf the last day counted as spent; in {@code year}
 */
@JsonPropertyOrder({"year", "asOf"})
public record BudgetYear(
        int year,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate asOf) {

    /**
     * Checks the budget year.
     *
     * @param year the calendar year
     * @param asOf the last day counted as spent; in {@code year}
     * @throws NullPointerException if {@code asOf} is null
     * @throws IllegalArgumentException if {@code asOf} is not in {@code year}
     */
    public BudgetYear {
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.getYear() != year) {
            throw new IllegalArgumentException("asOf: expected a date in the budget year " + year + ", got " + asOf);
        }
    }

    /**
     * Returns the budget year of the given date, split at that date.
     *
     * @param asOf the last day counted as spent
     * @return the budget year of {@code asOf}
     * @throws NullPointerException if {@code asOf} is null
     */
    public static BudgetYear of(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return new BudgetYear(asOf.getYear(), asOf);
    }

    /**
     * Returns 1 January of the year.
     *
     * @return the first day of the year
     */
    @JsonIgnore
    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    /**
     * Returns 31 December of the year.
     *
     * @return the last day of the year
     */
    @JsonIgnore
    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }
}
