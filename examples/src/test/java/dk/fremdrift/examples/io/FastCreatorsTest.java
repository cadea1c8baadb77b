package dk.fremdrift.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.fremdrift.examples.synthetic.SyntheticMunicipality;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/** The fast creators change how a record is made, never what is made nor what a bad line is told. */
class FastCreatorsTest {

    private static final String CASE =
            "{\"id\":\"c1\",\"child\":{\"birthDate\":\"2015-06-07\"},\"municipality\":\"101\","
                    + "\"kle\":\"27.24.00-G01\",\"opened\":\"2026-03-27\"}";

    /** The command line's mapper without the module: Jackson's own creator calls. */
    private static final JsonMapper JACKSONS = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .addModule(FastDates.module(true))
            .build();

    /** Records its caller: whether Jackson's own call ({@code invokeWithArguments}) made it. */
    public record Probe(String name, int count, List<String> tags) {
        static final ThreadLocal<Boolean> BY_JACKSONS_CALL = new ThreadLocal<>();

        public Probe {
            BY_JACKSONS_CALL.set(StackWalker.getInstance()
                    .walk(frames -> frames.anyMatch(f -> f.getMethodName().equals("invokeWithArguments"))));
            if (count < 0) {
                throw new IllegalArgumentException("count: expected a number from 0, got a negative number");
            }
        }
    }

    /** A record whose creator the public lookup cannot call. */
    record Hidden(String name) {}

    @Test
    void publicRecord_createdThroughTheModulesHandle() {
        Probe fast = CaseJsonLines.mapper().readValue("{\"name\":\"a\",\"count\":2,\"tags\":[\"x\"]}", Probe.class);
        boolean fastByJackson = Probe.BY_JACKSONS_CALL.get();
        Probe own = JACKSONS.readValue("{\"name\":\"a\",\"count\":2,\"tags\":[\"x\"]}", Probe.class);
        boolean ownByJackson = Probe.BY_JACKSONS_CALL.get();

        assertThat(fast).isEqualTo(own).isEqualTo(new Probe("a", 2, List.of("x")));
        assertThat(fastByJackson).as("made by the module's handle").isFalse();
        assertThat(ownByJackson).as("the probe tells Jackson's own call").isTrue();
    }

    @Test
    void primitiveMissing_defaultAsJackson() {
        Probe fast = CaseJsonLines.mapper().readValue("{\"name\":\"a\",\"tags\":[]}", Probe.class);

        assertThat(fast).isEqualTo(JACKSONS.readValue("{\"name\":\"a\",\"tags\":[]}", Probe.class));
        assertThat(fast.count()).isZero();
    }

    @Test
    void creatorThrows_sameExceptionAsJackson() {
        String line = "{\"name\":\"a\",\"count\":-1,\"tags\":[]}";

        Throwable fast = catchThrowable(() -> CaseJsonLines.mapper().readValue(line, Probe.class));
        Throwable own = catchThrowable(() -> JACKSONS.readValue(line, Probe.class));

        assertThat(fast).isNotNull().hasSameClassAs(own).hasMessage(own.getMessage());
        assertThat(fast.getCause())
                .hasSameClassAs(own.getCause())
                .hasMessage(own.getCause().getMessage());
    }

    @Test
    void nonPublicCreator_keepsJacksonsCall() {
        assertThat(CaseJsonLines.mapper().readValue("{\"name\":\"a\"}", Hidden.class))
                .isEqualTo(new Hidden("a"));
    }

    @Test
    void syntheticCases_bindAsWithJacksonsCall() {
        List<String> lines = SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(851))
                .children(300)
                .from(LocalDate.of(2020, 1, 1))
                .to(LocalDate.of(2026, 1, 1))
                .seed(12)
                .build()
                .cases()
                .map(CaseJsonLines::toJson)
                .toList();

        for (String line : lines) {
            ChildCase fast = CaseJsonLines.fromJson(line);
            assertThat(fast).isEqualTo(JACKSONS.readValue(line, ChildCase.class));
            assertThat(CaseJsonLines.toJson(fast)).isEqualTo(line);
        }
    }

    static Stream<String> badCases() {
        return Stream.of(
                CASE.replace("{\"birthDate\":\"2015-06-07\"}", "{}"),
                CASE.replace("\"kle\":\"27.24.00-G01\"", "\"kle\":\"27.24\""),
                CASE.replace("\"opened\":\"2026-03-27\"", "\"opened\":\"2014-01-01\""),
                CASE.replace("\"id\":\"c1\"", "\"id\":\" c1\""),
                CASE.replace("\"municipality\":\"101\"", "\"municipality\":\"100\""),
                CASE.substring(0, CASE.length() - 1)
                        + ",\"decisions\":[{\"id\":\"d1\",\"decided\":\"2026-04-01\",\"kind\":\"PLACEMENT\","
                        + "\"legalBasis\":{\"law\":\"BARNETS_LOV\",\"paragraph\":\"10000\"}}]}");
    }

    @ParameterizedTest
    @MethodSource("badCases")
    void badCase_sameExceptionAndReasonAsJackson(String line) {
        Throwable fast = catchThrowable(() -> CaseJsonLines.fromJson(line));
        Throwable own = catchThrowable(() -> JACKSONS.readValue(line, ChildCase.class));

        assertThat(fast).isNotNull().hasSameClassAs(own).hasMessage(own.getMessage());
        assertThat(Reasons.of(fast, line, false)).isEqualTo(Reasons.of(own, line, false));
        assertThat(Reasons.of(fast, line, true)).isEqualTo(Reasons.of(own, line, true));
    }
}
