package dk.fremdrift.deadlines;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.MunicipalityCode;
import java.util.List;
import java.util.Objects;

/**
 * A municipality's rule file: its own processing deadlines (retssikkerhedsloven § 3, stk. 2), and its choices where
 * the statutory book leaves one (the frequency of follow-ups, unconfirmed units and lengths).
 *
 * <p>The library depends on Jackson's annotations only, so read the file with your own mapper and pass it to
 * {@link RuleBook#withMunicipalRules(MunicipalRules)}:
 *
 * <pre>{@code
 * MunicipalRules local = mapper.readValue(Path.of("rules-101.json").toFile(), MunicipalRules.class);
 * RuleBook book = RuleBook.statutory().withMunicipalRules(local);
 * }</pre>
 *
 * <p>A rule file looks like this:
 *
 * <pre>{@code
 * {
 *   "municipality": "101",
 *   "rules": [ { "id": "KK-SCREENING-5WD", "duty": "LOCAL_SCREENING", "titleDa": "...", "titleEn": "...",
 *                "legalBasis": { "law": "RETSSIKKERHEDSLOVEN", "paragraph": "3", "subsection": 2 },
 *                "inForce": { "startInclusive": "2025-01-01" },
 *                "trigger": { "kind": "NOTIFICATION_RECEIVED" }, "completion": { "kind": "SCREENED" },
 *                "length": 5, "unit": "WORKING_DAYS", "calendar": "DK-101" } ],
 *   "overrides": [ { "id": "BL-95-FOLLOW-UP", "recurrence": { "length": 3, "unit": "MONTHS" } } ]
 * }
 * }</pre>
 *
 * @param municipality the municipality whose rules these are
 * @param rules the municipality's own rules; their source is {@link RuleSource#MUNICIPAL}
 * @param overrides changes to configurable statutory rules
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"municipality", "rules", "overrides"})
public record MunicipalRules(MunicipalityCode municipality, List<DeadlineRule> rules, List<RuleOverride> overrides) {

    /**
     * Checks the rule file; absent lists are empty.
     *
     * @param municipality the municipality
     * @param rules the municipality's own rules
     * @param overrides changes to configurable statutory rules
     * @throws NullPointerException if {@code municipality} is null or a list holds a null
     */
    public MunicipalRules {
        Objects.requireNonNull(municipality, "municipality");
        rules = rules == null ? List.of() : List.copyOf(rules);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }
}
