package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.MunicipalityCode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeValidatorTest {

    private final MunicipalityCodeValidator validator = new MunicipalityCodeValidator();

    static Stream<String> allCodes() {
        return MunicipalityCode.all().stream().map(MunicipalityCode::format);
    }

    @ParameterizedTest
    @MethodSource("allCodes")
    void isValid_eachOfThe98Codes_true(String code) {
        assertThat(validator.isValid(code, null)).isTrue();
        assertThat(validator.isValid("0" + code, null)).isTrue();
    }

    @Test
    void allCodes_count_98() {
        assertThat(allCodes()).hasSize(98);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "411", // Christiansø is not a municipality
                "100", // first code below København
                "861", // above Hjørring
                "000",
                "1010", // four digits without a leading zero
                "00101",
                "10",
                "1O1",
                " 101",
                "København"
            })
    void isValid_otherText_false(String code) {
        assertThat(validator.isValid(code, null)).isFalse();
    }

    @Test
    void isValid_null_true() {
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
