package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CvrTest {

    /** Weighted sums (2,7,6,5,4,3,2,1) divisible by 11. */
    @ParameterizedTest
    @ValueSource(strings = {"29189846", "12345674", "10000009", "35954716", "00000000"})
    void parse_validCheckDigit_accepted(String text) {
        Cvr cvr = Cvr.parse(text);

        assertThat(Cvr.isValid(text)).isTrue();
        assertThat(cvr.format()).isEqualTo(text);
        assertThat(cvr.toString()).isEqualTo("CVR " + text);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("29189847", "modulus 11", "a text of 8 digits"),
                Arguments.of("12345678", "modulus 11", "a text of 8 digits"),
                Arguments.of("10000000", "modulus 11", "a text of 8 digits"),
                Arguments.of("2918984", "expected 8 digits", "a text of 7 digits"),
                Arguments.of("291898460", "expected 8 digits", "a text of 9 digits"),
                Arguments.of("2918984a", "expected 8 digits", "a text of 8 characters"),
                Arguments.of("2918-846", "expected 8 digits", "a text of 8 characters"),
                Arguments.of("", "expected 8 digits", "an empty text"),
                Arguments.of("0706154321", "expected 8 digits", "a text of 10 characters that contains a CPR number"));
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("invalid")
    void parse_invalid_throwsNamingExpectationAndValue(String text, String expectation, String actual) {
        assertThat(Cvr.isValid(text)).isFalse();
        assertThatThrownBy(() -> Cvr.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CVR number: ")
                .hasMessageContaining(expectation)
                .hasMessageContaining(actual);
    }

    @Test
    void parse_cprNumberByMistake_messageWithholdsIt() {
        assertThatThrownBy(() -> Cvr.parse("070615-4321"))
                .hasMessageNotContaining("0706")
                .hasMessageNotContaining("4321");
    }

    @Test
    void parse_null_throwsNullPointer() {
        assertThatThrownBy(() -> Cvr.parse(null)).isInstanceOf(NullPointerException.class);
        assertThat(Cvr.isValid(null)).isFalse();
    }

    @Test
    void equalsHashCodeCompareTo_byDigits() {
        Cvr a = Cvr.parse("12345674");
        Cvr b = Cvr.parse("29189846");

        assertThat(a).isEqualTo(Cvr.parse("12345674")).hasSameHashCodeAs(Cvr.parse("12345674"));
        assertThat(a).isNotEqualTo(b).isNotEqualTo("12345674").isNotEqualTo(null);
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(a)).isPositive();
    }
}
