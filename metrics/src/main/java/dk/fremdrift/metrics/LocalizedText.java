package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A text in Danish and English, such as an indicator's name or the words that define its population.
 *
 * @param da the Danish text; not blank
 * @param en the English text; not blank
 */
@JsonPropertyOrder({"da", "en"})
public record LocalizedText(String da, String en) {

    /**
     * Checks the texts.
     *
     * @param da the Danish text; not blank
     * @param en the English text; not blank
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if a text is blank
     */
    public LocalizedText {
        Objects.requireNonNull(da, "da");
        Objects.requireNonNull(en, "en");
        if (da.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("expected a Danish and an English text, got a blank one");
        }
    }

    /**
     * Returns the texts.
     *
     * @param da the Danish text
     * @param en the English text
     * @return the localized text
     * @throws IllegalArgumentException if a text is blank
     */
    public static LocalizedText of(String da, String en) {
        return new LocalizedText(da, en);
    }
}
