package dk.fremdrift.metrics;

import dk.fremdrift.metrics.AggregateDocument.BudgetState;
import dk.fremdrift.metrics.AggregateDocument.BudgetSums;
import dk.fremdrift.metrics.AggregateDocument.CaseloadBin;
import dk.fremdrift.metrics.AggregateDocument.Cell;
import dk.fremdrift.metrics.AggregateDocument.IndicatorState;
import dk.fremdrift.model.InterventionKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks of an {@link AggregateDocument} before it is read or merged. Each failure is an {@link
 * IllegalArgumentException} whose message names the field (by its path in the document), the expected form and the
 * kind of value found; never a key or a value of the document, which may be anyone's text.
 */
final class AggregateChecks {

    private static final Set<String> KINDS = new HashSet<>();

    static {
        for (InterventionKind k : InterventionKind.values()) {
            KINDS.add(k.name());
        }
    }

    private static final int TEAM_KEY_LENGTH = 64;
    private static final String TEAM_KEY = "a team key of 1 to " + TEAM_KEY_LENGTH + " characters, after the"
            + " municipality code and '" + Aggregates.TEAM_SEPARATOR + "' in a document of several municipalities";

    private AggregateChecks() {}

    static void check(AggregateDocument d) {
        if (!AggregateDocument.FORMAT.equals(d.format())) {
            throw fail("format", "'" + AggregateDocument.FORMAT + "'", "another text");
        }
        if (d.version() != AggregateDocument.VERSION) {
            throw fail("version", String.valueOf(AggregateDocument.VERSION), "version " + d.version());
        }
        if (d.municipalities().isEmpty()) {
            throw fail("municipalities", "one or more municipality codes", "an empty list");
        }
        if (new HashSet<>(d.municipalities()).size() != d.municipalities().size()) {
            throw fail("municipalities", "each municipality once", "a municipality listed twice");
        }
        if (d.libraryVersion().isBlank()) {
            throw fail("libraryVersion", "the writer's version", "a blank text");
        }
        if (!Aggregates.isFingerprint(d.ruleBook())) {
            throw fail("ruleBook", "a fingerprint of 64 lower-case hex digits", "another text");
        }
        if (d.cases() < 0) {
            throw fail("cases", "0 or more", "a negative number");
        }
        checkIndicators(d);
        checkCaseload(d.caseload(), teamPrefixes(d));
        checkBudget(d.budget());
    }

    private static void checkIndicators(AggregateDocument d) {
        List<IndicatorDefinition> standard = Indicators.standard(d.config());
        Map<String, Boolean> standardMeans = new HashMap<>();
        for (Indicator i : Indicators.units(d.config())) {
            standardMeans.put(i.definition().id(), i.meanOfCounts());
        }
        List<IndicatorState> states = d.indicators();
        if (states.size() < standard.size()) {
            throw fail(
                    "indicators",
                    "the " + standard.size() + " standard indicators, then any of one's own",
                    states.size() + " indicators");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < states.size(); i++) {
            IndicatorState s = states.get(i);
            String at = "indicators[" + i + "]";
            if (!s.id().equals(s.definition().id())) {
                throw fail(at + ".id", "the id of its definition", "another id");
            }
            if (!ids.add(s.id())) {
                throw fail(at + ".id", "an id no other indicator of the document has", "one given twice");
            }
            if (!Aggregates.isFingerprint(s.fingerprint())
                    || !s.fingerprint().equals(Aggregates.fingerprint(s.definition()))) {
                throw fail(at + ".fingerprint", "the fingerprint of its definition", "another text");
            }
            if (i < standard.size()) {
                IndicatorDefinition mine = standard.get(i);
                if (!mine.equals(s.definition())) {
                    throw new IllegalArgumentException(at + " (" + s.id() + "): expected this library's definition"
                            + " of standard indicator " + mine.id() + " for the document's settings (fingerprint "
                            + Aggregates.fingerprint(mine) + "), got another definition (written by library "
                            + "version " + d.libraryVersion() + "?)");
                }
                if (standardMeans.containsKey(s.id()) && standardMeans.get(s.id()) != s.meanOfCounts()) {
                    throw fail(at + ".meanOfCounts", String.valueOf(standardMeans.get(s.id())), "the opposite");
                }
            }
            checkCells(d, s, at);
        }
    }

    private static void checkCells(AggregateDocument d, IndicatorState s, String at) {
        IndicatorDefinition def = s.definition();
        if (Caseload.IDS.contains(s.id())) {
            if (!s.cells().isEmpty()) {
                throw fail(at + ".cells", "none: the caseload indicators are counted from caseload", "cells");
            }
            return;
        }
        Set<String> months = new HashSet<>();
        for (YearMonth m : d.config().period().months()) {
            months.add(m.toString());
        }
        Cell overall = null;
        Map<Dimension, Acc> sums = new EnumMap<>(Dimension.class);
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < s.cells().size(); c++) {
            Cell cell = s.cells().get(c);
            String where = at + ".cells[" + c + "]";
            checkCounts(def, cell, where);
            if (cell.dimension().isEmpty()) {
                if (!IndicatorValue.ALL.equals(cell.key())) {
                    throw fail(where + ".key", "'" + IndicatorValue.ALL + "' for the overall cell", "another text");
                }
                if (overall != null) {
                    throw fail(where, "one overall cell", "a second one");
                }
                overall = cell;
                continue;
            }
            Dimension dim = cell.dimension().get();
            if (dim == Dimension.CASEWORKER) {
                throw fail(where + ".dimension", "no caseworker cells (a document names no caseworker)", "CASEWORKER");
            }
            if (!def.dimensions().contains(dim)) {
                throw fail(where + ".dimension", "one of the definition's dimensions " + def.dimensions(), dim.name());
            }
            checkKey(dim, cell.key(), months, teamPrefixes(d), where + ".key");
            if (!seen.add(dim + "/" + cell.key())) {
                throw fail(where, "each key of a dimension once", "a key given twice");
            }
            sums.computeIfAbsent(dim, k -> new Acc()).add(cell);
        }
        if (overall == null) {
            if (!s.cells().isEmpty()) {
                throw fail(at + ".cells", "an overall cell when there are cells", "cells without one");
            }
            return;
        }
        if (overall.cases() > d.cases()) {
            throw fail(at + ".cells[0].cases", "at most the document's " + d.cases() + " cases", "more");
        }
        Acc all = new Acc().add(overall);
        for (Map.Entry<Dimension, Acc> e : sums.entrySet()) {
            if (!e.getValue().sameCountsAs(all)) {
                throw fail(
                        at + ".cells",
                        "the " + e.getKey() + " cells to add up to the overall cell",
                        "cells that do not (a count was changed or lost)");
            }
            if (e.getValue().maxCases > overall.cases()) {
                throw fail(at + ".cells", "no cell with more cases than the overall cell", "one with more");
            }
        }
    }

    private static void checkCounts(IndicatorDefinition def, Cell cell, String where) {
        if (cell.cases() < 0) {
            throw fail(where + ".cases", "0 or more", "a negative number");
        }
        if (cell.counts().size() != 4) {
            throw fail(where + ".counts", "four numbers", cell.counts().size() + " numbers");
        }
        for (long n : cell.counts()) {
            if (n < 0) {
                throw fail(where + ".counts", "numbers 0 or more", "a negative number");
            }
        }
        if (!cell.days().isEmpty() && def.kind() != IndicatorKind.DAYS) {
            throw fail(where + ".days", "none for a " + def.kind() + " indicator", "days");
        }
        for (Map.Entry<Integer, Long> e : cell.days().entrySet()) {
            if (e.getKey() < 0 || e.getValue() < 1) {
                throw fail(where + ".days", "whole days 0 or more, each seen 1 or more times", "another number");
            }
        }
        if (!cell.categories().isEmpty() && def.kind() != IndicatorKind.DISTRIBUTION) {
            throw fail(where + ".categories", "none for a " + def.kind() + " indicator", "categories");
        }
        for (Map.Entry<String, Long> e : cell.categories().entrySet()) {
            if (!def.categories().contains(e.getKey())) {
                throw fail(where + ".categories", "the definition's categories " + def.categories(), "another key");
            }
            if (e.getValue() < 1) {
                throw fail(where + ".categories", "counts 1 or more", "a smaller number");
            }
        }
        if (cell.sum().signum() != 0 && def.kind() != IndicatorKind.MEAN) {
            throw fail(where + ".sum", "zero for a " + def.kind() + " indicator", "another number");
        }
    }

    /**
     * The prefixes a team key must have: none in a document of one municipality, one of its municipality codes and
     * {@link Aggregates#TEAM_SEPARATOR} in a document of several (see {@link Aggregates#qualified}).
     */
    private static List<String> teamPrefixes(AggregateDocument d) {
        return d.municipalities().size() == 1
                ? List.of("")
                : d.municipalities().stream()
                        .map(m -> m.format() + Aggregates.TEAM_SEPARATOR)
                        .toList();
    }

    private static boolean isTeamKey(String key, List<String> prefixes) {
        for (String p : prefixes) {
            if (key.startsWith(p)) {
                String own = key.substring(p.length());
                return !own.isBlank() && own.length() <= TEAM_KEY_LENGTH;
            }
        }
        return false;
    }

    private static void checkKey(Dimension dim, String key, Set<String> months, List<String> teams, String where) {
        boolean ok = switch (dim) {
            case MONTH -> months.contains(key);
            case AGE_BAND -> AgeBands.NAMES.contains(key);
            case INTERVENTION_KIND -> KINDS.contains(key);
            case TEAM -> isTeamKey(key, teams);
            case CASEWORKER -> false;
        };
        if (!ok) {
            String expected = switch (dim) {
                case MONTH -> "a month of the period (yyyy-MM)";
                case AGE_BAND -> "an age band of " + AgeBands.NAMES;
                case INTERVENTION_KIND -> "an intervention kind";
                default -> TEAM_KEY;
            };
            throw fail(where, expected, "another text");
        }
    }

    private static void checkCaseload(List<CaseloadBin> bins, List<String> teams) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bins.size(); i++) {
            CaseloadBin b = bins.get(i);
            String where = "caseload[" + i + "]";
            if (!isTeamKey(b.team(), teams)) {
                throw fail(where + ".team", TEAM_KEY, "another text");
            }
            if (b.openCases() < 1 || b.caseworkers() < 1) {
                throw fail(where, "openCases and caseworkers of 1 or more", "a smaller number");
            }
            if (!seen.add(b.openCases() + "/" + b.team())) {
                throw fail(where, "each team and number of open cases once", "one given twice");
            }
        }
    }

    private static void checkBudget(BudgetState budget) {
        long kindCount = 0;
        long basisCount = 0;
        BigDecimal kindSum = BigDecimal.ZERO;
        BigDecimal basisSum = BigDecimal.ZERO;
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < budget.lines().size(); i++) {
            BudgetSums l = budget.lines().get(i);
            String where = "budget.lines[" + i + "]";
            if (l.kind().isPresent() == l.legalBasis().isPresent()) {
                throw fail(where, "either a kind or a legal basis", "both or neither");
            }
            if (!seen.add(l.kind().isPresent() ? l.kind().get() : l.legalBasis().get())) {
                throw fail(where, "each kind and legal basis once", "one given twice");
            }
            if (l.interventions() < 1 || l.spent().signum() < 0 || l.committed().signum() < 0) {
                throw fail(where, "1 or more interventions and amounts of 0 or more", "a smaller number");
            }
            if (l.kind().isPresent()) {
                kindCount += l.interventions();
                kindSum = kindSum.add(l.spent()).add(l.committed());
            } else {
                basisCount += l.interventions();
                basisSum = basisSum.add(l.spent()).add(l.committed());
            }
        }
        if (kindCount != basisCount || kindSum.compareTo(basisSum) != 0) {
            throw fail(
                    "budget.lines",
                    "the kind lines to add up to the legal basis lines (each intervention is on one of each)",
                    "lines that do not");
        }
        for (Map.Entry<InterventionKind, Long> e : budget.unpriced().entrySet()) {
            if (e.getValue() < 1) {
                throw fail("budget.unpriced", "counts of 1 or more", "a smaller number");
            }
        }
    }

    /** Checks that a document adds up with the first of a merge. */
    static void checkAlike(AggregateDocument first, AggregateDocument d, int i) {
        String at = "documents[" + i + "]";
        if (first.synthetic() != d.synthetic()) {
            throw new IllegalArgumentException(at + ".synthetic: expected " + kind(first) + " as documents[0], got "
                    + kind(d) + "; synthetic and real figures are never merged");
        }
        if (!first.config().equals(d.config())) {
            throw new IllegalArgumentException(at + ".config: expected the settings of documents[0] (" + first.config()
                    + "), got other settings (" + d.config() + ")");
        }
        if (!first.ruleBook().equals(d.ruleBook())) {
            throw new IllegalArgumentException(at + ".ruleBook: expected the rule book of documents[0] (fingerprint "
                    + first.ruleBook() + "), got another (" + d.ruleBook() + "): its deadlines were computed by"
                    + " other rules");
        }
        List<IndicatorState> a = first.indicators();
        List<IndicatorState> b = d.indicators();
        for (int k = 0; k < Math.max(a.size(), b.size()); k++) {
            if (k >= a.size() || k >= b.size()) {
                throw new IllegalArgumentException(
                        at + ".indicators: expected the " + a.size() + " indicators of documents[0], got " + b.size());
            }
            if (!a.get(k).id().equals(b.get(k).id())
                    || !a.get(k).fingerprint().equals(b.get(k).fingerprint())) {
                throw new IllegalArgumentException(
                        at + ".indicators[" + k + "]: expected " + a.get(k).id()
                                + " with the definition of documents[0] (fingerprint "
                                + a.get(k).fingerprint()
                                + "), got " + b.get(k).id() + " with fingerprint "
                                + b.get(k).fingerprint());
            }
            if (a.get(k).meanOfCounts() != b.get(k).meanOfCounts()) {
                throw fail(at + ".indicators[" + k + "].meanOfCounts", "that of documents[0]", "the opposite");
            }
        }
    }

    private static String kind(AggregateDocument d) {
        return d.synthetic() ? "synthetic data" : "real data";
    }

    private static IllegalArgumentException fail(String field, String expected, String found) {
        return new IllegalArgumentException(field + ": expected " + expected + ", got " + found);
    }

    /** The sums of the cells of one dimension, to compare with the overall cell. */
    private static final class Acc {
        final long[] n = new long[4];
        final Map<Integer, Long> days = new TreeMap<>();
        final Map<String, Long> categories = new TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        long maxCases;

        Acc add(Cell c) {
            for (int s = 0; s < 4; s++) {
                n[s] += c.counts().get(s);
            }
            c.days().forEach((k, v) -> days.merge(k, v, Long::sum));
            c.categories().forEach((k, v) -> categories.merge(k, v, Long::sum));
            sum = sum.add(c.sum());
            maxCases = Math.max(maxCases, c.cases());
            return this;
        }

        boolean sameCountsAs(Acc o) {
            return java.util.Arrays.equals(n, o.n)
                    && days.equals(o.days)
                    && categories.equals(o.categories)
                    && sum.compareTo(o.sum) == 0;
        }
    }
}
