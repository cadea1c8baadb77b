package dk.fremdrift.metrics;

import java.time.LocalDate;
import java.util.List;

/** The age bands of {@link Dimension#AGE_BAND}: before birth, then by whole years at the ages of {@link #EDGES}. */
final class AgeBands {

    /** The age bands, in order. */
    static final List<String> NAMES = List.of("unborn", "0-2", "3-5", "6-11", "12-14", "15-17", "18+");

    /** The ages at which a band starts, after "unborn". */
    static final int[] EDGES = {0, 3, 6, 12, 15, 18};

    private AgeBands() {}

    /**
     * The first day on which a child born on a date is as many years old by {@link #wholeYears} as on a birthday
     * ({@code born.plusYears(years)}): the birthday itself, or the day after it where the birthday was moved back
     * to the end of a shorter month (29 February in a year that is not a leap year).
     */
    static long bandStart(LocalDate born, LocalDate birthday) {
        long day = birthday.toEpochDay();
        return birthday.getDayOfMonth() == born.getDayOfMonth() ? day : day + 1;
    }

    /** The age band of a child born on a date, on a date: {@code "unborn"} before the birth. */
    static String of(LocalDate birthDate, LocalDate date) {
        if (date.isBefore(birthDate)) {
            return NAMES.get(0);
        }
        int years = wholeYears(birthDate, date);
        int band = 0;
        while (band < EDGES.length && years >= EDGES[band]) {
            band++;
        }
        return NAMES.get(band);
    }

    /**
     * {@code Period.between(from, to).getYears()} for {@code from} on or before {@code to}, worked out as {@link
     * LocalDate#until(java.time.chrono.ChronoLocalDate)} does, without making the period: the age band is asked for
     * at every observation.
     */
    static int wholeYears(LocalDate from, LocalDate to) {
        long totalMonths =
                (to.getYear() * 12L + to.getMonthValue() - 1) - (from.getYear() * 12L + from.getMonthValue() - 1);
        int days = to.getDayOfMonth() - from.getDayOfMonth();
        if (totalMonths > 0 && days < 0) {
            totalMonths--;
        } else if (totalMonths < 0 && days > 0) {
            totalMonths++;
        }
        return Math.toIntExact(totalMonths / 12);
    }
}
