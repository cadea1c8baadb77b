package dk.fremdrift.deadlines.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One closed day of a calendar on its date: its names, its category and, where there is one, its legal source.
 *
 * @param date the date
 * @param danishName the Danish name, such as "Store bededag"
 * @param englishName the English name, such as "General Prayer Day"
 * @param category why the day is closed
 * @param legalSource the legal source, such as "lov nr. 214 af 6. marts 2023", where there is one
 */
public record Holiday(
        LocalDate date, String danishName, String englishName, HolidayCategory category, Optional<String> legalSource) {

    /**
     * Checks the holiday.
     *
     * @param date the date
     * @param danishName the Danish name
     * @param englishName the English name
     * @param category why the day is closed
     * @param legalSource the legal source, where there is one
     * @throws NullPointerException if a component is null
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(danishName, "danishName");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(legalSource, "legalSource");
    }
}
