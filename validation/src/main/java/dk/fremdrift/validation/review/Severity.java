package dk.fremdrift.validation.review;

import java.util.Locale;
import java.util.Objects;

/**
 * How serious a finding of the case review is.
 *
 * <p>Only a {@link #QUERY} can be answered by a justification recorded on the case; errors and warnings stay
 * open until the case itself is put right.
 */
public enum Severity {
    /** A legal requirement is broken: a statutory deadline was missed or a required step is missing. */
    ERROR("fejl", "error"),
    /** Good practice is missing, for example goals that cannot be measured; no law is broken. */
    WARNING("advarsel", "warning"),
    /** The case may be in order, but only with a recorded justification (begrundelse) for the finding. */
    QUERY("til afklaring", "query");

    private final String danishName;
    private final String englishName;

    Severity(String danishName, String englishName) {
        this.danishName = danishName;
        this.englishName = englishName;
    }

    /**
     * Returns the Danish name, as shown to a caseworker.
     *
     * @return the Danish name
     */
    public String danishName() {
        return danishName;
    }

    /**
     * Returns the English name.
     *
     * @return the English name
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Returns the name in the locale's language: Danish for a Danish locale, English otherwise.
     *
     * @param locale the language
     * @return the name
     */
    public String displayName(Locale locale) {
        return "da".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? danishName : englishName;
    }
}
