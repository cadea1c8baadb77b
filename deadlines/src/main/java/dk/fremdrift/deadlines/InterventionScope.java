package dk.fremdrift.deadlines;

import dk.fremdrift.model.InterventionKind;

/** Which interventions a deadline applies to. */
public enum InterventionScope {
    /** Every intervention. */
    ALL,
    /** Placements outside the home only ({@link InterventionKind#isPlacement()}). */
    PLACEMENTS,
    /** Supporting measures only (not placements). */
    SUPPORT;

    /**
     * Tells whether an intervention of the given kind is in scope.
     *
     * @param kind the intervention's kind
     * @return true if in scope
     */
    public boolean includes(InterventionKind kind) {
        return switch (this) {
            case ALL -> true;
            case PLACEMENTS -> kind.isPlacement();
            case SUPPORT -> !kind.isPlacement();
        };
    }
}
