package dk.fremdrift.validation.constraints;

/**
 * A vendor object with a start and an end, checked by {@link ValidPeriod @ValidPeriod} without reflection.
 *
 * <p>Implement it on a form or integration DTO to have the end checked against the start. The accessors are
 * called through this interface, so the DTO's package need not be exported or opened to this library on the
 * module path, and a renamed field cannot silently switch the check off. Either end may be {@code null} (not yet
 * known, open-ended); the period is then valid.
 *
 * <p>Not to be confused with {@link java.time.Period}, an amount of time; qualify one of them where both are
 * used.
 *
 * <pre>{@code
 * @ValidPeriod
 * public record PlacementForm(LocalDate start, LocalDate end) implements Period<LocalDate> {}
 * }</pre>
 *
 * @param <T> the type of the ends, for example {@code LocalDate}, {@code Instant} or any other {@link Comparable}
 */
public interface Period<T extends Comparable<? super T>> {

    /**
     * Returns the start of the period.
     *
     * @return the start, or null if unknown
     */
    T start();

    /**
     * Returns the end of the period.
     *
     * @return the end, or null if unknown or open-ended
     */
    T end();
}
