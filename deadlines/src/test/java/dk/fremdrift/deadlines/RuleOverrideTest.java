package dk.fremdrift.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A municipality's override changes exactly the settings it names and keeps the rest of the rule. */
class RuleOverrideTest {

    private static final DeadlineRule FOLLOW_UP = DeadlineRule.builder("KK-FOLLOW-UP-3M", Duty.of("LOCAL_FOLLOW_UP"))
            .title("Opfølgning inden 3 måneder", "Follow-up within 3 months")
            .law(LegalReference.of(Law.BARNETS_LOV, "95"), InForcePeriod.from(LocalDate.of(2024, 1, 1)))
            .on(Trigger.interventionStarted(InterventionScope.ALL), Completion.of(CompletionKind.FOLLOW_UP))
            .length(3, DeadlineUnit.MONTHS)
            .recurrence(Recurrence.every(6, DeadlineUnit.MONTHS))
            .configurable()
            .build();

    @Test
    void constructor_absentSettings_emptyNotNull() {
        RuleOverride o = new RuleOverride("KK-FOLLOW-UP-3M", null, null, null, null, null, null, null);

        assertThat(o).isEqualTo(RuleOverride.of("KK-FOLLOW-UP-3M"));
        assertThat(o.length()).isEmpty();
        assertThat(o.unit()).isEmpty();
        assertThat(o.roll()).isEmpty();
        assertThat(o.calendar()).isEmpty();
        assertThat(o.recurrence()).isEmpty();
        assertThat(o.dueSoon()).isEmpty();
        assertThat(o.note()).isEmpty();
        assertThat(o.changesLegalSettings()).isFalse();
        assertThat(o.applyTo(FOLLOW_UP)).isEqualTo(FOLLOW_UP);
    }

    @Test
    void applyTo_lengthAndUnit_changedTogetherOrEachAlone() {
        RuleOverride lengthOnly =
                new RuleOverride("KK-FOLLOW-UP-3M", Optional.of(2), null, null, null, null, null, null);
        RuleOverride unitOnly = new RuleOverride(
                "KK-FOLLOW-UP-3M", null, Optional.of(DeadlineUnit.WEEKS), null, null, null, null, null);

        DeadlineRule both = RuleOverride.of("KK-FOLLOW-UP-3M")
                .withLength(10, DeadlineUnit.WEEKS)
                .applyTo(FOLLOW_UP);

        assertThat(both.length()).isEqualTo(10);
        assertThat(both.unit()).isEqualTo(DeadlineUnit.WEEKS);
        assertThat(lengthOnly.applyTo(FOLLOW_UP).length()).isEqualTo(2);
        assertThat(lengthOnly.applyTo(FOLLOW_UP).unit()).isEqualTo(DeadlineUnit.MONTHS);
        assertThat(unitOnly.applyTo(FOLLOW_UP).length()).isEqualTo(3);
        assertThat(unitOnly.applyTo(FOLLOW_UP).unit()).isEqualTo(DeadlineUnit.WEEKS);
        assertThat(lengthOnly.changesLegalSettings()).isTrue();
        assertThat(unitOnly.changesLegalSettings()).isTrue();
    }

    @Test
    void applyTo_eachOtherSetting_changedAndTheRestKept() {
        RuleOverride roll = new RuleOverride(
                "KK-FOLLOW-UP-3M", null, null, Optional.of(RollPolicy.NEXT_WORKING_DAY), null, null, null, null);
        RuleOverride calendar = RuleOverride.of("KK-FOLLOW-UP-3M").withCalendar("DK-101");
        RuleOverride recurrence =
                RuleOverride.of("KK-FOLLOW-UP-3M").withRecurrence(Recurrence.every(4, DeadlineUnit.MONTHS));
        RuleOverride dueSoon = RuleOverride.of("KK-FOLLOW-UP-3M").withDueSoon(Duration.ofDays(21));

        assertThat(roll.applyTo(FOLLOW_UP))
                .isEqualTo(
                        FOLLOW_UP.toBuilder().roll(RollPolicy.NEXT_WORKING_DAY).build());
        assertThat(calendar.applyTo(FOLLOW_UP))
                .isEqualTo(FOLLOW_UP.toBuilder().calendar("DK-101").build());
        assertThat(recurrence.applyTo(FOLLOW_UP))
                .isEqualTo(FOLLOW_UP.toBuilder()
                        .recurrence(Recurrence.every(4, DeadlineUnit.MONTHS))
                        .build());
        assertThat(dueSoon.applyTo(FOLLOW_UP))
                .isEqualTo(FOLLOW_UP.toBuilder().dueSoon(Duration.ofDays(21)).build());
        assertThat(roll.changesLegalSettings()).isTrue();
        assertThat(calendar.changesLegalSettings()).isTrue();
        assertThat(recurrence.changesLegalSettings()).isTrue();
        assertThat(dueSoon.changesLegalSettings()).isFalse();
    }

    @Test
    void applyTo_note_addedAfterTheRulesOwnNote() {
        RuleOverride note = new RuleOverride(
                "KK-FOLLOW-UP-3M", null, null, null, null, null, null, Optional.of("Byrådet 12/03/2025."));

        assertThat(note.applyTo(FOLLOW_UP).note()).contains("Municipal note: Byrådet 12/03/2025.");
        assertThat(note.applyTo(FOLLOW_UP.toBuilder()
                                .note("Counted from the start.")
                                .build())
                        .note())
                .contains("Counted from the start. Municipal note: Byrådet 12/03/2025.");
        assertThat(note.changesLegalSettings()).isFalse();
    }
}
