package dk.fremdrift.benchmarks.cases;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.synthetic.SyntheticMunicipality;
import dk.fremdrift.metrics.ReportingPeriod;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Plan;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The cases every case benchmark runs on: a sample of a synthetic municipality as the {@code fremdrift demo}
 * command makes it (Odense, seed 42, five years of case history up to the as-of date 2026-11-23), held in memory
 * both as {@link ChildCase} objects and as the JSON Lines text of the same cases.
 *
 * <p>The sample is spread evenly over the case numbers, which are in order of opening, so that it holds old, long
 * case histories and recent, short ones in the proportions of the whole municipality. Immutable after {@link
 * #of(int)}.
 */
public final class SyntheticCases {

    /** The as-of date of every benchmark and of {@code end-to-end.sh}. */
    public static final LocalDate AS_OF_DATE = LocalDate.of(2026, 11, 23);

    /** The moment of evaluation: the last second of the as-of date in Danish time, as the command line takes it. */
    public static final Instant AS_OF = AS_OF_DATE
            .plusDays(1)
            .atStartOfDay(DeadlineEngine.DANISH_TIME)
            .toInstant()
            .minusSeconds(1);

    /** The command line's default reporting period: the year that ends with the as-of date. */
    public static final ReportingPeriod PERIOD =
            ReportingPeriod.of(AS_OF_DATE.minusYears(1).plusDays(1), AS_OF_DATE.plusDays(1));

    /** The number of children of the municipality the sample is taken from, as {@code demo --children 20000}. */
    public static final int CHILDREN = 20_000;

    private final List<ChildCase> cases;
    private final List<String> lines;
    private final List<byte[]> utf8;

    private SyntheticCases(List<ChildCase> cases) {
        this.cases = List.copyOf(cases);
        this.lines = this.cases.stream().map(CaseJsonLines::toJson).toList();
        this.utf8 = lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /**
     * Generates the sample.
     *
     * @param size the number of cases, 1 to {@link #CHILDREN}
     * @return the cases, their JSON lines and UTF-8 bytes
     */
    public static SyntheticCases of(int size) {
        Objects.checkIndex(size - 1, CHILDREN);
        SyntheticMunicipality town = municipality(CHILDREN);
        ChildCase[] sample = new ChildCase[size];
        for (int i = 0; i < size; i++) {
            sample[i] = town.caseAt((int) ((2L * i + 1) * CHILDREN / (2L * size)));
        }
        return new SyntheticCases(List.of(sample));
    }

    /**
     * Returns the municipality the demo command generates for a number of children, with its defaults.
     *
     * @param children the number of children
     * @return the municipality
     */
    public static SyntheticMunicipality municipality(int children) {
        return SyntheticMunicipality.builder()
                .municipality(MunicipalityCode.of(461))
                .children(children)
                .from(AS_OF_DATE.minusYears(5))
                .to(AS_OF_DATE.plusDays(1))
                .seed(42)
                .build();
    }

    /**
     * Returns the cases.
     *
     * @return the cases, immutable
     */
    public List<ChildCase> cases() {
        return cases;
    }

    /**
     * Returns each case as one line of JSON, without the line end.
     *
     * @return the lines, in the order of {@link #cases()}
     */
    public List<String> lines() {
        return lines;
    }

    /**
     * Returns each line as UTF-8 bytes.
     *
     * @return the bytes of each line, in the order of {@link #cases()}
     */
    public List<byte[]> utf8() {
        return utf8;
    }

    /**
     * Returns the average number of UTF-8 bytes of a line, without the line end.
     *
     * @return the bytes per case
     */
    public double bytesPerCase() {
        return utf8.stream().mapToInt(b -> b.length).average().orElse(0);
    }

    /**
     * Returns the average number of parts per case: every element of the case's lists of parts (notifications,
     * screenings, explorations, investigations, child conversations, decisions, plans, interventions, follow-ups,
     * supervision visits, assignments, management reviews, complaints, access requests, justifications), the goals
     * of the plans, and the closing if there is one.
     *
     * @return the parts per case
     */
    public double partsPerCase() {
        return cases.stream().mapToInt(SyntheticCases::parts).average().orElse(0);
    }

    /**
     * Counts the parts of a case as {@link #partsPerCase()} does.
     *
     * @param c the case
     * @return the number of parts
     */
    public static int parts(ChildCase c) {
        int n = c.notifications().size()
                + c.screenings().size()
                + c.explorations().size()
                + c.investigations().size()
                + c.childConversations().size()
                + c.decisions().size()
                + c.plans().size()
                + c.interventions().size()
                + c.followUps().size()
                + c.supervisionVisits().size()
                + c.assignments().size()
                + c.managementReviews().size()
                + c.complaints().size()
                + c.accessRequests().size()
                + c.justifications().size()
                + (c.closing().isPresent() ? 1 : 0);
        for (Plan p : c.plans()) {
            n += p.goals().size();
        }
        return n;
    }
}
