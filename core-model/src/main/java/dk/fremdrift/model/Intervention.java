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
 * An intervention (indsats; foranstaltning before 2024): supporting measure or placement, with its legal basis,
 * period, provider and price.
 *
 * <p>The period runs from {@code start} to {@code end}, both days included ({@code end} is the last day of the
 * intervention); an intervention with no end is ongoing. Whether it is a placement follows from its {@link
 * #kind()} and is not stored.
 *
 * @param id the part's key
 * @param kind the kind of intervention
 * @param legalBasis the provision it is granted under
 * @param start the first day
 * @param end the last day, if it has ended or an end is set; not before {@code start}
 * @param provider the provider's CVR number, if it is an outside provider with one
 * @param price the price, for the budget commitment
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "kind", "legalBasis", "start", "end", "provider", "price"})
public record Intervention(
        PartId id,
        InterventionKind kind,
        LegalReference legalBasis,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate start,

        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        Optional<LocalDate> end,

        Optional<Cvr> provider,
        Optional<Price> price)
        implements CasePart {

    /**
     * Checks the intervention.
     *
     * @param id the part's key
     * @param kind the kind of intervention
     * @param legalBasis the provision it is granted under
     * @param start the first day
     * @param end the last day, if it has ended or an end is set; not before {@code start}
     * @param provider the provider's CVR number, if it is an outside provider with one
     * @param price the price, for the budget commitment
     * @throws NullPointerException if {@code id}, {@code kind}, {@code legalBasis} or {@code start} is null
     * @throws IllegalArgumentException if it ends before it starts
     */
    public Intervention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(start, "start");
        end = Checks.optional(end);
        provider = Checks.optional(provider);
        price = Checks.optional(price);
        Checks.notBefore(end, "end", start, "start");
    }

    /**
     * Returns an ongoing intervention with no provider or price recorded.
     *
     * @param id the part's key
     * @param kind the kind
     * @param legalBasis the provision it is granted under
     * @param start the first day
     * @return the intervention
     */
    public static Intervention of(PartId id, InterventionKind kind, LegalReference legalBasis, LocalDate start) {
        return new Intervention(id, kind, legalBasis, start, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy that ends on the given day (the last day included).
     *
     * @param end the last day
     * @return the copy
     */
    public Intervention withEnd(LocalDate end) {
        return new Intervention(id, kind, legalBasis, start, Optional.of(end), provider, price);
    }

    /**
     * Returns a copy with the given provider.
     *
     * @param provider the provider's CVR number
     * @return the copy
     */
    public Intervention withProvider(Cvr provider) {
        return new Intervention(id, kind, legalBasis, start, end, Optional.of(provider), price);
    }

    /**
     * Returns a copy with the given price.
     *
     * @param price the price
     * @return the copy
     */
    public Intervention withPrice(Price price) {
        return new Intervention(id, kind, legalBasis, start, end, provider, Optional.of(price));
    }

    /**
     * Tells whether the intervention runs on a date: {@code start <= date <= end}.
     *
     * @param date the date
     * @return true if it runs that day
     */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && (end.isEmpty() || !date.isAfter(end.get()));
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Intervention.class, name);
    }
}
