package dk.fremdrift.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A rule's descriptor: absent duties and notes are empty, and a blank note is no note. */
class RuleDescriptorTest {

    private static RuleDescriptor descriptor(List<Duty> duties, Optional<String> note) {
        return new RuleDescriptor(
                "BL-TEST-RULE",
                "TEST",
                Severity.WARNING,
                LegalReference.of(Law.BARNETS_LOV, "91"),
                InForcePeriod.from(LocalDate.of(2024, 1, 1)),
                "Prøveregel",
                "Test rule",
                List.of("Planen mangler."),
                List.of("The plan is missing."),
                duties,
                note);
    }

    @Test
    void constructor_absentDutiesAndNote_empty() {
        RuleDescriptor d = descriptor(null, null);

        assertThat(d.deadlineDuties()).isEmpty();
        assertThat(d.isTimeliness()).isFalse();
        assertThat(d.note()).isEmpty();
    }

    @Test
    void constructor_blankNote_noNoteAndATextKept() {
        assertThat(descriptor(List.of(), Optional.of("  ")).note()).isEmpty();
        assertThat(descriptor(List.of(), Optional.of("Barnets lov § 91, stk. 1."))
                        .note())
                .contains("Barnets lov § 91, stk. 1.");
        assertThat(descriptor(List.of(Duty.PLAN), Optional.empty()).isTimeliness())
                .isTrue();
    }
}
