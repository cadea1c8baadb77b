package dk.fremdrift.validation.internal.constraints;

import java.util.Optional;

/** What "present" means for a part of a vendor DTO. */
final class Presence {

    private Presence() {}

    /**
     * Tells whether a value is present: not null, not an empty {@link Optional}, not a blank text.
     *
     * @param value the value, may be null
     * @return true if present
     */
    static boolean isPresent(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() && isPresent(optional.get());
        }
        if (value instanceof CharSequence text) {
            return !isBlank(text);
        }
        return true;
    }

    private static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
