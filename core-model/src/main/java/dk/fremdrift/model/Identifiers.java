package dk.fremdrift.model;

import java.util.Objects;

/** The rule shared by the key types ({@link CaseId}, {@link CaseworkerId}, {@link TeamId}, {@link PartId}). */
final class Identifiers {

    static final int MAX_LENGTH = 64;

    private Identifiers() {}

    /**
     * Checks a key: 1 to 64 characters, no control characters, no leading or trailing white space, and no CPR
     * number in it in any written form ({@link Cpr#occursIn(CharSequence)}). Keys end up in findings, logs and
     * reports, where a CPR number must never be. No message repeats the key.
     */
    static String check(String value, String type) {
        Objects.requireNonNull(value, type);
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    type + ": expected 1 to " + MAX_LENGTH + " characters, got " + value.length());
        }
        // First, so that no later message echoes a CPR number.
        if (containsCpr(value)) {
            throw new IllegalArgumentException(type
                    + ": expected a key of the case system, got a value that contains a CPR number"
                    + " (value withheld: personal data); never use a CPR number as a key");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(
                    type + ": expected no leading or trailing white space, got a key with some");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(
                        type + ": expected no control characters, got one at position " + (i + 1));
            }
        }
        return value;
    }

    static boolean containsCpr(String s) {
        return Cpr.occursIn(s);
    }
}
