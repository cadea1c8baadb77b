package dk.fremdrift.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.fremdrift.deadlines.DeadlineRule;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.Obligation;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.model.CaseworkerId;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Justification;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.PartId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RulePackTest {

    private static final LocalDate BARNETS_LOV_START = LocalDate.of(2024, 1, 1);

    static Stream<RuleDescriptor> allRules() {
        return RuleCatalogue.statutory().rules().stream();
    }

    @Test
    void statutory_servicelovenThenBarnetsLov_meetingWithoutGapOrOverlap() {
        RulePack sel = RulePack.serviceloven();
        RulePack bl = RulePack.barnetsLov();

        assertThat(RulePack.statutory()).containsExactly(sel, bl);
        assertThat(sel.inForce()).isEqualTo(InForcePeriod.between(LocalDate.of(2011, 1, 1), BARNETS_LOV_START));
        assertThat(bl.inForce()).isEqualTo(InForcePeriod.from(BARNETS_LOV_START));
        assertThat(sel.judges(LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(bl.judges(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(bl.judges(BARNETS_LOV_START)).isTrue();
        assertThat(sel.judges(LocalDate.of(2010, 12, 31))).isFalse();
        assertThat(sel.judges(LocalDate.of(2013, 12, 31))).isTrue();
        assertThat(sel.law()).isEqualTo(Law.SERVICELOVEN);
        assertThat(bl.previousId()).contains("SEL");
        assertThat(sel.previousId()).isEmpty();
        assertThat(bl.name(Locale.forLanguageTag("da"))).isEqualTo("barnets lov");
    }

    @Test
    void barnetsLov_changesAgainstServiceloven_addedChangedAndTheOmittedVisitConversationRemoved() {
        List<PackChange> changes = RulePack.barnetsLov().changes();

        assertThat(changes)
                .filteredOn(c -> c.kind() == ChangeKind.ADDED)
                .extracting(c -> c.code().orElseThrow())
                .containsExactly("BL-108-YOUTH-PLAN", "BL-111-DECISION-BEFORE-18");
        // Barnets lov § 156, stk. 5, allows no omission of the conversation at a supervision visit.
        assertThat(changes)
                .filteredOn(c -> c.kind() == ChangeKind.REMOVED)
                .extracting(c -> c.previousCode().orElseThrow())
                .containsExactly("SEL-148-VISIT-CONVERSATION-OMITTED");
        assertThat(changes)
                .filteredOn(c -> c.kind() == ChangeKind.CHANGED)
                .extracting(c -> c.previousCode().orElseThrow(), c -> c.code().orElseThrow())
                .contains(
                        tuple("SEL-155-ASSESSMENT-24H", "BL-136-ASSESSMENT-24H"),
                        tuple("SEL-155A-INDEPENDENT-ASSESSOR", "BL-137-INDEPENDENT-ASSESSOR"),
                        tuple("SEL-48-CHILD-CONVERSATION", "BL-5-CHILD-CONVERSATION"),
                        tuple("SEL-MGMT-REVIEW", "BL-MGMT-REVIEW"));
        // Rules both packs share are not changes.
        assertThat(changes).extracting(PackChange::concept).doesNotContain("COMPLAINT_REASSESSMENT", "LOCAL_DEADLINE");
        assertThat(RulePack.serviceloven().changes()).isEmpty();
    }

    @Test
    void packs_sharedRules_sameDescriptorInBoth() {
        assertThat(RulePack.serviceloven().find("RSL-66-COMPLAINT-REASSESSMENT"))
                .isEqualTo(RulePack.barnetsLov().find("RSL-66-COMPLAINT-REASSESSMENT"))
                .isPresent();
        assertThat(RulePack.serviceloven().find("BL-136-ASSESSMENT-24H")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allRules")
    void rule_code_upperCaseWordsStartingWithItsLawAndUsableByAJustification(RuleDescriptor d) {
        assertThat(d.code()).startsWith(d.law().abbreviation() + "-");
        assertThat(Justification.of(PartId.of("j"), d.code(), CaseworkerId.of("c"), Instant.EPOCH, "r")
                        .ruleCode())
                .isEqualTo(d.code());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allRules")
    void rule_inForce_coversThePacksItIsIn(RuleDescriptor d) {
        for (RulePack pack : RulePack.statutory()) {
            if (pack.find(d.code()).isPresent()) {
                // A rule may come into force after its pack begins (offentlighedsloven § 36 from 2014), never
                // before: it covers the pack from its own first day on.
                assertThat(d.inForce().contains(pack.inForce().startInclusive())
                                || (pack.inForce().contains(d.inForce().startInclusive())
                                        && d.inForce()
                                                .startInclusive()
                                                .isAfter(pack.inForce().startInclusive())))
                        .as(pack.id())
                        .isTrue();
                assertThat(pack.inForce()
                                .endInclusive()
                                .map(d.inForce()::contains)
                                .orElse(true))
                        .as(pack.id())
                        .isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allRules")
    void rule_templates_useOnlyKnownPlaceholdersTheSameInBothLanguages(RuleDescriptor d) {
        for (int i = 0; i < d.messagesDa().size(); i++) {
            assertThat(placeholders(d.messagesDa().get(i)))
                    .containsExactlyInAnyOrderElementsOf(
                            placeholders(d.messagesEn().get(i)))
                    .contains("path", "basis");
        }
        if (d.isTimeliness()) {
            assertThat(d.messagesDa()).hasSize(2);
        }
    }

    @Test
    void timelinessRules_reportEveryStatutoryDutyOfTheMunicipality() {
        Set<Duty> claimed = RuleCatalogue.statutory().rules().stream()
                .flatMap(d -> d.deadlineDuties().stream())
                .collect(Collectors.toSet());
        Set<Duty> municipal = RuleBook.statutory().rules().stream()
                .filter(r -> r.obligation() == Obligation.MUNICIPALITY)
                .map(DeadlineRule::duty)
                .collect(Collectors.toSet());

        assertThat(claimed).isEqualTo(municipal).doesNotContain(Duty.COMPLAINT_PERIOD);
    }

    private static Set<String> placeholders(String template) {
        Set<String> keys = new java.util.HashSet<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
