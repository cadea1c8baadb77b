package dk.fremdrift.examples.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.ReviewResult;
import dk.fremdrift.validation.review.RuleCatalogue;
import dk.fremdrift.validation.review.RuleDescriptor;
import dk.fremdrift.validation.review.Severity;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The number of findings per review rule over all cases of a run, open and accepted: counts only, no case or
 * person.
 *
 * @param casesReviewed the number of cases reviewed
 * @param casesWithErrors the number of cases with at least one error
 * @param rules one row per rule with findings, errors first
 */
public record ReviewSummary(long casesReviewed, long casesWithErrors, List<Row> rules) {

    /**
     * One rule's counts.
     *
     * @param code the rule's code
     * @param severity error, warning or query
     * @param titleDa the Danish title
     * @param titleEn the English title
     * @param legalBasis the legal basis in Danish
     * @param open the findings not accepted by a justification
     * @param accepted the queries accepted by a recorded justification
     */
    @JsonPropertyOrder({"code", "severity", "titleDa", "titleEn", "legalBasis", "open", "accepted"})
    public record Row(
            String code,
            Severity severity,
            String titleDa,
            String titleEn,
            String legalBasis,
            long open,
            long accepted) {}

    /** Counts findings as they come; not thread-safe; merge the tallies of several threads. */
    public static final class Tally {
        private final Map<String, long[]> counts = new LinkedHashMap<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Map<String, String> bases = new LinkedHashMap<>();
        private long cases;
        private long casesWithErrors;

        /**
         * Counts one case's review.
         *
         * @param result the review of the case
         */
        public void add(ReviewResult result) {
            cases++;
            if (result.hasErrors()) {
                casesWithErrors++;
            }
            for (Finding f : result.findings()) {
                long[] c = counts.computeIfAbsent(f.code(), k -> new long[2]);
                c[f.acceptance().isPresent() ? 1 : 0]++;
                severities.putIfAbsent(f.code(), f.severity());
                bases.putIfAbsent(f.code(), f.legalBasis().toDanish());
            }
        }

        /**
         * Adds another tally's counts to this one.
         *
         * @param other the other tally
         */
        public void merge(Tally other) {
            cases += other.cases;
            casesWithErrors += other.casesWithErrors;
            other.counts.forEach((code, c) -> {
                long[] mine = counts.computeIfAbsent(code, k -> new long[2]);
                mine[0] += c[0];
                mine[1] += c[1];
            });
            other.severities.forEach(severities::putIfAbsent);
            other.bases.forEach(bases::putIfAbsent);
        }

        /**
         * Writes the counts, to move them between the processes of one run (see {@link #mergeFrom}).
         *
         * @param out where to write
         * @throws IOException if writing fails
         */
        public void writeTo(DataOutput out) throws IOException {
            out.writeLong(cases);
            out.writeLong(casesWithErrors);
            out.writeInt(counts.size());
            for (Map.Entry<String, long[]> e : counts.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue()[0]);
                out.writeLong(e.getValue()[1]);
                out.writeUTF(severities.get(e.getKey()).name());
                out.writeUTF(bases.get(e.getKey()));
            }
        }

        /**
         * Adds counts written by {@link #writeTo}.
         *
         * @param in where to read
         * @throws IOException if reading fails
         */
        public void mergeFrom(DataInput in) throws IOException {
            cases += in.readLong();
            casesWithErrors += in.readLong();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String code = in.readUTF();
                long[] mine = counts.computeIfAbsent(code, k -> new long[2]);
                mine[0] += in.readLong();
                mine[1] += in.readLong();
                severities.putIfAbsent(code, Severity.valueOf(in.readUTF()));
                bases.putIfAbsent(code, in.readUTF());
            }
        }

        /**
         * Returns the summary, errors first, then by number of open findings.
         *
         * @param catalogue the rule catalogue, for titles
         * @return the summary
         */
        public ReviewSummary summary(RuleCatalogue catalogue) {
            List<Row> rows = new ArrayList<>();
            counts.forEach((code, c) -> {
                Optional<RuleDescriptor> d = catalogue.find(code);
                rows.add(new Row(
                        code,
                        severities.get(code),
                        d.map(RuleDescriptor::titleDa).orElse(code),
                        d.map(RuleDescriptor::titleEn).orElse(code),
                        bases.get(code),
                        c[0],
                        c[1]));
            });
            rows.sort(Comparator.comparing(Row::severity)
                    .thenComparing(Comparator.comparingLong(Row::open).reversed())
                    .thenComparing(Row::code));
            return new ReviewSummary(cases, casesWithErrors, List.copyOf(rows));
        }
    }
}
