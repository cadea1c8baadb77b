package dk.fremdrift.model;

import java.util.Objects;

/** The rule shared by the key types ({@link CaseId}, {@link CaseworkerId}, {@link TeamId}, {@link PartId}). */
final class Identifiers {

    static final int MAX_LENGTH = 64;

    private Identifiers() {}

    /**
     * Checks a key: 1 to 64 characters, no control characters, no leading or trailing white space, and no CPR
     * number in it (a run of exactly ten digits, or six digits, a hyphen and four digits, whose first six digits
     * form a date). Keys end up in findings, logs and reports, where a CPR number must never be.
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
                    type + ": expected no leading or trailing white space, got '" + value + "'");
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
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!isDigit(s, i) || (i > 0 && isDigit(s, i - 1))) {
                continue;
            }
            int j = i;
            while (j < n && isDigit(s, j)) {
                j++;
            }
            int run = j - i;
            if (run == 10 && Cpr.isValid(s.substring(i, j))) {
                return true;
            }
            if (run == 6 && j + 5 <= n && s.charAt(j) == '-') {
                int k = j + 1;
                while (k < n && isDigit(s, k)) {
                    k++;
                }
                if (k - j - 1 == 4 && Cpr.isValid(s.substring(i, k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }
}
