package dk.fremdrift.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.ClosingReason;
import dk.fremdrift.model.ConversationOutcome;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measures the rates of generated cases with plain counting, as an indicator would, and compares them with the
 * profile's. Steps whose deadline had not passed at the end of the period (right-censored) are left out.
 */
class SyntheticRatesTest {

    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 1, 1);
    private static final Instant SNAPSHOT =
            TO.atStartOfDay(SyntheticMunicipality.ZONE).toInstant();
    private static final int CHILDREN = 8000;

    static Stream<Arguments> profiles() {
        SyntheticProfile strained = SyntheticProfile.national().toBuilder()
                .meanNotificationsPerChild(2.5)
                .assessmentOnTimeRate(0.70)
                .investigationOnTimeRate(0.30)
                .childConversationHeldRate(0.45)
                .firstFollowUpOnTimeRate(0.55)
                .planOnTimeRate(0.60)
                .build();
        return Stream.of(
                Arguments.of("national", 21L, SyntheticProfile.national()), Arguments.of("strained", 22L, strained));
    }

    private static List<ChildCase> generate(long seed, SyntheticProfile profile) {
        return SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(751))
                .children(CHILDREN)
                .from(FROM)
                .to(TO)
                .seed(seed)
                .profile(profile)
                .build()
                .cases()
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void cases_timelinessRates_nearTheProfilesRates(String name, long seed, SyntheticProfile profile) {
        List<ChildCase> cases = generate(seed, profile);

        // 24-hour assessment: notifications received at least 30 days before the snapshot.
        long notifications = 0;
        long assessedOnTime = 0;
        for (ChildCase c : cases) {
            for (Notification n : c.notifications()) {
                if (n.received().isAfter(SNAPSHOT.minus(Duration.ofDays(30)))) {
                    continue;
                }
                notifications++;
                if (n.assessment()
                        .filter(a -> !a.assessed().isAfter(n.received().plus(Duration.ofHours(24))))
                        .isPresent()) {
                    assessedOnTime++;
                }
            }
        }
        assertThat((double) assessedOnTime / notifications)
                .as("%s, seed %d: 24-hour assessments on time of %d", name, seed, notifications)
                .isCloseTo(profile.assessmentOnTimeRate(), within(0.02));

        // Investigation within 4 months of awareness: those whose deadline passed before the snapshot and before
        // any move; a stalled one counts as late.
        long investigations = 0;
        long investigationsOnTime = 0;
        for (ChildCase c : cases) {
            for (Investigation i : c.investigations()) {
                LocalDate deadline = i.awareOn().plusMonths(4);
                boolean movedFirst = c.closing()
                        .filter(x ->
                                x.reason() == ClosingReason.MOVED && !x.closed().isAfter(deadline))
                        .isPresent();
                if (!deadline.isBefore(TO) || movedFirst) {
                    continue;
                }
                investigations++;
                if (i.completed().filter(d -> !d.isAfter(deadline)).isPresent()) {
                    investigationsOnTime++;
                }
            }
        }
        assertThat(investigations).isGreaterThan(1000);
        assertThat((double) investigationsOnTime / investigations)
                .as("%s, seed %d: investigations within 4 months of %d", name, seed, investigations)
                .isCloseTo(profile.investigationOnTimeRate(), within(0.04));

        // Conversation with the child held before the decision: every decision but terminations.
        long decisions = 0;
        long heldBefore = 0;
        for (ChildCase c : cases) {
            Set<PartId> held = new HashSet<>();
            for (ChildConversation cc : c.childConversations()) {
                if (cc.outcome() == ConversationOutcome.HELD) {
                    cc.decisionId().ifPresent(held::add);
                }
            }
            for (Decision d : c.decisions()) {
                if (d.kind() == DecisionKind.TERMINATION) {
                    continue;
                }
                decisions++;
                if (held.contains(d.id())) {
                    heldBefore++;
                }
            }
        }
        assertThat((double) heldBefore / decisions)
                .as("%s, seed %d: conversations held before %d decisions", name, seed, decisions)
                .isCloseTo(profile.childConversationHeldRate(), within(0.04));

        // First follow-up within 3 months of the start: interventions running 3 months before the snapshot.
        long interventions = 0;
        long followedUpOnTime = 0;
        for (ChildCase c : cases) {
            for (Intervention iv : c.interventions()) {
                LocalDate due = iv.start().plusMonths(3);
                if (!due.isBefore(TO) || iv.end().filter(e -> e.isBefore(due)).isPresent()) {
                    continue;
                }
                interventions++;
                Optional<LocalDate> first = c.followUps().stream()
                        .filter(f -> f.interventionId().equals(Optional.of(iv.id())))
                        .map(FollowUp::date)
                        .min(LocalDate::compareTo);
                if (first.filter(d -> !d.isAfter(due)).isPresent()) {
                    followedUpOnTime++;
                }
            }
        }
        assertThat((double) followedUpOnTime / interventions)
                .as("%s, seed %d: first follow-ups on time of %d interventions", name, seed, interventions)
                .isCloseTo(profile.firstFollowUpOnTimeRate(), within(0.04));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void cases_volumesAndShares_nearTheProfilesRates(String name, long seed, SyntheticProfile profile) {
        List<ChildCase> cases = generate(seed, profile);

        // Notifications per child: children up to 12 whose case opened at least 4 years before the snapshot, so
        // that neither the end of the period nor the 18th birthday cuts their repeat notifications off.
        long children = 0;
        long notifications = 0;
        for (ChildCase c : cases) {
            boolean moved =
                    c.closing().filter(x -> x.reason() == ClosingReason.MOVED).isPresent();
            boolean young = !c.child().birthday(13).isBefore(c.opened());
            if (c.opened().isBefore(TO.minusYears(4)) && !moved && young) {
                children++;
                notifications += c.notifications().size();
            }
        }
        assertThat((double) notifications / children)
                .as("%s, seed %d: notifications per child of %d", name, seed, children)
                .isCloseTo(profile.meanNotificationsPerChild(), within(0.1));

        // Screening outcomes from 2024, when exploration exists. Emergencies add a little to investigations.
        long screenings = 0;
        long explorations = 0;
        long investigations = 0;
        for (ChildCase c : cases) {
            for (Screening s : c.screenings()) {
                if (s.date().isBefore(LocalDate.of(2024, 1, 1))) {
                    continue;
                }
                screenings++;
                explorations += s.outcome() == ScreeningOutcome.EXPLORATION ? 1 : 0;
                investigations += s.outcome() == ScreeningOutcome.INVESTIGATION ? 1 : 0;
            }
        }
        assertThat((double) explorations / screenings)
                .as("%s, seed %d: screenings to exploration of %d", name, seed, screenings)
                .isCloseTo(profile.screeningExplorationRate(), within(0.03));
        assertThat((double) investigations / screenings)
                .as("%s, seed %d: screenings to investigation of %d", name, seed, screenings)
                .isCloseTo(profile.screeningInvestigationRate(), within(0.04));

        // A plan within 3 months of a placement with consent.
        long placements = 0;
        long plannedOnTime = 0;
        for (ChildCase c : cases) {
            for (Decision d : c.decisions()) {
                LocalDate due = d.decided().plusMonths(3);
                if (d.kind() != DecisionKind.PLACEMENT_WITH_CONSENT || !due.isBefore(TO)) {
                    continue;
                }
                placements++;
                if (c.plans().stream()
                        .anyMatch(p -> !p.created().isBefore(d.decided())
                                && !p.created().isAfter(due))) {
                    plannedOnTime++;
                }
            }
        }
        assertThat(placements).isGreaterThan(100);
        assertThat((double) plannedOnTime / placements)
                .as("%s, seed %d: plans within 3 months of %d placements", name, seed, placements)
                .isCloseTo(profile.planOnTimeRate(), within(0.06));
    }
}
