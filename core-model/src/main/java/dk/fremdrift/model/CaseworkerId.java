package dk.fremdrift.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The key of a caseworker (sagsbehandler), the case system's own key; never a CPR number or a name.
 *
 * <p>Valid by construction: 1 to 64 characters, no control characters, no leading or trailing white space, and
 * no CPR number anywhere in it (keys appear in findings, logs and reports, where a CPR number must never be).
 * In JSON it is a plain string.
 *
 * @param value the key as text
 */
public record CaseworkerId(String value) implements Comparable<CaseworkerId> {

    /**
     * Checks the key.
     *
     * @param value the key as text
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the key breaks a rule above; a key that contains a CPR number is
     *     rejected without echoing it
     */
    public CaseworkerId {
        Identifiers.check(value, "CaseworkerId");
    }

    /**
     * Returns the key with the given text, for example {@code CaseworkerId.of("sb-0042")}.
     *
     * @param value the key as text
     * @return the key
     * @throws IllegalArgumentException if the key breaks a rule of this type
     */
    @JsonCreator
    public static CaseworkerId of(String value) {
        return new CaseworkerId(value);
    }

    /**
     * Returns the key as text; this is its JSON form.
     *
     * @return the key
     */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(CaseworkerId other) {
        return value.compareTo(other.value);
    }

    /**
     * Tells whether the other object is an id of this kind with the same value, as a record's {@code equals} does;
     * written out because ids are compared in every loop over a case's parts.
     *
     * @param obj the other object
     * @return true if it is equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof CaseworkerId other && value.equals(other.value));
    }

    /**
     * Returns the value's hash code, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the key itself. */
    @Override
    public String toString() {
        return value;
    }
}
