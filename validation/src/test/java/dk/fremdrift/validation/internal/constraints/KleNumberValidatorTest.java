package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KleNumberValidatorTest {

    private final KleNumberValidator validator = new KleNumberValidator();

    @ParameterizedTest
    @ValueSource(strings = {"27.24.00", "27.24.00-G01", "27.24.00G01", "00.00.00", "99.99.99-Z99", "27.24.12-A00"})
    void isValid_formNnNnNnWithOptionalFacet_true(String kle) {
        assertThat(validator.isValid(kle, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "27.24",
                "27.24.0",
                "27.24.000",
                "27-24-00",
                "2724.00",
                "27.24.00-",
                "27.24.00-g01", // facet letter must be a capital
                "27.24.00-G1",
                "27.24.00-G012",
                "27.24.00_G01",
                "27.24.00 G01",
                "2A.24.00"
            })
    void isValid_otherText_false(String kle) {
        assertThat(validator.isValid(kle, null)).isFalse();
    }

    @Test
    void isValid_null_true() {
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
