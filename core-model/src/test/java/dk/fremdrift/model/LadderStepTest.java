package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LadderStepTest {

    @ParameterizedTest
    @EnumSource(InterventionKind.class)
    void everyKind_standsOnAStep_thatPlacesTheChildExactlyWhenTheKindDoes(InterventionKind kind) {
        assertThat(kind.ladderStep().isPlacement()).isEqualTo(kind.isPlacement());
    }

    @Test
    void familyCare_isKinshipAndFosterCare_andResidentialCare_institutionsAndHomes() {
        EnumSet<InterventionKind> family = EnumSet.noneOf(InterventionKind.class);
        EnumSet<InterventionKind> residential = EnumSet.noneOf(InterventionKind.class);
        for (InterventionKind k : InterventionKind.values()) {
            if (k.ladderStep() == LadderStep.FAMILY_CARE) {
                family.add(k);
            } else if (k.ladderStep() == LadderStep.RESIDENTIAL_CARE) {
                residential.add(k);
            }
        }
        assertThat(family)
                .containsExactlyInAnyOrder(InterventionKind.KINSHIP_FOSTER_CARE, InterventionKind.FOSTER_CARE);
        assertThat(residential)
                .containsExactlyInAnyOrder(InterventionKind.RESIDENTIAL_INSTITUTION, InterventionKind.RESIDENTIAL_HOME);
        assertThat(LadderStep.PREVENTIVE_SUPPORT).isLessThan(LadderStep.FAMILY_CARE);
        assertThat(LadderStep.FAMILY_CARE).isLessThan(LadderStep.RESIDENTIAL_CARE);
    }
}
