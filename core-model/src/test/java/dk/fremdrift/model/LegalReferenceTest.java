package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalReferenceTest {

    static Stream<Arguments> renderings() {
        return Stream.of(
                Arguments.of(
                        LegalReference.of(Law.BARNETS_LOV, "20", 3),
                        "barnets lov § 20, stk. 3",
                        "Children's Act (barnets lov) section 20(3)"),
                Arguments.of(
                        LegalReference.of(Law.BARNETS_LOV, "32"),
                        "barnets lov § 32",
                        "Children's Act (barnets lov) section 32"),
                Arguments.of(
                        LegalReference.of(Law.SERVICELOVEN, "155 a"),
                        "serviceloven § 155 a",
                        "Social Services Act (serviceloven) section 155 a"),
                Arguments.of(
                        LegalReference.of(Law.SERVICELOVEN, "155b", 1),
                        "serviceloven § 155 b, stk. 1",
                        "Social Services Act (serviceloven) section 155 b(1)"),
                Arguments.of(
                        LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "3", 2),
                        "retssikkerhedsloven § 3, stk. 2",
                        "Act on Legal Protection and Administration in Social Matters section 3(2)"),
                Arguments.of(
                        LegalReference.of(Law.FORAELDELSESLOVEN, "27"),
                        "forældelsesloven § 27",
                        "Limitation Act section 27"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("renderings")
    void toDanishToEnglish_reference_rendersTheDanishWay(LegalReference ref, String danish, String english) {
        assertThat(ref.toDanish()).isEqualTo(danish);
        assertThat(ref.toString()).isEqualTo(danish);
        assertThat(ref.toEnglish()).isEqualTo(english);
        assertThat(LegalReference.parse(danish)).isEqualTo(ref);
    }

    static Stream<Arguments> parses() {
        return Stream.of(
                Arguments.of("serviceloven § 155 a", Law.SERVICELOVEN, "155 a", Optional.empty()),
                Arguments.of("serviceloven § 155a", Law.SERVICELOVEN, "155 a", Optional.empty()),
                Arguments.of("SEL § 50", Law.SERVICELOVEN, "50", Optional.empty()),
                Arguments.of("BL § 20, stk. 3", Law.BARNETS_LOV, "20", Optional.of(3)),
                Arguments.of("Barnets Lov § 136", Law.BARNETS_LOV, "136", Optional.empty()),
                Arguments.of("rsl § 67", Law.RETSSIKKERHEDSLOVEN, "67", Optional.empty()),
                Arguments.of("OFL § 36", Law.OFFENTLIGHEDSLOVEN, "36", Optional.empty()),
                Arguments.of("FVL § 16, stk. 2", Law.FORVALTNINGSLOVEN, "16", Optional.of(2)),
                Arguments.of("forældl § 27", Law.FORAELDELSESLOVEN, "27", Optional.empty()),
                Arguments.of("barnets lov § 999, stk. 99", Law.BARNETS_LOV, "999", Optional.of(99)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parses")
    void parse_danishText_lawParagraphSubsection(String text, Law law, String paragraph, Optional<Integer> stk) {
        LegalReference ref = LegalReference.parse(text);

        assertThat(ref.law()).isEqualTo(law);
        assertThat(ref.paragraph()).isEqualTo(paragraph);
        assertThat(ref.subsection()).isEqualTo(stk);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "barnets lov",
                "barnets lov § ",
                "barnets lov §20",
                "barnets lov § 0",
                "barnets lov § 20 stk. 3",
                "barnets lov § 20, stk. 0",
                "barnets lov § 10000",
                "barnets lov § 155 A",
                "§ 20"
            })
    void parse_wrongForm_throwsNamingForm(String text) {
        assertThatThrownBy(() -> LegalReference.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "legal reference: expected '<act> § <paragraph>[, stk. <n>]' such as 'barnets lov § 20, stk. 3', got "
                                + Checks.describe(text));
    }

    @Test
    void parse_unknownAct_throwsNamingAct() {
        assertThatThrownBy(() -> LegalReference.parse("grundloven § 76"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "legal reference: expected an act's Danish name or abbreviation such as 'barnets lov' or 'SEL', got a text of 10 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "a", "20 stk. 3", "155  a", "155 ab", "12345", "1000", "0101801234", "-1", "20A"})
    void constructor_badParagraph_throwsNamingField(String paragraph) {
        assertThatThrownBy(() -> LegalReference.of(Law.BARNETS_LOV, paragraph))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "paragraph: expected a number from 1 to 999 with an optional letter such as '20' or '155 a',"
                                + " got " + Checks.describe(paragraph));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100, 1_010_801_234})
    void constructor_subsectionOutOfRange_throwsNamingFieldAndKind(int subsection) {
        assertThatThrownBy(() -> LegalReference.of(Law.BARNETS_LOV, "20", subsection))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subsection: expected a number from 1 to 99, got " + Checks.describe(subsection))
                .hasMessageNotContaining(Integer.toString(subsection));
    }

    @Test
    void constructor_nulls_throwNamingField() {
        assertThatThrownBy(() -> new LegalReference(null, "20", Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("law");
        assertThatThrownBy(() -> new LegalReference(Law.BARNETS_LOV, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("paragraph");
        assertThat(new LegalReference(Law.BARNETS_LOV, "20", null).subsection()).isEmpty();
        assertThatThrownBy(() -> LegalReference.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equals_normalisedParagraph_equal() {
        assertThat(LegalReference.of(Law.SERVICELOVEN, "155a"))
                .isEqualTo(LegalReference.of(Law.SERVICELOVEN, "155 a"))
                .hasSameHashCodeAs(LegalReference.of(Law.SERVICELOVEN, "155 a"))
                .isNotEqualTo(LegalReference.of(Law.BARNETS_LOV, "155 a"))
                .isNotEqualTo(LegalReference.of(Law.SERVICELOVEN, "155 a", 1));
    }

    @ParameterizedTest
    @EnumSource(Law.class)
    void parse_everyLawByNameAndAbbreviation_roundTrips(Law law) {
        LegalReference ref = LegalReference.of(law, "12 b", 4);

        assertThat(LegalReference.parse(ref.toDanish())).isEqualTo(ref);
        assertThat(LegalReference.parse(law.abbreviation() + " § 12 b, stk. 4")).isEqualTo(ref);
        assertThat(law.danishName()).isLowerCase();
        assertThat(law.englishName()).isNotBlank();
    }
}
