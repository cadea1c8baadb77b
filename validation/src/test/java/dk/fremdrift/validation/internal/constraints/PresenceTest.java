package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PresenceTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(null, false),
                Arguments.of("", false),
                Arguments.of(" \t", false),
                Arguments.of("\u2003", false), // em space
                Arguments.of(new StringBuilder(" "), false),
                Arguments.of(Optional.empty(), false),
                Arguments.of(Optional.of(" "), false),
                Arguments.of(Optional.of("x"), true),
                Arguments.of("x", true),
                Arguments.of(" x ", true),
                Arguments.of(0, true),
                Arguments.of(false, true),
                Arguments.of(LocalDate.of(2026, 1, 1), true));
    }

    @ParameterizedTest
    @MethodSource("values")
    void isPresent_value_expected(Object value, boolean expected) {
        assertThat(Presence.isPresent(value)).isEqualTo(expected);
    }
}
