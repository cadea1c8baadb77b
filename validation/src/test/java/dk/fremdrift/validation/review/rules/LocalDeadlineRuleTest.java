package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.noon;
import static dk.fremdrift.validation.review.ReviewFixtures.notification;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.Completion;
import dk.fremdrift.deadlines.CompletionKind;
import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.DeadlineRule;
import dk.fremdrift.deadlines.DeadlineUnit;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.RuleBook;
import dk.fremdrift.deadlines.Trigger;
import dk.fremdrift.deadlines.TriggerKind;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import dk.fremdrift.validation.review.CaseReview;
import dk.fremdrift.validation.review.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalDeadlineRuleTest {

    private static final String CODE = "RSL-3-LOCAL-DEADLINE";

    /** Odense's own deadline: a notification is screened within 5 working days. */
    private static final DeadlineRule SCREENING = DeadlineRule.builder("M461-SCREENING-5WD", Duty.of("SCREENING"))
            .title("Screening inden 5 arbejdsdage", "Screening within 5 working days")
            .law(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2), InForcePeriod.from(LocalDate.of(2020, 1, 1)))
            .on(Trigger.of(TriggerKind.NOTIFICATION_RECEIVED), Completion.of(CompletionKind.SCREENED))
            .length(5, DeadlineUnit.WORKING_DAYS)
            .build();

    private static final CaseReview MUNICIPAL = CaseReview.of(DeadlineEngine.builder(DanishCalendar.statutory())
            .rules(RuleBook.of(withScreening()))
            .build());

    private static List<DeadlineRule> withScreening() {
        List<DeadlineRule> rules = new ArrayList<>(RuleBook.statutory().rules());
        rules.add(SCREENING);
        return rules;
    }

    // Received Monday 2026-03-02: 5 working days, due Monday 2026-03-09.
    private static ChildCase screened(String on) {
        return aCase(date("2026-03-02"))
                .addNotification(notification("n1", "2026-03-02T10:00", "2026-03-02T15:00"))
                .addScreening(Screening.of(id("s1"), date(on), ScreeningOutcome.INVESTIGATION, id("n1")))
                .build();
    }

    private static List<Finding> local(ChildCase c) {
        return MUNICIPAL.review(c, noon("2026-04-01")).findingsOf(CODE);
    }

    @Test
    void check_municipalDeadlineMissedByTwoDays_errorCitingTheMunicipalRule() {
        assertThat(local(screened("2026-03-11"))).singleElement().satisfies(f -> {
            assertThat(f.deadline())
                    .hasValueSatisfying(d -> assertThat(d.ruleId()).isEqualTo("M461-SCREENING-5WD"));
            assertThat(f.messageDa())
                    .isEqualTo("Skridtet til den lokale frist »Screening inden 5 arbejdsdage« (notifications[0]) blev"
                            + " taget 2026-03-11, 2 dage efter fristen 2026-03-09 (retssikkerhedsloven § 3, stk. 2).");
            assertThat(f.inForce()).isEqualTo(SCREENING.inForce());
        });
    }

    @Test
    void check_statutoryEngineWithoutMunicipalRules_noFinding() {
        assertThat(findings(screened("2026-03-11"), "2026-04-01", CODE)).isEmpty();
    }

    @Test
    void check_screenedOnTheDueDate_noFinding() {
        assertThat(local(screened("2026-03-09"))).isEmpty();
    }
}
