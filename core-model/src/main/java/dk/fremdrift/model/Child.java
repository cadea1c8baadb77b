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
 * The child a case is about: the birth date and, optionally, the CPR number.
 *
 * <p>The model holds no names. The CPR number is optional because deadlines, review and metrics need only the
 * birth date; a vendor who does not pass it keeps it out of Fremdrift entirely. When both are given, they
 * must agree. {@link #toString()} never shows the CPR number.
 *
 * @param birthDate the child's date of birth
 * @param cpr the child's CPR number, if the vendor passes it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"birthDate", "cpr"})
public record Child(
        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
        LocalDate birthDate,

        Optional<Cpr> cpr) {

    /**
     * Checks the child.
     *
     * @param birthDate the child's date of birth
     * @param cpr the child's CPR number, if the vendor passes it
     * @throws NullPointerException if {@code birthDate} is null
     * @throws IllegalArgumentException if the CPR number encodes another birth date (the message shows neither)
     */
    public Child {
        Objects.requireNonNull(birthDate, "birthDate");
        cpr = Checks.optional(cpr);
        cpr.ifPresent(c -> {
            if (!c.birthDate().equals(birthDate)) {
                throw new IllegalArgumentException("child.cpr: expected a CPR number whose date part equals"
                        + " child.birthDate, got one with another date (values withheld: personal data)");
            }
        });
    }

    /**
     * Returns a child known by birth date only.
     *
     * @param birthDate the date of birth
     * @return the child
     */
    public static Child of(LocalDate birthDate) {
        return new Child(birthDate, Optional.empty());
    }

    /**
     * Returns a child known by CPR number; the birth date is the one the number encodes.
     *
     * @param cpr the CPR number
     * @return the child
     */
    public static Child of(Cpr cpr) {
        Objects.requireNonNull(cpr, "cpr");
        return new Child(cpr.birthDate(), Optional.of(cpr));
    }

    /**
     * Returns the date of the child's birthday of the given age, for example the 18th birthday. A child born on
     * 29 February has the birthday on 28 February in years that are not leap years.
     *
     * @param years the age in years, not negative
     * @return the date of that birthday
     */
    public LocalDate birthday(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("years: expected 0 or more, got " + years);
        }
        return birthDate.plusYears(years);
    }

    /**
     * Returns {@code Child[born=2015, cpr=present]}: the birth year only, and never the CPR number, so that a
     * logged case cannot identify the child.
     */
    @Override
    public String toString() {
        return "Child[born=" + birthDate.getYear() + ", cpr=" + (cpr.isPresent() ? "present" : "absent") + "]";
    }

    // Jackson 3 ignores unknown fields by default; the format rejects them on both lines (Checks.unknownField).
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw Checks.unknownField(Child.class, name);
    }
}
