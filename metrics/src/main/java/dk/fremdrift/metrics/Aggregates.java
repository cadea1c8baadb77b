package dk.fremdrift.metrics;

import dk.fremdrift.metrics.AggregateDocument.CaseloadBin;
import dk.fremdrift.metrics.AggregateDocument.IndicatorState;
import dk.fremdrift.metrics.Tally.Cell;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes an aggregation's state as an {@link AggregateDocument}, reads one back (checking it first), and merges
 * documents. The checks of a single document live in {@link AggregateChecks}.
 */
final class Aggregates {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Between the municipality code and the team's own key in a document of several municipalities. */
    static final String TEAM_SEPARATOR = "/";

    private static final String LIBRARY_VERSION = readLibraryVersion();

    private Aggregates() {}

    /** The version of this library, from the properties the build writes; {@code development} when unknown. */
    static String libraryVersion() {
        return LIBRARY_VERSION;
    }

    private static String readLibraryVersion() {
        try (InputStream in = Aggregates.class.getResourceAsStream("library.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isBlank() || v.startsWith("${") ? "development" : v;
        } catch (IOException e) {
            throw new UncheckedIOException("library.properties of fremdrift-metrics could not be read", e);
        }
    }

    /** The fingerprint of a definition: SHA-256 of its canonical text (the record's text, all parts in order). */
    static String fingerprint(IndicatorDefinition definition) {
        return sha256("indicator/1\n" + definition);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available, though every Java platform must have it", e);
        }
    }

    static boolean isFingerprint(String text) {
        return SHA256.matcher(text).matches();
    }

    /** Writes a state as a document of the given municipalities, evaluated with a rule book of a fingerprint. */
    static AggregateDocument write(
            State state, Set<MunicipalityCode> municipalities, boolean synthetic, String ruleBook) {
        List<IndicatorState> indicators = new ArrayList<>();
        for (IndicatorDefinition d : state.definitions) {
            Tally tally = state.tallies.get(d.id());
            List<AggregateDocument.Cell> cells = tally == null ? List.of() : cells(tally.cells());
            indicators.add(new IndicatorState(d.id(), fingerprint(d), state.meansOfCounts.contains(d.id()), d, cells));
        }
        return new AggregateDocument(
                AggregateDocument.FORMAT,
                AggregateDocument.VERSION,
                List.copyOf(new TreeSet<>(municipalities)),
                synthetic,
                LIBRARY_VERSION,
                ruleBook,
                state.config,
                state.cases,
                indicators,
                caseload(state),
                state.budget.toState());
    }

    /** The cells a document carries: every cell but the caseworkers', overall first, then by dimension and key. */
    private static List<AggregateDocument.Cell> cells(Map<Cell, CellCounts> cells) {
        List<AggregateDocument.Cell> out = new ArrayList<>();
        cells.entrySet().stream()
                .filter(e -> e.getKey().dimension() != Dimension.CASEWORKER)
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((Cell c) ->
                                c.dimension() == null ? -1 : c.dimension().ordinal())
                        .thenComparing(Cell::key)))
                .forEach(e -> out.add(toCell(e.getKey(), e.getValue())));
        return out;
    }

    private static AggregateDocument.Cell toCell(Cell cell, CellCounts acc) {
        List<Long> counts = new ArrayList<>();
        for (long n : acc.n) {
            counts.add(n);
        }
        return new AggregateDocument.Cell(
                java.util.Optional.ofNullable(cell.dimension()),
                cell.key(),
                acc.cases,
                counts,
                acc.days(),
                acc.categories(),
                acc.sum);
    }

    /** The caseload histogram: the named caseworkers by main team and load, and the bins read from documents. */
    private static List<CaseloadBin> caseload(State state) {
        Map<String, Map<Long, Long>> bins = new TreeMap<>();
        state.caseload.values().forEach(teams -> {
            long load = teams.values().stream().mapToLong(Long::longValue).sum();
            bins.computeIfAbsent(Caseload.mainTeam(teams), k -> new TreeMap<>()).merge(load, 1L, Long::sum);
        });
        state.caseloadBins.forEach((team, loads) -> loads.forEach(
                (load, n) -> bins.computeIfAbsent(team, k -> new TreeMap<>()).merge(load, n, Long::sum)));
        List<CaseloadBin> out = new ArrayList<>();
        bins.forEach((team, loads) -> loads.forEach((load, n) -> out.add(new CaseloadBin(team, load, n))));
        return out;
    }

    /**
     * Reads a document into a state that reports and merges but takes no cases, after {@linkplain AggregateChecks
     * checking} it.
     *
     * @throws IllegalArgumentException if the document fails a check
     */
    static State read(AggregateDocument document) {
        Objects.requireNonNull(document, "document");
        AggregateChecks.check(document);
        return build(document);
    }

    /** The state of a document already checked (or qualified from one that was). */
    private static State build(AggregateDocument document) {
        List<IndicatorDefinition> definitions = new ArrayList<>();
        Set<String> means = new java.util.HashSet<>();
        for (IndicatorState i : document.indicators()) {
            definitions.add(i.definition());
            if (i.meanOfCounts()) {
                means.add(i.id());
            }
        }
        State state = new State(document.config(), definitions, means);
        for (IndicatorState i : document.indicators()) {
            Tally tally = state.tallies.get(i.id());
            for (AggregateDocument.Cell c : i.cells()) {
                tally.mergeCell(new Cell(c.dimension().orElse(null), c.key()), toCounts(c));
            }
        }
        for (CaseloadBin b : document.caseload()) {
            state.caseloadBins
                    .computeIfAbsent(b.team(), k -> new HashMap<>())
                    .merge(b.openCases(), b.caseworkers(), Long::sum);
        }
        state.budget.addState(document.budget());
        state.cases = document.cases();
        return state;
    }

    private static CellCounts toCounts(AggregateDocument.Cell c) {
        CellCounts acc = new CellCounts();
        acc.cases = c.cases();
        for (int s = 0; s < acc.n.length; s++) {
            acc.n[s] = c.counts().get(s);
        }
        c.days().forEach(acc::addDays);
        c.categories().forEach(acc::addCategory);
        acc.sum = c.sum();
        return acc;
    }

    /**
     * The document with its team keys qualified by its one municipality ({@code 461/team-nord}), as they are in a
     * document of several municipalities: teams of different municipalities may share a key, and are different teams.
     */
    static AggregateDocument qualified(AggregateDocument d) {
        String prefix = d.municipalities().get(0).format() + TEAM_SEPARATOR;
        List<IndicatorState> indicators = new ArrayList<>();
        for (IndicatorState i : d.indicators()) {
            List<AggregateDocument.Cell> cells = new ArrayList<>();
            for (AggregateDocument.Cell c : i.cells()) {
                cells.add(
                        c.dimension().equals(java.util.Optional.of(Dimension.TEAM))
                                ? new AggregateDocument.Cell(
                                        c.dimension(),
                                        prefix + c.key(),
                                        c.cases(),
                                        c.counts(),
                                        c.days(),
                                        c.categories(),
                                        c.sum())
                                : c);
            }
            indicators.add(new IndicatorState(i.id(), i.fingerprint(), i.meanOfCounts(), i.definition(), cells));
        }
        List<CaseloadBin> caseload = new ArrayList<>();
        for (CaseloadBin b : d.caseload()) {
            caseload.add(new CaseloadBin(prefix + b.team(), b.openCases(), b.caseworkers()));
        }
        return new AggregateDocument(
                d.format(),
                d.version(),
                d.municipalities(),
                d.synthetic(),
                d.libraryVersion(),
                d.ruleBook(),
                d.config(),
                d.cases(),
                indicators,
                caseload,
                d.budget());
    }

    /** Merges documents; see {@link AggregateDocument#merge(List)}. */
    static AggregateDocument merge(List<AggregateDocument> documents) {
        List<AggregateDocument> docs = List.copyOf(Objects.requireNonNull(documents, "documents"));
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("documents: expected one or more aggregate documents, got none");
        }
        AggregateDocument first = docs.get(0);
        State merged = null;
        Map<MunicipalityCode, Integer> seen = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            AggregateDocument d = docs.get(i);
            State state;
            try {
                AggregateChecks.check(d);
                state = build(docs.size() > 1 && d.municipalities().size() == 1 ? qualified(d) : d);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("documents[" + i + "]." + e.getMessage(), e);
            }
            if (i > 0) {
                AggregateChecks.checkAlike(first, d, i);
            }
            for (MunicipalityCode m : d.municipalities()) {
                Integer other = seen.putIfAbsent(m, i);
                if (other != null) {
                    throw new IllegalArgumentException("documents[" + i + "].municipalities: municipality " + m.format()
                            + " is also in documents[" + other + "]; expected each municipality in one document"
                            + " only (its cases would count twice)");
                }
            }
            if (merged == null) {
                merged = state;
            } else {
                merged.merge(state);
            }
        }
        return write(merged, seen.keySet(), first.synthetic(), first.ruleBook());
    }
}
