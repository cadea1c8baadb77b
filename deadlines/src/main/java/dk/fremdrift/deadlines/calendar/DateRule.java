package dk.fremdrift.deadlines.calendar;

import java.time.LocalDate;
import java.time.Month;

/** Where a yearly day falls: on a fixed month and day, or a number of days from Easter Sunday. */
final class DateRule {

    private final Month month;
    private final int dayOfMonth;
    private final int easterOffset;

    private DateRule(Month month, int dayOfMonth, int easterOffset) {
        this.month = month;
        this.dayOfMonth = dayOfMonth;
        this.easterOffset = easterOffset;
    }

    static DateRule fixed(Month month, int dayOfMonth) {
        return new DateRule(month, dayOfMonth, 0);
    }

    static DateRule easter(int offset) {
        return new DateRule(null, 0, offset);
    }

    /** Returns the date in a covered year. */
    LocalDate dateIn(int year) {
        if (month != null) {
            Coverage.checkYear(year, "the Danish calendar");
            return LocalDate.of(year, month, dayOfMonth);
        }
        return LocalDate.ofEpochDay(Coverage.easterEpochDay(year) + easterOffset);
    }

    /** Tells whether a covered date is this rule's date in its year. */
    boolean isOn(LocalDate date) {
        if (month != null) {
            return date.getMonth() == month && date.getDayOfMonth() == dayOfMonth;
        }
        return date.toEpochDay() - Coverage.easterEpochDay(date.getYear()) == easterOffset;
    }
}
