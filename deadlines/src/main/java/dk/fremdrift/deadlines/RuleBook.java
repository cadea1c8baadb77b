package dk.fremdrift.deadlines;

import dk.fremdrift.model.InForcePeriod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, consistent set of deadline rules: the statutory book, possibly with a municipality's own rules
 * and choices.
 *
 * <p>Consistency means: ids are unique; the rules of one duty share their trigger and completion kinds and are in
 * force in periods that do not overlap, so exactly one rule of a duty applies to an event of a given date. The
 * statutory book judges events from 1 January 2011 (barnereformen), each rule from the day it came into force:
 * serviceloven's rules until 31 December 2023, barnets lov's from 1 January 2024, retssikkerhedsloven's throughout,
 * offentlighedsloven's from 1 January 2014. An event before any rule of its duty was in force is reported as such.
 *
 * <pre>{@code
 * RuleBook book = RuleBook.statutory();
 * DeadlineRule rule = book.ruleFor(Duty.INVESTIGATION, LocalDate.of(2026, 3, 27)).orElseThrow();
 * rule.id();                      // "BL-20-INVESTIGATION-4M"
 * rule.legalBasis().toDanish();   // "barnets lov § 20, stk. 3"
 * }</pre>
 */
public final class RuleBook {

    private static final RuleBook STATUTORY = new RuleBook(StatutoryRules.all(), Optional.empty());

    private final List<DeadlineRule> rules;
    private final Map<String, DeadlineRule> byId;
    private final Map<Duty, List<DeadlineRule>> byDuty;
    private final Optional<Recurrence> followUpFrequency;

    private RuleBook(List<DeadlineRule> rules, Optional<Recurrence> followUpFrequency) {
        this.followUpFrequency = followUpFrequency;
        List<String> conflicts = new ArrayList<>();
        Map<String, DeadlineRule> ids = new LinkedHashMap<>();
        Map<Duty, List<DeadlineRule>> duties = new LinkedHashMap<>();
        for (DeadlineRule r : rules) {
            Objects.requireNonNull(r, "rule");
            if (ids.putIfAbsent(r.id(), r) != null) {
                conflicts.add("rule id " + r.id() + " is used twice");
                continue;
            }
            duties.computeIfAbsent(r.duty(), d -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Duty, List<DeadlineRule>> e : duties.entrySet()) {
            List<DeadlineRule> members = e.getValue();
            members.sort(Comparator.comparing(r -> r.inForce().startInclusive()));
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    DeadlineRule a = members.get(i);
                    DeadlineRule b = members.get(j);
                    if (a.inForce().overlaps(b.inForce())) {
                        conflicts.add("rules " + a.id() + " (" + a.inForce() + ") and " + b.id() + " (" + b.inForce()
                                + ") of duty " + e.getKey() + " are in force at the same time");
                    }
                    if (a.trigger().kind() != b.trigger().kind()
                            || a.completion().kind() != b.completion().kind()) {
                        conflicts.add("rules " + a.id() + " and " + b.id() + " of duty " + e.getKey()
                                + " must share the trigger and completion kinds");
                    }
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new RuleConflictException(conflicts);
        }
        this.rules = List.copyOf(rules);
        this.byId = Map.copyOf(ids);
        Map<Duty, List<DeadlineRule>> frozen = new LinkedHashMap<>();
        duties.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byDuty = java.util.Collections.unmodifiableMap(frozen);
    }

    /**
     * Returns the built-in statutory rule book.
     *
     * @return the statutory book
     */
    public static RuleBook statutory() {
        return STATUTORY;
    }

    /**
     * Returns a rule book of the given rules.
     *
     * @param rules the rules
     * @return the book
     * @throws RuleConflictException if the rules are not consistent; it lists every conflict
     */
    public static RuleBook of(Collection<DeadlineRule> rules) {
        return new RuleBook(List.copyOf(rules), Optional.empty());
    }

    /**
     * Returns this book with a municipality's rules added and its overrides applied.
     *
     * @param municipal the municipality's rule file
     * @return the combined book
     * @throws RuleConflictException if a municipal rule claims to be statutory or clashes with another rule, or an
     *     override names an unknown rule or changes the legal settings of a rule that is not configurable; it lists
     *     every conflict
     */
    public RuleBook withMunicipalRules(MunicipalRules municipal) {
        Objects.requireNonNull(municipal, "municipal");
        List<String> conflicts = new ArrayList<>();
        Map<String, DeadlineRule> result = new LinkedHashMap<>(byIdInOrder());
        for (RuleOverride o : municipal.overrides()) {
            DeadlineRule target = result.get(o.id());
            if (target == null) {
                conflicts.add("override of " + o.id() + ": no rule has that id");
                continue;
            }
            if (o.changesLegalSettings() && !target.configurable()) {
                conflicts.add("override of " + o.id() + ": the rule is set by "
                        + target.legalBasis().toDanish()
                        + " and is not configurable; only its dueSoon and note may be changed");
                continue;
            }
            try {
                result.put(o.id(), o.applyTo(target));
            } catch (IllegalArgumentException e) {
                conflicts.add("override of " + o.id() + ": " + e.getMessage());
            }
        }
        for (DeadlineRule r : municipal.rules()) {
            if (r.source() != RuleSource.MUNICIPAL) {
                conflicts.add("rule " + r.id() + " in the rule file of municipality "
                        + municipal.municipality().format() + " has source " + r.source()
                        + "; a rule file holds municipal rules only");
            } else if (result.containsKey(r.id())) {
                conflicts.add("rule " + r.id() + " in the rule file of municipality "
                        + municipal.municipality().format() + " has the id of an existing rule; use an override"
                        + " to change a configurable statutory rule");
            } else {
                result.put(r.id(), r);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new RuleConflictException(conflicts);
        }
        return new RuleBook(
                new ArrayList<>(result.values()),
                municipal.followUpFrequency().isPresent() ? municipal.followUpFrequency() : followUpFrequency);
    }

    private Map<String, DeadlineRule> byIdInOrder() {
        Map<String, DeadlineRule> m = new LinkedHashMap<>();
        for (DeadlineRule r : rules) {
            m.put(r.id(), r);
        }
        return m;
    }

    /**
     * Returns the municipality's default interval between later follow-ups under barnets lov, from its rule file
     * ({@link MunicipalRules#followUpFrequency()}); empty in the statutory book, which has none because the law sets
     * none (barnets lov § 95, stk. 3).
     *
     * @return the interval, if a municipality set one
     */
    public Optional<Recurrence> followUpFrequency() {
        return followUpFrequency;
    }

    /**
     * Returns every rule, in the book's order (statutory rules first, in the order of the case steps).
     *
     * @return the rules
     */
    public List<DeadlineRule> rules() {
        return rules;
    }

    /**
     * Finds a rule by id.
     *
     * @param id the id
     * @return the rule, or empty
     */
    public Optional<DeadlineRule> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns a rule by id.
     *
     * @param id the id
     * @return the rule
     * @throws IllegalArgumentException if no rule has that id
     */
    public DeadlineRule get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("rule id: expected one of the book's "
                + rules.size() + " rules such as " + rules.get(0).id() + ", got '" + id + "'"));
    }

    /**
     * Returns the duties of the book, in the book's order.
     *
     * @return the duties
     */
    public Set<Duty> duties() {
        return new LinkedHashSet<>(byDuty.keySet());
    }

    /**
     * Returns the rules of a duty, ordered by the start of their period in force.
     *
     * @param duty the duty
     * @return the rules, empty if the duty is unknown
     */
    public List<DeadlineRule> rulesOf(Duty duty) {
        return byDuty.getOrDefault(Objects.requireNonNull(duty, "duty"), List.of());
    }

    /**
     * Returns the rule of a duty in force on a date: the one that judges an event of that date.
     *
     * @param duty the duty
     * @param date the date of the event
     * @return the rule, or empty if none of the duty's rules is in force on that date
     */
    public Optional<DeadlineRule> ruleFor(Duty duty, LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (DeadlineRule r : rulesOf(duty)) {
            if (r.inForce().contains(date)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the rules in force on a date.
     *
     * @param date the date
     * @return the rules
     */
    public List<DeadlineRule> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return rules.stream().filter(r -> r.inForce().contains(date)).toList();
    }

    /**
     * Returns a fingerprint of what the book computes: the SHA-256, in 64 lower-case hex digits, of a canonical text
     * of every rule (id, duty, source, legal basis, period in force, trigger, completion, length, unit, day counting,
     * roll policy, calendar, recurrence, modifiers, obligation, the warning before the due moment, certainty) in the
     * book's order, and of the municipal follow-up frequency. Titles and notes are left out: they change no deadline.
     *
     * <p>Books that compute the same deadlines on the same basis have the same fingerprint in one version of the
     * library; a municipality's own rule, a changed length or another follow-up frequency changes it. Aggregates of
     * metrics carry it, so that figures computed under different rules are not merged as if they were alike.
     *
     * @return the fingerprint
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder("rulebook/1\n");
        for (DeadlineRule r : rules) {
            Trigger t = r.trigger();
            text.append(r.id())
                    .append('|')
                    .append(r.duty())
                    .append('|')
                    .append(r.source())
                    .append('|')
                    .append(r.legalBasis().toDanish())
                    .append('|')
                    .append(r.inForce())
                    .append('|')
                    .append(t.kind())
                    .append(sorted(t.notifierKinds()))
                    .append(sorted(t.decisionKinds()))
                    .append(sorted(t.placementKinds()))
                    .append(t.interventionScope())
                    .append(t.age())
                    .append('|')
                    .append(r.completion().kind())
                    .append(sorted(r.completion().planKinds()))
                    .append('|')
                    .append(r.length())
                    .append(' ')
                    .append(r.unit())
                    .append('|')
                    .append(r.dayCounting())
                    .append('|')
                    .append(r.roll())
                    .append('|')
                    .append(r.calendar())
                    .append('|')
                    .append(r.recurrence())
                    .append('|')
                    .append(sorted(r.modifiers()))
                    .append('|')
                    .append(r.obligation())
                    .append('|')
                    .append(r.dueSoon())
                    .append('|')
                    .append(r.certainty())
                    .append('\n');
        }
        text.append("followUpFrequency|").append(followUpFrequency).append('\n');
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available, though every Java platform must have it", e);
        }
    }

    private static List<String> sorted(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    /**
     * Returns the ids of the calendars the rules count on.
     *
     * @return the calendar ids
     */
    public Set<String> calendarIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (DeadlineRule r : rules) {
            ids.add(r.calendar());
        }
        return ids;
    }

    /**
     * Returns the rule catalogue as a Markdown table: id, title, legal basis, period in force, length, unit, roll,
     * calendar, certainty and note, in Danish for a Danish locale and in English otherwise. It is generated from the
     * rules, so it never drifts from them.
     *
     * @param locale the language of titles and lengths
     * @return the Markdown text
     */
    public String toMarkdown(Locale locale) {
        boolean da = DeadlineRule.isDanish(locale);
        StringBuilder sb = new StringBuilder();
        sb.append(
                da
                        ? "| id | titel | hjemmel | i kraft | frist | enhed | forskydning | kalender | sikkerhed | note |\n"
                        : "| id | title | legal basis | in force | length | unit | roll | calendar | certainty | note |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (DeadlineRule r : rules) {
            InForcePeriod p = r.inForce();
            sb.append("| `")
                    .append(r.id())
                    .append("` | ")
                    .append(cell(r.title(locale)))
                    .append(" | ")
                    .append(cell(r.legalBasis().toDanish()))
                    .append(" | ")
                    .append(da ? p.toDanish() : p.toString())
                    .append(" | ")
                    .append(r.length())
                    .append(r.recurrence()
                            .map(rc -> (da ? ", derefter hver " : ", then every ") + rc.length())
                            .orElse(""))
                    .append(" | ")
                    .append(r.unit())
                    .append(
                            r.dayCounting() == DayCounting.INCLUDE_TRIGGER_DAY
                                    ? (da ? " (udløsende dag medregnet)" : " (trigger day counts)")
                                    : "")
                    .append(" | ")
                    .append(r.roll())
                    .append(" | ")
                    .append(r.calendar())
                    .append(" | ")
                    .append(r.certainty())
                    .append(r.configurable() ? (da ? ", kan konfigureres" : ", configurable") : "")
                    .append(" | ")
                    .append(cell(r.note().orElse("")))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** Returns the number of rules and duties. */
    @Override
    public String toString() {
        return "RuleBook[" + rules.size() + " rules, " + byDuty.size() + " duties]";
    }
}
