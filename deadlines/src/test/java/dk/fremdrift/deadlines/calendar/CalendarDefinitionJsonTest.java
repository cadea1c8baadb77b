package dk.fremdrift.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A calendar described as JSON and read by the vendor's own Jackson: Jackson 2 with the JSR-310 module, and
 * Jackson 3 as it comes.
 */
class CalendarDefinitionJsonTest {

    private static final String SAMPLE = "calendar-dk-101.json";

    /** One Jackson line, as a vendor would set it up. */
    interface Json {
        CalendarDefinition read(String json) throws Exception;

        String write(CalendarDefinition definition) throws Exception;
    }

    static final class Jackson2 implements Json {
        private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        @Override
        public CalendarDefinition read(String json) throws Exception {
            return mapper.readValue(json, CalendarDefinition.class);
        }

        @Override
        public String write(CalendarDefinition definition) throws Exception {
            return mapper.writeValueAsString(definition);
        }

        @Override
        public String toString() {
            return "Jackson 2";
        }
    }

    static final class Jackson3 implements Json {
        private final JsonMapper mapper = JsonMapper.builder().build();

        @Override
        public CalendarDefinition read(String json) {
            return mapper.readValue(json, CalendarDefinition.class);
        }

        @Override
        public String write(CalendarDefinition definition) {
            return mapper.writeValueAsString(definition);
        }

        @Override
        public String toString() {
            return "Jackson 3";
        }
    }

    static Stream<Json> jacksons() {
        return Stream.of(new Jackson2(), new Jackson3());
    }

    private static String sample() {
        try (InputStream in =
                Objects.requireNonNull(CalendarDefinitionJsonTest.class.getResourceAsStream(SAMPLE), SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void read_sample_givesTheMunicipalCalendar(Json json) throws Exception {
        DanishCalendar kbh = DanishCalendar.of(json.read(sample()));

        assertThat(kbh.id()).isEqualTo("DK-101");
        assertThat(kbh.findHoliday(LocalDate.of(2026, 12, 29)))
                .map(Holiday::danishName)
                .contains("Julelukning");
        assertThat(kbh.plusWorkingDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(kbh.isWorkingDay(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(kbh.isWorkingDay(LocalDate.of(2026, 5, 15))).isFalse();
        assertThat(kbh)
                .isEqualTo(DanishCalendar.builder("DK-101")
                        .addAgreedClosingDays(AgreedClosingDay.limitationActDays())
                        .addAgreedClosingDays(AgreedClosingDay.FRIDAY_AFTER_ASCENSION)
                        .addLocalClosingDay(LocalDate.of(2026, 12, 28), "Julelukning")
                        .addLocalClosingDay(LocalDate.of(2026, 12, 29), "Julelukning")
                        .addLocalClosingDay(LocalDate.of(2026, 12, 30), "Julelukning")
                        .addExtraWorkingDay(LocalDate.of(2027, 12, 31))
                        .build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void write_datesAsIsoStringsInFieldOrder(Json json) throws Exception {
        CalendarDefinition definition = DanishCalendar.builder("DK-751")
                .addAgreedClosingDays(AgreedClosingDay.NEW_YEARS_EVE, AgreedClosingDay.CHRISTMAS_EVE)
                .addLocalClosingDay(LocalDate.of(2026, 12, 28), "Julelukning")
                .addExtraWorkingDay(LocalDate.of(2026, 12, 19))
                .toDefinition();

        assertThat(json.write(definition))
                .isEqualTo("{\"id\":\"DK-751\",\"agreedClosingDays\":[\"CHRISTMAS_EVE\",\"NEW_YEARS_EVE\"],"
                        + "\"localClosingDays\":[{\"date\":\"2026-12-28\",\"name\":\"Julelukning\"}],"
                        + "\"extraWorkingDays\":[\"2026-12-19\"]}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void roundTrip_sampleAndStatutory_equal(Json json) throws Exception {
        CalendarDefinition sample = json.read(sample());
        assertThat(json.read(json.write(sample))).isEqualTo(sample);
        CalendarDefinition statutory = CalendarDefinition.statutory();
        assertThat(json.read(json.write(statutory))).isEqualTo(statutory);
        assertThat(DanishCalendar.of(json.read("{\"id\":\"DK\"}"))).isSameAs(DanishCalendar.statutory());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jacksons")
    void read_missingLists_readAsEmpty(Json json) throws Exception {
        CalendarDefinition definition = json.read("{\"id\":\"DK-147\"}");
        assertThat(definition.agreedClosingDays()).isEmpty();
        assertThat(definition.localClosingDays()).isEmpty();
        assertThat(definition.extraWorkingDays()).isEmpty();
    }

    static Stream<Object[]> badJson() {
        return jacksons()
                .flatMap(json -> Stream.of(
                        new Object[] {
                            json,
                            "{\"id\":\"DK-1\",\"extraWorkingDays\":[\"2026-05-14\"]}",
                            List.of("extraWorkingDays[0]: 2026-05-14 is Kristi himmelfartsdag")
                        },
                        new Object[] {
                            json,
                            "{\"id\":\"DK-1\",\"localClosingDays\":[{\"date\":\"2026-12-25\",\"name\":\"x\"}]}",
                            List.of("localClosingDays[0].date: 2026-12-25 is Juledag")
                        },
                        new Object[] {
                            json,
                            "{\"id\":\"DK-1\",\"localClosingDays\":[{\"date\":\"2026-12-28\",\"name\":\" \"}]}",
                            List.of("name: expected a non-blank name for the closing day 2026-12-28")
                        },
                        new Object[] {json, "{\"id\":\"kbh kommune\"}", List.of("id: expected", "\"kbh kommune\"")},
                        new Object[] {
                            json,
                            "{\"id\":\"DK-1\",\"agreedClosingDays\":[\"GRUNDLOVSDAG\"]}",
                            List.of("GRUNDLOVSDAG", "CONSTITUTION_DAY")
                        },
                        new Object[] {
                            json, "{\"id\":\"DK-1\",\"extraWorkingDays\":[\"2026-02-30\"]}", List.of("2026-02-30")
                        },
                        new Object[] {
                            json,
                            "{\"id\":\"DK-1\",\"agreedClosingDay\":[\"CHRISTMAS_EVE\"]}",
                            List.of("\"agreedClosingDay\": expected one of the fields of CalendarDefinition (id,"
                                    + " agreedClosingDays, localClosingDays, extraWorkingDays), got an unknown field")
                        },
                        new Object[] {
                            json,
                            "{\"id\":\"DK-1\",\"localClosingDays\":[{\"date\":\"2026-12-28\",\"name\":\"x\",\"englishName\":\"y\"}]}",
                            List.of("\"englishName\": expected one of the fields of LocalClosingDay (date, name)")
                        }));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badJson")
    void read_badDefinition_failsNamingFieldAndValue(Json json, String text, List<String> fragments) {
        assertThatThrownBy(() -> json.read(text)).satisfies(e -> {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString()).contains(fragments);
        });
    }
}
