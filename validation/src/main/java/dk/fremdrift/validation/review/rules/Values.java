package dk.fremdrift.validation.review.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/** The values of a finding's message placeholders, in Danish and English. Not thread-safe; one per finding. */
final class Values {

    /** Keys and their Danish and English values, side by side; a finding has a dozen at most. */
    private String[] keys = new String[12];

    private int[] hashes = new int[12];

    private String[] da = new String[12];
    private String[] en = new String[12];
    private int size;

    private Values() {}

    static Values of() {
        return new Values();
    }

    /** Sets a value that reads the same in both languages, such as a date or a path. */
    Values put(String key, String both) {
        return put(key, both, both);
    }

    /** Sets a key's values; a key set again takes the new values. */
    Values put(String key, String danish, String english) {
        int i = indexOf(key);
        if (i < 0) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                da = Arrays.copyOf(da, size * 2);
                en = Arrays.copyOf(en, size * 2);
            }
            i = size++;
            keys[i] = key;
            hashes[i] = Objects.hashCode(key);
        }
        da[i] = danish;
        en[i] = english;
        return this;
    }

    Values date(String key, LocalDate date) {
        return put(key, Messages.date(date));
    }

    /** The Danish value of a key, or null if it has none (or was set to null). */
    String danish(String key) {
        int i = indexOf(key);
        return i < 0 ? null : da[i];
    }

    /** The English value of a key, or null if it has none. */
    String english(String key) {
        int i = indexOf(key);
        return i < 0 ? null : en[i];
    }

    private int indexOf(String key) {
        // Keys are string literals and the parsed templates' keys are interned, so mostly the same instance; the
        // cached hash codes rule out the others before comparing text.
        int hash = Objects.hashCode(key);
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && (keys[i] == key || Objects.equals(keys[i], key))) {
                return i;
            }
        }
        return -1;
    }
}
