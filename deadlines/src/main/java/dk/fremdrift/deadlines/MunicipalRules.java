package dk.fremdrift.deadlines;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.MunicipalityCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipality's rule file: its own processing deadlines (retssikkerhedsloven § 3, stk. 2), its default frequency
 * of later follow-ups, and its choices where the statutory book leaves one (unconfirmed units and lengths).
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
 *   "followUpFrequency": { "length": 6, "unit": "MONTHS" },
 *   "overrides": [ { "id": "BL-135-RECEIPT-6WD", "unit": "CALENDAR_DAYS" } ]
 * }
 * }</pre>
 *
 * <p>The follow-up frequency is the municipality's own default, not the law's: barnets lov § 95 sets only the first
 * follow-up and has the municipality decide the later arrangement in each case (§ 95, stk. 3). The engine uses the
 * date a follow-up records for the next one ({@code FollowUp.nextFollowUpBy}) first, this frequency where none is
 * recorded, and reports the deadline as undetermined where neither is there. Its evaluations say so ({@link
 * DueBasis#MUNICIPAL_FREQUENCY}), and the case review does not report a missed municipal frequency as a breach of
 * § 95.
 *
 * @param municipality the municipality whose rules these are
 * @param rules the municipality's own rules; their source is {@link RuleSource#MUNICIPAL}
 * @param followUpFrequency the municipality's default interval between later follow-ups under barnets lov, where a
 *     follow-up records no date for the next one
 * @param overrides changes to configurable statutory rules
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"municipality", "rules", "followUpFrequency", "overrides"})
public record MunicipalRules(
        MunicipalityCode municipality,
        List<DeadlineRule> rules,
        Optional<Recurrence> followUpFrequency,
        List<RuleOverride> overrides) {

    /**
     * Checks the rule file; absent lists are empty.
     *
     * @param municipality the municipality
     * @param rules the municipality's own rules
     * @param followUpFrequency the default interval between later follow-ups
     * @param overrides changes to configurable statutory rules
     * @throws NullPointerException if {@code municipality} is null or a list holds a null
     */
    public MunicipalRules {
        Objects.requireNonNull(municipality, "municipality");
        rules = rules == null ? List.of() : List.copyOf(rules);
        followUpFrequency = followUpFrequency == null ? Optional.empty() : followUpFrequency;
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /**
     * Returns a rule file with the given rules and overrides and no follow-up frequency.
     *
     * @param municipality the municipality
     * @param rules the municipality's own rules
     * @param overrides changes to configurable statutory rules
     * @return the rule file
     */
    public static MunicipalRules of(
            MunicipalityCode municipality, List<DeadlineRule> rules, List<RuleOverride> overrides) {
        return new MunicipalRules(municipality, rules, Optional.empty(), overrides);
    }

    /**
     * Returns a copy with the municipality's default interval between later follow-ups.
     *
     * @param frequency the interval
     * @return the copy
     */
    public MunicipalRules withFollowUpFrequency(Recurrence frequency) {
        return new MunicipalRules(municipality, rules, Optional.of(frequency), overrides);
    }
}
