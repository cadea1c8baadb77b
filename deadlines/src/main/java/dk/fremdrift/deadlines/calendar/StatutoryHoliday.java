package dk.fremdrift.deadlines.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * The Danish statutory public holidays (helligdage, folkekirkens helligdage under helligdagsloven) other than
 * Sundays, each with its rule, its names and the years in which it is a holiday.
 *
 * <p>Sundays are helligdage too; calendars treat them as weekend days. Grundlovsdag, 24 and 31 December, the
 * Friday after Kristi himmelfartsdag and 1 May are not helligdage: see {@link AgreedClosingDay}.
 *
 * <p>Store bededag (Easter Sunday + 26 days) is a helligdag until and including 2023; lov nr. 214 af 6. marts
 * 2023 abolished it from 2024. The rules answer for the years the Danish calendars cover, 1950 to 2199.
 *
 * <pre>{@code
 * StatutoryHoliday.GENERAL_PRAYER_DAY.findDateIn(2023);   // Optional[2023-05-05]
 * StatutoryHoliday.GENERAL_PRAYER_DAY.findDateIn(2024);   // Optional.empty
 * }</pre>
 */
public enum StatutoryHoliday {
    /** Nytårsdag, 1 January. */
    NEW_YEARS_DAY("Nytårsdag", "New Year's Day", DateRule.fixed(Month.JANUARY, 1)),
    /** Skærtorsdag, the Thursday before Easter Sunday (Easter Sunday − 3 days). */
    MAUNDY_THURSDAY("Skærtorsdag", "Maundy Thursday", DateRule.easter(-3)),
    /** Langfredag, the Friday before Easter Sunday (Easter Sunday − 2 days). */
    GOOD_FRIDAY("Langfredag", "Good Friday", DateRule.easter(-2)),
    /** Påskedag, Easter Sunday, by the Gregorian computus. */
    EASTER_SUNDAY("Påskedag", "Easter Sunday", DateRule.easter(0)),
    /** 2. påskedag, Easter Monday (Easter Sunday + 1 day). */
    EASTER_MONDAY("2. påskedag", "Easter Monday", DateRule.easter(1)),
    /**
     * Store bededag, the fourth Friday after Easter (Easter Sunday + 26 days), a helligdag until and including
     * 2023 only: abolished from 2024 by lov nr. 214 af 6. marts 2023.
     */
    GENERAL_PRAYER_DAY(
            "Store bededag",
            "General Prayer Day",
            DateRule.easter(26),
            2023,
            "helligdagsloven (folkekirkens helligdage); afskaffet fra 2024 ved lov nr. 214 af 6. marts 2023"),
    /** Kristi himmelfartsdag, Ascension Day (Easter Sunday + 39 days), a Thursday. */
    ASCENSION_DAY("Kristi himmelfartsdag", "Ascension Day", DateRule.easter(39)),
    /** Pinsedag, Whit Sunday (Easter Sunday + 49 days). */
    WHIT_SUNDAY("Pinsedag", "Whit Sunday", DateRule.easter(49)),
    /** 2. pinsedag, Whit Monday (Easter Sunday + 50 days). */
    WHIT_MONDAY("2. pinsedag", "Whit Monday", DateRule.easter(50)),
    /** Juledag, Christmas Day, 25 December. */
    CHRISTMAS_DAY("Juledag", "Christmas Day", DateRule.fixed(Month.DECEMBER, 25)),
    /** 2. juledag, the second day of Christmas, 26 December. */
    SECOND_DAY_OF_CHRISTMAS("2. juledag", "Second Day of Christmas", DateRule.fixed(Month.DECEMBER, 26));

    private static final String HELLIGDAGSLOVEN = "helligdagsloven (folkekirkens helligdage)";
    private static final StatutoryHoliday[] VALUES = values();

    private final String danishName;
    private final String englishName;
    private final DateRule rule;
    private final int lastYear;
    private final String legalSource;

    StatutoryHoliday(String danishName, String englishName, DateRule rule) {
        this(danishName, englishName, rule, Integer.MAX_VALUE, HELLIGDAGSLOVEN);
    }

    StatutoryHoliday(String danishName, String englishName, DateRule rule, int lastYear, String legalSource) {
        this.danishName = danishName;
        this.englishName = englishName;
        this.rule = rule;
        this.lastYear = lastYear;
        this.legalSource = legalSource;
    }

    /**
     * Returns the Danish name, such as "Store bededag".
     *
     * @return the Danish name
     */
    public String danishName() {
        return danishName;
    }

    /**
     * Returns the English name, such as "General Prayer Day".
     *
     * @return the English name
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Returns the legal source: the helligdagsloven's folkekirkens helligdage and, for store bededag, the act that
     * abolished it.
     *
     * @return the legal source
     */
    public Optional<String> legalSource() {
        return Optional.of(legalSource);
    }

    /**
     * Returns the first year in which the day is a helligdag, if it is later than the coverage's first year, 1950.
     *
     * @return the first year, or empty if the day has been a helligdag since before 1950
     */
    public Optional<Year> firstYear() {
        return Optional.empty();
    }

    /**
     * Returns the last year in which the day is a helligdag, if it has been abolished: 2023 for store bededag.
     *
     * @return the last year, or empty if the day is still a helligdag
     */
    public Optional<Year> lastYear() {
        return lastYear == Integer.MAX_VALUE ? Optional.empty() : Optional.of(Year.of(lastYear));
    }

    /**
     * Tells whether the day is a helligdag in a year.
     *
     * @param year the year, 1950 to 2199
     * @return true if it is a helligdag in that year
     * @throws DateTimeException if the year is outside 1950 to 2199
     */
    public boolean isValidIn(int year) {
        Coverage.checkYear(year, "the Danish helligdage");
        return year <= lastYear;
    }

    /**
     * Finds the day's date in a year.
     *
     * @param year the year, 1950 to 2199
     * @return the date, or empty if the day is not a helligdag in that year (store bededag from 2024)
     * @throws DateTimeException if the year is outside 1950 to 2199
     */
    public Optional<LocalDate> findDateIn(int year) {
        return isValidIn(year) ? Optional.of(rule.dateIn(year)) : Optional.empty();
    }

    /**
     * Finds the day as a {@link Holiday} in a year, with category {@link HolidayCategory#STATUTORY}.
     *
     * @param year the year, 1950 to 2199
     * @return the holiday, or empty if the day is not a helligdag in that year
     * @throws DateTimeException if the year is outside 1950 to 2199
     */
    public Optional<Holiday> findHolidayIn(int year) {
        return findDateIn(year).map(this::holidayOn);
    }

    /**
     * Finds the helligdag (other than an ordinary Sunday) that falls on a date.
     *
     * <pre>{@code
     * StatutoryHoliday.findOn(LocalDate.of(2026, 4, 3));   // Optional[GOOD_FRIDAY]
     * }</pre>
     *
     * @param date the date, in 1950 to 2199
     * @return the helligdag, or empty if the date is not one
     * @throws DateTimeException if the date is outside 1950 to 2199
     */
    public static Optional<StatutoryHoliday> findOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(on(date));
    }

    /** The helligdag on a covered date, or null. */
    static StatutoryHoliday on(LocalDate date) {
        Coverage.checkYear(date.getYear(), "the Danish helligdage");
        for (StatutoryHoliday holiday : VALUES) {
            if (date.getYear() <= holiday.lastYear && holiday.rule.isOn(date)) {
                return holiday;
            }
        }
        return null;
    }

    Holiday holidayOn(LocalDate date) {
        return new Holiday(date, danishName, englishName, HolidayCategory.STATUTORY, legalSource());
    }
}
