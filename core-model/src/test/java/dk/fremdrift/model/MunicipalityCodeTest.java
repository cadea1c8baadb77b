package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

    /** The 98 municipalities of DOMAIN.md, code and name, copied from there and not from the code under test. */
    static final String REGISTRY =
            "101 København, 147 Frederiksberg, 151 Ballerup, 153 Brøndby, 155 Dragør, 157 Gentofte, 159 Gladsaxe, 161 Glostrup, 163 Herlev, 165 Albertslund, 167 Hvidovre, 169 Høje-Taastrup, 173 Lyngby-Taarbæk, 175 Rødovre, 183 Ishøj, 185 Tårnby, 187 Vallensbæk, 190 Furesø, 201 Allerød, 210 Fredensborg, 217 Helsingør, 219 Hillerød, 223 Hørsholm, 230 Rudersdal, 240 Egedal, 250 Frederikssund, 253 Greve, 259 Køge, 260 Halsnæs, 265 Roskilde, 269 Solrød, 270 Gribskov, 306 Odsherred, 316 Holbæk, 320 Faxe, 326 Kalundborg, 329 Ringsted, 330 Slagelse, 336 Stevns, 340 Sorø, 350 Lejre, 360 Lolland, 370 Næstved, 376 Guldborgsund, 390 Vordingborg, 400 Bornholm, 410 Middelfart, 420 Assens, 430 Faaborg-Midtfyn, 440 Kerteminde, 450 Nyborg, 461 Odense, 479 Svendborg, 480 Nordfyns, 482 Langeland, 492 Ærø, 510 Haderslev, 530 Billund, 540 Sønderborg, 550 Tønder, 561 Esbjerg, 563 Fanø, 573 Varde, 575 Vejen, 580 Aabenraa, 607 Fredericia, 615 Horsens, 621 Kolding, 630 Vejle, 657 Herning, 661 Holstebro, 665 Lemvig, 671 Struer, 706 Syddjurs, 707 Norddjurs, 710 Favrskov, 727 Odder, 730 Randers, 740 Silkeborg, 741 Samsø, 746 Skanderborg, 751 Aarhus, 756 Ikast-Brande, 760 Ringkøbing-Skjern, 766 Hedensted, 773 Morsø, 779 Skive, 787 Thisted, 791 Viborg, 810 Brønderslev, 813 Frederikshavn, 820 Vesthimmerlands, 825 Læsø, 840 Rebild, 846 Mariagerfjord, 849 Jammerbugt, 851 Aalborg, 860 Hjørring";

    static Stream<Arguments> registry() {
        return Stream.of(REGISTRY.split(", ")).map(e -> {
            int space = e.indexOf(' ');
            return Arguments.of(Integer.parseInt(e.substring(0, space)), e.substring(space + 1));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("registry")
    void ofParseName_everyMunicipality_presentWithItsName(int code, String name) {
        MunicipalityCode m = MunicipalityCode.of(code);

        assertThat(m.code()).isEqualTo(code);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.format()).isEqualTo(Integer.toString(code));
        assertThat(MunicipalityCode.parse(Integer.toString(code))).isSameAs(m);
        assertThat(MunicipalityCode.parse("0" + code)).isSameAs(m);
        assertThat(m.toString()).isEqualTo(code + " " + name);
    }

    @Test
    void all_registry_exactly98InOrderOfCode() {
        List<MunicipalityCode> all = MunicipalityCode.all();

        assertThat(all).hasSize(98);
        assertThat(all).isSortedAccordingTo(MunicipalityCode::compareTo);
        assertThat(all.stream().map(MunicipalityCode::code))
                .containsExactlyElementsOf(
                        registry().map(a -> (Integer) a.get()[0]).toList());
        assertThatThrownBy(() -> all.add(MunicipalityCode.of(101))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofAndParse_christianso411_rejected() {
        assertThat(MunicipalityCode.isValid("411")).isFalse();
        assertThatThrownBy(() -> MunicipalityCode.of(411))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "municipality code: expected the code of one of the 98 Danish municipalities (101-860), got a number of 3 digits");
        assertThatThrownBy(() -> MunicipalityCode.parse("411"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "municipality code: expected the code of one of the 98 Danish municipalities, got a text of 3 digits");
    }

    @Test
    void parse_fourDigitsWithLeadingZero_sameAsThree() {
        assertThat(MunicipalityCode.parse("0851").name()).isEqualTo("Aalborg");
        assertThat(MunicipalityCode.parse("0101")).isEqualTo(MunicipalityCode.of(101));
        assertThat(MunicipalityCode.isValid("0101")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "10", "1010", "00101", "10a", "+101", " 101", "1851", "٠١٠١"})
    void parse_wrongForm_throwsNamingForm(String text) {
        assertThat(MunicipalityCode.isValid(text)).isFalse();
        assertThatThrownBy(() -> MunicipalityCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("municipality code: expected 3 digits (or 4 with a leading zero), got "
                        + Checks.describe(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "100", "102", "999", "0999"})
    void parse_unknownCode_throwsNamingRegistry(String text) {
        assertThat(MunicipalityCode.isValid(text)).isFalse();
        assertThatThrownBy(() -> MunicipalityCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one of the 98 Danish municipalities, got " + Checks.describe(text));
    }

    @Test
    void parse_cprNumberByMistake_messageWithholdsIt() {
        assertThatThrownBy(() -> MunicipalityCode.parse("0706154321"))
                .hasMessageContaining("got a text of 10 characters that contains a CPR number")
                .hasMessageNotContaining("0706154321");
    }

    @Test
    void parseAndOf_null_orNoMunicipality() {
        assertThatThrownBy(() -> MunicipalityCode.parse(null)).isInstanceOf(NullPointerException.class);
        assertThat(MunicipalityCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> MunicipalityCode.of(0)).hasMessageEndingWith("got zero");
    }

    @Test
    void equalsHashCodeCompareTo_byCode() {
        MunicipalityCode a = MunicipalityCode.of(101);
        MunicipalityCode b = MunicipalityCode.of(851);

        assertThat(a).isEqualTo(MunicipalityCode.parse("0101")).hasSameHashCodeAs(MunicipalityCode.parse("101"));
        assertThat(a).isNotEqualTo(b).isNotEqualTo("101").isNotEqualTo(null);
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(a)).isPositive();
    }
}
