package dk.fremdrift.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A change between rule packs carries the codes its kind needs, and an absent code is empty, never null. */
class PackChangeTest {

    @Test
    void constructor_absentCodes_emptyNotNull() {
        PackChange added = new PackChange(ChangeKind.ADDED, "PLAN", Optional.of("BL-PLAN"), null);
        PackChange removed = new PackChange(ChangeKind.REMOVED, "VISIT_CONVERSATION", null, Optional.of("SEL-VISIT"));

        assertThat(added.previousCode()).isEmpty();
        assertThat(added.code()).contains("BL-PLAN");
        assertThat(removed.code()).isEmpty();
        assertThat(removed.previousCode()).contains("SEL-VISIT");
    }

    @Test
    void constructor_codesThatDoNotFitTheKind_refused() {
        assertThatThrownBy(() -> new PackChange(ChangeKind.CHANGED, "PLAN", Optional.of("BL-PLAN"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a change of kind CHANGED of PLAN has a code and no previous code");
        assertThatThrownBy(() -> new PackChange(ChangeKind.ADDED, "PLAN", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a change of kind ADDED of PLAN has no code and no previous code");
    }
}
