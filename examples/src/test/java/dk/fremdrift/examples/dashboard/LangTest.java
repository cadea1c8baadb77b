package dk.fremdrift.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LangTest {

    private static final Lang DA = Lang.of(Locale.forLanguageTag("da"));
    private static final Lang EN = Lang.of(Locale.ENGLISH);

    static Stream<Arguments> shares() {
        return Stream.of(
                Arguments.of(0.0, "0\u00a0%"),
                Arguments.of(0.5, "50\u00a0%"),
                Arguments.of(0.874, "87\u00a0%"),
                Arguments.of(1.0, "100\u00a0%"),
                // 249 of 250 is not "100 %", and 1 of 1,000 is not "0 %"
                Arguments.of(249 / 250.0, "99,6\u00a0%"),
                Arguments.of(0.001, "0,1\u00a0%"));
    }

    @ParameterizedTest
    @MethodSource("shares")
    void percent_roundsToWholePercent_butNeverToATargetItMissed(double share, String danish) {
        assertThat(DA.percent(share)).isEqualTo(danish);
        assertThat(EN.percent(share)).isEqualTo(danish.replace(',', '.'));
    }

    @Test
    void numbers_useTheLanguagesSeparators() {
        assertThat(DA.integer(1_234_567)).isEqualTo("1.234.567");
        assertThat(EN.integer(1_234_567)).isEqualTo("1,234,567");
        assertThat(DA.decimal(27.25, 1)).isEqualTo("27,2");
        assertThat(DA.kroner(new BigDecimal("14002944.49"))).isEqualTo("14.002.944\u00a0kr.");
        assertThat(EN.kroner(new BigDecimal("14002944.50"))).isEqualTo("DKK\u00a014,002,944");
        assertThat(DA.amount(new BigDecimal("20764.00"))).isEqualTo("20.764\u00a0kr.");
        assertThat(DA.amount(new BigDecimal("4500000"))).isEqualTo("4,5\u00a0mio.\u00a0kr.");
        assertThat(EN.amount(new BigDecimal("12500000"))).isEqualTo("DKK\u00a012m");
    }

    @Test
    void dates_andMonths_areSpelledOut() {
        LocalDate mon20261123 = LocalDate.of(2026, 11, 23);
        assertThat(DA.date(mon20261123)).isEqualTo("23. november 2026");
        assertThat(EN.date(mon20261123)).isEqualTo("23 November 2026");
        assertThat(DA.month("2026-05")).isEqualTo("maj 2026");
        assertThat(EN.month("2026-03")).isEqualTo("Mar 2026");
        assertThat(DA.month("not-a-month")).isEqualTo("not-a-month");
    }

    @Test
    void of_isDanishOnlyForDanish() {
        assertThat(Lang.of(Locale.forLanguageTag("da-DK")).isDanish()).isTrue();
        assertThat(Lang.of(Locale.forLanguageTag("nb")).isDanish()).isFalse();
        assertThat(Lang.of(Locale.ROOT).isDanish()).isFalse();
    }
}
