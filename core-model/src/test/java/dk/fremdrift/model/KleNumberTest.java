package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KleNumberTest {

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("27.24.00-G01", 27, 24, 0, "G01", "27.24.00-G01"),
                Arguments.of("27.24.00G01", 27, 24, 0, "G01", "27.24.00-G01"),
                Arguments.of("27.24.00", 27, 24, 0, null, "27.24.00"),
                Arguments.of("00.00.00", 0, 0, 0, null, "00.00.00"),
                Arguments.of("99.99.99-Z99", 99, 99, 99, "Z99", "99.99.99-Z99"),
                Arguments.of("27.24.12A00", 27, 24, 12, "A00", "27.24.12-A00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void parse_validForms_partsAndCanonicalForm(
            String text, int main, int group, int topic, String facet, String canonical) {
        KleNumber k = KleNumber.parse(text);

        assertThat(KleNumber.isValid(text)).isTrue();
        assertThat(k.mainGroup()).isEqualTo(main);
        assertThat(k.group()).isEqualTo(group);
        assertThat(k.topic()).isEqualTo(topic);
        assertThat(k.isGroupLevel()).isEqualTo(topic == 0);
        assertThat(k.facet()).isEqualTo(Optional.ofNullable(facet));
        assertThat(k.format()).isEqualTo(canonical);
        assertThat(k.toString()).isEqualTo("KLE " + canonical);
        assertThat(KleNumber.parse(canonical)).isEqualTo(k);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "27.24",
                "27.24.0",
                "27-24-00",
                "2724.00.0",
                "27.24.00-",
                "27.24.00-g01",
                "27.24.00-G1",
                "27.24.00-GG1",
                "27.24.00_G01",
                "27.24.00 G01",
                "27.24.00-G012",
                "a7.24.00",
                "٢٧.24.00",
                "27.24.00-Æ01"
            })
    void parse_wrongForm_throwsNamingFormAndValue(String text) {
        assertThat(KleNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> KleNumber.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("KLE number: expected NN.NN.NN with an optional facet such as -G01, got "
                        + Checks.describe(text));
    }

    @Test
    void parse_null_throwsNullPointer() {
        assertThatThrownBy(() -> KleNumber.parse(null)).isInstanceOf(NullPointerException.class);
        assertThat(KleNumber.isValid(null)).isFalse();
    }

    @Test
    void equalsHashCodeCompareTo_byCanonicalForm() {
        KleNumber withFacet = KleNumber.parse("27.24.00-G01");
        KleNumber without = KleNumber.parse("27.24.00");

        assertThat(withFacet)
                .isEqualTo(KleNumber.parse("27.24.00G01"))
                .hasSameHashCodeAs(KleNumber.parse("27.24.00G01"));
        assertThat(withFacet).isNotEqualTo(without).isNotEqualTo(KleNumber.parse("27.24.00-G02"));
        assertThat(withFacet)
                .isNotEqualTo(KleNumber.parse("27.24.01-G01"))
                .isNotEqualTo(KleNumber.parse("27.25.00-G01"));
        assertThat(withFacet).isNotEqualTo(KleNumber.parse("28.24.00-G01")).isNotEqualTo("27.24.00-G01");
        assertThat(without.compareTo(withFacet)).isNegative();
        assertThat(withFacet.compareTo(without)).isPositive();
        assertThat(withFacet.compareTo(KleNumber.parse("27.24.00G01"))).isZero();
    }
}
