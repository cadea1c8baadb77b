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
                        Duty.NOTIFICATION_ASSESSMENT,
                        Duty.NOTIFIER_RECEIPT,
                        Duty.INVESTIGATION,
                        Duty.PRELIMINARY_ASSESSMENT,
                        Duty.INVESTIGATION_WITHOUT_CONSENT,
                        Duty.PLAN,
                        Duty.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT,
                        Duty.YOUTH_PLAN,
                        Duty.FOLLOW_UP,
                        Duty.SUPERVISION,
                        Duty.RETREATMENT_FIRST,
                        Duty.RETREATMENT_REPEAT,
                        Duty.EMERGENCY_NOTICE,
                        Duty.EMERGENCY_APPROVAL,
                        Duty.EMERGENCY_VALIDITY,
                        Duty.DECISION_BEFORE_ADULTHOOD,
                        Duty.COMPLAINT_REASSESSMENT,
                        Duty.COMPLAINT_PERIOD,
                        Duty.ACCESS_TO_DOCUMENTS);
    }

    @Test
    void statutory_childWelfareDuties_switchLawOnNewYear2024() {
        Set<Duty> bothLaws = Set.of(
                Duty.NOTIFICATION_ASSESSMENT,
                Duty.NOTIFIER_RECEIPT,
                Duty.INVESTIGATION,
                Duty.PRELIMINARY_ASSESSMENT,
                Duty.INVESTIGATION_WITHOUT_CONSENT,
                Duty.PLAN,
                Duty.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT,
                Duty.FOLLOW_UP,
                Duty.SUPERVISION,
                Duty.RETREATMENT_FIRST,
                Duty.RETREATMENT_REPEAT,
                Duty.EMERGENCY_NOTICE,
                Duty.EMERGENCY_APPROVAL,
                Duty.EMERGENCY_VALIDITY);
        for (Duty duty : bothLaws) {
            assertThat(BOOK.ruleFor(duty, LAST_DAY_OF_SEL)
                            .orElseThrow()
                            .legalBasis()
                            .law())
                    .as(duty.name())
                    .isEqualTo(Law.SERVICELOVEN);
            assertThat(BOOK.ruleFor(duty, FIRST_DAY_OF_BL)
                            .orElseThrow()
                            .legalBasis()
                            .law())
                    .as(duty.name())
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
                        "BL-50-RETREATMENT-2Y",
                        "SEL-148-SUPERVISION");
    }

    @Test
    void statutory_coversEventsFrom2011_eachRuleFromTheDayItCameIntoForce() {
        assertThat(BOOK.ruleFor(Duty.INVESTIGATION, LocalDate.of(2010, 12, 31))).isEmpty();
        assertThat(BOOK.ruleFor(Duty.INVESTIGATION, LocalDate.of(2011, 1, 1))).isPresent();
        assertThat(BOOK.inForceOn(LocalDate.of(2010, 12, 31))).isEmpty();
        assertThat(BOOK.ruleFor(Duty.NOTIFICATION_ASSESSMENT, LocalDate.of(2013, 9, 30)))
                .isEmpty();
        assertThat(BOOK.ruleFor(Duty.NOTIFICATION_ASSESSMENT, LocalDate.of(2013, 10, 1)))
                .map(DeadlineRule::id)
                .contains("SEL-155-ASSESSMENT-24H");
        assertThat(BOOK.ruleFor(Duty.RETREATMENT_FIRST, LocalDate.of(2013, 4, 17)))
                .map(DeadlineRule::id)
                .contains("SEL-62-RETREATMENT-1Y");
        assertThat(BOOK.ruleFor(Duty.ACCESS_TO_DOCUMENTS, LocalDate.of(2013, 12, 31)))
                .isEmpty();
        assertThat(BOOK.ruleFor(Duty.ACCESS_TO_DOCUMENTS, LocalDate.of(2014, 1, 1)))
                .isPresent();
    }

    @Test
    void inForceOn_eachDutysRuleOfThatDay() {
        for (LocalDate day : List.of(LAST_DAY_OF_SEL, FIRST_DAY_OF_BL, LocalDate.of(2013, 12, 31))) {
            List<DeadlineRule> expected = BOOK.duties().stream()
                    .flatMap(d -> BOOK.ruleFor(d, day).stream())
                    .toList();
            assertThat(BOOK.inForceOn(day)).as("%s", day).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(BOOK.inForceOn(FIRST_DAY_OF_BL))
                .extracting(DeadlineRule::id)
                .contains("BL-20-INVESTIGATION-4M")
                .doesNotContain("SEL-50-INVESTIGATION-4M");
    }

    @Test
    void get_unknownId_refusedNamingAnExample() {
        assertThatThrownBy(() -> BOOK.get("NO-SUCH-RULE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "rule id: expected one of the book's " + BOOK.rules().size() + " rules such as "
                                + BOOK.rules().get(0).id() + ", got 'NO-SUCH-RULE'");
        assertThat(RuleBook.of(List.of(BOOK.get("OFL-36-ACCESS-7WD"))).rules())
                .extracting(DeadlineRule::id)
                .containsExactly("OFL-36-ACCESS-7WD");
        assertThat(BOOK)
                .hasToString("RuleBook[" + BOOK.rules().size() + " rules, "
                        + BOOK.duties().size() + " duties]");
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
    void withMunicipalRules_overrideOfConfigurableRuleLocalRuleAndFollowUpFrequency_applied() {
        DeadlineRule local = DeadlineRule.builder("KK-SCREENING-5WD", Duty.of("LOCAL_SCREENING"))
                .title("Screening inden 5 arbejdsdage", "Screening within 5 working days")
                .law(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2), InForcePeriod.from(LocalDate.of(2025, 1, 1)))
                .on(Trigger.of(TriggerKind.NOTIFICATION_RECEIVED), Completion.of(CompletionKind.SCREENED))
                .length(5, DeadlineUnit.WORKING_DAYS)
                .build();
        MunicipalRules file = MunicipalRules.of(
                        MunicipalityCode.of(101),
                        List.of(local),
                        List.of(RuleOverride.of("BL-50-RETREATMENT-1Y").withLength(6, DeadlineUnit.MONTHS)))
                .withFollowUpFrequency(Recurrence.every(3, DeadlineUnit.MONTHS));

        RuleBook combined = BOOK.withMunicipalRules(file);

        assertThat(combined.get("BL-50-RETREATMENT-1Y").length()).isEqualTo(6);
        assertThat(combined.followUpFrequency()).contains(Recurrence.every(3, DeadlineUnit.MONTHS));
        assertThat(combined.get("KK-SCREENING-5WD").source()).isEqualTo(RuleSource.MUNICIPAL);
        assertThat(combined.rules()).hasSize(BOOK.rules().size() + 1);
        assertThat(BOOK.followUpFrequency()).isEmpty();
        assertThat(BOOK.get("BL-95-FOLLOW-UP").recurrence())
                .as("barnets lov § 95 sets no frequency after the first follow-up")
                .isEmpty();
        assertThatThrownBy(() -> BOOK.withMunicipalRules(MunicipalRules.of(
                        MunicipalityCode.of(101),
                        List.of(),
                        List.of(RuleOverride.of("BL-95-FOLLOW-UP")
                                .withRecurrence(Recurrence.every(3, DeadlineUnit.MONTHS))))))
                .isInstanceOf(RuleConflictException.class)
                .hasMessageContaining("is not configurable");
    }

    @Test
    void withMunicipalRules_overrideOfStatutoryLengthAndUnknownRule_refusedWithEveryReason() {
        MunicipalRules file = MunicipalRules.of(
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
                        + " serviceloven § 50 | 1. januar 2011 til og med 31. december 2023 |");
    }

    /** The readings of the law the rules rest on, with their sources, at the head of the catalogue. */
    static final String READINGS = "## Readings of the law\n\n"
            + "Each reading below was checked against the text of the provision; the quotes are short and in the"
            + " law's own words. LBK = lovbekendtgørelse.\n\n"
            + "| provision | text relied on | reading in the rule book | source |\n"
            + "|---|---|---|---|\n"
            + "| barnets lov § 95, stk. 2-3 (LBK nr. 282 af 17/03/2025) | first follow-up at the earliest of"
            + " 'Når afdækningen eller undersøgelsen ... er afsluttet' and '3 måneder efter iværksættelse af"
            + " indsatsen'; at the first follow-up the municipality decides 'den fremadrettede tilrettelæggelse af"
            + " opfølgningen' | the statute sets the first follow-up only; later ones by the date the case records,"
            + " else the municipality's own frequency (cited as its own), else undetermined | lovguiden.dk, barnets lov"
            + " § 95 |\n"
            + "| barnets lov § 156, stk. 5 | 'mindst to årlige tilsynsbesøg på anbringelsesstedet, hvor kommunen"
            + " taler med barnet eller den unge' | only a visit with a conversation with the child meets the duty; no"
            + " exception in the text | lovguiden.dk, barnets lov § 156 |\n"
            + "| serviceloven § 62, stk. 1-2 | 'ikke har været anbragt uden for hjemmet inden for det seneste år før"
            + " datoen for den aktuelle anbringelse' → 'ud over 1 år'; 'har været anbragt' → 'ud over 2 år' | the"
            + " period follows from the recorded kind of decision, never from the order of decisions | danskelove.dk,"
            + " serviceloven § 62 |\n"
            + "| barnets lov § 91, stk. 2 | 'Planen skal foreligge, senest 3 måneder efter at der er truffet afgørelse"
            + " om anbringelse'; 'Sker anbringelsen uden samtykke efter § 47, skal planen dog foreligge, inden der"
            + " træffes afgørelse om anbringelse' | plan duties follow decisions under §§ 46-47 only: not an emergency"
            + " decision (§ 143), not a maintenance (§ 50) | lovguiden.dk, barnets lov § 91 |\n"
            + "| serviceloven § 140, stk. 1 | the plan is made 'inden der træffes afgørelse om foranstaltninger'; when"
            + " the child cannot wait, 'snarest muligt og senest inden 4 måneder' | the plan of a placement decision"
            + " is due no later than 4 months after it (the outer limit) | the preparatory works of barnets lov § 91"
            + " (lovguiden.dk, barnets lov § 91), and barnetsjurist.dk quoting § 140, stk. 1 |\n"
            + "| barnets lov § 142, stk. 1; § 67, stk. 2 | the committee decides 'Anbringelse uden for hjemmet efter"
            + " §§ 47 eller 49', 'Opretholdelse af en anbringelse efter § 50', 'Godkendelse af en foreløbig afgørelse"
            + " efter § 143, stk. 4'; after a permanent placement the committee 'skal ... ikke træffe afgørelse efter"
            + " § 50' | placement, maintenance and emergency approval are three kinds of decision; a permanent"
            + " placement ends re-treatment | lovguiden.dk, barnets lov §§ 142, 67 |\n"
            + "| BEK nr. 727 af 10/07/2019 § 3, stk. 3 | a chair's decision under serviceloven § 75 is put to the"
            + " committee 'senest inden 7 dage efter iværksættelsen af afgørelsen' | the 7 days count from the"
            + " implementation | elov.dk |\n\n"
            + "Not confirmed in the text, and so configurable with the stricter default or left as they were: barnets"
            + " lov § 50 (its periods), § 143 (its text), § 23 (the length for an investigation without consent),"
            + " § 135 (the paragraph and unit of the receipt); serviceloven § 148 (whether the conversation is required"
            + " 'som udgangspunkt'), § 155 b (its day in force); the day each serviceloven rule came into force before 2014 other than § 155, stk. 2.\n\n";

    /**
     * The catalogue in {@code deadlines/RULES.md} is generated from the code. Run with {@code
     * -Dfremdrift.updateDocs=true} to refresh it after changing a rule.
     */
    @Test
    void catalogueFile_matchesTheRuleBook() throws IOException {
        Path file = Path.of("RULES.md");
        String expected = "# Deadline rule catalogue\n\n"
                + "Generated from `RuleBook.statutory()` by `RuleBookTest`; do not edit by hand. The statutory rule"
                + " book judges events from 2011-01-01 (barnereformen), each rule from the day it came into force:"
                + " serviceloven's rules until 2023-12-31, barnets lov's from 2024-01-01. An event before any rule of"
                + " its duty was in force gets a not-applicable evaluation that says so. Rules marked UNCONFIRMED are"
                + " configurable and default to the stricter reading.\n\n"
                + READINGS
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

    /**
     * The statutory list built afresh, not the book made once when the class loaded, against the committed
     * catalogue: every rule, its law, period, length and note, and each marked statutory.
     */
    @Test
    void statutoryRules_builtAfresh_areTheCatalogueFilesRules() throws IOException {
        String file = Files.readString(Path.of("RULES.md"), StandardCharsets.UTF_8);
        String english =
                file.substring(file.indexOf("## English\n\n") + "## English\n\n".length(), file.indexOf("\n## Dansk"));
        String danish = file.substring(file.indexOf("## Dansk\n\n") + "## Dansk\n\n".length());

        List<DeadlineRule> fresh = StatutoryRules.all();

        assertThat(RuleBook.of(fresh).toMarkdown(Locale.ENGLISH)).isEqualTo(english);
        assertThat(RuleBook.of(fresh).toMarkdown(Locale.forLanguageTag("da"))).isEqualTo(danish);
        assertThat(fresh).extracting(DeadlineRule::source).containsOnly(RuleSource.STATUTORY);
    }

    @Test
    void rules_idsUniqueAndDutiesGroupSharedTriggerAndCompletion() {
        Map<Duty, List<DeadlineRule>> byDuty = BOOK.rules().stream().collect(Collectors.groupingBy(DeadlineRule::duty));
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

    /** The statutory book's fingerprint, pinned so that one computed in another JVM run is checked too: set
     * iteration order differs between runs, and the fingerprint must not. Update it when a rule changes on purpose. */
    private static final String STATUTORY_FINGERPRINT =
            "3d91dd49c89daf3cf5fabf0d6c6908fb104134f43b1c3e5ddd71141a11d8e62a";

    @Test
    void fingerprint_isTheSameInEveryRunAndForAnEqualBook() {
        assertThat(BOOK.fingerprint()).matches("[0-9a-f]{64}").isEqualTo(STATUTORY_FINGERPRINT);
        assertThat(RuleBook.of(BOOK.rules()).fingerprint()).isEqualTo(BOOK.fingerprint());
    }

    @Test
    void fingerprint_changesWithWhatTheBookComputes_notWithTitles() {
        DeadlineRule first = BOOK.rules().get(0);
        List<DeadlineRule> retitled = new java.util.ArrayList<>(BOOK.rules());
        retitled.set(0, first.toBuilder().title("Ny titel", "New title").build());
        assertThat(RuleBook.of(retitled).fingerprint()).isEqualTo(BOOK.fingerprint());

        List<DeadlineRule> longer = new java.util.ArrayList<>(BOOK.rules());
        longer.set(0, first.toBuilder().length(first.length() + 1, first.unit()).build());
        assertThat(RuleBook.of(longer).fingerprint()).isNotEqualTo(BOOK.fingerprint());

        RuleBook everyFourMonths =
                BOOK.withMunicipalRules(MunicipalRules.of(MunicipalityCode.of(461), List.of(), List.of())
                        .withFollowUpFrequency(Recurrence.every(4, DeadlineUnit.MONTHS)));
        assertThat(everyFourMonths.fingerprint()).isNotEqualTo(BOOK.fingerprint());
    }
}
