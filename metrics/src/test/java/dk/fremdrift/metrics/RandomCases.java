package dk.fremdrift.metrics;

import dk.fremdrift.model.AppealOutcome;
import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.CaseClosing;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.CaseworkerId;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.ClosingReason;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.DecisionOutcome;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.GoalIndicator;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.ManagementReview;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.model.Price;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import dk.fremdrift.model.SupervisionVisit;
import dk.fremdrift.model.TeamId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Random valid cases for the property tests, reproducible from a seed: every kind of part the indicators read,
 * with dates from 2023 to 2026 around the standard asOf (some after it, so they must not be seen), a small pool of
 * caseworkers and teams (so breakdown cells fill up and merge across cases), and small counts in places (so
 * suppression has work to do).
 *
 * <pre>{@code
 * RandomCases random = new RandomCases(seed);
 * List<ChildCase> cases = random.cases(200);
 * }</pre>
 */
final class RandomCases {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate FIRST = LocalDate.of(2023, 6, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 3, 31);
    private static final String[] TEAMS = {"team-nord", "team-syd", "team-unge"};
    private static final String[] CASEWORKERS = {"sb-01", "sb-02", "sb-03", "sb-04", "sb-05", "sb-06", "sb-07"};

    private final SplittableRandom random;
    private int next;
    private int parts;

    RandomCases(long seed) {
        this.random = new SplittableRandom(seed);
    }

    List<ChildCase> cases(int n) {
        List<ChildCase> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(nextCase());
        }
        return cases;
    }

    ChildCase nextCase() {
        parts = 0;
        LocalDate opened = date(FIRST, LocalDate.of(2025, 11, 15));
        LocalDate born = date(LocalDate.of(2005, 1, 1), opened.minusDays(random.nextInt(2)));
        ChildCase.Builder b = ChildCase.builder(
                CaseId.of("R-" + (++next)),
                Child.of(born),
                MunicipalityCode.of(461),
                KleNumber.parse("27.24.00-G01"),
                opened);
        assignments(b, opened);
        List<PartId> interventions = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Instant received = instant(opened.minusDays(30), LAST);
            Notification n = Notification.of(part(), received, pick(NotifierKind.values()));
            if (random.nextInt(10) < 8) {
                Instant assessed = received.plusSeconds(60L * random.nextInt(60 * 60));
                n = n.withAssessment(Assessment.of(assessed, pick(AssessmentOutcome.values())));
            }
            b.addNotification(n);
            notifications.add(n);
        }
        List<PartId> investigations = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate aware = date(opened, LAST);
            Investigation inv = Investigation.of(part(), aware, aware.plusDays(random.nextInt(15)));
            if (random.nextBoolean()) {
                inv = inv.withCompleted(inv.started().plusDays(random.nextInt(200)));
            }
            if (random.nextInt(5) == 0) {
                inv = inv.withPreliminaryAssessment(aware.plusMonths(4));
            }
            b.addInvestigation(inv);
            investigations.add(inv.id());
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            InterventionKind kind = pick(InterventionKind.values());
            LocalDate start = date(opened, LAST);
            Intervention iv = Intervention.of(
                    part(), kind, LegalReference.of(Law.BARNETS_LOV, kind.isPlacement() ? "46" : "32"), start);
            if (random.nextBoolean()) {
                iv = iv.withEnd(start.plusDays(random.nextInt(400)));
            }
            if (random.nextInt(3) > 0) {
                iv = iv.withPrice(Price.perDay(BigDecimal.valueOf(100 + random.nextInt(3000))));
            }
            interventions.add(iv.id());
            b.addIntervention(iv);
        }
        List<PartId> decisions = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            DecisionKind kind = pick(DecisionKind.values());
            Decision d = Decision.of(part(), kind, LegalReference.of(Law.BARNETS_LOV, "32"), date(opened, LAST));
            decisions.add(d.id());
            b.addDecision(d);
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate when = date(opened, LAST);
            ChildConversation cc = random.nextInt(4) == 0
                    ? ChildConversation.omitted(part(), when, "Barnet ønskede ikke at tale")
                    : ChildConversation.held(part(), when);
            if (!decisions.isEmpty() && random.nextBoolean()) {
                cc = cc.withDecision(decisions.get(random.nextInt(decisions.size())));
            }
            b.addChildConversation(cc);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            List<Goal> goals = new ArrayList<>();
            for (int g = random.nextInt(4); g > 0; g--) {
                goals.add(goal());
            }
            b.addPlan(Plan.of(part(), pick(PlanKind.values()), date(opened, LAST), goals.toArray(Goal[]::new)));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate when = date(opened, LAST);
            b.addFollowUp(
                    !interventions.isEmpty() && random.nextBoolean()
                            ? FollowUp.of(part(), when, interventions.get(random.nextInt(interventions.size())))
                            : FollowUp.of(part(), when));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            SupervisionVisit v = SupervisionVisit.ofHeldConversation(part(), date(opened, LAST));
            if (!interventions.isEmpty() && random.nextBoolean()) {
                v = v.withIntervention(interventions.get(random.nextInt(interventions.size())));
            }
            b.addSupervisionVisit(v);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.addManagementReview(ManagementReview.of(part(), date(opened, LAST)));
        }
        if (random.nextInt(5) == 0) {
            b.closing(CaseClosing.of(date(opened, LAST), pick(ClosingReason.values())));
        }
        // Drawn last, so that the parts above are what they were before complaints came.
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate received = date(opened, LAST);
            Complaint k = new Complaint(
                    part(),
                    received,
                    decisions.isEmpty()
                            ? Optional.empty()
                            : Optional.of(decisions.get(random.nextInt(decisions.size()))),
                    Optional.empty(),
                    Optional.empty());
            if (random.nextInt(3) > 0) {
                LocalDate forwarded = date(received, received.plusDays(60));
                k = k.withForwarded(forwarded);
                if (random.nextInt(4) > 0) {
                    k = k.withAppealDecided(date(forwarded, forwarded.plusDays(200)), pick(AppealOutcome.values()));
                }
            }
            b.addComplaint(k);
        }
        // Screenings of most notifications, one or two at a time, some screened again later; also drawn last.
        for (int i = 0; i < notifications.size(); i++) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            LocalDate received = notifications.get(i).received().atZone(CPH).toLocalDate();
            List<PartId> covered = new ArrayList<>(List.of(notifications.get(i).id()));
            if (i + 1 < notifications.size() && random.nextInt(4) == 0) {
                covered.add(notifications.get(++i).id());
                LocalDate other = notifications.get(i).received().atZone(CPH).toLocalDate();
                received = other.isAfter(received) ? other : received;
            }
            LocalDate screened = date(received, received.plusDays(20));
            b.addScreening(
                    Screening.of(part(), screened, pick(ScreeningOutcome.values()), covered.toArray(PartId[]::new)));
            if (random.nextInt(6) == 0) {
                b.addScreening(Screening.of(
                        part(),
                        date(screened, screened.plusDays(60)),
                        pick(ScreeningOutcome.values()),
                        covered.get(0)));
            }
        }
        // Decisions that grant interventions or are refused, and decisions on an investigation without consent that
        // name it; drawn last, as the complaints, so that the parts above are what they were before.
        for (int i = random.nextInt(3); i > 0; i--) {
            DecisionKind kind = pick(DecisionKind.values());
            Decision d = Decision.of(part(), kind, LegalReference.of(Law.BARNETS_LOV, "32"), date(opened, LAST));
            if (kind == DecisionKind.INVESTIGATION_WITHOUT_CONSENT && !investigations.isEmpty()) {
                d = d.withInvestigation(investigations.get(random.nextInt(investigations.size())));
            }
            if (random.nextInt(5) == 0) {
                d = d.withOutcome(DecisionOutcome.REFUSED);
            } else if (!interventions.isEmpty() && random.nextBoolean()) {
                d = d.withGrantedInterventions(interventions.get(random.nextInt(interventions.size())));
            }
            b.addDecision(d);
        }
        return withEffectFacts(b.build());
    }

    /**
     * Adds, drawn last as the complaints, the facts of the effect analysis: the areas of concern of most investigations,
     * the interventions of about half the goals, and decisions made on the basis of an investigation, granting an
     * intervention or refused.
     */
    private ChildCase withEffectFacts(ChildCase c) {
        List<Investigation> investigations = new ArrayList<>();
        for (Investigation x : c.investigations()) {
            investigations.add(random.nextInt(3) > 0 ? x.withConcerns(areas()) : x);
        }
        List<PartId> interventions =
                c.interventions().stream().map(Intervention::id).toList();
        List<Plan> plans = new ArrayList<>();
        for (Plan p : c.plans()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : p.goals()) {
                goals.add(
                        !interventions.isEmpty() && random.nextBoolean()
                                ? g.withInterventions(subset(interventions).toArray(PartId[]::new))
                                : g);
            }
            plans.add(new Plan(p.id(), p.kind(), p.created(), p.revisions(), goals));
        }
        List<Decision> decisions = new ArrayList<>(c.decisions());
        for (int i = investigations.isEmpty() ? 0 : random.nextInt(3); i > 0; i--) {
            Investigation basis = investigations.get(random.nextInt(investigations.size()));
            LocalDate after = basis.completed().orElse(basis.started());
            Decision d = Decision.of(
                            part(),
                            random.nextBoolean() ? DecisionKind.SUPPORT : DecisionKind.PLACEMENT_WITH_CONSENT,
                            LegalReference.of(Law.BARNETS_LOV, "32"),
                            date(
                                    after.minusDays(20).isBefore(c.opened()) ? c.opened() : after.minusDays(20),
                                    after.plusDays(120)))
                    .withBasedOn(basis.id());
            if (random.nextInt(5) == 0) {
                d = d.withOutcome(DecisionOutcome.REFUSED);
            } else if (!interventions.isEmpty()) {
                d = d.withGrantedInterventions(subset(interventions).toArray(PartId[]::new));
            }
            decisions.add(d);
        }
        return new ChildCase(
                c.id(),
                c.child(),
                c.municipality(),
                c.kle(),
                c.opened(),
                c.notifications(),
                c.screenings(),
                c.explorations(),
                investigations,
                c.childConversations(),
                decisions,
                plans,
                c.interventions(),
                c.followUps(),
                c.supervisionVisits(),
                c.assignments(),
                c.managementReviews(),
                c.complaints(),
                c.accessRequests(),
                c.justifications(),
                c.closing());
    }

    private GoalArea[] areas() {
        List<GoalArea> out = new ArrayList<>();
        for (GoalArea a : GoalArea.values()) {
            if (random.nextInt(3) == 0) {
                out.add(a);
            }
        }
        return out.toArray(GoalArea[]::new);
    }

    private <T> List<T> subset(List<T> values) {
        List<T> out = new ArrayList<>();
        for (T v : values) {
            if (random.nextBoolean()) {
                out.add(v);
            }
        }
        return out.isEmpty() ? List.of(values.get(random.nextInt(values.size()))) : out;
    }

    private void assignments(ChildCase.Builder b, LocalDate opened) {
        LocalDate from = opened.plusDays(random.nextInt(3) == 0 ? random.nextInt(60) : 0);
        for (int i = random.nextInt(4); i > 0 && from.isBefore(LAST); i--) {
            CaseworkerAssignment a =
                    CaseworkerAssignment.of(part(), CaseworkerId.of(pick(CASEWORKERS)), TeamId.of(pick(TEAMS)), from);
            if (i > 1 || random.nextInt(4) == 0) {
                LocalDate until = from.plusDays(1 + random.nextInt(300));
                a = a.withUntil(until);
                from = until.plusDays(random.nextInt(3) == 0 ? random.nextInt(40) : 0);
                b.addAssignment(a);
            } else {
                b.addAssignment(a);
                return;
            }
        }
    }

    private Goal goal() {
        GoalArea area = pick(GoalArea.values());
        Goal g = Goal.of(part(), area, "Et mål for barnet");
        if (random.nextInt(4) == 0) {
            return g;
        }
        double baseline = random.nextInt(11);
        double target = random.nextInt(11);
        g = g.withIndicator(GoalIndicator.of("Skala 0-10", 0, 10, baseline, target), date(FIRST, LAST));
        List<GoalMeasurement> ms = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            ms.add(GoalMeasurement.of(date(FIRST, LAST), random.nextInt(11)));
        }
        return g.withMeasurements(ms.toArray(GoalMeasurement[]::new));
    }

    private PartId part() {
        return PartId.of("p" + (++parts));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private LocalDate date(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private Instant instant(LocalDate from, LocalDate to) {
        return date(from, to).atStartOfDay(CPH).toInstant().plusSeconds(random.nextInt(24 * 3600));
    }
}
