package dk.fremdrift.validation.constraints;

/**
 * A span of a vendor object: a start and an end, checked by {@link ValidPeriod @ValidPeriod} without reflection.
 *
 * <p>Implement it on a form or integration DTO to have the end checked against the start. The accessors are
 * called through this interface, so the DTO's package need not be exported or opened to this library on the
 * module path, and a renamed field cannot silently switch the check off. Either end may be {@code null} (not yet
 * known, open-ended); the period is then valid.
 *
 * <pre>{@code
 * @ValidPeriod
 * public record PlacementForm(LocalDate start, LocalDate end) implements Span<LocalDate> {}
 * }</pre>
 *
 * @param <T> the type of the ends, for example {@code LocalDate}, {@code Instant} or any other {@link Comparable}
 */
public interface Span<T extends Comparable<? super T>> {

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
