package dk.fremdrift.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The explanation's clock times and weekday names, written out for speed, read exactly as {@code String.format} and
 * {@code getDisplayName} give them, in the default format locale and in one with other digits.
 */
class ExplanationsTimeTest {

    @Test
    void time_everyMinuteOfTheDay_sameAsStringFormat() {
        Locale saved = Locale.getDefault(Locale.Category.FORMAT);
        try {
            for (Locale locale : new Locale[] {
                Locale.ROOT,
                Locale.forLanguageTag("da-DK"),
                Locale.forLanguageTag("fa-IR"),
                Locale.forLanguageTag("th-TH-u-nu-thai"),
                Locale.forLanguageTag("ar-EG")
            }) {
                Locale.setDefault(Locale.Category.FORMAT, locale);
                for (int h = 0; h < 24; h++) {
                    for (int m = 0; m < 60; m++) {
                        for (boolean da : new boolean[] {true, false}) {
                            assertThat(Explanations.time(h, m, da))
                                    .as("%s %d:%d", locale, h, m)
                                    .isEqualTo(String.format("%02d%s%02d", h, da ? "." : ":", m));
                        }
                    }
                }
            }
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, saved);
        }
    }

    @Test
    void weekday_everyDay_sameAsDisplayName() {
        for (DayOfWeek d : DayOfWeek.values()) {
            LocalDate date = LocalDate.of(2026, 11, 23).with(d);
            assertThat(DeadlineEvaluation.weekday(date, true))
                    .isEqualTo(d.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("da")));
            assertThat(DeadlineEvaluation.weekday(date, false))
                    .isEqualTo(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
    }
}
