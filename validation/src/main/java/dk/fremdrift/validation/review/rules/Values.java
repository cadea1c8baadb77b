package dk.fremdrift.validation.review.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values of a finding's message placeholders, in Danish and English. Not thread-safe; one per finding. */
final class Values {

    private final Map<String, String> da = new LinkedHashMap<>();
    private final Map<String, String> en = new LinkedHashMap<>();

    private Values() {}

    static Values of() {
        return new Values();
    }

    /** Sets a value that reads the same in both languages, such as a date or a path. */
    Values put(String key, String both) {
        return put(key, both, both);
    }

    Values put(String key, String danish, String english) {
        da.put(key, danish);
        en.put(key, english);
        return this;
    }

    Values date(String key, LocalDate date) {
        return put(key, Messages.date(date));
    }

    Map<String, String> danish() {
        return da;
    }

    Map<String, String> english() {
        return en;
    }
}
