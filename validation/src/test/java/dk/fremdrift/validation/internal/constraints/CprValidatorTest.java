package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.validation.constraints.Cpr;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CprValidatorTest {

    private static CprValidator validator(String field) {
        CprValidator v = new CprValidator();
        v.initialize(Annotations.of(field, Cpr.class));
        return v;
    }

    static Stream<String> valid() {
        return Stream.of(
                "070615-4321", // 2015 (7th digit 4, YY <= 36)
                "0706154321", // without hyphen
                "010100-0000", // 1900, 7th digit 0
                "311299-3999", // 1999, 7th digit 3
                "010136-4000", // 2036: 7th digit 4, YY 36, last year of the 2000s
                "010137-4000", // 1937: 7th digit 4, YY 37
                "010136-9000", // 2036, 7th digit 9
                "010157-5000", // 2057: 7th digit 5, YY 57
                "010158-8000", // 1858: 7th digit 8, YY 58
                "290200-4000", // 29 Feb 2000, a leap year
                "290256-5000", // 29 Feb 2056, a leap year
                "290296-0000" // 29 Feb 1996, a leap year
                );
    }

    static Stream<String> invalid() {
        return Stream.of(
                "",
                "070615432", // 9 digits
                "07061543210", // 11 digits, no hyphen
                "070615-43210", // 12 characters
                "0706-154321", // hyphen in the wrong place
                "070615 4321", // space instead of hyphen
                " 070615-4321", // leading space
                "07061A-4321", // a letter
                "070615-432١", // an Arabic-Indic digit
                "000115-4321", // day 0
                "320115-4321", // day 32
                "070015-4321", // month 0
                "071315-4321", // month 13
                "310415-4321", // 31 April
                "290200-0000", // 29 Feb 1900, not a leap year (7th digit 0)
                "290258-5000", // 29 Feb 1858, not a leap year
                "290297-0000" // 29 Feb 1997
                );
    }

    @ParameterizedTest
    @MethodSource("valid")
    void isValid_validNumber_true(String cpr) {
        assertThat(validator("cpr").isValid(cpr, null)).isTrue();
        assertThat(dk.fremdrift.model.Cpr.isValid(cpr)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void isValid_invalidNumber_false(String cpr) {
        assertThat(validator("cpr").isValid(cpr, null)).isFalse();
        assertThat(validator("cprModulus11").isValid(cpr, null)).isFalse();
    }

    @Test
    void isValid_null_true() {
        assertThat(validator("cpr").isValid(null, null)).isTrue();
        assertThat(validator("cprModulus11").isValid(null, null)).isTrue();
    }

    @Test
    void isValid_nonStringCharSequence_checked() {
        assertThat(validator("cpr").isValid(new StringBuilder("070615-4321"), null))
                .isTrue();
        assertThat(validator("cpr").isValid(new StringBuilder("320115-4321"), null))
                .isFalse();
    }

    @Test
    void isValid_failsModulus11ByDefault_true() {
        // Numbers without a valid check digit are issued since 1 October 2007.
        assertThat(dk.fremdrift.model.Cpr.isModulus11Valid("070615-4321")).isFalse();
        assertThat(validator("cpr").isValid("070615-4321", null)).isTrue();
    }

    @Test
    void isValid_modulus11OnAndCheckDigitWrong_false() {
        assertThat(validator("cprModulus11").isValid("070615-4321", null)).isFalse();
        assertThat(validator("cprModulus11").isValid("0706154321", null)).isFalse();
    }

    @Test
    void isValid_modulus11OnAndCheckDigitRight_true() {
        assertThat(dk.fremdrift.model.Cpr.isModulus11Valid("070615-4019")).isTrue();
        assertThat(validator("cprModulus11").isValid("070615-4019", null)).isTrue();
        assertThat(validator("cprModulus11").isValid("0706154019", null)).isTrue();
    }
}
