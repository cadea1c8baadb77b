package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The four key types share one rule ({@link Identifiers}); each is tested through its own factory. */
class KeysTest {

    static Stream<Arguments> keyTypes() {
        return Stream.of(
                Arguments.of("CaseId", (Function<String, Object>) CaseId::of),
                Arguments.of("PartId", (Function<String, Object>) PartId::of),
                Arguments.of("TeamId", (Function<String, Object>) TeamId::of),
                Arguments.of("CaseworkerId", (Function<String, Object>) CaseworkerId::of));
    }

    static Stream<Arguments> keyTypesAndValidKeys() {
        return keyTypes()
                .flatMap(t -> Stream.of(
                                "a",
                                "2026-000123",
                                "sb-0042",
                                "team nord",
                                "Æblegrød/ø#1",
                                "x".repeat(64),
                                "070615432", // nine digits
                                "07061543210", // eleven digits
                                "9999999999", // ten digits that are no date
                                "320615-4321", // looks like a CPR number, but no date
                                "070615-43210") // five digits after the hyphen
                        .map(k -> Arguments.of(t.get()[0], t.get()[1], k)));
    }

    @ParameterizedTest(name = "{0} ''{2}''")
    @MethodSource("keyTypesAndValidKeys")
    void of_validKey_keepsTextAsValueAndToString(String type, Function<String, Object> of, String key) {
        Object id = of.apply(key);

        assertThat(id.toString()).isEqualTo(key);
        assertThat(id).isEqualTo(of.apply(key)).hasSameHashCodeAs(of.apply(key));
        assertThat(id).isNotEqualTo(of.apply(key.equals("a") ? "b" : "a")).isNotEqualTo(key);
    }

    static Stream<Arguments> keyTypesAndCprNumbers() {
        return keyTypes()
                .flatMap(t -> Stream.of(
                                "0706154321",
                                "070615-4321",
                                "case-0706154321",
                                "070615-4321/2",
                                "a 290200-4000 b",
                                " 0706154321",
                                "0706154321 ",
                                "x\t070615-4321")
                        .map(k -> Arguments.of(t.get()[0], t.get()[1], k)));
    }

    @ParameterizedTest(name = "{0} ''{2}''")
    @MethodSource("keyTypesAndCprNumbers")
    void of_keyWithCprNumber_rejectedWithoutEchoingIt(String type, Function<String, Object> of, String key) {
        assertThatThrownBy(() -> of.apply(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(type + ": ")
                .hasMessageContaining("contains a CPR number")
                .hasMessageNotContaining("0706")
                .hasMessageNotContaining("4321")
                .hasMessageNotContaining("2902");
    }

    static Stream<Arguments> keyTypesAndBadKeys() {
        return keyTypes()
                .flatMap(t -> Stream.of(
                                Arguments.of("", "expected 1 to 64 characters, got 0"),
                                Arguments.of("x".repeat(65), "expected 1 to 64 characters, got 65"),
                                Arguments.of(" a", "expected no leading or trailing white space, got a key with some"),
                                Arguments.of("a ", "expected no leading or trailing white space, got a key with some"),
                                Arguments.of("\u2003a", "expected no leading or trailing white space"),
                                Arguments.of("a\tb", "expected no control characters, got one at position 2"),
                                Arguments.of("ab\u0085", "expected no control characters, got one at position 3"))
                        .map(a -> Arguments.of(t.get()[0], t.get()[1], a.get()[0], a.get()[1])));
    }

    @ParameterizedTest(name = "{0} ''{2}''")
    @MethodSource("keyTypesAndBadKeys")
    void of_badKey_throwsNamingTypeAndRule(String type, Function<String, Object> of, String key, String message) {
        assertThatThrownBy(() -> of.apply(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(type + ": " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CaseId", "PartId", "TeamId", "CaseworkerId"})
    void of_null_throwsNullPointerNamingType(String type) {
        Function<String, Object> of = switch (type) {
            case "CaseId" -> CaseId::of;
            case "PartId" -> PartId::of;
            case "TeamId" -> TeamId::of;
            default -> CaseworkerId::of;
        };
        assertThatThrownBy(() -> of.apply(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage(type);
    }

    @Test
    void compareTo_byText() {
        assertThat(CaseId.of("a").compareTo(CaseId.of("b"))).isNegative();
        assertThat(PartId.of("b").compareTo(PartId.of("a"))).isPositive();
        assertThat(TeamId.of("a").compareTo(TeamId.of("a"))).isZero();
        assertThat(CaseworkerId.of("a").compareTo(CaseworkerId.of("b"))).isNegative();
        assertThat(CaseId.of("x").value()).isEqualTo("x");
        assertThat(CaseId.of("x")).isNotEqualTo(PartId.of("x"));
    }

    @Test
    void containsCpr_runsOfDigits_onlyExactCprShapesWithExistingDates() {
        assertThat(Identifiers.containsCpr("0706154321")).isTrue();
        assertThat(Identifiers.containsCpr("ab070615-4321cd")).isTrue();
        assertThat(Identifiers.containsCpr("10706154321")).isFalse();
        assertThat(Identifiers.containsCpr("070615-43211")).isFalse();
        assertThat(Identifiers.containsCpr("070615-432")).isFalse();
        assertThat(Identifiers.containsCpr("1070615-4321")).isFalse();
        assertThat(Identifiers.containsCpr("3206154321")).isFalse();
        assertThat(Identifiers.containsCpr("070615-")).isFalse();
        assertThat(Identifiers.containsCpr("")).isFalse();
    }
}
