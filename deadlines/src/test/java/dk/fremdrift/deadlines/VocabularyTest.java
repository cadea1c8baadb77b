package dk.fremdrift.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.model.InterventionKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The small types of the rules: their words in both languages and the facts each states in its Javadoc. */
class VocabularyTest {

    @Test
    void deadlineStatus_namesInBothLanguages() {
        assertThat(Arrays.stream(DeadlineStatus.values()).map(DeadlineStatus::danishName))
                .containsExactly(
                        "åben",
                        "frist nærmer sig",
                        "overskredet",
                        "overholdt",
                        "overholdt for sent",
                        "udløbet",
                        "ikke relevant",
                        "kan ikke afgøres");
        assertThat(Arrays.stream(DeadlineStatus.values()).map(DeadlineStatus::englishName))
                .containsExactly(
                        "open", "due soon", "overdue", "met", "met late", "expired", "not applicable", "cannot tell");
    }

    @ParameterizedTest
    @EnumSource(DeadlineUnit.class)
    void deadlineUnit_everyUnitButHoursIsDateBased(DeadlineUnit unit) {
        assertThat(unit.isDateBased()).isEqualTo(unit != DeadlineUnit.HOURS);
    }

    @ParameterizedTest
    @EnumSource(InterventionKind.class)
    void interventionScope_placementsAndSupportSplitEveryKind(InterventionKind kind) {
        assertThat(InterventionScope.ALL.includes(kind)).isTrue();
        assertThat(InterventionScope.PLACEMENTS.includes(kind)).isEqualTo(kind.isPlacement());
        assertThat(InterventionScope.SUPPORT.includes(kind)).isEqualTo(!kind.isPlacement());
    }

    @Test
    void completionKind_momentsAreTheRecordedMoments() {
        assertThat(Arrays.stream(CompletionKind.values()).filter(CompletionKind::isMoment))
                .containsExactlyInAnyOrder(
                        CompletionKind.NOTIFICATION_ASSESSED,
                        CompletionKind.RECEIPT_SENT,
                        CompletionKind.PARTIES_NOTIFIED);
    }

    @Test
    void recurrence_positiveLengthOnly() {
        assertThat(Recurrence.every(1, DeadlineUnit.MONTHS).length()).isEqualTo(1);
        assertThatThrownBy(() -> Recurrence.every(0, DeadlineUnit.MONTHS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recurrence.length: expected a positive number, got 0");
    }

    @Test
    void trigger_ageTriggerWithoutAge_refused() {
        assertThatThrownBy(() -> new Trigger(TriggerKind.SUPPORT_FROM_AGE, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trigger.age: expected an age in years for trigger kind SUPPORT_FROM_AGE, got none");
    }

    @Test
    void deadlineRule_toString_idBasisLengthAndPeriod() {
        DeadlineRule rule = RuleBook.statutory().get("BL-136-ASSESSMENT-24H");

        assertThat(rule)
                .hasToString("DeadlineRule[BL-136-ASSESSMENT-24H, " + rule.legalBasis() + ", 24 hours, "
                        + rule.inForce() + "]");
    }
}
