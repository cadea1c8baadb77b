package dk.fremdrift.examples.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineRule;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.RuleBook;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The number of deadlines per duty and status over all cases of a run: counts only, no case or person. Mergeable:
 * {@link Tally#merge(Tally)} adds another tally's counts.
 *
 * @param duties one row per duty of the rule book, in the book's order
 */
public record DeadlineSummary(List<Row> duties) {

    /**
     * One duty's counts.
     *
     * @param duty the duty
     * @param titleDa the Danish title of the rule in force last
     * @param titleEn the English title
     * @param legalBasis the legal bases of the duty's rules, in Danish, joined
     * @param counts the number of deadlines per status
     */
    @JsonPropertyOrder({"duty", "titleDa", "titleEn", "legalBasis", "counts"})
    public record Row(
            String duty, String titleDa, String titleEn, String legalBasis, Map<DeadlineStatus, Long> counts) {

        /**
         * Returns the number of deadlines with a status.
         *
         * @param status the status
         * @return the count
         */
        public long count(DeadlineStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        /**
         * Returns the number of deadlines in total.
         *
         * @return the count
         */
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Counts deadlines as they come; not thread-safe; merge the tallies of several threads. */
    public static final class Tally {
        private final Map<Duty, EnumMap<DeadlineStatus, Long>> counts = new LinkedHashMap<>();

        /**
         * Counts a case's evaluations.
         *
         * @param evaluations the evaluations
         */
        public void add(List<DeadlineEvaluation> evaluations) {
            for (DeadlineEvaluation e : evaluations) {
                counts.computeIfAbsent(e.duty(), d -> new EnumMap<>(DeadlineStatus.class))
                        .merge(e.status(), 1L, Long::sum);
            }
        }

        /**
         * Adds another tally's counts to this one.
         *
         * @param other the other tally
         */
        public void merge(Tally other) {
            other.counts.forEach((duty, byStatus) -> byStatus.forEach(
                    (status, n) -> counts.computeIfAbsent(duty, d -> new EnumMap<>(DeadlineStatus.class))
                            .merge(status, n, Long::sum)));
        }

        /**
         * Writes the counts, to move them between the processes of one run (see {@link #mergeFrom}).
         *
         * @param out where to write
         * @throws IOException if writing fails
         */
        public void writeTo(DataOutput out) throws IOException {
            out.writeInt(counts.size());
            for (Map.Entry<Duty, EnumMap<DeadlineStatus, Long>> e : counts.entrySet()) {
                out.writeUTF(e.getKey().name());
                out.writeInt(e.getValue().size());
                for (Map.Entry<DeadlineStatus, Long> c : e.getValue().entrySet()) {
                    out.writeUTF(c.getKey().name());
                    out.writeLong(c.getValue());
                }
            }
        }

        /**
         * Adds counts written by {@link #writeTo} of a tally of the same rule book.
         *
         * @param in where to read
         * @param book the rule book the counts were made with
         * @throws IOException if reading fails
         * @throws IllegalArgumentException if a duty is not one of the book's
         */
        public void mergeFrom(DataInput in, RuleBook book) throws IOException {
            Map<String, Duty> duties = new LinkedHashMap<>();
            book.duties().forEach(d -> duties.put(d.name(), d));
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                Duty duty = duties.get(in.readUTF());
                if (duty == null) {
                    throw new IllegalArgumentException(
                            "deadline counts: expected the duties of the rule book, got" + " another duty");
                }
                int statuses = in.readInt();
                for (int j = 0; j < statuses; j++) {
                    DeadlineStatus status = DeadlineStatus.valueOf(in.readUTF());
                    counts.computeIfAbsent(duty, d -> new EnumMap<>(DeadlineStatus.class))
                            .merge(status, in.readLong(), Long::sum);
                }
            }
        }

        /**
         * Returns the summary, one row per duty of the book that has deadlines.
         *
         * @param book the rule book, for titles and legal bases
         * @return the summary
         */
        public DeadlineSummary summary(RuleBook book) {
            List<Row> rows = new ArrayList<>();
            for (Duty duty : book.duties()) {
                EnumMap<DeadlineStatus, Long> c = counts.get(duty);
                if (c == null) {
                    continue;
                }
                List<DeadlineRule> rules = book.rulesOf(duty);
                DeadlineRule last = rules.get(rules.size() - 1);
                String bases = String.join(
                        " / ",
                        rules.stream()
                                .map(r -> r.legalBasis().toDanish())
                                .distinct()
                                .toList());
                // An EnumMap keeps the statuses in their declared order, so report.json is the same on every run.
                rows.add(new Row(
                        duty.name(),
                        last.titleDa(),
                        last.titleEn(),
                        bases,
                        Collections.unmodifiableMap(new EnumMap<>(c))));
            }
            return new DeadlineSummary(List.copyOf(rows));
        }
    }
}
