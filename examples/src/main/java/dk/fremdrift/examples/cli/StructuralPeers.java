package dk.fremdrift.examples.cli;

import dk.fremdrift.examples.report.BenchmarkSection;
import dk.fremdrift.metrics.AggregateDocument;
import dk.fremdrift.model.MunicipalityCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comparable municipalities by structural indicators: a table of municipalities and numbers (a CSV such as the
 * socioeconomic index, the number of children aged 0-17 and the share of children in families on public support),
 * each indicator standardised over the table's rows (z-scores: minus the mean, divided by the standard deviation), and
 * the Euclidean distance between two municipalities' standardised rows. So every indicator weighs the same,
 * whatever its unit.
 *
 * <p>The CSV has a header row; its first column is the municipality code ({@code kommunekode}), the others are the
 * indicators, by name. Fields are separated by commas, or by semicolons with decimal commas (as Danish spreadsheets
 * write them). Every cell must hold a number.
 */
final class StructuralPeers {

    /** A peer and its distance. */
    record Peer(MunicipalityCode municipality, double distance) {}

    private final List<String> variables;
    private final Map<MunicipalityCode, double[]> standardised;

    private StructuralPeers(List<String> variables, Map<MunicipalityCode, double[]> standardised) {
        this.variables = List.copyOf(variables);
        this.standardised = standardised;
    }

    List<String> variables() {
        return variables;
    }

    /** Reads and standardises a table; a user error names the line and column of what is wrong, never its value. */
    static StructuralPeers read(Path file) {
        Table t = Table.read(file, "structure file");
        return new StructuralPeers(
                t.variables(), standardise(t.rows(), t.variables().size()));
    }

    /**
     * A table of numbers by municipality, as read from a CSV: a header row, the municipality code ({@code
     * kommunekode}) first, then one or more columns of numbers, by name. Fields are separated by commas, or by
     * semicolons with decimal commas (as Danish spreadsheets write them).
     *
     * @param variables the columns' names, after the code
     * @param rows each municipality's numbers, in the file's order
     */
    record Table(List<String> variables, Map<MunicipalityCode, double[]> rows) {

        /**
         * Reads a table; a user error names the file, line and column of what is wrong, never its value.
         *
         * @param file the CSV
         * @param what what the file is, for the messages ("structure file")
         */
        static Table read(Path file, String what) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError("cannot read the " + what + " " + file + ": " + Outputs.cause(e), e);
            }
            lines.removeIf(String::isBlank);
            if (lines.size() < 3) {
                throw new UserError(what + " " + file + ": expected a header row and two or more municipalities,"
                        + " got " + Math.max(0, lines.size() - 1) + " rows");
            }
            String header = lines.get(0).replace("\uFEFF", "");
            boolean semicolons = header.contains(";");
            String separator = semicolons ? ";" : ",";
            String[] names = header.split(separator, -1);
            if (names.length < 2) {
                throw new UserError(what + " " + file + ": expected a header of the municipality code and one or"
                        + " more columns of numbers, got " + names.length + " column");
            }
            List<String> variables = new ArrayList<>();
            for (int c = 1; c < names.length; c++) {
                variables.add(names[c].trim());
            }
            Map<MunicipalityCode, double[]> raw = new LinkedHashMap<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(separator, -1);
                String where = what + " " + file + ", line " + (i + 1);
                if (cells.length != names.length) {
                    throw new UserError(
                            where + ": expected " + names.length + " fields as the header, got " + cells.length);
                }
                MunicipalityCode code;
                try {
                    code = MunicipalityCode.parse(cells[0].trim());
                } catch (IllegalArgumentException e) {
                    throw new UserError(
                            where + ", column 1: expected a municipality code such as 461, got another text", e);
                }
                double[] row = new double[variables.size()];
                for (int c = 1; c < cells.length; c++) {
                    String text = cells[c].trim();
                    try {
                        row[c - 1] = Double.parseDouble(semicolons ? text.replace(',', '.') : text);
                    } catch (NumberFormatException e) {
                        throw new UserError(
                                where + ", column " + (c + 1) + " (" + variables.get(c - 1) + "): expected a"
                                        + " number, got " + (text.isEmpty() ? "an empty field" : "another text"),
                                e);
                    }
                    if (!Double.isFinite(row[c - 1])) {
                        throw new UserError(where + ", column " + (c + 1) + ": expected a finite number, got another");
                    }
                }
                if (raw.put(code, row) != null) {
                    throw new UserError(where + ": municipality " + code.format() + " is in the file twice");
                }
            }
            return new Table(variables, raw);
        }
    }

    private static Map<MunicipalityCode, double[]> standardise(Map<MunicipalityCode, double[]> raw, int width) {
        double[] mean = new double[width];
        double[] sd = new double[width];
        int n = raw.size();
        for (double[] row : raw.values()) {
            for (int c = 0; c < width; c++) {
                mean[c] += row[c] / n;
            }
        }
        for (double[] row : raw.values()) {
            for (int c = 0; c < width; c++) {
                sd[c] += (row[c] - mean[c]) * (row[c] - mean[c]) / n;
            }
        }
        Map<MunicipalityCode, double[]> z = new LinkedHashMap<>();
        raw.forEach((code, row) -> {
            double[] s = new double[width];
            for (int c = 0; c < width; c++) {
                // An indicator equal for every municipality tells them apart in nothing: it counts 0.
                s[c] = sd[c] == 0 ? 0 : (row[c] - mean[c]) / Math.sqrt(sd[c]);
            }
            z.put(code, s);
        });
        return z;
    }

    /**
     * The k candidates nearest to a municipality, nearest first (ties by code).
     *
     * @throws UserError if the municipality or a candidate has no row, or there are fewer than k candidates
     */
    List<Peer> nearest(MunicipalityCode municipality, Collection<MunicipalityCode> candidates, int k) {
        double[] mine = row(municipality);
        List<Peer> peers = new ArrayList<>();
        for (MunicipalityCode c : candidates) {
            if (c.equals(municipality)) {
                continue;
            }
            double[] other = row(c);
            double sum = 0;
            for (int i = 0; i < mine.length; i++) {
                sum += (mine[i] - other[i]) * (mine[i] - other[i]);
            }
            peers.add(new Peer(c, Math.sqrt(sum)));
        }
        if (peers.size() < k) {
            throw new UserError("--nearest " + k + ": expected at least " + k + " other municipalities with a document,"
                    + " got " + peers.size());
        }
        peers.sort(Comparator.comparingDouble(Peer::distance).thenComparing(Peer::municipality));
        return List.copyOf(peers.subList(0, k));
    }

    /** The chosen peers' documents, nearest first, and how they were chosen. */
    record Chosen(List<AggregateDocument> documents, BenchmarkSection.PeerSelection selection) {}

    /**
     * Chooses the k nearest of the municipalities that have a document, as a benchmark's peers.
     *
     * @throws UserError as {@link #nearest}
     */
    Chosen choose(MunicipalityCode municipality, Map<MunicipalityCode, AggregateDocument> documents, int k) {
        List<AggregateDocument> chosen = new ArrayList<>();
        List<BenchmarkSection.Distance> distances = new ArrayList<>();
        for (Peer p : nearest(municipality, documents.keySet(), k)) {
            chosen.add(documents.get(p.municipality()));
            distances.add(new BenchmarkSection.Distance(p.municipality().toString(), p.distance()));
        }
        return new Chosen(
                chosen, new BenchmarkSection.PeerSelection(BenchmarkSection.Method.NEAREST, variables, distances));
    }

    private double[] row(MunicipalityCode code) {
        double[] row = standardised.get(code);
        if (row == null) {
            throw new UserError("structure file: expected a row for municipality " + code.format()
                    + ", which has an aggregate document; got none");
        }
        return row;
    }
}
