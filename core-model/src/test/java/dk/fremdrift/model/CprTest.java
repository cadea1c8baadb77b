package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CprTest {

    /** Century edges: each group of 7th digits, at the YY boundaries 36/37 and 57/58 and at 00 and 99. */
    static Stream<Arguments> centuries() {
        return Stream.of(
                // 7th digit 0-3: always 1900-1999
                Arguments.of("010100-0000", LocalDate.of(1900, 1, 1)),
                Arguments.of("311299-1999", LocalDate.of(1999, 12, 31)),
                Arguments.of("010136-2000", LocalDate.of(1936, 1, 1)),
                Arguments.of("010137-3000", LocalDate.of(1937, 1, 1)),
                Arguments.of("010157-3000", LocalDate.of(1957, 1, 1)),
                Arguments.of("010158-0000", LocalDate.of(1958, 1, 1)),
                // 7th digit 4 or 9: 2000-2036 if YY <= 36, else 1937-1999
                Arguments.of("010100-4000", LocalDate.of(2000, 1, 1)),
                Arguments.of("311236-4999", LocalDate.of(2036, 12, 31)),
                Arguments.of("010137-4000", LocalDate.of(1937, 1, 1)),
                Arguments.of("311299-4999", LocalDate.of(1999, 12, 31)),
                Arguments.of("010100-9000", LocalDate.of(2000, 1, 1)),
                Arguments.of("311236-9999", LocalDate.of(2036, 12, 31)),
                Arguments.of("010137-9000", LocalDate.of(1937, 1, 1)),
                Arguments.of("311299-9999", LocalDate.of(1999, 12, 31)),
                // 7th digit 5-8: 2000-2057 if YY <= 57, else 1858-1899
                Arguments.of("010100-5000", LocalDate.of(2000, 1, 1)),
                Arguments.of("311257-5999", LocalDate.of(2057, 12, 31)),
                Arguments.of("010158-5000", LocalDate.of(1858, 1, 1)),
                Arguments.of("311299-5999", LocalDate.of(1899, 12, 31)),
                Arguments.of("311257-6999", LocalDate.of(2057, 12, 31)),
                Arguments.of("010158-6000", LocalDate.of(1858, 1, 1)),
                Arguments.of("311257-7999", LocalDate.of(2057, 12, 31)),
                Arguments.of("010158-7000", LocalDate.of(1858, 1, 1)),
                Arguments.of("311257-8999", LocalDate.of(2057, 12, 31)),
                Arguments.of("010158-8000", LocalDate.of(1858, 1, 1)),
                Arguments.of("010136-4000", LocalDate.of(2036, 1, 1)),
                Arguments.of("010157-5000", LocalDate.of(2057, 1, 1)),
                Arguments.of("010137-8000", LocalDate.of(2037, 1, 1)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("centuries")
    void birthDate_centuryRules_followTheSeventhDigitAndYear(String text, LocalDate expected) {
        assertThat(Cpr.parse(text).birthDate()).isEqualTo(expected);
        assertThat(Cpr.parse(text.replace("-", "")).birthDate()).isEqualTo(expected);
    }

    /** 29 February exists only in leap years, and the century decides which year it is. */
    static Stream<Arguments> leapDays() {
        return Stream.of(
                Arguments.of("290200-4000", true), // 2000: leap (divisible by 400)
                Arguments.of("290200-5000", true), // 2000
                Arguments.of("290200-1000", false), // 1900: not leap
                Arguments.of("290204-0000", true), // 1904
                Arguments.of("290223-1234", false), // 1923
                Arguments.of("290296-5000", true), // 1896
                Arguments.of("290258-5000", false), // 1858
                Arguments.of("290256-5000", true), // 2056
                Arguments.of("290236-4000", true), // 2036
                Arguments.of("290237-4000", false), // 1937
                Arguments.of("290224-4000", true), // 2024
                Arguments.of("290223-4000", false)); // 2023
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @MethodSource("leapDays")
    void parse_leapDay_validOnlyInLeapYears(String text, boolean valid) {
        assertThat(Cpr.isValid(text)).isEqualTo(valid);
        if (valid) {
            assertThat(Cpr.parse(text).birthDate().getDayOfMonth()).isEqualTo(29);
        } else {
            assertThatThrownBy(() -> Cpr.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a date that exists");
        }
    }

    /** Inputs that are not CPR numbers, with a fragment of the reason. */
    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("", "got 0 characters"),
                Arguments.of("070615432", "got 9 characters"),
                Arguments.of("070615-43210", "got 12 characters"),
                Arguments.of("07061543210", "hyphen as the 7th character"),
                Arguments.of("070615+4321", "hyphen as the 7th character"),
                Arguments.of("0706a5-4321", "another character at position 5"),
                Arguments.of("070615-432x", "another character at position 11"),
                Arguments.of("070615 4321", "hyphen as the 7th character"),
                Arguments.of("0706154-321", "hyphen as the 7th character"),
                Arguments.of("070615--321", "another character at position 8"),
                Arguments.of("٠٧٠٦١٥٤٣٢١", "another character at position 1"),
                Arguments.of("320115-4321", "not a date that exists"),
                Arguments.of("000115-4321", "not a date that exists"),
                Arguments.of("310415-4321", "not a date that exists"),
                Arguments.of("011315-4321", "not a date that exists"),
                Arguments.of("010015-4321", "not a date that exists"));
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("invalid")
    void parse_invalid_throwsWithReasonAndWithoutDigits(String text, String reason) {
        assertThat(Cpr.isValid(text)).isFalse();
        assertThatThrownBy(() -> Cpr.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CPR number: ")
                .hasMessageContaining(reason)
                .hasMessageContaining("value withheld");
        String message = catchMessage(text);
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.length() >= 4) {
            assertThat(message)
                    .doesNotContain(text)
                    .doesNotContain(digits.substring(0, 4))
                    .doesNotContain(digits.substring(digits.length() - 4));
        }
    }

    @Test
    void parse_null_throwsNullPointer() {
        assertThatThrownBy(() -> Cpr.parse(null)).isInstanceOf(NullPointerException.class);
        assertThat(Cpr.isValid(null)).isFalse();
    }

    @Test
    void isModulus11Valid_numbersWithAndWithoutCheckDigit_bothAccepted() {
        Cpr withCheck = Cpr.parse("070615-4329");
        Cpr without = Cpr.parse("070615-4321");

        assertThat(withCheck.isModulus11Valid()).isTrue();
        assertThat(without.isModulus11Valid()).isFalse();
        assertThat(Cpr.isModulus11Valid("0101901238")).isTrue();
        assertThat(Cpr.isModulus11Valid("311299-3125")).isTrue();
        assertThat(Cpr.isModulus11Valid("311299-3126")).isFalse();
        assertThat(without.birthDate()).isEqualTo(LocalDate.of(2015, 6, 7));
    }

    @Test
    void isModulus11Valid_invalidText_throwsWithoutDigits() {
        assertThatThrownBy(() -> Cpr.isModulus11Valid("320615-4321"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("320615")
                .hasMessageNotContaining("4321");
    }

    @Test
    void parse_withAndWithoutHyphen_sameNumberFormattedWithHyphen() {
        Cpr a = Cpr.parse("070615-4321");
        Cpr b = Cpr.parse("0706154321");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.format()).isEqualTo("070615-4321");
        assertThat(b.format()).isEqualTo("070615-4321");
        assertThat(a.compareTo(b)).isZero();
    }

    @Test
    void sex_lastDigit_oddMaleEvenFemale() {
        assertThat(Cpr.parse("070615-4321").sex()).isEqualTo(Sex.MALE);
        assertThat(Cpr.parse("070615-4329").sex()).isEqualTo(Sex.MALE);
        assertThat(Cpr.parse("070615-4320").sex()).isEqualTo(Sex.FEMALE);
        assertThat(Cpr.parse("070615-4328").sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void toString_anyNumber_masksEveryDigit() {
        Cpr cpr = Cpr.parse("070615-4321");

        assertThat(cpr.toString()).isEqualTo("Cpr[******-****]").doesNotContainPattern("[0-9]");
        assertThat(Child.of(cpr).toString()).doesNotContain("0706").doesNotContain("4321");
    }

    @Test
    void equalsAndCompareTo_differentNumbers_orderedByDigits() {
        Cpr a = Cpr.parse("070615-4320");
        Cpr b = Cpr.parse("070615-4321");

        assertThat(a).isNotEqualTo(b).isNotEqualTo("070615-4320").isNotEqualTo(null);
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(a)).isPositive();
    }

    private static String catchMessage(String text) {
        try {
            Cpr.parse(text);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted");
    }
}
