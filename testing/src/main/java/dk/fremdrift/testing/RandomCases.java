package dk.fremdrift.testing;

import dk.fremdrift.model.*;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Random valid cases and identifiers for property tests, reproducible from a seed.
 *
 * <p>Every kind of part is produced, with every optional field present in some cases and absent in others, dates
 * in a consistent order (nothing before the case was opened, completions after starts, assessments after
 * receipts) and references that point at parts of the right kind. The core model's own tests check that the
 * generator really covers all of that, so a property test over its cases covers the whole case format.
 *
 * <p>The same seed gives the same sequence of values for the same version of this library; a new version may
 * generate other values (new kinds of parts, for instance), so pin no expected result to a seed: assert
 * properties, and print the seed when one fails.
 *
 * <pre>{@code
 * long seed = 20260327L;
 * RandomCases random = new RandomCases(seed);
 * for (int i = 0; i < 1_000; i++) {
 *     ChildCase c = random.nextCase();
 *     assertThat(mapper.readValue(mapper.writeValueAsString(c), ChildCase.class)).as("seed %d", seed).isEqualTo(c);
 * }
 * }</pre>
 *
 * <p>The cases are synthetic, but their CPR numbers are valid numbers that may belong to real persons: treat them
 * as personal data (never log them), as the library does. Not thread-safe: give each thread its own instance.
 */
public final class RandomCases {

    /** Danish time, the zone of the generated cases' dates. */
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static final String[] TEXTS = {
        "Barnet skal gå i skole hver dag",
        "Mor ønsker ikke samtale; barnet er 2 år",
        "Trivsel i fritiden: \"fodbold\" to gange om ugen",
        "Æ, Ø og Å – og en linje\nmere",
        "x",
        "Sund kost & søvn\t(aftalt med forældrene)",
    };
    private static final String KEY_CHARS =
            "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789-_./:# ";

    private final SplittableRandom random;
    private int parts;

    /**
     * Creates a generator whose values are a function of the seed.
     *
     * @param seed the seed; print it when a property fails, to reproduce the input
     */
    public RandomCases(long seed) {
        this.random = new SplittableRandom(seed);
    }

    // ---- identifiers ------------------------------------------------------------------------------------------

    /**
     * Returns a birth date a CPR number can encode: 1858 to 2057.
     *
     * @return the date
     */
    public LocalDate cprBirthDate() {
        return date(LocalDate.of(1858, 1, 1), LocalDate.of(2057, 12, 31));
    }

    /**
     * Returns a valid CPR number for a birth date, written as DDMMYYSSSS or DDMMYY-SSSS, with a seventh digit that
     * gives the birth date's century; most do not pass the modulus 11 check (not required since 2007).
     *
     * @param birthDate a birth date from 1858 to 2057, as {@link #cprBirthDate()} returns
     * @return the CPR number's text
     */
    public String cprText(LocalDate birthDate) {
        int year = birthDate.getYear();
        int[] sevenths;
        if (year < 1900) {
            sevenths = new int[] {5, 6, 7, 8};
        } else if (year < 1937) {
            sevenths = new int[] {0, 1, 2, 3};
        } else if (year < 2000) {
            sevenths = new int[] {0, 1, 2, 3, 4, 9};
        } else if (year < 2037) {
            sevenths = new int[] {4, 5, 6, 7, 8, 9};
        } else {
            sevenths = new int[] {5, 6, 7, 8};
        }
        String date = String.format("%02d%02d%02d", birthDate.getDayOfMonth(), birthDate.getMonthValue(), year % 100);
        String serial = sevenths[random.nextInt(sevenths.length)] + String.format("%03d", random.nextInt(1000));
        return date + (random.nextBoolean() ? "-" : "") + serial;
    }

    /**
     * Returns a valid CVR number: seven random digits and the check digit that makes the weighted sum divisible by
     * 11.
     *
     * @return the CVR number's eight digits
     */
    public String cvrText() {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int w : weights) {
                int d = random.nextInt(10);
                digits.append(d);
                sum += d * w;
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return digits.append(check).toString();
            }
        }
    }

    /**
     * Returns a KLE number with or without a facet, the facet with or without its hyphen, such as {@code
     * 27.24.00-G01}.
     *
     * @return the KLE number's text
     */
    public String kleText() {
        String base = String.format("%02d.%02d.%02d", random.nextInt(100), random.nextInt(100), random.nextInt(100));
        return switch (random.nextInt(3)) {
            case 0 -> base;
            case 1 -> base + "-" + facet();
            default -> base + facet();
        };
    }

    private String facet() {
        return (char) ('A' + random.nextInt(26)) + String.format("%02d", random.nextInt(100));
    }

    /**
     * Returns a key the model accepts for a case or a part: 1 to 64 characters, letters (Danish ones too), digits,
     * punctuation and inner spaces.
     *
     * @return the key
     */
    public String keyText() {
        return keyText(MAX_KEY_LENGTH);
    }

    /** The longest key the model accepts. */
    private static final int MAX_KEY_LENGTH = 64;

    private static boolean isValidKey(String key) {
        try {
            PartId.of(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String keyText(int maxLength) {
        while (true) {
            int length = 1 + random.nextInt(random.nextInt(8) == 0 ? maxLength : 12);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < length; i++) {
                s.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
            }
            String key = s.toString();
            if (key.strip().equals(key) && isValidKey(key)) {
                return key;
            }
        }
    }

    /**
     * Returns a legal reference to any law of the model, with or without a letter after the paragraph and with or
     * without a subsection.
     *
     * @return the reference
     */
    public LegalReference legalReference() {
        Law law = pick(Law.values());
        String paragraph = (1 + random.nextInt(random.nextBoolean() ? 300 : 999))
                + (random.nextInt(4) == 0 ? (random.nextBoolean() ? " " : "") + (char) ('a' + random.nextInt(26)) : "");
        return random.nextBoolean()
                ? LegalReference.of(law, paragraph)
                : LegalReference.of(law, paragraph, 1 + random.nextInt(random.nextBoolean() ? 9 : 99));
    }

    // ---- cases ------------------------------------------------------------------------------------------------

    /**
     * Returns a valid case with a random number (often none) of parts of every kind, opened from 2018 to mid-2026.
     *
     * @return the case
     */
    public ChildCase nextCase() {
        parts = 0;
        LocalDate opened = date(LocalDate.of(2018, 1, 1), LocalDate.of(2026, 6, 30));
        LocalDate birth = opened.minusDays(random.nextInt(18 * 365));
        Child child = random.nextBoolean() ? Child.of(birth) : Child.of(Cpr.parse(cprText(birth)));
        ChildCase.Builder b = ChildCase.builder(
                CaseId.of(keyText()),
                child,
                pick(MunicipalityCode.all().toArray(MunicipalityCode[]::new)),
                KleNumber.parse(random.nextBoolean() ? "27.24.00-G01" : kleText()),
                opened);

        List<PartId> notifications = new ArrayList<>();
        for (int i = count(3); i > 0; i--) {
            Notification n = notification(opened);
            notifications.add(n.id());
            b.addNotification(n);
        }
        for (int i = count(2); i > 0; i--) {
            b.addScreening(
                    new Screening(partId(), after(opened, 60), pick(ScreeningOutcome.values()), subset(notifications)));
        }
        for (int i = count(1); i > 0; i--) {
            Exploration e = Exploration.of(partId(), after(opened, 90));
            b.addExploration(random.nextBoolean() ? e : e.withCompleted(after(e.started(), 60)));
        }
        List<PartId> investigations = new ArrayList<>();
        for (int i = count(2); i > 0; i--) {
            Investigation x = investigation(opened);
            investigations.add(x.id());
            b.addInvestigation(x);
        }
        List<PartId> interventions = new ArrayList<>();
        List<PartId> all = new ArrayList<>();
        for (int i = count(3); i > 0; i--) {
            Intervention x = intervention(opened);
            interventions.add(x.id());
            b.addIntervention(x);
        }
        List<PartId> decisions = new ArrayList<>();
        for (int i = count(3); i > 0; i--) {
            Decision d = decision(opened, interventions, investigations);
            decisions.add(d.id());
            b.addDecision(d);
        }
        for (int i = count(2); i > 0; i--) {
            ChildConversation c = random.nextBoolean()
                    ? ChildConversation.held(partId(), after(opened, 120))
                    : ChildConversation.omitted(partId(), after(opened, 120), text());
            b.addChildConversation(decisions.isEmpty() || random.nextBoolean() ? c : c.withDecision(pick(decisions)));
        }
        for (int i = count(2); i > 0; i--) {
            Plan p = plan(opened, interventions);
            all.add(p.id());
            p.goals().forEach(g -> all.add(g.id()));
            b.addPlan(p);
        }
        for (int i = count(3); i > 0; i--) {
            LocalDate date = after(opened, 400);
            FollowUp f = interventions.isEmpty() || random.nextBoolean()
                    ? FollowUp.of(partId(), date)
                    : FollowUp.of(partId(), date, pick(interventions));
            b.addFollowUp(random.nextBoolean() ? f : f.withNextFollowUpBy(after(date, 400)));
        }
        for (int i = count(3); i > 0; i--) {
            SupervisionVisit v = switch (random.nextInt(3)) {
                case 0 -> SupervisionVisit.ofHeldConversation(partId(), after(opened, 400));
                case 1 -> SupervisionVisit.ofOmittedConversation(partId(), after(opened, 400), text());
                default -> SupervisionVisit.ofNoConversation(partId(), after(opened, 400));
            };
            b.addSupervisionVisit(
                    interventions.isEmpty() || random.nextBoolean() ? v : v.withIntervention(pick(interventions)));
        }
        LocalDate from = opened;
        for (int i = count(3); i > 0; i--) {
            CaseworkerAssignment a =
                    CaseworkerAssignment.of(partId(), CaseworkerId.of(keyText()), TeamId.of(keyText()), from);
            if (i > 1 || random.nextBoolean()) {
                a = a.withUntil(from.plusDays(1 + random.nextInt(300)));
                from = a.until().orElseThrow().plusDays(random.nextInt(3));
            }
            b.addAssignment(a);
        }
        for (int i = count(2); i > 0; i--) {
            ManagementReview r = ManagementReview.of(partId(), after(opened, 400));
            b.addManagementReview(random.nextBoolean() ? r : r.withReviewer(CaseworkerId.of(keyText())));
        }
        for (int i = count(2); i > 0; i--) {
            b.addComplaint(complaint(opened, decisions));
        }
        for (int i = count(2); i > 0; i--) {
            AccessRequest r = AccessRequest.of(partId(), after(opened, 400));
            b.addAccessRequest(random.nextBoolean() ? r : r.withAnswered(after(r.received(), 20)));
        }
        all.addAll(notifications);
        all.addAll(interventions);
        all.addAll(decisions);
        for (int i = count(2); i > 0; i--) {
            Justification j = Justification.of(
                    partId(),
                    pick(new String[] {"BL-MGMT-REVIEW", "BL-136-24H", "SEL-50", "X"}),
                    CaseworkerId.of(keyText()),
                    instant(opened, 400),
                    text());
            b.addJustification(all.isEmpty() || random.nextBoolean() ? j : j.withPart(pick(all)));
        }
        if (random.nextInt(3) == 0) {
            b.closing(CaseClosing.of(after(opened, 800), pick(ClosingReason.values())));
        }
        return b.build();
    }

    private Notification notification(LocalDate opened) {
        Instant received = instant(opened, 30);
        Notification n = Notification.of(partId(), received, pick(NotifierKind.values()));
        if (random.nextInt(5) > 0) {
            Assessment a = Assessment.of(received.plus(minutes(72 * 60)), pick(AssessmentOutcome.values()));
            if (random.nextBoolean()) {
                a = a.withConcerns(areas());
            }
            n = n.withAssessment(random.nextBoolean() ? a : a.withAssessedBy(CaseworkerId.of(keyText())));
        }
        if (random.nextBoolean()) {
            n = n.withReceiptSent(received.plus(minutes(10 * 24 * 60)));
        }
        if (random.nextInt(3) == 0) {
            n = n.withNotifierInformed(after(received.atZone(COPENHAGEN).toLocalDate(), 120));
        }
        return n;
    }

    private Investigation investigation(LocalDate opened) {
        LocalDate aware = after(opened, 60);
        Investigation x = Investigation.of(partId(), aware, after(aware, 30));
        if (random.nextBoolean()) {
            x = x.withCompleted(after(x.started(), 200));
        }
        if (random.nextInt(3) == 0) {
            x = x.withPreliminaryAssessment(after(aware, 150));
        }
        if (random.nextBoolean()) {
            x = x.withConcerns(areas());
        }
        return x;
    }

    private Intervention intervention(LocalDate opened) {
        Intervention x =
                Intervention.of(partId(), pick(InterventionKind.values()), legalReference(), after(opened, 200));
        if (random.nextBoolean()) {
            x = x.withEnd(after(x.start(), 700));
        }
        if (random.nextBoolean()) {
            x = x.withProvider(Cvr.parse(cvrText()));
        }
        if (random.nextBoolean()) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(10_000_000), 2);
            x = x.withPrice(new Price(amount, pick(PriceUnit.values())));
        }
        return x;
    }

    private Decision decision(LocalDate opened, List<PartId> interventions, List<PartId> investigations) {
        Decision d = Decision.of(partId(), pick(DecisionKind.values()), legalReference(), after(opened, 200));
        if (random.nextInt(4) == 0) {
            d = d.withOutcome(DecisionOutcome.REFUSED);
        } else if (!interventions.isEmpty() && random.nextBoolean()) {
            d = d.withGrantedInterventions(subset(interventions).toArray(PartId[]::new));
        }
        if (random.nextBoolean()) {
            d = d.withNotifiedOn(after(d.decided(), 10));
        }
        if (random.nextInt(4) == 0) {
            EmergencyDecision e = EmergencyDecision.of(instant(d.decided(), 1));
            if (random.nextBoolean()) {
                e = e.withPartiesNotified(e.implemented().plus(minutes(48 * 60)));
            }
            if (random.nextBoolean()) {
                e = e.withApprovedOn(after(d.decided(), 10));
            }
            d = d.withEmergency(e);
        } else if (d.kind() == DecisionKind.PLACEMENT_WITHOUT_CONSENT && random.nextBoolean()) {
            PlacementDecisionKind k = pick(PlacementDecisionKind.values());
            if (!k.contradicts(d.legalBasis())) {
                d = d.withPlacementKind(k);
            }
        }
        if (d.kind() == DecisionKind.INVESTIGATION_WITHOUT_CONSENT
                && !investigations.isEmpty()
                && random.nextBoolean()) {
            d = d.withInvestigation(pick(investigations));
        } else if (d.kind() != DecisionKind.INVESTIGATION_WITHOUT_CONSENT
                && !investigations.isEmpty()
                && random.nextBoolean()) {
            d = d.withBasedOn(pick(investigations));
        }
        return d;
    }

    private Plan plan(LocalDate opened, List<PartId> interventions) {
        LocalDate created = after(opened, 200);
        List<Goal> goals = new ArrayList<>();
        for (int i = count(3); i > 0; i--) {
            goals.add(goal(created, interventions));
        }
        List<PlanRevision> revisions = new ArrayList<>();
        for (int i = count(2); i > 0; i--) {
            revisions.add(PlanRevision.of(after(created, 400)));
        }
        return new Plan(partId(), pick(PlanKind.values()), created, revisions, goals);
    }

    private Goal goal(LocalDate created, List<PartId> interventions) {
        Optional<String> description = random.nextInt(5) == 0 ? Optional.empty() : Optional.of(text());
        Goal g = new Goal(partId(), pick(GoalArea.values()), description, Optional.empty(), Optional.empty(), null);
        if (random.nextBoolean()) {
            double min = random.nextInt(3) == 0 ? -10 : 0;
            double max = min + 1 + random.nextInt(100);
            GoalIndicator indicator = GoalIndicator.of(text(), min, max, onScale(min, max), onScale(min, max));
            g = g.withIndicator(indicator, after(created, 365));
            List<GoalMeasurement> ms = new ArrayList<>();
            for (int i = count(3); i > 0; i--) {
                ms.add(GoalMeasurement.of(after(created, 365), onScale(min, max)));
            }
            g = g.withMeasurements(ms.toArray(GoalMeasurement[]::new));
        }
        if (!interventions.isEmpty() && random.nextBoolean()) {
            g = g.withInterventions(subset(interventions).toArray(PartId[]::new));
        }
        return g;
    }

    private Complaint complaint(LocalDate opened, List<PartId> decisions) {
        LocalDate received = after(opened, 300);
        Complaint c = new Complaint(
                partId(),
                received,
                decisions.isEmpty() || random.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(decisions)),
                Optional.empty(),
                Optional.empty());
        if (random.nextBoolean()) {
            c = c.withReassessed(after(received, 40));
        }
        if (random.nextBoolean()) {
            c = c.withForwarded(after(received, 60));
            if (random.nextBoolean()) {
                c = c.withAppealDecided(after(c.forwarded().orElseThrow(), 90), pick(AppealOutcome.values()));
            }
        }
        return c;
    }

    // ---- building blocks --------------------------------------------------------------------------------------

    /** 0 to {@code max} parts, with "none" as likely as any other count. */
    private int count(int max) {
        return random.nextInt(max + 1);
    }

    private PartId partId() {
        parts++;
        return PartId.of(random.nextInt(4) == 0 ? keyText(50) + "#" + parts : "p" + parts);
    }

    private LocalDate date(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
    }

    /** A date 0 to {@code days} days after {@code start}. */
    private LocalDate after(LocalDate start, int days) {
        return start.plusDays(random.nextInt(days + 1));
    }

    /** A moment during the {@code days} Danish days from {@code start}, to the second or to the millisecond. */
    private Instant instant(LocalDate start, int days) {
        Instant i = start.atStartOfDay(COPENHAGEN).toInstant().plusSeconds(random.nextLong(days * 86_400L));
        return random.nextInt(4) == 0 ? i.plusMillis(random.nextInt(1000)) : i;
    }

    private Duration minutes(int max) {
        return Duration.ofMinutes(random.nextInt(max + 1));
    }

    private double onScale(double min, double max) {
        return switch (random.nextInt(4)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + random.nextInt((int) ((max - min) * 10) + 1) / 10.0;
        };
    }

    private String text() {
        return TEXTS[random.nextInt(TEXTS.length)];
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Some of the areas of the child's life, possibly none. */
    private GoalArea[] areas() {
        return subset(List.of(GoalArea.values())).toArray(GoalArea[]::new);
    }

    private <T> List<T> subset(List<T> values) {
        List<T> out = new ArrayList<>();
        for (T v : values) {
            if (random.nextBoolean()) {
                out.add(v);
            }
        }
        return out;
    }
}
