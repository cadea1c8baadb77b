package dk.fremdrift.deadlines.calendar;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A closing day of one municipality on one date, such as a day between Christmas and New Year, with the name the
 * municipality gives it.
 *
 * <p>In JSON: {@code {"date": "2026-12-28", "name": "Julelukning"}}.
 *
 * @param date the date
 * @param name the municipality's name for the day, used as both the Danish and the English name of the {@link
 *     Holiday}; not blank
 */
@JsonPropertyOrder({"date", "name"})
public record LocalClosingDay(
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date, String name) {

    /**
     * Checks the closing day.
     *
     * @param date the date
     * @param name the name; not blank
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is blank
     */
    public LocalClosingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException(
                    "name: expected a non-blank name for the closing day " + date + ", got \"" + name + "\"");
        }
        name = name.strip();
    }

    /**
     * Returns a closing day.
     *
     * @param date the date
     * @param name the name; not blank
     * @return the closing day
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static LocalClosingDay of(LocalDate date, String name) {
        return new LocalClosingDay(date, name);
    }

    Holiday toHoliday() {
        return new Holiday(date, name, name, HolidayCategory.LOCAL, Optional.empty());
    }

    // Jackson 3 ignores unknown fields by default; a misspelt field would silently drop closing days, so the
    // format rejects unknown fields on both Jackson lines. Jackson calls this private method reflectively.
    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw new IllegalArgumentException(
                "\"" + name + "\": expected one of the fields of LocalClosingDay (date, name), got an unknown field");
    }
}
