package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the model refuses on a vendor's own mapper, through its annotations alone: dates only as ISO texts, a case
 * not opened before the child's birth, CPR numbers in any written form kept out of keys and messages.
 */
class StrictInputTest {

    /** 7 June 2015, serial 4321: a CPR number whose date exists. */
    private static final String CPR_DIGITS = "0706154321";

    static Stream<Arguments> writtenForms() {
        return Stream.of(
                Arguments.of("0706154321", true),
                Arguments.of("070615-4321", true),
                Arguments.of("070615 4321", true),
                Arguments.of("070615/4321", true),
                Arguments.of("S-0706154321", true),
                Arguments.of("case of 070615-4321 (child)", true),
                Arguments.of("x0706154321y", true),
                Arguments.of("cpr:070615/4321.", true),
                // not a CPR number: a date that does not exist, other lengths, digits on either side
                Arguments.of("3206154321", false),
                Arguments.of("070615432", false),
                Arguments.of("07061543210", false),
                Arguments.of("10706154321", false),
                Arguments.of("070615--4321", false),
                Arguments.of("070615_4321", false),
                Arguments.of("0706 154321", false),
                Arguments.of("2026-000042", false),
                Arguments.of("", false));
    }

    @ParameterizedTest(name = "''{0}'' {1}")
    @MethodSource("writtenForms")
    void occursIn_everyWrittenForm_found(String text, boolean expected) {
        assertThat(Cpr.occursIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"070615 4321", "070615/4321", "sag 0706154321", "070615-4321"})
    void keys_cprInAnyWrittenForm_rejectedWithoutEchoingIt(String key) {
        assertThatThrownBy(() -> CaseId.of(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contains a CPR number")
                .hasMessageNotContaining("070615")
                .hasMessageNotContaining("4321");
    }

    @Test
    void describe_neverEchoes_saysTheKind() {
        assertThat(Checks.describe("")).isEqualTo("an empty text");
        assertThat(Checks.describe("  ")).isEqualTo("a blank text");
        assertThat(Checks.describe("7")).isEqualTo("a text of 1 digit");
        assertThat(Checks.describe("20211123")).isEqualTo("a text of 8 digits");
        assertThat(Checks.describe("Anna Jensen")).isEqualTo("a text of 11 characters");
        assertThat(Checks.describe("cpr 070615-4321")).isEqualTo("a text of 15 characters that contains a CPR number");
        assertThat(Checks.describe(0)).isEqualTo("zero");
        assertThat(Checks.describe(-12)).isEqualTo("a negative number of 2 digits");
        assertThat(Checks.describe(1_010_801_234L)).isEqualTo("a number of 10 digits");
        assertThat(Checks.describe(Long.MIN_VALUE)).isEqualTo("a negative number of 19 digits");
    }

    /**
     * A CPR number as the name of an unknown field: the model's message (the cause Jackson wraps) withholds it, on
     * both lines. Jackson's own message text quotes the name: the README tells vendors to log the cause instead.
     */
    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void read_cprAsAnUnknownFieldName_messageOfTheModelWithholdsIt(JsonLine line) {
        Throwable thrown = catchThrowable(
                () -> line.read(JsonFormatTest.minimalWith("\"" + CPR_DIGITS + "\":1"), ChildCase.class));
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }

        assertThat(cause).isInstanceOf(IllegalArgumentException.class);
        assertThat(cause.getMessage())
                .contains("got an unknown field whose name is a text of 10 characters that contains a CPR number")
                .doesNotContain(CPR_DIGITS);
    }

    @Test
    void build_openedLongerThanAPregnancyBeforeBirth_rejected() {
        ChildCase.Builder b = ChildCase.builder(
                CaseId.of("c1"),
                Child.of(LocalDate.of(2026, 3, 28)),
                MunicipalityCode.of(101),
                KleNumber.parse("27.24.00-G01"),
                LocalDate.of(2025, 5, 27));

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opened: expected a date no more than 10 months before child.birthDate (a case about an"
                        + " unborn child), got an earlier date");
    }

    @Test
    void build_openedDuringThePregnancy_accepted() {
        // A notification about an unborn child opens the case before the birth.
        ChildCase c = ChildCase.builder(
                        CaseId.of("c1"),
                        Child.of(LocalDate.of(2026, 3, 28)),
                        MunicipalityCode.of(101),
                        KleNumber.parse("34.10.10-G01"),
                        LocalDate.of(2025, 5, 28))
                .build();

        assertThat(c.opened()).isEqualTo(LocalDate.of(2025, 5, 28));
    }

    /** A date field written as anything but an ISO text: refused by the annotations on both Jackson lines. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nonIsoDates")
    void read_dateNotAnIsoText_rejected(JsonLine line, String opened) {
        String doc = JsonFormatTest.MINIMAL.replace("\"opened\":\"2026-03-27\"", "\"opened\":" + opened);
        assertThat(doc).isNotEqualTo(JsonFormatTest.MINIMAL);

        JsonLine.Failure f = line.readFailure(doc, ChildCase.class);

        assertThat(f.path()).isEqualTo("opened");
    }

    static Stream<Arguments> nonIsoDates() {
        return Stream.of(JsonLine.values())
                .flatMap(line -> Stream.of("20211123", "\"20211123\"", "\"\"", "\"2026-03-27T10:00:00\"", "true")
                        .map(v -> Arguments.of(line, v)));
    }

    /**
     * Jackson's {@code Instant} reader takes a number, or a text of digits, as seconds since 1970 whatever the
     * leniency ({@code jackson-modules-java8} issue 217), and no annotation turns that off: the README tells vendors,
     * and the command line's own reader refuses them. This pins the behaviour so that the README is changed when
     * Jackson changes.
     */
    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void read_momentAsNumber_stillAcceptedByJackson(JsonLine line) {
        String withNumber = JsonFormatTest.minimalWith(
                "\"notifications\":[{\"id\":\"n1\",\"received\":1774623900,\"notifierKind\":\"CITIZEN\"}]");

        assertThat(line.read(withNumber, ChildCase.class).notifications().get(0).received())
                .hasToString("2026-03-27T15:05:00Z");
    }
}
