package dk.fremdrift.deadlines.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A day that is not a helligdag but on which public offices commonly close by agreement or custom; a municipal
 * calendar names the ones it closes on ({@link DanishCalendar.Builder#addAgreedClosingDays(AgreedClosingDay...)}).
 *
 * <p>Whether these days count as working days (hverdage, arbejdsdage) is not uniformly defined in Danish law.
 * Forældelsesloven § 27, stk. 2 treats grundlovsdag, 24 December and 31 December like helligdage when a time limit
 * ends on them ({@link #limitationActDays()}); the Friday after Kristi himmelfartsdag and 1 May rest on collective
 * agreements and local practice only. Each day falls on its date every year, whatever the weekday.
 */
public enum AgreedClosingDay {
    /** Grundlovsdag, Constitution Day, 5 June. */
    CONSTITUTION_DAY("Grundlovsdag", "Constitution Day", DateRule.fixed(Month.JUNE, 5), true),
    /** Juleaftensdag, Christmas Eve, 24 December. */
    CHRISTMAS_EVE("Juleaftensdag", "Christmas Eve", DateRule.fixed(Month.DECEMBER, 24), true),
    /** Nytårsaftensdag, New Year's Eve, 31 December. */
    NEW_YEARS_EVE("Nytårsaftensdag", "New Year's Eve", DateRule.fixed(Month.DECEMBER, 31), true),
    /** The Friday after Kristi himmelfartsdag (Easter Sunday + 40 days). */
    FRIDAY_AFTER_ASCENSION(
            "Fredag efter Kristi himmelfartsdag", "Friday after Ascension Day", DateRule.easter(40), false),
    /** 1. maj, International Workers' Day, 1 May. */
    MAY_DAY("1. maj", "May Day", DateRule.fixed(Month.MAY, 1), false);

    private static final String LIMITATION_ACT = "forældelsesloven § 27, stk. 2";
    private static final Set<AgreedClosingDay> LIMITATION_ACT_DAYS =
            Collections.unmodifiableSet(EnumSet.of(CONSTITUTION_DAY, CHRISTMAS_EVE, NEW_YEARS_EVE));

    private final String danishName;
    private final String englishName;
    private final DateRule rule;
    private final boolean inLimitationAct;

    AgreedClosingDay(String danishName, String englishName, DateRule rule, boolean inLimitationAct) {
        this.danishName = danishName;
        this.englishName = englishName;
        this.rule = rule;
        this.inLimitationAct = inLimitationAct;
    }

    /**
     * Returns the days that forældelsesloven § 27, stk. 2 treats as closed: grundlovsdag, 24 December and 31
     * December.
     *
     * @return an unmodifiable set of the three days
     */
    public static Set<AgreedClosingDay> limitationActDays() {
        return LIMITATION_ACT_DAYS;
    }

    /**
     * Returns the Danish name, such as "Grundlovsdag".
     *
     * @return the Danish name
     */
    public String danishName() {
        return danishName;
    }

    /**
     * Returns the English name, such as "Constitution Day".
     *
     * @return the English name
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Returns the legal source that treats the day as closed, where there is one: forældelsesloven § 27, stk. 2
     * for grundlovsdag, 24 and 31 December.
     *
     * @return the legal source, or empty for the Friday after Kristi himmelfartsdag and 1 May
     */
    public Optional<String> legalSource() {
        return inLimitationAct ? Optional.of(LIMITATION_ACT) : Optional.empty();
    }

    /**
     * Returns the day's date in a year; the day falls every year.
     *
     * @param year the year, 1950 to 2199
     * @return the date
     * @throws DateTimeException if the year is outside 1950 to 2199
     */
    public LocalDate dateIn(int year) {
        return rule.dateIn(year);
    }

    boolean isOn(LocalDate date) {
        return rule.isOn(date);
    }

    Holiday holidayOn(LocalDate date) {
        return new Holiday(date, danishName, englishName, HolidayCategory.AGREED, legalSource());
    }
}
