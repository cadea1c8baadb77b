package dk.fremdrift.model;

/**
 * The legal kind of a decision on placement without consent (anbringelse uden samtykke), recorded on the decision
 * because the period within which the children and youth committee must decide again follows from it and cannot be
 * told from the order of the decisions in a case.
 *
 * <p>Serviceloven § 62, stk. 1: when the child "ikke har været anbragt uden for hjemmet inden for det seneste år før
 * datoen for den aktuelle anbringelse", maintaining the placement "ud over 1 år" needs a new decision; stk. 2: when
 * the child was placed in that year, "ud over 2 år". Barnets lov § 50 continues the rule (its periods are
 * UNCONFIRMED in Fremdrift's rule book and default to serviceloven's). An emergency decision by the committee chair
 * (barnets lov § 143; serviceloven § 75) is none of these kinds: it is recorded by {@link Decision#emergency()}, and
 * the committee's ordinary decision that follows it is a {@link #PLACEMENT}.
 */
public enum PlacementDecisionKind {
    /**
     * A decision to place the child without consent (barnets lov § 47; serviceloven § 58) when the child was not
     * placed outside the home in the year before: decided again within 1 year (serviceloven § 62, stk. 1).
     */
    PLACEMENT("anbringelse", "placement", "47", "58"),
    /**
     * A decision to place the child without consent (barnets lov § 47; serviceloven § 58) when the child was placed
     * outside the home in the year before, with consent for instance: decided again within 2 years (serviceloven
     * § 62, stk. 2).
     */
    PLACEMENT_AFTER_RECENT_PLACEMENT(
            "anbringelse efter anbringelse inden for det seneste år", "placement after a placement in the past year",
            "47", "58"),
    /**
     * A decision to maintain a placement without consent (opretholdelse, barnets lov § 50; serviceloven § 62): the
     * child has been placed in the year before, so it is decided again within 2 years.
     */
    MAINTENANCE("opretholdelse af anbringelse", "maintenance of a placement", "50", "62");

    private final String danishName;
    private final String englishName;
    private final String barnetsLovParagraph;
    private final String servicelovenParagraph;

    PlacementDecisionKind(
            String danishName, String englishName, String barnetsLovParagraph, String servicelovenParagraph) {
        this.danishName = danishName;
        this.englishName = englishName;
        this.barnetsLovParagraph = barnetsLovParagraph;
        this.servicelovenParagraph = servicelovenParagraph;
    }

    /**
     * Returns the Danish name, as a caseworker would write it.
     *
     * @return the Danish name
     */
    public String danishName() {
        return danishName;
    }

    /**
     * Returns the English name.
     *
     * @return the English name
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Tells whether a decision of this kind is a decision to place the child (barnets lov § 47; serviceloven § 58),
     * rather than to maintain a placement.
     *
     * @return true for the placement kinds
     */
    public boolean isPlacement() {
        return this != MAINTENANCE;
    }

    /**
     * Tells whether a legal basis contradicts this kind: a basis in barnets lov or serviceloven that names the
     * paragraph of the other kind (§ 47 or § 58 for a maintenance, § 50 or § 62 for a placement). A basis in another
     * act, or on another paragraph, does not contradict it.
     *
     * @param basis the decision's legal basis
     * @return true if the basis names the paragraph of the other kind
     */
    public boolean contradicts(LegalReference basis) {
        String p = basis.paragraph();
        if (basis.law() == Law.BARNETS_LOV) {
            return isPlacement() ? p.equals(MAINTENANCE.barnetsLovParagraph) : p.equals(PLACEMENT.barnetsLovParagraph);
        }
        if (basis.law() == Law.SERVICELOVEN) {
            return isPlacement()
                    ? p.equals(MAINTENANCE.servicelovenParagraph)
                    : p.equals(PLACEMENT.servicelovenParagraph);
        }
        return false;
    }
}
