package dk.fremdrift.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Duties: the statutory ones are constants; a municipality's own are new names, never statutory. */
class DutyTest {

    @Test
    void of_statutoryName_givesTheConstant() {
        assertThat(Duty.of("NOTIFICATION_ASSESSMENT")).isSameAs(Duty.NOTIFICATION_ASSESSMENT);
        assertThat(Duty.NOTIFICATION_ASSESSMENT.isStatutory()).isTrue();
        assertThat(Duty.of("LOCAL_SCREENING").isStatutory()).isFalse();
    }

    @Test
    void statutory_everyDutyOfTheStatutoryRuleBook_andNoOther() {
        assertThat(Duty.statutory())
                .containsExactlyInAnyOrderElementsOf(RuleBook.statutory().duties())
                .allMatch(Duty::isStatutory)
                .doesNotContain(Duty.of("LOCAL_SCREENING"));
    }

    @Test
    void compareTo_byName() {
        List<Duty> duties =
                new ArrayList<>(List.of(Duty.NOTIFICATION_ASSESSMENT, Duty.of("LOCAL_SCREENING"), Duty.INVESTIGATION));
        duties.sort(null);

        assertThat(duties)
                .extracting(Duty::name)
                .containsExactly("INVESTIGATION", "LOCAL_SCREENING", "NOTIFICATION_ASSESSMENT");
        assertThat(Duty.INVESTIGATION.compareTo(Duty.of("INVESTIGATION"))).isZero();
    }
}
