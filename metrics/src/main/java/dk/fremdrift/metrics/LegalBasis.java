package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import java.util.Objects;

/**
 * A provision an indicator rests on, and the period in which it is in force: an indicator of a duty that moved from
 * serviceloven to barnets lov on 1 January 2024 has one basis per law.
 *
 * <p>In JSON the reference and period are written as data, with the Danish and English renderings beside them
 * ({@code "barnets lov § 136"}) for readers that are not Java.
 *
 * @param reference the provision
 * @param inForce the period in which it is in force, judged by the date of the event counted
 */
@JsonPropertyOrder({"reference", "inForce", "textDa", "textEn"})
@JsonIgnoreProperties(
        value = {"textDa", "textEn"},
        allowGetters = true)
public record LegalBasis(LegalReference reference, InForcePeriod inForce) {

    /**
     * Checks the basis.
     *
     * @param reference the provision
     * @param inForce the period in which it is in force
     * @throws NullPointerException if an argument is null
     */
    public LegalBasis {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(inForce, "inForce");
    }

    /**
     * Returns the basis.
     *
     * @param reference the provision
     * @param inForce the period in which it is in force
     * @return the basis
     */
    public static LegalBasis of(LegalReference reference, InForcePeriod inForce) {
        return new LegalBasis(reference, inForce);
    }

    /**
     * Returns the Danish rendering, such as {@code barnets lov § 136 (fra 1. januar 2024)}.
     *
     * @return the Danish text
     */
    @JsonProperty("textDa")
    public String textDa() {
        return reference.toDanish() + " (" + inForce.toDanish() + ")";
    }

    /**
     * Returns the English rendering, such as {@code Children's Act (barnets lov) section 136 (from 2024-01-01)}.
     *
     * @return the English text
     */
    @JsonProperty("textEn")
    public String textEn() {
        return reference.toEnglish() + " (" + inForce + ")";
    }
}
