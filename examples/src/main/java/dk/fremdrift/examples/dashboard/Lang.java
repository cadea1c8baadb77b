package dk.fremdrift.examples.dashboard;

import dk.fremdrift.metrics.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The words and number formats of one language of the dashboard: Danish ({@code 1.234}, {@code 87 %}, {@code 23.
 * november 2026}) or English ({@code 1,234}, {@code 87 %}, {@code 23 November 2026}). The formats are spelled out
 * here rather than taken from the JDK's locale data, so the page is the same on every JDK.
 */
final class Lang {

    private static final String[] MONTHS_DA = {
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december"
    };
    private static final String[] MONTHS_EN = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] SHORT_DA = {
        "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."
    };
    private static final String[] SHORT_EN = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    /** A no-break space, between a number and its unit. */
    static final String NBSP = "\u00a0";

    private final boolean danish;
    private final DecimalFormatSymbols symbols;

    private Lang(boolean danish) {
        this.danish = danish;
        this.symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(danish ? '.' : ',');
        symbols.setDecimalSeparator(danish ? ',' : '.');
        symbols.setMinusSign('\u2212');
    }

    /** Danish for a locale whose language is {@code da}, English otherwise. */
    static Lang of(Locale locale) {
        return new Lang("da".equals(locale.getLanguage()));
    }

    boolean isDanish() {
        return danish;
    }

    /** The value of the {@code lang} attribute. */
    String code() {
        return danish ? "da" : "en";
    }

    String t(String da, String en) {
        return danish ? da : en;
    }

    String of(LocalizedText text) {
        return danish ? text.da() : text.en();
    }

    String integer(long n) {
        return format(n, "#,##0");
    }

    /** A number with at most {@code decimals} decimals, trailing zeros kept. */
    String decimal(double x, int decimals) {
        return format(x, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
    }

    /**
     * A share from 0 to 1 as a whole percentage; with one decimal where rounding would show 0 % or 100 % for a
     * share that is neither, since a deadline met in 249 of 250 cases is not "100 %".
     */
    String percent(double share) {
        return percentNumber(share) + NBSP + "%";
    }

    /** An interval of shares, {@code 84–90 %}. */
    String percentRange(double lower, double upper) {
        return percentNumber(lower) + "\u2013" + percentNumber(upper) + NBSP + "%";
    }

    String percentNumber(double share) {
        double p = share * 100;
        String whole = decimal(p, 0);
        if ((whole.equals("100") && share < 1) || (whole.equals("0") && share > 0)) {
            return decimal(p, 1);
        }
        return whole;
    }

    /** Whole kroner: {@code 1.234.567 kr.} or {@code DKK 1,234,567}. */
    String kroner(BigDecimal amount) {
        String n = format(amount.setScale(0, RoundingMode.HALF_EVEN), "#,##0");
        return danish ? n + NBSP + "kr." : "DKK" + NBSP + n;
    }

    /** Whole kroner without the currency, for table cells under a heading that names it. */
    String kronerNumber(BigDecimal amount) {
        return format(amount.setScale(0, RoundingMode.HALF_EVEN), "#,##0");
    }

    /**
     * An amount for a chart label: whole kroner below a million ({@code 20.764 kr.}), millions from there ({@code
     * 4,5 mio. kr.} or {@code DKK 4.5m}).
     */
    String amount(BigDecimal amount) {
        if (amount.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
            return kroner(amount);
        }
        double m = amount.doubleValue() / 1_000_000.0;
        String n = decimal(m, Math.abs(m) < 10 ? 1 : 0);
        return danish ? n + NBSP + "mio." + NBSP + "kr." : "DKK" + NBSP + n + "m";
    }

    String date(LocalDate d) {
        String month = (danish ? MONTHS_DA : MONTHS_EN)[d.getMonthValue() - 1];
        return danish
                ? d.getDayOfMonth() + ". " + month + " " + d.getYear()
                : d.getDayOfMonth() + " " + month + " " + d.getYear();
    }

    /** A month key such as {@code 2026-03} as {@code mar. 2026}; an unknown key as it is. */
    String month(String key) {
        try {
            YearMonth m = YearMonth.parse(key);
            return (danish ? SHORT_DA : SHORT_EN)[m.getMonthValue() - 1] + " " + m.getYear();
        } catch (DateTimeParseException e) {
            return key;
        }
    }

    private String format(Object number, String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, symbols);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(number);
    }
}
