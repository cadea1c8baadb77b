package dk.fremdrift.deadlines.calendar;

/**
 * Why a day is closed: a statutory public holiday, a closing day agreed nationally, or a local closing day of one
 * municipality.
 */
public enum HolidayCategory {
    /** A statutory public holiday (helligdag), such as juledag or, until 2023, store bededag. */
    STATUTORY,
    /**
     * A day that is not a helligdag but that public offices commonly close by agreement (grundlovsdag, 24 and 31
     * December, the Friday after Kristi himmelfartsdag, 1 May); each is optional in a calendar.
     */
    AGREED,
    /** A closing day of one municipality only. */
    LOCAL
}
