package dk.fremdrift.validation.review;

import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.validation.review.rules.ReviewRule;
import dk.fremdrift.validation.review.rules.StatutoryReviewRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The review rules of one law period, like a year-versioned rule pack: {@link #serviceloven()} judges events
 * until 31 December 2023, {@link #barnetsLov()} events from 1 January 2024.
 *
 * <p>Each event of a case is judged by the pack in force on the date of its trigger (the receipt of a
 * notification, the date of a decision, the start of a deadline), the same date the deadline engine uses to choose
 * its rule. Events before the first pack's start, 1 January 2014, are not judged, as the engine's statutory rule
 * book does not judge them either. A pack lists what it adds, changes and removes against the pack before it
 * ({@link #changes()}); a rule of the other acts that both periods share, such as retssikkerhedsloven § 66, is in
 * both packs under one code and is not listed as a change.
 *
 * <pre>{@code
 * for (PackChange change : RulePack.barnetsLov().changes()) {
 *     System.out.println(change.kind() + " " + change.code().orElse("") + " " + change.previousCode().orElse(""));
 * }
 * }</pre>
 *
 * <p>Packs are immutable and thread-safe.
 */
public final class RulePack {

    private static final RulePack SERVICELOVEN = new RulePack(
            "SEL",
            "serviceloven",
            "Social Services Act (serviceloven)",
            Law.SERVICELOVEN,
            StatutoryReviewRules.SERVICELOVEN_PERIOD,
            StatutoryReviewRules.serviceloven(),
            null);

    private static final RulePack BARNETS_LOV = new RulePack(
            "BL",
            "barnets lov",
            "Children's Act (barnets lov)",
            Law.BARNETS_LOV,
            StatutoryReviewRules.BARNETS_LOV_PERIOD,
            StatutoryReviewRules.barnetsLov(),
            SERVICELOVEN);

    private final String id;
    private final String danishName;
    private final String englishName;
    private final Law law;
    private final InForcePeriod inForce;
    private final List<ReviewRule> implementations;
    private final List<RuleDescriptor> rules;
    private final String previousId;
    private final List<PackChange> changes;

    private RulePack(
            String id,
            String danishName,
            String englishName,
            Law law,
            InForcePeriod inForce,
            List<ReviewRule> implementations,
            RulePack previous) {
        this.id = id;
        this.danishName = danishName;
        this.englishName = englishName;
        this.law = law;
        this.inForce = inForce;
        this.implementations = List.copyOf(implementations);
        this.rules = this.implementations.stream().map(ReviewRule::descriptor).toList();
        Set<String> codes = new HashSet<>();
        Set<String> concepts = new HashSet<>();
        for (RuleDescriptor d : rules) {
            if (!codes.add(d.code()) || !concepts.add(d.concept())) {
                throw new IllegalStateException(
                        "pack " + id + ": rule " + d.code() + " repeats a code or the concept " + d.concept());
            }
        }
        this.previousId = previous == null ? null : previous.id;
        this.changes = previous == null ? List.of() : changesAgainst(previous.rules, rules);
    }

    private static List<PackChange> changesAgainst(List<RuleDescriptor> before, List<RuleDescriptor> now) {
        Map<String, RuleDescriptor> previous = new LinkedHashMap<>();
        for (RuleDescriptor d : before) {
            previous.put(d.concept(), d);
        }
        List<PackChange> out = new ArrayList<>();
        for (RuleDescriptor d : now) {
            RuleDescriptor old = previous.remove(d.concept());
            if (old == null) {
                out.add(new PackChange(ChangeKind.ADDED, d.concept(), Optional.of(d.code()), Optional.empty()));
            } else if (!old.code().equals(d.code())) {
                out.add(new PackChange(
                        ChangeKind.CHANGED, d.concept(), Optional.of(d.code()), Optional.of(old.code())));
            }
        }
        for (RuleDescriptor old : previous.values()) {
            out.add(new PackChange(ChangeKind.REMOVED, old.concept(), Optional.empty(), Optional.of(old.code())));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the pack of serviceloven (chapter 11, with retssikkerhedsloven and offentlighedsloven), for events from
     * 1 January 2014 until and including 31 December 2023.
     *
     * @return the pack
     */
    public static RulePack serviceloven() {
        return SERVICELOVEN;
    }

    /**
     * Returns the pack of barnets lov (with retssikkerhedsloven and offentlighedsloven), for events from 1 January
     * 2024.
     *
     * @return the pack
     */
    public static RulePack barnetsLov() {
        return BARNETS_LOV;
    }

    /**
     * Returns the statutory packs in date order: serviceloven, then barnets lov.
     *
     * @return the packs
     */
    public static List<RulePack> statutory() {
        return List.of(SERVICELOVEN, BARNETS_LOV);
    }

    /**
     * Returns the pack's short id, the abbreviation of its law: {@code SEL} or {@code BL}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the pack's name in the locale's language: Danish for a Danish locale, English otherwise.
     *
     * @param locale the language
     * @return the name, such as {@code barnets lov}
     */
    public String name(Locale locale) {
        return RuleDescriptor.isDanish(locale) ? danishName : englishName;
    }

    /**
     * Returns the law whose period the pack covers.
     *
     * @return the law
     */
    public Law law() {
        return law;
    }

    /**
     * Returns the period of the events the pack judges, by their trigger dates.
     *
     * @return the period
     */
    public InForcePeriod inForce() {
        return inForce;
    }

    /**
     * Tells whether the pack judges an event with the given trigger date.
     *
     * @param triggerDate the event's trigger date
     * @return true if the date is in the pack's period
     */
    public boolean judges(LocalDate triggerDate) {
        return inForce.contains(triggerDate);
    }

    /**
     * Returns the pack's rules, in the order the review runs them.
     *
     * @return the rules' descriptors
     */
    public List<RuleDescriptor> rules() {
        return rules;
    }

    /**
     * Finds a rule of the pack by its code.
     *
     * @param code the code
     * @return the rule's descriptor, or empty if the pack has no rule with that code
     */
    public Optional<RuleDescriptor> find(String code) {
        Objects.requireNonNull(code, "code");
        return rules.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * Returns the id of the pack this one follows, if any.
     *
     * @return the previous pack's id, such as {@code SEL}
     */
    public Optional<String> previousId() {
        return Optional.ofNullable(previousId);
    }

    /**
     * Returns what the pack adds, changes and removes against the one before it: added and changed rules in the
     * pack's order, then removed ones. Empty for the first pack.
     *
     * @return the changes
     */
    public List<PackChange> changes() {
        return changes;
    }

    List<ReviewRule> implementations() {
        return implementations;
    }

    /** Returns the id, period and number of rules. */
    @Override
    public String toString() {
        return "RulePack[" + id + ", " + inForce + ", " + rules.size() + " rules]";
    }
}
