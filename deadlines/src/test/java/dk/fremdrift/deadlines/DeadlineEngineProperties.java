package dk.fremdrift.deadlines;

import static dk.fremdrift.deadlines.Cases.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.testing.RandomCases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the engine over seeded random valid cases (the core model's {@code RandomCases}, which produces
 * every kind of part) and random moments of evaluation. Each seed is a separate test, named by its seed.
 */
class DeadlineEngineProperties {

    static LongStream seeds() {
        return LongStream.range(0, 300).map(i -> 0x5EEDL * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void evaluate_randomCase_statusesConsistentWithAsOf(long seed) {
        RandomCases random = new RandomCases(seed);
        ChildCase c = random.nextCase();
        SplittableRandom r = new SplittableRandom(seed);
        Instant asOf = c.opened()
                .minusMonths(2)
                .atStartOfDay(Cases.CPH)
                .toInstant()
                .plusSeconds(r.nextLong(0, 10L * 365 * 24 * 3600));
        LocalDate asOfDate = LocalDate.ofInstant(asOf, Cases.CPH);

        List<DeadlineEvaluation> es = ENGINE.evaluate(c, asOf);

        for (DeadlineEvaluation e : es) {
            String at = "seed " + seed + ", " + e;
            if (e.rule().trigger().kind() != TriggerKind.BIRTHDAY_WHILE_SUPPORTED) {
                assertThat(e.triggerDate()).as(at).isBeforeOrEqualTo(asOfDate);
            }
            boolean hours = e.rule().unit() == DeadlineUnit.HOURS;
            switch (e.status()) {
                case MET, MET_LATE -> {
                    LocalDate done = e.completedOn().orElseThrow();
                    assertThat(done).as(at).isBeforeOrEqualTo(asOfDate);
                    e.completedAt().ifPresent(i -> assertThat(i).as(at).isBeforeOrEqualTo(asOf));
                    boolean onTime =
                            hours ? !e.completedAt().orElseThrow().isAfter(e.dueAt()) : !done.isAfter(e.dueDate());
                    assertThat(onTime).as(at).isEqualTo(e.status() == DeadlineStatus.MET);
                }
                case OVERDUE, EXPIRED -> {
                    assertThat(e.completedOn()).as(at).isEmpty();
                    assertThat(asOf).as(at).isAfter(e.dueAt());
                    assertThat(e.rule().obligation() == Obligation.PARTY)
                            .as(at)
                            .isEqualTo(e.status() == DeadlineStatus.EXPIRED);
                }
                case OPEN, DUE_SOON -> {
                    assertThat(e.completedOn()).as(at).isEmpty();
                    assertThat(asOf).as(at).isBeforeOrEqualTo(e.dueAt());
                    assertThat(!asOf.isBefore(e.dueAt().minus(e.rule().dueSoon())))
                            .as(at)
                            .isEqualTo(e.status() == DeadlineStatus.DUE_SOON);
                }
                case NOT_APPLICABLE -> assertThat(e.completedOn()).as(at).isEmpty();
                case UNDETERMINED -> {
                    assertThat(e.completedOn()).as(at).isEmpty();
                    assertThat(e.explanation(Locale.ENGLISH)).as(at).contains("Cannot tell");
                }
            }
            assertThat(e.rule().inForce().contains(e.triggerDate())
                            || e.occurrence() > 1
                            || (e.inapplicability() == Inapplicability.BEFORE_RULE
                                    && e.triggerDate()
                                            .isBefore(e.rule().inForce().startInclusive())))
                    .as(at + ": the rule is the one in force on the trigger date")
                    .isTrue();
            String da = e.explanation(Locale.forLanguageTag("da"));
            String en = e.explanation(Locale.ENGLISH);
            assertThat(da).as(at).isNotBlank();
            assertThat(en).as(at).isNotBlank();
            c.child().cpr().ifPresent(cpr -> {
                String digits = cpr.format().replace("-", "");
                assertThat(da + en + e)
                        .as(at)
                        .doesNotContain(digits.substring(6))
                        .doesNotContain(cpr.format());
            });
        }
        assertThat(ENGINE.evaluate(c, asOf))
                .as("seed " + seed + ": deterministic")
                .isEqualTo(es);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void evaluate_laterAsOf_keepsEveryStepAlreadyTaken(long seed) {
        ChildCase c = new RandomCases(seed).nextCase();
        SplittableRandom r = new SplittableRandom(~seed);
        Instant early = c.opened().atStartOfDay(Cases.CPH).toInstant().plusSeconds(r.nextLong(0, 3L * 365 * 86400));
        Instant late = early.plusSeconds(r.nextLong(1, 3L * 365 * 86400));

        Map<String, DeadlineEvaluation> before = new HashMap<>();
        for (DeadlineEvaluation e : ENGINE.evaluate(c, early)) {
            // A deadline before a birthday depends on support on its due date, which may end before it.
            if (e.rule().trigger().kind() != TriggerKind.BIRTHDAY_WHILE_SUPPORTED) {
                before.put(key(e), e);
            }
        }
        for (DeadlineEvaluation e : ENGINE.evaluate(c, late)) {
            DeadlineEvaluation earlier = before.remove(key(e));
            if (earlier != null && earlier.status().isCompleted()) {
                assertThat(e.status()).as("seed " + seed + ", " + e).isEqualTo(earlier.status());
                assertThat(e.completedOn()).as("seed " + seed + ", " + e).isEqualTo(earlier.completedOn());
            }
        }
        assertThat(before.values())
                .as("seed " + seed + ": every deadline seen at the earlier moment is still there later")
                .isEmpty();
    }

    private static String key(DeadlineEvaluation e) {
        return e.ruleId() + "|" + e.subjectPath().orElse("case") + "|" + e.occurrence();
    }
}
