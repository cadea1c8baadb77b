package dk.fremdrift.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    private static final RuleBook BOOK = RuleBook.statutory();
    private static final LocalDate LAST_DAY_OF_SEL = LocalDate.of(2023, 12, 31);
    private static final LocalDate FIRST_DAY_OF_BL = LocalDate.of(2024, 1, 1);

    @Test
    void statutory_everyDutyOfTheDomainReference_isThere() {
        assertThat(BOOK.duties())
                .containsExactlyInAnyOrder(
                        Duties.NOTIFICATION_ASSESSMENT,
                        Duties.NOTIFIER_RECEIPT,
                        Duties.INVESTIGATION,
                        Duties.PRELIMINARY_ASSESSMENT,
                        Duties.INVESTIGATION_WITHOUT_CONSENT,
                        Duties.PLAN,
                        Duties.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT,
                        Duties.YOUTH_PLAN,
                        Duties.FOLLOW_UP,
                        Duties.SUPERVISION,
                        Duties.RETREATMENT_FIRST,
                        Duties.RETREATMENT_REPEAT,
                        Duties.EMERGENCY_NOTICE,
                        Duties.EMERGENCY_APPROVAL,
                        Duties.EMERGENCY_VALIDITY,
                        Duties.DECISION_BEFORE_ADULTHOOD,
                        Duties.COMPLAINT_REASSESSMENT,
                        Duties.COMPLAINT_PERIOD,
                        Duties.ACCESS_TO_DOCUMENTS);
    }

    @Test
    void statutory_childWelfareDuties_switchLawOnNewYear2024() {
        Set<String> bothLaws = Set.of(
                Duties.NOTIFICATION_ASSESSMENT,
                Duties.NOTIFIER_RECEIPT,
                Duties.INVESTIGATION,
                Duties.PRELIMINARY_ASSESSMENT,
                Duties.INVESTIGATION_WITHOUT_CONSENT,
                Duties.PLAN,
                Duties.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT,
                Duties.FOLLOW_UP,
                Duties.SUPERVISION,
                Duties.RETREATMENT_FIRST,
                Duties.RETREATMENT_REPEAT,
                Duties.EMERGENCY_NOTICE,
                Duties.EMERGENCY_APPROVAL,
                Duties.EMERGENCY_VALIDITY);
        for (String duty : bothLaws) {
            assertThat(BOOK.ruleFor(duty, LAST_DAY_OF_SEL)
                            .orElseThrow()
                            .legalBasis()
                            .law())
                    .as(duty)
                    .isEqualTo(Law.SERVICELOVEN);
            assertThat(BOOK.ruleFor(duty, FIRST_DAY_OF_BL)
                            .orElseThrow()
                            .legalBasis()
                            .law())
                    .as(duty)
                    .isEqualTo(Law.BARNETS_LOV);
        }
    }

    @Test
    void statutory_everyRule_citesItsLawAndPeriodAndUnconfirmedRulesExplainThemselves() {
        for (DeadlineRule r : BOOK.rules()) {
            assertThat(r.source()).isEqualTo(RuleSource.STATUTORY);
            assertThat(r.id()).startsWith(r.legalBasis().law().abbreviation() + "-");
            assertThat(r.legalBasis().toDanish()).contains("§");
            if (r.certainty() == Certainty.UNCONFIRMED) {
                assertThat(r.configurable()).as(r.id()).isTrue();
                assertThat(r.note())
                        .as(r.id())
                        .hasValueSatisfying(n -> assertThat(n).contains("UNCONFIRMED"));
            }
        }
        assertThat(BOOK.rules())
                .filteredOn(r -> r.certainty() == Certainty.UNCONFIRMED)
                .extracting(DeadlineRule::id)
                .containsExactlyInAnyOrder(
                        "SEL-155B-RECEIPT-6WD",
                        "BL-135-RECEIPT-6WD",
                        "BL-23-INVESTIGATION-WITHOUT-CONSENT-2M",
                        "BL-50-RETREATMENT-1Y",
                        "BL-50-RETREATMENT-2Y");
    }

    @Test
    void statutory_coversEventsFrom2014_notBefore() {
        assertThat(BOOK.ruleFor(Duties.INVESTIGATION, LocalDate.of(2013, 12, 31)))
                .isEmpty();
        assertThat(BOOK.ruleFor(Duties.INVESTIGATION, LocalDate.of(2014, 1, 1))).isPresent();
        assertThat(BOOK.inForceOn(LocalDate.of(2013, 12, 31))).isEmpty();
    }

    @Test
    void of_overlappingRulesOfOneDutyAndDuplicateIds_reportsEveryConflict() {
        DeadlineRule a = BOOK.get("BL-136-ASSESSMENT-24H");
        DeadlineRule overlapping = a.toBuilder().build();
        DeadlineRule renamed = DeadlineRule.builder("LOCAL-ASSESSMENT-24H", a.duty())
                .title("t", "t")
                .law(a.legalBasis(), InForcePeriod.from(LocalDate.of(2025, 1, 1)))
                .on(a.trigger(), a.completion())
                .length(24, DeadlineUnit.HOURS)
                .build();

        assertThatThrownBy(() -> RuleBook.of(List.of(a, overlapping, renamed)))
                .isInstanceOfSatisfying(
                        RuleConflictException.class,
                        e -> assertThat(e.conflicts())
                                .containsExactly(
                                        "rule id BL-136-ASSESSMENT-24H is used twice",
                                        "rules BL-136-ASSESSMENT-24H (from 2024-01-01) and LOCAL-ASSESSMENT-24H (from"
                                                + " 2025-01-01) of duty NOTIFICATION_ASSESSMENT are in force at the same"
                                                + " time"));
    }

    @Test
    void withMunicipalRules_overrideOfConfigurableRuleAndLocalRule_applied() {
        DeadlineRule local = DeadlineRule.builder("KK-SCREENING-5WD", "LOCAL_SCREENING")
                .title("Screening inden 5 arbejdsdage", "Screening within 5 working days")
                .law(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2), InForcePeriod.from(LocalDate.of(2025, 1, 1)))
                .on(Trigger.of(TriggerKind.NOTIFICATION_RECEIVED), Completion.of(CompletionKind.SCREENED))
                .length(5, DeadlineUnit.WORKING_DAYS)
                .build();
        MunicipalRules file = new MunicipalRules(
                MunicipalityCode.of(101),
                List.of(local),
                List.of(RuleOverride.of("BL-95-FOLLOW-UP").withRecurrence(Recurrence.every(3, DeadlineUnit.MONTHS))));

        RuleBook combined = BOOK.withMunicipalRules(file);

        assertThat(combined.get("BL-95-FOLLOW-UP").recurrence()).contains(Recurrence.every(3, DeadlineUnit.MONTHS));
        assertThat(combined.get("KK-SCREENING-5WD").source()).isEqualTo(RuleSource.MUNICIPAL);
        assertThat(combined.rules()).hasSize(BOOK.rules().size() + 1);
        assertThat(BOOK.get("BL-95-FOLLOW-UP").recurrence()).contains(Recurrence.every(6, DeadlineUnit.MONTHS));
    }

    @Test
    void withMunicipalRules_overrideOfStatutoryLengthAndUnknownRule_refusedWithEveryReason() {
        MunicipalRules file = new MunicipalRules(
                MunicipalityCode.of(101),
                List.of(BOOK.get("OFL-36-ACCESS-7WD")),
                List.of(
                        RuleOverride.of("BL-20-INVESTIGATION-4M").withLength(5, DeadlineUnit.MONTHS),
                        RuleOverride.of("NO-SUCH-RULE").withDueSoon(java.time.Duration.ofDays(3)),
                        RuleOverride.of("BL-136-ASSESSMENT-24H").withDueSoon(java.time.Duration.ofHours(2))));

        assertThatThrownBy(() -> BOOK.withMunicipalRules(file))
                .isInstanceOfSatisfying(
                        RuleConflictException.class,
                        e -> assertThat(e.conflicts())
                                .containsExactly(
                                        "override of BL-20-INVESTIGATION-4M: the rule is set by barnets lov § 20, stk. 3 and"
                                                + " is not configurable; only its dueSoon and note may be changed",
                                        "override of NO-SUCH-RULE: no rule has that id",
                                        "rule OFL-36-ACCESS-7WD in the rule file of municipality 101 has source STATUTORY;"
                                                + " a rule file holds municipal rules only"));
    }

    @Test
    void toMarkdown_everyRuleOnceWithItsLegalBasis() {
        String md = BOOK.toMarkdown(Locale.ENGLISH);
        for (DeadlineRule r : BOOK.rules()) {
            assertThat(md).containsOnlyOnce("| `" + r.id() + "` |");
        }
        assertThat(md)
                .contains("| `BL-20-INVESTIGATION-4M` | Child-welfare investigation within 4 months |"
                        + " barnets lov § 20, stk. 3 | from 2024-01-01 | 4 | MONTHS | NONE | DK | CONFIRMED |");
        assertThat(BOOK.toMarkdown(Locale.forLanguageTag("da")))
                .contains("| `SEL-50-INVESTIGATION-4M` | Børnefaglig undersøgelse afsluttet inden 4 måneder |"
                        + " serviceloven § 50 | 1. januar 2014 til og med 31. december 2023 |");
    }

    /**
     * The catalogue in {@code deadlines/RULES.md} is generated from the code. Run with {@code
     * -Dfremdrift.updateDocs=true} to refresh it after changing a rule.
     */
    @Test
    void catalogueFile_matchesTheRuleBook() throws IOException {
        Path file = Path.of("RULES.md");
        String expected = "# Deadline rule catalogue\n\n"
                + "Generated from `RuleBook.statutory()` by `RuleBookTest`; do not edit by hand. The statutory rule"
                + " book judges events from 2014-01-01: serviceloven's rules until 2023-12-31, barnets lov's from"
                + " 2024-01-01. Rules marked UNCONFIRMED are configurable and default to the stricter reading.\n\n"
                + "## English\n\n" + BOOK.toMarkdown(Locale.ENGLISH) + "\n## Dansk\n\n"
                + BOOK.toMarkdown(Locale.forLanguageTag("da"));
        if (Boolean.getBoolean("fremdrift.updateDocs")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file))
                .as("deadlines/RULES.md is missing; run the tests with -Dfremdrift.updateDocs=true")
                .isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("deadlines/RULES.md is out of date; run the tests with -Dfremdrift.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void rules_idsUniqueAndDutiesGroupSharedTriggerAndCompletion() {
        Map<String, List<DeadlineRule>> byDuty =
                BOOK.rules().stream().collect(Collectors.groupingBy(DeadlineRule::duty));
        byDuty.forEach((duty, rules) -> {
            assertThat(rules)
                    .extracting(r -> r.trigger().kind())
                    .containsOnly(rules.get(0).trigger().kind());
            assertThat(rules)
                    .extracting(r -> r.completion().kind())
                    .containsOnly(rules.get(0).completion().kind());
        });
        assertThat(BOOK.rules()).extracting(DeadlineRule::id).doesNotHaveDuplicates();
    }
}
