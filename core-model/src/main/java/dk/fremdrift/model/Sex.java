package dk.fremdrift.model;

/**
 * The legal sex recorded in a CPR number (køn): an odd last digit is male, an even one female.
 *
 * <p>It is the sex at the time the number was issued; a person may be given a new number.
 */
public enum Sex {
    /** Even last digit. */
    FEMALE,
    /** Odd last digit. */
    MALE
}
