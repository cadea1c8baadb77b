package dk.fremdrift.metrics;

import dk.fremdrift.metrics.AggregateDocument.BudgetState;
import dk.fremdrift.metrics.AggregateDocument.BudgetSums;
import dk.fremdrift.metrics.Tally.Cell;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The exact state of an aggregation as bytes, for moving a running aggregation between the processes of one run
 * ({@link MetricsAggregator#toBytes()}, {@link MetricsAggregator#mergeBytes(byte[])}).
 *
 * <p>Unlike an {@link AggregateDocument}, the bytes keep every cell, the caseworkers' too, and the open cases per
 * caseworker and team, so that the administrative report made after the merge is the one a single aggregator would
 * make. They begin with a mark, a format number and a fingerprint of the library version, the settings and the
 * definitions, and end with a CRC-32 of what comes before: bytes of other settings, other indicators or another
 * library version are refused, as are bytes that were cut short, changed, or go on after the end. A refusal never
 * echoes a key or value. The same state gives the same bytes, whatever the order its cases were added or merged in.
 */
final class RunStates {

    /** "FRMS": Fremdrift metrics state. */
    private static final int MARK = 0x46524d53;

    /**
     * The format: 2 writes sums as binary (scale and two's-complement digits), so that the bytes hold no run of decimal
     * digits a scanner for CPR numbers could mistake for one; 3 drops the caseload bins, which a state of cases never
     * has.
     */
    private static final int FORMAT = 3;

    /** The most bytes of a sum's digits the reader takes: far more than any real sum needs. */
    private static final int MAX_DIGIT_BYTES = 4096;

    private static final int NONE = -1;
    private static final String EXPECTED = "expected the bytes of MetricsAggregator.toBytes() of the same settings,"
            + " indicators and library version";

    /** Cells in a fixed order: overall first, then by dimension and key. */
    private static final Comparator<Cell> CELL_ORDER = Comparator.comparingInt(
                    (Cell c) -> c.dimension() == null ? -1 : c.dimension().ordinal())
            .thenComparing(Cell::key);

    private RunStates() {}

    /** What the bytes must agree on: the library version, the settings and every definition. */
    private static String fingerprint(State state) {
        StringBuilder text = new StringBuilder("run-state/")
                .append(FORMAT)
                .append('\n')
                .append(Aggregates.libraryVersion())
                .append('\n')
                .append(state.config)
                .append('\n');
        for (IndicatorDefinition d : state.definitions) {
            text.append(Aggregates.fingerprint(d)).append(state.meansOfCounts.contains(d.id()) ? " mean" : "");
            text.append('\n');
        }
        return Aggregates.sha256(text.toString());
    }

    static byte[] write(State state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MARK);
            out.writeInt(FORMAT);
            out.writeUTF(fingerprint(state));
            out.writeLong(state.cases);
            out.writeInt(state.tallies.size());
            for (Map.Entry<String, Tally> t : state.tallies.entrySet()) {
                out.writeUTF(t.getKey());
                // Sorted, so that the same state gives the same bytes whatever the order its cases came in.
                Map<Cell, CellCounts> cells = new TreeMap<>(CELL_ORDER);
                cells.putAll(t.getValue().cells());
                out.writeInt(cells.size());
                for (Map.Entry<Cell, CellCounts> c : cells.entrySet()) {
                    writeCell(out, c.getKey(), c.getValue());
                }
            }
            out.writeInt(state.caseload.size());
            for (Map.Entry<String, Map<String, Long>> cw : new TreeMap<>(state.caseload).entrySet()) {
                out.writeUTF(cw.getKey());
                out.writeInt(cw.getValue().size());
                for (Map.Entry<String, Long> team : new TreeMap<>(cw.getValue()).entrySet()) {
                    out.writeUTF(team.getKey());
                    out.writeLong(team.getValue());
                }
            }
            // No caseload bins: only an aggregator read from a document has them, and it writes no bytes.
            writeBudget(out, state.budget.toState());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        long sum = crc.getValue();
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes.write((int) (sum >>> shift));
        }
        return bytes.toByteArray();
    }

    private static void writeCell(DataOutputStream out, Cell cell, CellCounts acc) throws IOException {
        out.writeByte(cell.dimension() == null ? NONE : cell.dimension().ordinal());
        out.writeUTF(cell.key());
        out.writeLong(acc.cases);
        for (long n : acc.n) {
            out.writeLong(n);
        }
        Map<Integer, Long> days = Objects.requireNonNullElse(acc.days(), Map.of());
        out.writeInt(days.size());
        for (Map.Entry<Integer, Long> d : days.entrySet()) {
            out.writeInt(d.getKey());
            out.writeLong(d.getValue());
        }
        Map<String, Long> categories = Objects.requireNonNullElse(acc.categories(), Map.of());
        out.writeInt(categories.size());
        for (Map.Entry<String, Long> c : categories.entrySet()) {
            out.writeUTF(c.getKey());
            out.writeLong(c.getValue());
        }
        writeDecimal(out, acc.sum);
    }

    private static void writeBudget(DataOutputStream out, BudgetState budget) throws IOException {
        out.writeInt(budget.lines().size());
        for (BudgetSums line : budget.lines()) {
            out.writeByte(line.kind().map(Enum::ordinal).orElse(NONE));
            Optional<LegalReference> basis = line.legalBasis();
            out.writeBoolean(basis.isPresent());
            if (basis.isPresent()) {
                out.writeUTF(basis.get().law().name());
                out.writeUTF(basis.get().paragraph());
                out.writeInt(basis.get().subsection().orElse(NONE));
            }
            out.writeLong(line.interventions());
            writeDecimal(out, line.spent());
            writeDecimal(out, line.committed());
            out.writeLong(line.days());
        }
        out.writeInt(budget.unpriced().size());
        for (Map.Entry<InterventionKind, Long> u : budget.unpriced().entrySet()) {
            out.writeByte(u.getKey().ordinal());
            out.writeLong(u.getValue());
        }
    }

    /**
     * Reads bytes into a new state of the same settings and definitions as {@code like}, which is unchanged.
     *
     * @throws IllegalArgumentException if the bytes are not a state of the same settings, definitions and library
     *     version, or are cut short or too long
     */
    static State read(State like, byte[] bytes) {
        State state = new State(like.config, like.definitions, like.meansOfCounts);
        if (bytes.length < Long.BYTES) {
            throw refused("bytes that end before the state does");
        }
        int length = bytes.length - Long.BYTES;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        if (crc.getValue() != ByteBuffer.wrap(bytes, length, Long.BYTES).getLong()) {
            throw refused("bytes whose checksum does not match (cut short, changed or not a state)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, length))) {
            if (in.readInt() != MARK) {
                throw refused("bytes that do not begin with the mark of a state");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw refused("a state of another format number");
            }
            if (!in.readUTF().equals(fingerprint(like))) {
                throw refused("a state of other settings, indicators or library version");
            }
            state.cases = nonNegative(in.readLong(), "number of cases");
            int tallies = size(in.readInt(), "number of indicators");
            for (int t = 0; t < tallies; t++) {
                Tally tally = state.tallies.get(in.readUTF());
                if (tally == null) {
                    throw refused("a state of an indicator this aggregator does not count");
                }
                int cells = size(in.readInt(), "number of cells");
                for (int c = 0; c < cells; c++) {
                    readCell(in, tally);
                }
            }
            int caseworkers = size(in.readInt(), "number of caseworkers");
            for (int i = 0; i < caseworkers; i++) {
                Map<String, Long> teams = state.caseload.computeIfAbsent(in.readUTF(), k -> new HashMap<>());
                int n = size(in.readInt(), "number of teams");
                for (int j = 0; j < n; j++) {
                    teams.merge(in.readUTF(), nonNegative(in.readLong(), "open cases"), Long::sum);
                }
            }
            state.budget.addState(readBudget(in));
            if (in.read() != NONE) {
                throw refused("bytes that go on after the end of the state");
            }
        } catch (EOFException e) {
            throw refused("bytes that end before the state does");
        } catch (IOException e) {
            throw refused(
                    "bytes that cannot be read as a state (" + e.getClass().getSimpleName() + ")");
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("state:")
                    ? e
                    : refused("bytes that cannot be read as a state ("
                            + e.getClass().getSimpleName() + ")");
        }
        return state;
    }

    private static void readCell(DataInputStream in, Tally tally) throws IOException {
        int ordinal = in.readByte();
        Dimension[] dimensions = Dimension.values();
        if (ordinal != NONE && (ordinal < 0 || ordinal >= dimensions.length)) {
            throw refused("a cell of an unknown dimension");
        }
        Dimension dimension = ordinal == NONE ? null : dimensions[ordinal];
        Cell cell = new Cell(dimension, in.readUTF());
        CellCounts acc = new CellCounts();
        acc.cases = nonNegative(in.readLong(), "number of cases of a cell");
        for (int s = 0; s < acc.n.length; s++) {
            acc.n[s] = in.readLong();
        }
        int days = size(in.readInt(), "number of days");
        for (int i = 0; i < days; i++) {
            acc.addDays(in.readInt(), nonNegative(in.readLong(), "observations"));
        }
        int categories = size(in.readInt(), "number of categories");
        for (int i = 0; i < categories; i++) {
            acc.addCategory(in.readUTF(), nonNegative(in.readLong(), "observations"));
        }
        acc.sum = readDecimal(in);
        tally.mergeCell(cell, acc);
    }

    private static BudgetState readBudget(DataInputStream in) throws IOException {
        InterventionKind[] kinds = InterventionKind.values();
        int n = size(in.readInt(), "number of budget lines");
        List<BudgetSums> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = in.readByte();
            if (kind != NONE && (kind < 0 || kind >= kinds.length)) {
                throw refused("a budget line of an unknown intervention kind");
            }
            Optional<LegalReference> basis = Optional.empty();
            if (in.readBoolean()) {
                Law law = Law.valueOf(in.readUTF());
                String paragraph = in.readUTF();
                int subsection = in.readInt();
                basis = Optional.of(
                        subsection == NONE
                                ? LegalReference.of(law, paragraph)
                                : LegalReference.of(law, paragraph, subsection));
            }
            if ((kind == NONE) == basis.isEmpty()) {
                throw refused("a budget line with both or neither of a kind and a legal basis");
            }
            lines.add(new BudgetSums(
                    kind == NONE ? Optional.empty() : Optional.of(kinds[kind]),
                    basis,
                    nonNegative(in.readLong(), "number of interventions"),
                    readDecimal(in),
                    readDecimal(in),
                    nonNegative(in.readLong(), "number of days")));
        }
        int unpricedKinds = size(in.readInt(), "number of unpriced kinds");
        Map<InterventionKind, Long> unpriced = new TreeMap<>();
        for (int i = 0; i < unpricedKinds; i++) {
            int kind = in.readByte();
            if (kind < 0 || kind >= kinds.length) {
                throw refused("an unpriced line of an unknown intervention kind");
            }
            unpriced.merge(kinds[kind], nonNegative(in.readLong(), "unpriced interventions"), Long::sum);
        }
        return new BudgetState(lines, new TreeMap<>(unpriced));
    }

    private static void writeDecimal(DataOutputStream out, BigDecimal value) throws IOException {
        byte[] digits = value.unscaledValue().toByteArray();
        out.writeInt(value.scale());
        out.writeInt(digits.length);
        out.write(digits);
    }

    private static BigDecimal readDecimal(DataInputStream in) throws IOException {
        int scale = in.readInt();
        int length = in.readInt();
        if (length < 1 || length > MAX_DIGIT_BYTES) {
            throw refused("a sum of an impossible length");
        }
        byte[] digits = new byte[length];
        in.readFully(digits);
        return new BigDecimal(new java.math.BigInteger(digits), scale);
    }

    private static long nonNegative(long n, String what) {
        if (n < 0) {
            throw refused("a negative " + what);
        }
        return n;
    }

    /** A count of entries to follow: not negative; the bytes that follow bound it in practice. */
    private static int size(int n, String what) {
        if (n < 0) {
            throw refused("a negative " + what);
        }
        return n;
    }

    private static IllegalArgumentException refused(String got) {
        return new IllegalArgumentException("state: " + EXPECTED + ", got " + got);
    }
}
