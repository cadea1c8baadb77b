package dk.fremdrift.validation.review;

import dk.fremdrift.model.AccessRequest;
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
import dk.fremdrift.model.Cpr;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.DecisionOutcome;
import dk.fremdrift.model.EmergencyDecision;
import dk.fremdrift.model.Exploration;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.GoalIndicator;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Justification;
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
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import dk.fremdrift.model.SupervisionVisit;
import dk.fremdrift.model.TeamId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A small seeded generator of valid, varied cases for the review's property tests: every kind of part, dates on
 * both sides of the change of law on 2024-01-01, steps on time, late and missing, a CPR number, free-text reasons
 * that must never reach a finding, and justifications for real and made-up codes. The same seed gives the same case.
 */
final class RandomReviewCases {

    /** Free text put in every reason of a generated case; it must never appear in a finding. */
    static final String SECRET = "FRITEKST-MED-NAVN-Jensen";

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final TeamId TEAM = TeamId.of("team-a");
    private static final List<String> CODES =
            RuleCatalogue.statutory().rules().stream().map(RuleDescriptor::code).toList();

    private final SplittableRandom random;
    private final List<PartId> parts = new ArrayList<>();
    private int next;

    private RandomReviewCases(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A case and the moment to review it at. */
    record Sample(ChildCase childCase, Instant asOf, String cpr) {}

    static Sample generate(long seed) {
        return new RandomReviewCases(seed).sample();
    }

    private Sample sample() {
        LocalDate opened = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(5 * 365));
        LocalDate birth = opened.minusDays(random.nextInt(17 * 365 + 1)).minusDays(1);
        if (birth.getYear() < 2000) {
            birth = birth.withYear(2000 + random.nextInt(5));
        }
        String cprText = String.format(
                "%02d%02d%02d-4%03d",
                birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100, random.nextInt(1000));
        Child child = Child.of(Cpr.parse(cprText));
        ChildCase.Builder b = ChildCase.builder(
                CaseId.of("R-" + Long.toHexString(random.nextLong() >>> 16)),
                child,
                MunicipalityCode.of(461),
                KleNumber.parse("27.24.00-G01"),
                opened);
        List<CaseworkerId> workers = List.of(CaseworkerId.of("sb-0"), CaseworkerId.of("sb-1"), CaseworkerId.of("sb-2"));

        List<PartId> notifications = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Instant received = at(day(opened, 700));
            Notification n = Notification.of(id("n"), received, pick(NotifierKind.values()));
            if (chance(80)) {
                Assessment a = Assessment.of(
                        received.plusSeconds(60L * random.nextInt(72 * 60)), pick(AssessmentOutcome.values()));
                n = n.withAssessment(chance(60) ? a.withAssessedBy(pick(workers)) : a);
            }
            if (chance(60)) {
                n = n.withReceiptSent(received.plusSeconds(3600L * random.nextInt(24 * 12)));
            }
            b.addNotification(n);
            notifications.add(n.id());
        }
        if (!notifications.isEmpty() && chance(50)) {
            b.addScreening(
                    Screening.of(id("s"), day(opened, 400), pick(ScreeningOutcome.values()), notifications.get(0)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate aware = day(opened, 700);
            Investigation inv = Investigation.of(id("u"), aware, aware.plusDays(random.nextInt(20)));
            if (chance(70)) {
                inv = inv.withCompleted(inv.started().plusDays(20 + random.nextInt(200)));
            }
            if (chance(30)) {
                inv = inv.withPreliminaryAssessment(aware.plusMonths(4).plusDays(random.nextInt(7) - 3));
            }
            b.addInvestigation(inv);
        }
        if (chance(30)) {
            LocalDate start = day(opened, 500);
            Exploration ex = Exploration.of(id("x"), start);
            b.addExploration(chance(60) ? ex.withCompleted(start.plusDays(random.nextInt(90))) : ex);
        }
        List<PartId> interventions = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Intervention iv = Intervention.of(
                    id("i"),
                    pick(InterventionKind.values()),
                    LegalReference.of(Law.BARNETS_LOV, "32"),
                    day(opened, 800));
            if (chance(40)) {
                iv = iv.withEnd(iv.start().plusDays(random.nextInt(700)));
            }
            b.addIntervention(iv);
            interventions.add(iv.id());
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            LocalDate decided = day(opened, 800);
            Decision d = Decision.of(
                    id("d"), pick(DecisionKind.values()), LegalReference.of(Law.BARNETS_LOV, "32"), decided);
            if (chance(15)) {
                d = d.withOutcome(DecisionOutcome.REFUSED);
            } else if (!interventions.isEmpty() && chance(50)) {
                d = d.withGrantedInterventions(pick(interventions));
            }
            if (chance(50)) {
                d = d.withNotifiedOn(decided.plusDays(random.nextInt(10)));
            }
            if (chance(20)) {
                Instant implemented = decided.atTime(10, 0).atZone(CPH).toInstant();
                EmergencyDecision e = EmergencyDecision.of(implemented);
                if (chance(70)) {
                    e = e.withPartiesNotified(implemented.plusSeconds(3600L * random.nextInt(48)));
                }
                if (chance(70)) {
                    e = e.withApprovedOn(decided.plusDays(random.nextInt(12)));
                }
                d = d.withEmergency(e);
            }
            b.addDecision(d);
            decisions.add(d);
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate on = day(opened, 800);
            ChildConversation k =
                    chance(70) ? ChildConversation.held(id("c"), on) : ChildConversation.omitted(id("c"), on, SECRET);
            b.addChildConversation(
                    !decisions.isEmpty() && chance(40)
                            ? k.withDecision(pick(decisions).id())
                            : k);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            List<Goal> goals = new ArrayList<>();
            LocalDate created = day(opened, 800);
            for (int g = random.nextInt(4); g > 0; g--) {
                goals.add(goal(created));
            }
            b.addPlan(Plan.of(id("p"), pick(PlanKind.values()), created, goals.toArray(Goal[]::new)));
        }
        for (int i = random.nextInt(5); i > 0; i--) {
            LocalDate on = day(opened, 900);
            b.addFollowUp(
                    !interventions.isEmpty() && chance(70)
                            ? FollowUp.of(id("f"), on, pick(interventions))
                            : FollowUp.of(id("f"), on));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate on = day(opened, 900);
            SupervisionVisit v = chance(75)
                    ? SupervisionVisit.ofHeldConversation(id("v"), on)
                    : SupervisionVisit.ofNoConversation(id("v"), on);
            b.addSupervisionVisit(!interventions.isEmpty() && chance(60) ? v.withIntervention(pick(interventions)) : v);
        }
        LocalDate from = opened.minusDays(random.nextInt(60));
        int assignments = random.nextInt(6);
        for (int i = 0; i < assignments; i++) {
            CaseworkerAssignment a = CaseworkerAssignment.of(id("a"), pick(workers), TEAM, from);
            if (i < assignments - 1 || chance(30)) {
                from = from.plusDays(1 + random.nextInt(200));
                a = a.withUntil(from);
            }
            b.addAssignment(a);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            ManagementReview r = ManagementReview.of(id("m"), day(opened, 800));
            b.addManagementReview(chance(50) ? r.withReviewer(pick(workers)) : r);
        }
        for (int i = decisions.isEmpty() ? 0 : random.nextInt(3); i > 0; i--) {
            Decision d = pick(decisions);
            Complaint k = Complaint.of(id("k"), d.decided().plusDays(random.nextInt(40)), d.id());
            if (chance(60)) {
                k = k.withReassessed(k.received().plusDays(random.nextInt(40)));
            }
            if (chance(30)) {
                k = k.withForwarded(k.received().plusDays(random.nextInt(60)));
            }
            b.addComplaint(k);
        }
        if (chance(30)) {
            AccessRequest r = AccessRequest.of(id("r"), day(opened, 800));
            b.addAccessRequest(chance(60) ? r.withAnswered(r.received().plusDays(random.nextInt(20))) : r);
        }
        List<PartId> targets = new ArrayList<>(parts);
        for (int i = random.nextInt(5); i > 0; i--) {
            String code = chance(85) ? pick(CODES) : "BL-NOT-A-RULE";
            PartId target = targets.isEmpty() || chance(20) ? null : pick(targets);
            // Half aim at a query the case may raise: its code under either law, and a part of the kind it is about.
            int aim = random.nextInt(6);
            boolean bl = chance(50);
            if (aim == 0 && !notifications.isEmpty()) {
                code = bl ? "BL-MGMT-REVIEW" : "SEL-MGMT-REVIEW";
                target = pick(notifications);
            } else if (aim == 1 && !notifications.isEmpty()) {
                code = bl ? "BL-137-ASSESSOR-UNRECORDED" : "SEL-155A-ASSESSOR-UNRECORDED";
                target = pick(notifications);
            } else if (aim == 2 && !decisions.isEmpty()) {
                code = bl ? "BL-5-CONVERSATION-OMITTED" : "SEL-48-CONVERSATION-OMITTED";
                target = pick(decisions).id();
            }
            Justification j =
                    Justification.of(id("j"), code, pick(workers), at(day(opened, 900)), SECRET + " begrundelse");
            b.addJustification(target == null ? j : j.withPart(target));
        }
        if (chance(20)) {
            b.closing(CaseClosing.of(day(opened, 1000), pick(ClosingReason.values())));
        }
        Instant asOf = at(day(opened, 1100));
        return new Sample(b.build(), asOf, cprText);
    }

    private Goal goal(LocalDate created) {
        int kind = random.nextInt(4);
        PartId gid = id("g");
        if (kind == 0) {
            return new Goal(
                    gid, pick(GoalArea.values()), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        }
        Goal g = Goal.of(gid, pick(GoalArea.values()), SECRET + " mål");
        if (kind == 1) {
            return g;
        }
        GoalIndicator indicator = GoalIndicator.of("Skolefremmøde (%)", 0, 100, 50, 90);
        if (kind == 2) {
            return new Goal(gid, g.area(), g.description(), Optional.of(indicator), Optional.empty(), List.of());
        }
        return g.withIndicator(indicator, created.plusMonths(6));
    }

    private PartId id(String prefix) {
        PartId id = PartId.of(prefix + (next++));
        parts.add(id);
        return id;
    }

    private LocalDate day(LocalDate from, int within) {
        return from.plusDays(random.nextInt(within));
    }

    private Instant at(LocalDate date) {
        return date.atTime(LocalTime.of(random.nextInt(24), random.nextInt(60)))
                .atZone(CPH)
                .toInstant();
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
