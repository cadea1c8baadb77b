package dk.fremdrift.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.model.AppealOutcome;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Cpr;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.DecisionOutcome;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyntheticMunicipalityTest {

    private static final LocalDate FROM_2019_01_01 = LocalDate.of(2019, 1, 1);
    private static final LocalDate TO_2026_01_01 = LocalDate.of(2026, 1, 1);
    private static final LocalDate BARNETS_LOV_2024_01_01 = LocalDate.of(2024, 1, 1);

    private static SyntheticMunicipality odense(long seed, int children) {
        return SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(461))
                .children(children)
                .from(FROM_2019_01_01)
                .to(TO_2026_01_01)
                .seed(seed)
                .build();
    }

    private static byte[] jsonLines(Stream<ChildCase> cases) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseJsonLines.write(cases, out);
        return out.toByteArray();
    }

    @Test
    void cases_sameSeed_identicalJsonLinesBytes() throws IOException {
        byte[] first = jsonLines(odense(42, 500).cases());
        byte[] second = jsonLines(odense(42, 500).cases());

        assertThat(first).as("seed 42").isNotEmpty().isEqualTo(second);
    }

    @Test
    void cases_seed42_matchPinnedDigest() throws IOException, NoSuchAlgorithmException {
        // Pins the output across JDKs and releases. If you changed the generator or the case format on purpose,
        // update the digest (and say so in the commit).
        byte[] bytes = jsonLines(odense(42, 2000).cases(0, 200));
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        assertThat(sha256).as("seed 42").isEqualTo("c52855121606881aa594594c71d385ef02d88f00b2800cbcc27d60f76fd83917");
    }

    @Test
    void cases_differentSeeds_differ() throws IOException {
        byte[] seed1 = jsonLines(odense(1, 200).cases());
        byte[] seed2 = jsonLines(odense(2, 200).cases());

        assertThat(seed1).isNotEqualTo(seed2);
    }

    @Test
    void cases_slice_equalsTheSameSliceOfTheWhole() {
        SyntheticMunicipality m = odense(7, 300);
        List<ChildCase> whole = m.cases().toList();

        assertThat(m.cases(120, 180).toList()).as("seed 7").isEqualTo(whole.subList(120, 180));
        assertThat(m.caseAt(299)).as("seed 7").isEqualTo(whole.get(299));
    }

    @Test
    void cases_parallel_sameCasesInTheSameOrder() {
        SyntheticMunicipality m = odense(8, 400);

        assertThat(m.cases().parallel().toList())
                .as("seed 8")
                .isEqualTo(m.cases().toList());
    }

    @Test
    void cases_limitOnHugeMunicipality_generatesOnlyTheCasesConsumed() {
        SyntheticMunicipality huge = odense(9, 5_000_000);

        List<ChildCase> first = huge.cases().limit(10).toList();

        assertThat(first).hasSize(10);
        assertThat(huge.generatedCount()).as("cases generated for limit(10)").isEqualTo(10);
        assertThat(huge.caseAt(4_999_999).opened()).isBefore(TO_2026_01_01);
        assertThat(huge.generatedCount()).isEqualTo(11);
    }

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of(1L, 1000, FROM_2019_01_01, TO_2026_01_01),
                Arguments.of(2L, 1000, LocalDate.of(2020, 3, 15), LocalDate.of(2025, 9, 1)),
                Arguments.of(3L, 1000, LocalDate.of(2012, 1, 1), LocalDate.of(2024, 6, 1)),
                Arguments.of(4L, 1000, LocalDate.of(2023, 11, 1), LocalDate.of(2024, 3, 1)),
                Arguments.of(5L, 1000, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)),
                Arguments.of(-6L, 1000, LocalDate.of(2007, 1, 1), LocalDate.of(2036, 1, 1)));
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void cases_manySeedsAndPeriods_passTheModelChecksAndOurInvariants(
            long seed, int children, LocalDate from, LocalDate to) {
        SyntheticMunicipality m = SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(101))
                .children(children)
                .from(from)
                .to(to)
                .seed(seed)
                .build();

        // Generating a case runs every constructor check of the model; a broken invariant throws here.
        List<ChildCase> cases = m.cases().toList();

        assertThat(cases).as("seed %d", seed).hasSize(children);
        for (ChildCase c : cases) {
            String at = "seed " + seed + ", case " + c.id();
            assertThat(c.toBuilder().build()).as(at).isEqualTo(c);
            assertThat(c.opened()).as(at).isAfterOrEqualTo(from).isBefore(to);
            assertThat(ChronoUnit.YEARS.between(c.child().birthDate(), c.opened()))
                    .as(at)
                    .isBetween(0L, 17L);
            assertThat(c.child().cpr()).as(at).isEmpty();
            assertThat(c.notifications()).as(at).isNotEmpty();
            assertThat(c.notifications()
                            .get(0)
                            .received()
                            .atZone(SyntheticMunicipality.ZONE)
                            .toLocalDate())
                    .as(at)
                    .isEqualTo(c.opened());
            assertAssignmentsCoverTheCase(c, at);
            c.closing().ifPresent(closing -> {
                assertThat(closing.closed()).as(at).isBefore(to);
                c.notifications()
                        .forEach(n -> assertThat(n.received()
                                        .atZone(SyntheticMunicipality.ZONE)
                                        .toLocalDate())
                                .as(at)
                                .isBefore(closing.closed()));
                c.decisions().forEach(d -> assertThat(d.decided()).as(at).isBeforeOrEqualTo(closing.closed()));
            });
            c.decisions().forEach(d -> assertThat(d.decided()).as(at).isBefore(to));
            c.interventions().forEach(iv -> assertThat(iv.start()).as(at).isBefore(to));
        }
    }

    private static void assertAssignmentsCoverTheCase(ChildCase c, String at) {
        List<CaseworkerAssignment> as = c.assignments();
        assertThat(as).as(at).isNotEmpty();
        assertThat(as.get(0).from()).as(at).isEqualTo(c.opened());
        for (int i = 0; i + 1 < as.size(); i++) {
            assertThat(as.get(i).until()).as(at).contains(as.get(i + 1).from());
        }
        assertThat(as.get(as.size() - 1).until()).as(at).isEqualTo(c.closing().map(closing -> closing.closed()));
    }

    @Test
    void cases_recordTheLegalFactsTheirDeadlinesDependOn() {
        List<ChildCase> cases = odense(13, 4000).cases().toList();
        int emergencies = 0;
        int emergenciesFollowedByTheCommittee = 0;
        int maintenances = 0;
        int blFollowUps = 0;
        int blFollowUpsWithNext = 0;
        int omittedWithReason = 0;
        for (ChildCase c : cases) {
            String at = "seed 13, case " + c.id();
            assertThat(c.kle().mainGroup())
                    .as(at + ": KLE main group by the law the case was opened under")
                    .isEqualTo(c.opened().isBefore(BARNETS_LOV_2024_01_01) ? 27 : 34);
            for (Decision d : c.decisions()) {
                if (d.kind() != DecisionKind.PLACEMENT_WITHOUT_CONSENT) {
                    continue;
                }
                if (d.emergency().isPresent()) {
                    assertThat(d.placementKind()).as(at + " " + d.id()).isEmpty();
                    emergencies++;
                    boolean followed = c.decisions().stream()
                            .anyMatch(o -> o.emergency().isEmpty()
                                    && o.kind() == DecisionKind.PLACEMENT_WITHOUT_CONSENT
                                    && !o.decided().isBefore(d.decided()));
                    emergenciesFollowedByTheCommittee += followed ? 1 : 0;
                } else {
                    assertThat(d.placementKind())
                            .as(at + " " + d.id() + " records its kind")
                            .isPresent();
                    maintenances += d.placementKind().get().isPlacement() ? 0 : 1;
                }
            }
            for (var f : c.followUps()) {
                if (!f.date().isBefore(BARNETS_LOV_2024_01_01)) {
                    blFollowUps++;
                    blFollowUpsWithNext += f.nextFollowUpBy().isPresent() ? 1 : 0;
                }
            }
            for (var v : c.supervisionVisits()) {
                omittedWithReason += v.conversationOmissionReason().isPresent() ? 1 : 0;
            }
        }
        assertThat(emergencies).isPositive();
        assertThat(emergenciesFollowedByTheCommittee).isPositive();
        assertThat(maintenances).isPositive();
        assertThat((double) blFollowUpsWithNext / blFollowUps).isBetween(0.85, 0.97);
        assertThat(omittedWithReason).isPositive();
    }

    @Test
    void cases_decisionsAndPlans_followTheLawInForceOnTheirDate() {
        List<ChildCase> cases = odense(11, 4000).cases().toList();
        Map<DecisionKind, String[]> paragraphs = Map.of(
                DecisionKind.SUPPORT, new String[] {"52", "32"},
                DecisionKind.PLACEMENT_WITH_CONSENT, new String[] {"52", "46"},
                DecisionKind.PLACEMENT_WITHOUT_CONSENT, new String[] {"58", "47"},
                DecisionKind.YOUTH_SUPPORT, new String[] {"76", "114"},
                DecisionKind.TERMINATION, new String[] {"68", "99"});
        Set<Law> lawsSeen = new HashSet<>();
        Set<PlanKind> planKindsSeen = new HashSet<>();

        for (ChildCase c : cases) {
            String at = "seed 11, case " + c.id();
            for (Decision d : c.decisions()) {
                boolean before = d.decided().isBefore(BARNETS_LOV_2024_01_01);
                assertThat(d.legalBasis().law())
                        .as(at + " " + d.id())
                        .isEqualTo(before ? Law.SERVICELOVEN : Law.BARNETS_LOV);
                String[] expected = paragraphs.get(d.kind());
                if (d.emergency().isPresent()) {
                    expected = new String[] {"75", "143"};
                } else if (d.placementKind().filter(k -> !k.isPlacement()).isPresent()) {
                    expected = new String[] {"62", "50"};
                }
                assertThat(d.legalBasis().paragraph()).as(at + " " + d.id()).isEqualTo(expected[before ? 0 : 1]);
                lawsSeen.add(d.legalBasis().law());
            }
            for (Intervention iv : c.interventions()) {
                Decision first = c.decisions().stream()
                        .filter(d -> d.grantedInterventions().contains(iv.id()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(at + ": no decision grants " + iv.id()));
                assertThat(iv.legalBasis()).as(at + " " + iv.id()).isEqualTo(first.legalBasis());
            }
            for (Plan p : c.plans()) {
                planKindsSeen.add(p.kind());
                if (p.created().isBefore(BARNETS_LOV_2024_01_01)) {
                    assertThat(p.kind()).as(at + " " + p.id()).isEqualTo(PlanKind.ACTION_PLAN);
                } else if (p.kind() == PlanKind.YOUTH_PLAN) {
                    assertThat(ChronoUnit.YEARS.between(c.child().birthDate(), p.created()))
                            .as(at + " " + p.id())
                            .isGreaterThanOrEqualTo(16);
                } else {
                    assertThat(p.kind()).as(at + " " + p.id()).isEqualTo(PlanKind.CHILD_PLAN);
                }
            }
        }
        assertThat(lawsSeen).containsExactlyInAnyOrder(Law.SERVICELOVEN, Law.BARNETS_LOV);
        assertThat(planKindsSeen).containsExactlyInAnyOrder(PlanKind.values());
    }

    @Test
    void cases_keys_lookLikeACaseSystemsAndContainNoCprNumber() throws IOException {
        SyntheticMunicipality m = odense(12, 3000);
        List<ChildCase> cases = m.cases().toList();
        Pattern caseId = Pattern.compile("S-(\\d{4})-(\\d{6,})");
        Pattern partId = Pattern.compile("[A-Z]+-\\d+");
        Map<Integer, List<Integer>> numbersByYear = new TreeMap<>();

        for (ChildCase c : cases) {
            Matcher cm = caseId.matcher(c.id().value());
            assertThat(cm.matches()).as(c.id().value()).isTrue();
            assertThat(Integer.parseInt(cm.group(1))).isEqualTo(c.opened().getYear());
            numbersByYear
                    .computeIfAbsent(c.opened().getYear(), y -> new ArrayList<>())
                    .add(Integer.parseInt(cm.group(2)));
            c.notifications().forEach(n -> assertThat(n.id().value()).matches(partId));
            c.decisions().forEach(d -> assertThat(d.id().value()).matches(partId));
            for (CaseworkerAssignment a : c.assignments()) {
                assertThat(a.id().value()).matches(partId);
                assertThat(a.caseworker().value()).matches("sb-\\d{3,}");
                assertThat(a.team().value()).matches("team-[a-z0-9]+");
            }
            c.managementReviews()
                    .forEach(r -> assertThat(r.reviewer().orElseThrow().value()).matches("leder-[a-z0-9]+"));
        }
        for (Map.Entry<Integer, List<Integer>> e : numbersByYear.entrySet()) {
            List<Integer> numbers = e.getValue();
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i))
                        .as("case number %d of %d", i, e.getKey())
                        .isEqualTo(i + 1);
            }
        }
        assertThat(m.teams()).isNotEmpty().allSatisfy(t -> assertThat(t.value()).startsWith("team-"));

        String json = new String(jsonLines(cases.stream()), StandardCharsets.UTF_8);
        Matcher tenDigits = Pattern.compile("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)").matcher(json);
        while (tenDigits.find()) {
            assertThat(Cpr.isValid(tenDigits.group()))
                    .as("CPR-like text in the output")
                    .isFalse();
        }
    }

    @Test
    void cases_prices_withinTheProfilesRangeForTheirKind() {
        SyntheticProfile profile = SyntheticProfile.national();
        List<ChildCase> cases = odense(13, 3000).cases().toList();
        long priced = 0;

        for (ChildCase c : cases) {
            for (Intervention iv : c.interventions()) {
                SyntheticProfile.PriceRange range = profile.prices().get(iv.kind());
                assertThat(iv.price()).as("seed 13, %s %s", c.id(), iv.id()).isPresent();
                assertThat(iv.price().get().unit()).isEqualTo(range.unit());
                assertThat(iv.price().get().amount().longValueExact()).isBetween(range.minDkk(), range.maxDkk());
                priced++;
            }
        }
        assertThat(priced).isGreaterThan(500);
    }

    @Test
    void cases_caseloadInTheMiddleOfThePeriod_nearTheTarget() {
        List<ChildCase> cases = odense(14, 8000).cases().toList();
        LocalDate day = LocalDate.of(2024, 6, 30);

        Map<String, Long> load = cases.stream()
                .filter(c -> c.isOpenOn(day))
                .flatMap(c -> c.assignmentOn(day).stream())
                .collect(Collectors.groupingBy(a -> a.caseworker().value(), Collectors.counting()));
        long[] loads =
                load.values().stream().mapToLong(Long::longValue).sorted().toArray();
        long inRange = Arrays.stream(loads).filter(l -> l >= 20 && l <= 35).count();

        assertThat(loads.length)
                .as("caseworkers with cases on %s, seed 14", day)
                .isGreaterThan(10);
        assertThat(loads[loads.length / 2]).as("median caseload, seed 14").isBetween(20L, 35L);
        assertThat((double) inRange / loads.length)
                .as("share of caseworkers with 20-35 cases, seed 14")
                .isGreaterThan(0.6);
    }

    @Test
    void cases_someCases_haveThreeOrMoreCaseworkerChangesInTwelveMonths() {
        List<ChildCase> cases = odense(15, 4000).cases().toList();
        long longCases = 0;
        long threeOrMore = 0;

        for (ChildCase c : cases) {
            LocalDate yearLater = c.opened().plusYears(1);
            if (!yearLater.isBefore(TO_2026_01_01) || !c.isOpenOn(yearLater.minusDays(1))) {
                continue;
            }
            longCases++;
            long changes = c.assignments().stream()
                    .filter(a -> a.from().isAfter(c.opened()) && a.from().isBefore(yearLater))
                    .count();
            if (changes >= 3) {
                threeOrMore++;
            }
        }

        assertThat(longCases).isGreaterThan(200);
        assertThat((double) threeOrMore / longCases)
                .as("share of cases open a year with 3+ changes, seed 15")
                .isBetween(0.02, 0.25);
    }

    @Test
    void cases_largeMunicipality_containOnTimeLateAndMissingStepsOfEveryKind() {
        List<ChildCase> cases = odense(18, 6000).cases().toList();
        Set<String> seen = new HashSet<>();

        for (ChildCase c : cases) {
            for (var n : c.notifications()) {
                n.assessment()
                        .ifPresentOrElse(
                                a -> {
                                    long hours = Duration.between(n.received(), a.assessed())
                                            .toHours();
                                    seen.add(
                                            hours < 24
                                                    ? "assessment on time"
                                                    : hours < 72
                                                            ? "assessment late by hours"
                                                            : "assessment late by days");
                                },
                                () -> seen.add("assessment missing"));
                if (n.notifierKind().isProfessional()) {
                    seen.add(n.receiptSent().isPresent() ? "receipt sent" : "receipt missing");
                }
            }
            for (var i : c.investigations()) {
                if (i.preliminaryAssessment().isPresent()) {
                    seen.add("preliminary assessment");
                }
                if (i.completed().isEmpty()) {
                    seen.add("investigation open");
                }
            }
            c.explorations().forEach(e -> seen.add("exploration"));
            c.childConversations().forEach(cc -> seen.add("conversation " + cc.outcome()));
            for (Decision d : c.decisions()) {
                seen.add("decision " + d.kind() + " " + d.outcome());
                d.emergency().ifPresent(e -> {
                    LocalDate day =
                            e.implemented().atZone(SyntheticMunicipality.ZONE).toLocalDate();
                    seen.add(e.approvedOn()
                            .map(a -> a.isAfter(day.plusDays(6)) ? "emergency approved late" : "emergency approved")
                            .orElse("emergency not approved"));
                });
            }
            for (Plan p : c.plans()) {
                seen.add("plan " + p.kind());
                for (var g : p.goals()) {
                    seen.add(g.isConcrete() ? "goal concrete" : "goal without description");
                    if (g.isMeasurable() && g.measurements().size() >= 2) {
                        var ind = g.indicator().orElseThrow();
                        double last = g.measurements()
                                .get(g.measurements().size() - 1)
                                .value();
                        boolean closer = Math.abs(ind.target() - last) < Math.abs(ind.target() - ind.baseline());
                        seen.add(closer ? "goal moving toward target" : "goal not moving toward target");
                    }
                }
            }
            c.interventions().forEach(iv -> seen.add("intervention " + iv.kind()));
            c.supervisionVisits()
                    .forEach(v -> seen.add(v.conversationWithChild() ? "visit with conversation" : "visit without"));
            for (var k : c.complaints()) {
                seen.add(k.reassessed()
                        .map(r -> r.isAfter(k.received().plusWeeks(4))
                                ? "complaint reassessed late"
                                : "complaint reassessed")
                        .orElse("complaint not reassessed"));
            }
            c.accessRequests().forEach(a -> seen.add(a.answered().isPresent() ? "access answered" : "access open"));
            c.closing().ifPresent(x -> seen.add("closed " + x.reason()));
            if (!c.managementReviews().isEmpty()) {
                seen.add("management review");
            }
        }

        assertThat(seen)
                .as("seed 18")
                .contains(
                        "assessment on time",
                        "assessment late by hours",
                        "assessment late by days",
                        "assessment missing",
                        "receipt sent",
                        "receipt missing",
                        "preliminary assessment",
                        "investigation open",
                        "exploration",
                        "conversation HELD",
                        "conversation OMITTED",
                        "decision SUPPORT GRANTED",
                        "decision SUPPORT REFUSED",
                        "decision PLACEMENT_WITH_CONSENT GRANTED",
                        "decision PLACEMENT_WITHOUT_CONSENT GRANTED",
                        "decision YOUTH_SUPPORT GRANTED",
                        "decision YOUTH_SUPPORT REFUSED",
                        "decision TERMINATION GRANTED",
                        "emergency approved",
                        "emergency approved late",
                        "plan ACTION_PLAN",
                        "plan CHILD_PLAN",
                        "plan YOUTH_PLAN",
                        "goal concrete",
                        "goal without description",
                        "goal moving toward target",
                        "goal not moving toward target",
                        "intervention FOSTER_CARE",
                        "intervention RESIDENTIAL_INSTITUTION",
                        "intervention FAMILY_THERAPY",
                        "intervention CONTACT_PERSON",
                        "intervention YOUTH_SUPPORT",
                        "visit with conversation",
                        "visit without",
                        "complaint reassessed",
                        "complaint reassessed late",
                        "access answered",
                        "access open",
                        "closed NO_FURTHER_ACTION",
                        "closed SUPPORT_ENDED",
                        "closed MOVED",
                        "closed ADULT",
                        "management review");
    }

    @Test
    void cases_recordedFacts_concernsBasesAndTheInterventionsOfGoals() {
        List<ChildCase> cases = odense(19, 4000).cases().toList();
        int investigations = 0;
        int investigationsWithConcerns = 0;
        int assessments = 0;
        int assessmentsWithConcerns = 0;
        int afterInvestigation = 0;
        int afterInvestigationWithBasis = 0;
        int goals = 0;
        int goalsWithInterventions = 0;
        int plansAfterInvestigation = 0;
        int plansCoveringTheConcerns = 0;
        for (ChildCase c : cases) {
            String at = "seed 19, case " + c.id();
            Map<PartId, Investigation> byId = new HashMap<>();
            for (Investigation i : c.investigations()) {
                byId.put(i.id(), i);
                investigations++;
                investigationsWithConcerns += i.concerns().isEmpty() ? 0 : 1;
                assertThat(i.concerns().size()).as(at + " " + i.id()).isBetween(0, 3);
            }
            for (var n : c.notifications()) {
                if (n.assessment().isPresent()) {
                    assessments++;
                    assessmentsWithConcerns += n.assessment().get().concerns().isEmpty() ? 0 : 1;
                }
            }
            for (Decision d : c.decisions()) {
                if (d.basedOn().isPresent()) {
                    // The generator decides only after the investigation is finished, so its basis is always
                    // finished by the decision date; an emergency decision or a termination never names one.
                    Investigation basis = byId.get(d.basedOn().get());
                    assertThat(basis).as(at + " " + d.id() + " basedOn").isNotNull();
                    assertThat(basis.completed())
                            .as(at + " " + d.id() + " basedOn " + basis.id())
                            .hasValueSatisfying(done -> assertThat(done).isBeforeOrEqualTo(d.decided()));
                    assertThat(d.emergency()).as(at + " " + d.id()).isEmpty();
                    assertThat(d.kind()).as(at + " " + d.id()).isNotEqualTo(DecisionKind.TERMINATION);
                }
                boolean grantsSupportOrPlacement = (d.kind() == DecisionKind.SUPPORT
                                || d.kind() == DecisionKind.PLACEMENT_WITH_CONSENT
                                || d.kind() == DecisionKind.PLACEMENT_WITHOUT_CONSENT)
                        && d.outcome() == DecisionOutcome.GRANTED
                        // The chair's emergency decision comes before the investigation it starts; it is never
                        // based on one, even in a story with an earlier finished investigation.
                        && d.emergency().isEmpty();
                boolean finishedBefore = c.investigations().stream()
                        .anyMatch(i -> i.completed()
                                .filter(done -> !done.isAfter(d.decided()))
                                .isPresent());
                if (grantsSupportOrPlacement && finishedBefore) {
                    afterInvestigation++;
                    afterInvestigationWithBasis += d.basedOn().isPresent() ? 1 : 0;
                }
            }
            for (Plan p : c.plans()) {
                Set<GoalArea> concerns = EnumSet.noneOf(GoalArea.class);
                Set<GoalArea> areas = EnumSet.noneOf(GoalArea.class);
                for (Goal g : p.goals()) {
                    goals++;
                    goalsWithInterventions += g.interventionIds().isEmpty() ? 0 : 1;
                    areas.add(g.area());
                    for (PartId iv : g.interventionIds()) {
                        c.decisions().stream()
                                .filter(d -> d.grantedInterventions().contains(iv))
                                .flatMap(d -> d.basedOn().stream())
                                .forEach(b -> concerns.addAll(byId.get(b).concerns()));
                    }
                }
                if (!concerns.isEmpty()) {
                    plansAfterInvestigation++;
                    plansCoveringTheConcerns += areas.containsAll(concerns) ? 1 : 0;
                }
            }
        }
        assertThat(investigations).isGreaterThan(500);
        assertThat((double) investigationsWithConcerns / investigations)
                .as("share of investigations with concerns, seed 19")
                .isGreaterThan(0.9);
        assertThat((double) assessmentsWithConcerns / assessments)
                .as("share of assessments with concerns, seed 19")
                .isBetween(0.5, 0.7);
        assertThat(afterInvestigation).isGreaterThan(300);
        assertThat((double) afterInvestigationWithBasis / afterInvestigation)
                .as("share of granted support and placements after a finished investigation that name it, seed 19")
                .isGreaterThan(0.7)
                .isLessThan(1.0);
        assertThat(goals).isGreaterThan(500);
        assertThat((double) goalsWithInterventions / goals)
                .as("share of goals naming their interventions, seed 19")
                .isGreaterThan(0.7);
        assertThat(plansAfterInvestigation).isGreaterThan(200);
        assertThat((double) plansCoveringTheConcerns / plansAfterInvestigation)
                .as("share of plans whose goals cover the concerns of the investigation, seed 19")
                .isBetween(0.6, 0.95);
    }

    @Test
    void builder_missingSettings_throwNamingThem() {
        assertThatThrownBy(() -> SyntheticMunicipality.builder()
                        .children(10)
                        .from(FROM_2019_01_01)
                        .to(TO_2026_01_01)
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("municipality");
        assertThatThrownBy(() -> SyntheticMunicipality.builder()
                        .municipality(MunicipalityCode.of(101))
                        .from(FROM_2019_01_01)
                        .to(TO_2026_01_01)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("children");
    }

    @Test
    void builder_badSettings_throwWithTheValue() {
        assertThatThrownBy(() -> SyntheticMunicipality.builder().children(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0");
        assertThatThrownBy(() -> SyntheticMunicipality.builder()
                        .municipality(MunicipalityCode.of(101))
                        .children(10)
                        .from(TO_2026_01_01)
                        .to(TO_2026_01_01)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to: expected a date after from 2026-01-01");
        assertThatThrownBy(() -> SyntheticMunicipality.builder()
                        .municipality(MunicipalityCode.of(101))
                        .children(10)
                        .from(LocalDate.of(2006, 12, 31))
                        .to(TO_2026_01_01)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2006-12-31");
    }

    @Test
    void cases_appeals_aboutAThirdReversedAsAnkestyrelsenPublishes() {
        // Over three municipalities' years of complaints: decided after forwarding, never after the story's end.
        int merits = 0;
        int reversed = 0;
        int dismissed = 0;
        int pending = 0;
        for (long seed : new long[] {21, 22, 23}) {
            for (ChildCase c : odense(seed, 2000).cases().toList()) {
                for (Complaint k : c.complaints()) {
                    if (k.appealOutcome().isEmpty()) {
                        pending += k.forwarded().isPresent() ? 1 : 0;
                        continue;
                    }
                    assertThat(k.forwarded())
                            .as("decided only after it was forwarded")
                            .isPresent();
                    assertThat(k.appealDecided().orElseThrow())
                            .isAfter(k.forwarded().orElseThrow());
                    assertThat(k.appealDecided().orElseThrow()).isBefore(TO_2026_01_01);
                    AppealOutcome o = k.appealOutcome().get();
                    merits += o.onTheMerits() ? 1 : 0;
                    reversed += o.isReversal() ? 1 : 0;
                    dismissed += o.onTheMerits() ? 0 : 1;
                }
            }
        }
        assertThat(merits).isGreaterThan(150);
        assertThat((double) reversed / merits).isBetween(0.25, 0.45);
        assertThat(dismissed).isPositive();
        assertThat(pending).as("some still with Ankestyrelsen at the end").isPositive();
    }

    @Test
    void caseAt_indexOutOfRange_throws() {
        SyntheticMunicipality m = odense(16, 10);

        assertThatThrownBy(() -> m.caseAt(10)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> m.cases(5, 11)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void toString_showsSettingsOnly() {
        assertThat(odense(17, 10).toString())
                .isEqualTo("SyntheticMunicipality[municipality=461 Odense, children=10, from=2019-01-01,"
                        + " to=2026-01-01, seed=17]");
    }
}
