package dk.fremdrift.validation.constraints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Vendor-style DTOs for the tests through a real provider: records, JavaBeans, containers, methods. */
final class Forms {

    static final String CPR = "070615-4321"; // valid, fails modulus 11 (allowed since 2007)
    static final String CPR_MOD11 = "070615-4019";
    static final String CVR = "29189846";
    static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
    static final LocalDate TUE_2026_03_03 = LocalDate.of(2026, 3, 3);

    private Forms() {}

    /** A record: constraints on its components, one of them a container of CPR numbers. */
    record ChildForm(
            @Cpr String cpr,
            @Cpr(modulus11 = true) String strictCpr,
            @Cvr String providerCvr,
            @MunicipalityCode String municipality,
            @KleNumber String kle,
            List<@Cpr String> siblings) {

        static ChildForm valid() {
            return new ChildForm(CPR, CPR_MOD11, CVR, "101", "27.24.00-G01", List.of(CPR, "0101001234"));
        }

        ChildForm withCpr(String value) {
            return new ChildForm(value, strictCpr, providerCvr, municipality, kle, siblings);
        }
    }

    /** A JavaBean: a constraint on a private field and one on a getter. */
    public static final class ProviderBean {
        @Cvr
        private String cvr;

        private String municipality;

        ProviderBean(String cvr, String municipality) {
            this.cvr = cvr;
            this.municipality = municipality;
        }

        public String getCvr() {
            return cvr;
        }

        @MunicipalityCode
        public String getMunicipality() {
            return municipality;
        }
    }

    /** A service whose method parameters carry constraints. */
    public static final class Registry {
        public void register(@Cpr String cpr, @MunicipalityCode String municipality) {}
    }

    /** The preferred form: implements {@link Span}. */
    @ValidPeriod
    record Placement(LocalDate start, LocalDate end) implements Span<LocalDate> {}

    /** Instants, and the constraint on a component instead of the class. */
    record Stay(@ValidPeriod InstantPeriod period) {}

    /** A period of instants. */
    record InstantPeriod(Instant start, Instant end) implements Span<Instant> {}

    /** Named properties, read by getters. */
    @ValidPeriod(start = "from", end = "to")
    public static final class LegacyIntervention {
        private final LocalDate from;
        private final LocalDate to;

        LegacyIntervention(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }
    }

    /** Two periods in one record, with Optional ends. */
    @ValidPeriod(start = "plannedStart", end = "plannedEnd")
    @ValidPeriod(start = "actualStart", end = "actualEnd")
    record TwoPeriods(
            LocalDate plannedStart,
            LocalDate plannedEnd,
            Optional<LocalDate> actualStart,
            Optional<LocalDate> actualEnd) {}

    /** The preferred form of a goal: implements both goal interfaces. */
    @ConcreteGoal
    @MeasurableGoal
    record GoalForm(String description, String indicator, Integer baseline, Integer target, LocalDate dueDate)
            implements DescribedGoal, MeasuredGoal {

        static GoalForm valid() {
            return new GoalForm("Går i skole hver dag", "Fremmøde, dage pr. uge", 2, 5, LocalDate.of(2026, 9, 1));
        }
    }

    /** A goal whose properties are named. */
    @ConcreteGoal(description = "text")
    @MeasurableGoal(indicator = "scale", baseline = "startScore", target = "goalScore", dueDate = "deadline")
    public static final class LegacyGoal {
        private final String text;
        private final String scale;

        LegacyGoal(String text, String scale) {
            this.text = text;
            this.scale = scale;
        }

        public String getText() {
            return text;
        }

        public String getScale() {
            return scale;
        }

        public Integer getStartScore() {
            return 3;
        }

        public Integer getGoalScore() {
            return 8;
        }

        public LocalDate getDeadline() {
            return LocalDate.of(2026, 12, 1);
        }
    }

    /** A plan with goals as container elements. */
    record PlanForm(List<@ConcreteGoal(description = "text") LegacyGoal> goals) {}

    /** A declaration error: no property names and no {@link Span}. */
    @ValidPeriod
    record NotAPeriod(LocalDate from, LocalDate to) {}
}
