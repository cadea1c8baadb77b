package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Danish personal identification number (CPR-nummer, CPR-loven § 3), valid by construction.
 *
 * <p>The form is {@code DDMMYY-SSSS}: the birth date, then a four-digit serial whose first digit and the year
 * give the century, and whose last digit gives the {@linkplain #sex() legal sex}. {@link #parse(CharSequence)}
 * accepts the ten digits with or without the hyphen. A number is valid when it has that form and its date
 * exists. The modulus-11 check digit is <em>not</em> a validity test: numbers without a valid check digit have
 * been issued since 1 October 2007, so {@link #isModulus11Valid()} is information only.
 *
 * <p>Century rules, from the 7th digit (the first serial digit) and the two-digit year {@code YY}:
 *
 * <ul>
 *   <li>0-3: 1900-1999;
 *   <li>4 or 9: 2000-2036 if {@code YY <= 36}, else 1937-1999;
 *   <li>5-8: 2000-2057 if {@code YY <= 57}, else 1858-1899.
 * </ul>
 *
 * <p><strong>Personal data.</strong> A CPR number is sensitive personal data. {@link #toString()} masks every
 * digit, and no exception thrown here contains the number or any part of it. Only {@link #format()} (used by
 * the JSON mapping) returns the whole number. Equality is on the full number.
 *
 * <pre>{@code
 * Cpr cpr = Cpr.parse("070615-4321");
 * cpr.birthDate();        // 2015-06-07
 * cpr.sex();              // MALE
 * cpr.toString();         // "Cpr[******-****]"
 * }</pre>
 */
public final class Cpr implements Comparable<Cpr> {

    private static final int[] MOD11_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

    /** The ten digits, without hyphen. */
    private final String digits;

    private Cpr(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a CPR number written as {@code DDMMYYSSSS} or {@code DDMMYY-SSSS}.
     *
     * @param text the number; not null
     * @return the CPR number
     * @throws IllegalArgumentException if the text is not ten digits (optionally with a hyphen after the sixth),
     *     or its date does not exist; the message never contains the text
     */
    @JsonCreator
    public static Cpr parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException("CPR number: " + problem + " (value withheld: personal data)");
        }
        return new Cpr(digitsOf(text));
    }

    /**
     * Tells whether a text is a valid CPR number by the rules of {@link #parse(CharSequence)}, without
     * creating one. This is the rule the Jakarta constraint {@code @Cpr} uses.
     *
     * @param text the text; null is not valid
     * @return true if {@link #parse(CharSequence)} would accept it
     */
    public static boolean isValid(CharSequence text) {
        return text != null && problem(text) == null;
    }

    /**
     * Tells whether a text contains a CPR number in any of the ways one is written in practice: ten digits, or six
     * digits and four digits with a hyphen, a space or a slash between them, on their own or inside a longer text
     * ({@code "S-0707154321"}, {@code "cpr 070715 4321"}). The digits must stand apart from other digits (a run of
     * twelve digits is not taken for one) and their first six must form a date that exists, as {@link
     * #isValid(CharSequence)} requires. A CPR number written as a JSON number is found here as its ten digits (or,
     * with the leading zero lost, not at all: keep numbers out of text fields with {@link #isValid(CharSequence)}).
     *
     * <p>Used to keep CPR numbers out of keys and out of every message; vendors can use it to scrub their own logs.
     *
     * @param text the text; not null
     * @return true if a CPR number occurs in it
     */
    public static boolean occursIn(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        char[] digits = new char[10];
        for (int i = 0; i < n; i++) {
            if (!isDigit(text, i) || (i > 0 && isDigit(text, i - 1))) {
                continue;
            }
            int j = i;
            while (j < n && isDigit(text, j)) {
                j++;
            }
            int run = j - i;
            if (run == 10) {
                for (int k = 0; k < 10; k++) {
                    digits[k] = text.charAt(i + k);
                }
            } else if (run == 6 && j + 5 <= n && isSeparator(text.charAt(j))) {
                int k = j + 1;
                while (k < n && isDigit(text, k)) {
                    k++;
                }
                if (k - j - 1 != 4) {
                    continue;
                }
                for (int d = 0; d < 6; d++) {
                    digits[d] = text.charAt(i + d);
                }
                for (int d = 0; d < 4; d++) {
                    digits[6 + d] = text.charAt(j + 1 + d);
                }
            } else {
                continue;
            }
            if (problem(new String(digits)) == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == ' ' || c == '/';
    }

    private static boolean isDigit(CharSequence s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    /** Returns why the text is not a CPR number, or null if it is one. Never includes the text. */
    private static String problem(CharSequence text) {
        int n = text.length();
        if (n != 10 && n != 11) {
            return "expected 10 digits as DDMMYYSSSS or DDMMYY-SSSS, got " + n + " characters";
        }
        if (n == 11 && text.charAt(6) != '-') {
            return "expected DDMMYY-SSSS with a hyphen as the 7th character, got 11 characters without it";
        }
        for (int i = 0; i < n; i++) {
            if (n == 11 && i == 6) {
                continue;
            }
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return "expected only digits (and one hyphen after the sixth), got another character at position "
                        + (i + 1);
            }
        }
        int offset = n == 11 ? 1 : 0;
        int day = twoDigits(text, 0);
        int month = twoDigits(text, 2);
        int yy = twoDigits(text, 4);
        int seventh = text.charAt(6 + offset) - '0';
        int year = year(yy, seventh);
        if (month < 1
                || month > 12
                || day < 1
                || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return "the first six digits are not a date that exists (DDMMYY, century from the 7th digit)";
        }
        return null;
    }

    private static String digitsOf(CharSequence text) {
        if (text.length() == 10) {
            return text.toString();
        }
        return text.subSequence(0, 6).toString() + text.subSequence(7, 11);
    }

    private static int twoDigits(CharSequence s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    private static int year(int yy, int seventh) {
        if (seventh <= 3) {
            return 1900 + yy;
        }
        if (seventh == 4 || seventh == 9) {
            return yy <= 36 ? 2000 + yy : 1900 + yy;
        }
        return yy <= 57 ? 2000 + yy : 1800 + yy;
    }

    /**
     * Returns the birth date encoded in the number, with the century rules above.
     *
     * @return the birth date
     */
    public LocalDate birthDate() {
        int yy = twoDigits(digits, 4);
        try {
            return LocalDate.of(year(yy, digits.charAt(6) - '0'), twoDigits(digits, 2), twoDigits(digits, 0));
        } catch (DateTimeException e) {
            throw new IllegalStateException("unreachable: date checked at construction", e);
        }
    }

    /**
     * Returns the legal sex at issue: odd last digit male, even female.
     *
     * @return the sex
     */
    public Sex sex() {
        return (digits.charAt(9) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Tells whether the number passes the modulus-11 check (weights 4,3,2,7,6,5,4,3,2,1). This is
     * <em>information only</em>: valid numbers without it have been issued since 1 October 2007, so never
     * reject a number because this returns false.
     *
     * @return true if the weighted digit sum is divisible by 11
     */
    public boolean isModulus11Valid() {
        return isModulus11Valid(digits);
    }

    /**
     * Tells whether a text of ten digits, optionally with a hyphen after the sixth, passes the modulus-11
     * check. Used by the {@code @Cpr(modulus11 = true)} constraint.
     *
     * @param text a text that {@link #isValid(CharSequence)} accepts
     * @return true if its weighted digit sum is divisible by 11
     * @throws IllegalArgumentException if the text is not a valid CPR number
     */
    public static boolean isModulus11Valid(CharSequence text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("CPR number: not a valid CPR number (value withheld: personal data)");
        }
        String d = digitsOf(text);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (d.charAt(i) - '0') * MOD11_WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    /**
     * Returns the whole number as {@code DDMMYY-SSSS}. This is personal data: use it only to store or transmit
     * the number, never in logs or messages.
     *
     * @return the formatted number
     */
    @JsonValue
    public String format() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    @Override
    public int compareTo(Cpr other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Cpr other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns a fully masked rendering, {@code Cpr[******-****]}: a CPR number never appears in logs.
     *
     * @return the masked text
     */
    @Override
    public String toString() {
        return "Cpr[******-****]";
    }
}
