package dk.fremdrift.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reasons for lines that are not cases: path, expected form, kind found; never a value; both languages. */
class ReasonsTest {

    private static final String CASE =
            "{\"id\":\"c1\",\"child\":{\"birthDate\":\"2015-06-07\"},\"municipality\":\"101\","
                    + "\"kle\":\"27.24.00-G01\",\"opened\":\"2026-03-27\"}";

    private static String with(String extra) {
        return CASE.substring(0, CASE.length() - 1) + "," + extra + "}";
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of(
                        "{\"id\":\"c1\",\"id\":\"c2\"}",
                        "a field appears twice in the same object at column 16; expected each field once",
                        "et felt står to gange i samme objekt ved kolonne 16; forventede hvert felt én gang"),
                Arguments.of("{\"id\":", "not valid JSON at column 7", "ikke gyldig JSON ved kolonne 7"),
                Arguments.of(
                        CASE + " {}",
                        "there is more after the case on the line at column 112; expected one case per line",
                        "der står mere efter sagen på linjen ved kolonne 112; forventede én sag pr. linje"),
                Arguments.of(
                        with("\"closing\":{\"closed\":\"2026-04-01\",\"reason\":2}"),
                        "closing.reason: expected one of NO_FURTHER_ACTION, SUPPORT_ENDED, MOVED, ADULT, OTHER, found a"
                                + " number of 1 digit",
                        "closing.reason: forventede en af NO_FURTHER_ACTION, SUPPORT_ENDED, MOVED, ADULT, OTHER, fandt"
                                + " et tal med 1 ciffer"),
                Arguments.of(
                        CASE.replace("\"2015-06-07\"", "\"0706154321\""),
                        "child.birthDate: expected an ISO date such as 2026-03-27, found a text of 10 digits that"
                                + " contains a CPR number",
                        "child.birthDate: forventede en ISO-dato som 2026-03-27, fandt en tekst på 10 cifre, der"
                                + " indeholder et CPR-nummer"),
                Arguments.of(
                        CASE.replace("\"id\":\"c1\"", "\"id\":{\"x\":1}"),
                        "id: expected a text, found an object",
                        "id: forventede en tekst, fandt et objekt"),
                Arguments.of(
                        CASE.replace("{\"birthDate\":\"2015-06-07\"}", "{}"),
                        "child.birthDate: a required field is missing",
                        "child.birthDate: et påkrævet felt mangler"),
                Arguments.of(
                        with("\"x\":" + "[".repeat(3_000) + "]".repeat(3_000)),
                        "the line exceeds a limit of the JSON reader (nesting, number or text length)",
                        "linjen overskrider en grænse for JSON (dybde, tallængde eller tekstlængde)"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void of_badLine_pathFormAndKind(String line, String english, String danish) {
        Throwable e = catchThrowable(() -> CaseJsonLines.fromJson(line));

        assertThat(Reasons.of(e, line, false)).isEqualTo(english);
        assertThat(Reasons.of(e, line, true)).isEqualTo(danish);
    }
}
