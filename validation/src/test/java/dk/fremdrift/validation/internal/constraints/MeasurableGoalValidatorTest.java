package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.validation.constraints.MeasurableGoal;
import dk.fremdrift.validation.constraints.MeasuredGoal;
import jakarta.validation.ConstraintDeclarationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeasurableGoalValidatorTest {

    private static final LocalDate DUE = LocalDate.of(2026, 9, 1);

    record Goal(String indicator, Integer baseline, Integer target, LocalDate dueDate) implements MeasuredGoal {}

    record LegacyGoal(String scale, Optional<BigDecimal> startScore, BigDecimal goalScore, LocalDate deadline) {}

    private static MeasurableGoalValidator validator(String field) {
        MeasurableGoalValidator v = new MeasurableGoalValidator();
        v.initialize(Annotations.of(field, MeasurableGoal.class));
        return v;
    }

    static Stream<Arguments> goals() {
        return Stream.of(
                Arguments.of(new Goal("Fremmøde, dage pr. uge", 2, 5, DUE), true),
                Arguments.of(new Goal("Fremmøde", 0, 0, DUE), true), // zero is a value
                Arguments.of(new Goal(null, 2, 5, DUE), false),
                Arguments.of(new Goal(" ", 2, 5, DUE), false),
                Arguments.of(new Goal("Fremmøde", null, 5, DUE), false),
                Arguments.of(new Goal("Fremmøde", 2, null, DUE), false),
                Arguments.of(new Goal("Fremmøde", 2, 5, null), false),
                Arguments.of(new Goal(null, null, null, null), false));
    }

    @ParameterizedTest
    @MethodSource("goals")
    void isValid_measuredGoal_trueIfAllFourPresent(Goal goal, boolean expected) {
        RecordingContext recording = RecordingContext.create();
        assertThat(validator("measurable").isValid(goal, recording.context())).isEqualTo(expected);
        assertThat(recording.calls()).as("one violation, on the object").isEmpty();
    }

    static Stream<Arguments> legacyGoals() {
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal five = BigDecimal.valueOf(5);
        return Stream.of(
                Arguments.of(new LegacyGoal("Skala 1-10", Optional.of(two), five, DUE), true),
                Arguments.of(new LegacyGoal("Skala 1-10", Optional.empty(), five, DUE), false),
                Arguments.of(new LegacyGoal("", Optional.of(two), five, DUE), false),
                Arguments.of(new LegacyGoal("Skala 1-10", Optional.of(two), null, DUE), false),
                Arguments.of(new LegacyGoal("Skala 1-10", Optional.of(two), five, null), false));
    }

    @ParameterizedTest
    @MethodSource("legacyGoals")
    void isValid_namedProperties_trueIfAllFourPresent(LegacyGoal goal, boolean expected) {
        assertThat(validator("measurableNamed").isValid(goal, null)).isEqualTo(expected);
    }

    @Test
    void isValid_null_true() {
        assertThat(validator("measurable").isValid(null, null)).isTrue();
        assertThat(validator("measurableNamed").isValid(null, null)).isTrue();
    }

    @Test
    void initialize_someNamed_throws() {
        assertThatThrownBy(() -> validator("measurablePartlyNamed"))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining("all of indicator, baseline, target and dueDate");
    }

    @Test
    void isValid_noNamesAndNotMeasuredGoal_throws() {
        assertThatThrownBy(
                        () -> validator("measurable").isValid(new LegacyGoal("x", Optional.empty(), null, null), null))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining(MeasuredGoal.class.getName());
    }
}
