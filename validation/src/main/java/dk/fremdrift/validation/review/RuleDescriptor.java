package dk.fremdrift.validation.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule of the case review checks, as data for the rule catalogue: its code, severity, provision, period,
 * titles and message templates.
 *
 * <p><strong>Codes</strong> are upper-case words joined by hyphens: the law's abbreviation ({@code BL}, {@code
 * SEL}, {@code RSL}, {@code OFL}), then the paragraph the rule enforces with any letter in upper case ({@code 20},
 * {@code 155A}), then a short name: {@code BL-20-INVESTIGATION-4M}. A rule of good practice that enforces no
 * single paragraph leaves the paragraph out: {@code BL-MGMT-REVIEW}. A code never changes once published; a
 * justification on a case names the code it answers.
 *
 * <p>The same check under successive laws shares a {@link #concept()} and has one rule per law, each with its own
 * code: {@code SEL-50-INVESTIGATION-4M} until 2023, {@code BL-20-INVESTIGATION-4M} from 2024. Message templates
 * hold placeholders in braces, such as {@code {path}} and {@code {due}}, that a finding fills with the case's
 * values; a timeliness rule has two templates, for a step taken late and for one not taken yet.
 *
 * <p>In JSON (written with the vendor's Jackson) a descriptor is an object with these fields.
 *
 * @param code the stable code, such as {@code BL-20-INVESTIGATION-4M}
 * @param concept what the rule checks, shared by its versions under successive laws, such as {@code INVESTIGATION}
 * @param severity the severity of its findings
 * @param legalBasis the provision it rests on
 * @param inForce the period in which the provision, as the rule reads it, is in force
 * @param titleDa the Danish title
 * @param titleEn the English title
 * @param messagesDa the Danish message templates, one or more
 * @param messagesEn the English message templates, as many as the Danish ones
 * @param deadlineDuties the deadline engine's duties a timeliness rule reports, such as {@code INVESTIGATION};
 *     empty for rules that judge the case's content
 * @param note what the reader should know: a reading of the law, a threshold of good practice, an unconfirmed fact
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "code",
    "concept",
    "severity",
    "legalBasis",
    "inForce",
    "titleDa",
    "titleEn",
    "messagesDa",
    "messagesEn",
    "deadlineDuties",
    "note"
})
public record RuleDescriptor(
        String code,
        String concept,
        Severity severity,
        LegalReference legalBasis,
        InForcePeriod inForce,
        String titleDa,
        String titleEn,
        List<String> messagesDa,
        List<String> messagesEn,
        List<Duty> deadlineDuties,
        Optional<String> note) {

    /**
     * Checks the descriptor.
     *
     * @param code the stable code, such as {@code BL-20-INVESTIGATION-4M}
     * @param concept what the rule checks, shared by its versions under successive laws, such as {@code
     *     INVESTIGATION}
     * @param severity the severity of its findings
     * @param legalBasis the provision it rests on
     * @param inForce the period in which the provision, as the rule reads it, is in force
     * @param titleDa the Danish title
     * @param titleEn the English title
     * @param messagesDa the Danish message templates, one or more
     * @param messagesEn the English message templates, as many as the Danish ones
     * @param deadlineDuties the deadline engine's duties a timeliness rule reports, such as {@code INVESTIGATION};
     *     empty for rules that judge the case's content
     * @param note what the reader should know: a reading of the law, a threshold of good practice, an unconfirmed
     *     fact
     * @throws NullPointerException if a component is null, or a list holds a null
     * @throws IllegalArgumentException if the code is not upper-case words joined by hyphens, a title or template
     *     is blank, or the two languages have different numbers of templates
     */
    public RuleDescriptor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(titleDa, "titleDa");
        Objects.requireNonNull(titleEn, "titleEn");
        messagesDa = List.copyOf(Objects.requireNonNull(messagesDa, "messagesDa"));
        messagesEn = List.copyOf(Objects.requireNonNull(messagesEn, "messagesEn"));
        deadlineDuties = deadlineDuties == null ? List.of() : List.copyOf(deadlineDuties);
        note = note == null ? Optional.empty() : note.filter(s -> !s.isBlank());
        if (!Finding.CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "code: expected upper-case words joined by hyphens such as 'BL-MGMT-REVIEW', got '" + code + "'");
        }
        if (concept.isBlank() || titleDa.isBlank() || titleEn.isBlank()) {
            throw new IllegalArgumentException("rule " + code + ": expected a non-blank concept and titles");
        }
        if (messagesDa.isEmpty() || messagesDa.size() != messagesEn.size()) {
            throw new IllegalArgumentException("rule " + code + ": expected one or more templates in each language,"
                    + " as many in Danish as in English, got " + messagesDa.size() + " and " + messagesEn.size());
        }
        if (messagesDa.stream().anyMatch(String::isBlank) || messagesEn.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("rule " + code + ": expected non-blank message templates");
        }
    }

    /**
     * Returns the act the rule rests on.
     *
     * @return the law of {@link #legalBasis()}
     */
    @JsonIgnore
    public Law law() {
        return legalBasis.law();
    }

    /**
     * Returns the title in the locale's language: Danish for a Danish locale, English otherwise.
     *
     * @param locale the language
     * @return the title
     */
    public String title(Locale locale) {
        return isDanish(locale) ? titleDa : titleEn;
    }

    /**
     * Returns the message templates in the locale's language: Danish for a Danish locale, English otherwise.
     *
     * @param locale the language
     * @return the templates
     */
    public List<String> messages(Locale locale) {
        return isDanish(locale) ? messagesDa : messagesEn;
    }

    /**
     * Tells whether the rule reports the deadline engine's evaluations rather than judging the case's content.
     *
     * @return true if it names deadline duties
     */
    @JsonIgnore
    public boolean isTimeliness() {
        return !deadlineDuties.isEmpty();
    }

    static boolean isDanish(Locale locale) {
        return "da".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /** Returns the code, severity, legal basis and period. */
    @Override
    public String toString() {
        return "RuleDescriptor[" + code + ", " + severity + ", " + legalBasis + ", " + inForce + "]";
    }
}
