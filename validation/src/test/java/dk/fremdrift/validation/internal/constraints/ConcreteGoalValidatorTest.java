package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.validation.constraints.ConcreteGoal;
import dk.fremdrift.validation.constraints.DescribedGoal;
import jakarta.validation.ConstraintDeclarationException;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConcreteGoalValidatorTest {

    record Goal(String description) implements DescribedGoal {}

    record TextGoal(String text) {}

    record OptionalTextGoal(Optional<String> text) {}

    private static ConcreteGoalValidator validator(String field) {
        ConcreteGoalValidator v = new ConcreteGoalValidator();
        v.initialize(Annotations.of(field, ConcreteGoal.class));
        return v;
    }

    static Stream<Arguments> descriptions() {
        return Stream.of(
                Arguments.of("Går i skole hver dag", true),
                Arguments.of("x", true),
                Arguments.of(null, false),
                Arguments.of("", false),
                Arguments.of("   ", false),
                Arguments.of("\t\n", false),
                Arguments.of("\u00a0", false)); // a non-breaking space from a pasted text
    }

    @ParameterizedTest
    @MethodSource("descriptions")
    void isValid_describedGoal_trueIfNotBlank(String description, boolean expected) {
        RecordingContext recording = RecordingContext.create();
        assertThat(validator("goal").isValid(new Goal(description), recording.context()))
                .isEqualTo(expected);
        assertThat(recording.calls()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("descriptions")
    void isValid_namedProperty_trueIfNotBlank(String description, boolean expected) {
        assertThat(validator("goalText")
                        .isValid(
                                new TextGoal(description),
                                RecordingContext.create().context()))
                .isEqualTo(expected);
        assertThat(validator("goalText")
                        .isValid(
                                new OptionalTextGoal(Optional.ofNullable(description)),
                                RecordingContext.create().context()))
                .isEqualTo(expected);
    }

    @Test
    void isValid_namedPropertyMissing_reportedOnProperty() {
        RecordingContext recording = RecordingContext.create();

        validator("goalText").isValid(new TextGoal(" "), recording.context());

        assertThat(recording.calls()).contains("addPropertyNode[text]", "addConstraintViolation");
    }

    @Test
    void isValid_null_true() {
        assertThat(validator("goal").isValid(null, null)).isTrue();
        assertThat(validator("goalText").isValid(null, null)).isTrue();
    }

    @Test
    void isValid_noNameAndNotDescribedGoal_throws() {
        assertThatThrownBy(() -> validator("goal").isValid(new TextGoal("x"), null))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining(DescribedGoal.class.getName());
    }
}
