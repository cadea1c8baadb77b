package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The age bands change on the birthdays, and the caseload buckets include both their ends. */
class AgeBandsAndCaseloadTest {

    static Stream<Arguments> ageBands() {
        LocalDate born = date("2012-05-12");
        return Stream.of(
                arguments(born, date("2012-05-11"), "unborn"),
                arguments(born, born, "0-2"),
                arguments(born, date("2015-05-11"), "0-2"),
                arguments(born, date("2015-05-12"), "3-5"),
                arguments(born, date("2018-05-12"), "6-11"),
                arguments(born, date("2024-05-11"), "6-11"),
                arguments(born, date("2024-05-12"), "12-14"),
                arguments(born, date("2027-05-12"), "15-17"),
                arguments(born, date("2030-05-11"), "15-17"),
                arguments(born, date("2030-05-12"), "18+"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("ageBands")
    void ageBand_birthdays_bandChangesOnTheBirthday(LocalDate born, LocalDate on, String band) {
        assertThat(AgeBands.of(born, on)).isEqualTo(band);
    }

    static Stream<Arguments> caseloads() {
        return Stream.of(
                arguments(1, "1-9"),
                arguments(9, "1-9"),
                arguments(10, "10-19"),
                arguments(20, "20-25"),
                arguments(26, "26-30"),
                arguments(30, "26-30"),
                arguments(31, "31-35"),
                arguments(40, "36-40"),
                arguments(41, "41+"),
                arguments(200, "41+"));
    }

    @ParameterizedTest(name = "{0} cases: {1}")
    @MethodSource("caseloads")
    void caseloadCategory_bounds_bucketsIncludeBothEnds(long load, String category) {
        assertThat(Caseload.category(load)).isEqualTo(category);
    }
}
