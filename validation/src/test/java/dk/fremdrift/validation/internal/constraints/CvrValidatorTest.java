package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CvrValidatorTest {

    private final CvrValidator validator = new CvrValidator();

    @ParameterizedTest
    @ValueSource(strings = {"29189846", "29189854", "00000000"})
    void isValid_eightDigitsWithCheckDigit_true(String cvr) {
        assertThat(validator.isValid(cvr, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "29189847", // check digit off by one
                "2918984", // 7 digits
                "291898460", // 9 digits
                "2918984A",
                " 29189846",
                "29 18 98 46",
                "DK29189846"
            })
    void isValid_otherText_false(String cvr) {
        assertThat(validator.isValid(cvr, null)).isFalse();
    }

    @Test
    void isValid_null_true() {
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
