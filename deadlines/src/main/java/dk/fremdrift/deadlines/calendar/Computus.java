package dk.fremdrift.deadlines.calendar;

import java.time.LocalDate;

/**
 * The date of Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * <p>The Danish church has reckoned Easter by the Gregorian rules since 1776 (from 1700 to 1775 it used an
 * astronomical reckoning), so the result is the Danish Easter for every year the calendars here cover.
 */
final class Computus {

    private Computus() {}

    /**
     * Returns Easter Sunday of a year.
     *
     * @param year a year of the Gregorian calendar, 1583 or later
     * @return Easter Sunday, between 22 March and 25 April
     */
    static LocalDate easterSunday(int year) {
        if (year < 1583) {
            throw new IllegalArgumentException("year: expected 1583 or later (Gregorian), got " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(year, n / 31, n % 31 + 1);
    }
}
