package dk.fremdrift.examples.synthetic;

import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.TeamId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic municipality: a seeded generator of realistic, entirely made-up case histories of children in
 * child-welfare casework (børnesager), so that demos, tests and benchmarks run without any real data.
 *
 * <p>Each child has one case, opened at the child's first notification of concern (underretning) within the
 * period. The period runs from {@code from} (included) to {@code to} (excluded); the data is a snapshot taken at
 * the start of {@code to} in Danish time (Europe/Copenhagen), so steps still under way then are recorded as open:
 * an investigation with no completion, a placement with no end, a case with no closing. Cases open evenly over
 * the period (fewer on weekends, in July and at Christmas), in case-number order.
 *
 * <h2>Reproducible and lazy</h2>
 *
 * <p>The same builder settings give the same cases, byte for byte, on any JDK: case {@code i} is generated from
 * its own seed, derived from the municipality's seed and {@code i}, with a fully specified generator of random
 * numbers. {@link #cases()} generates the cases one at a time as the stream is consumed, so a municipality of
 * 200,000 children or more never sits in memory at once; {@link #cases(int, int)} and {@link #caseAt(int)}
 * generate any slice, so the work can be split over threads or machines and the parts agree with the whole.
 * Building a municipality samples up to 1,000 case histories to size the staffing; its memory does not grow with
 * the number of children.
 *
 * <h2>What the cases hold</h2>
 *
 * <ul>
 *   <li>a child aged 0-17 at the first notification, with a birth date and no CPR number;
 *   <li>notifications (about 1.8 per child) from professionals mostly, each with a 24-hour assessment (on time in
 *       about 87 %, some late by hours or days, some never made) and, for professionals, a receipt;
 *   <li>screenings that find no action, an exploration (afdækning, from 2024) or a child-welfare investigation
 *       (børnefaglig undersøgelse), finished within 4 months in about 50 %, most late ones by under a month, some
 *       with a preliminary assessment, some never finished;
 *   <li>decisions on support, placement with or without consent, emergency placements by the committee chair with
 *       approval within or after 7 days, re-treatments of placements without consent, support after 18,
 *       terminations; a conversation with the child before about 65 % of them, some omitted with a reason;
 *   <li>plans within 3 months in most cases (handleplan before 2024, barnets plan or ungeplan from 2024) with
 *       concrete goals, a share of them measurable with measurements that move toward or away from the target;
 *   <li>interventions of realistic kinds and Danish prices; follow-ups, the first within 3 months in about 75 %;
 *       supervision visits to placed children, mostly two a year, some without a conversation with the child;
 *   <li>caseworkers ({@code sb-017}) in teams ({@code team-nord}) with turnover and caseloads around 27, some cases
 *       with three or more changes of caseworker in a year; leaders' reviews; complaints and their reassessment;
 *       requests for access to documents; closings.
 * </ul>
 *
 * <p>Legal bases follow the law in force on the date of each decision: serviceloven (§ 52, stk. 3 support and
 * placement with consent, § 58 without consent, § 68 termination, § 76 support after 18) before 1 January 2024,
 * barnets lov (§ 32, § 46, § 47, § 99, § 114) from then. Keys look like a case system's: case {@code
 * S-2024-000123} (year of opening and number within the year), parts {@code UND-1}, {@code BFU-1}, {@code AFG-2};
 * none contains anything like a CPR number.
 *
 * <h2>Rates and their sources</h2>
 *
 * <p>All rates are parameters of a {@link SyntheticProfile}; {@link SyntheticProfile#national()} holds the
 * defaults. Those with a national source: notifications per child 1.8 (Danmarks Statistik 2022: 152,700
 * notifications about about 85,300 children); 24-hour assessment on time 87 % (Ankestyrelsen, Børnesagsbarometer
 * 2019/20); investigation within 4 months 50 %, conversation with the child 65 %, first follow-up within 3
 * months 75 % (Ankestyrelsen, Børnesagsbarometer 2024); caseload 27 (Dansk Socialrådgiverforening recommends
 * 20-30, the 2023 average was 31). Every other rate is an assumption of this generator, marked so on its
 * component. Measured over generated cases the rates come out near the configured ones; cases cut by the end of
 * the period (right-censored) must be left out of such a measurement, as a real indicator would.
 *
 * <pre>{@code
 * SyntheticMunicipality odense = SyntheticMunicipality.builder()
 *         .municipality(MunicipalityCode.of(461))
 *         .children(2000)
 *         .from(LocalDate.of(2021, 1, 1))
 *         .to(LocalDate.of(2026, 1, 1))
 *         .seed(42)
 *         .build();
 * try (Stream<ChildCase> cases = odense.cases()) {
 *     CaseJsonLines.write(cases, out);
 * }
 * }</pre>
 *
 * <p>Thread-safe: immutable; its streams may run in parallel.
 */
public final class SyntheticMunicipality {

    /** The zone in which every date of a case is a date: Europe/Copenhagen. */
    public static final ZoneId ZONE = CaseGenerator.ZONE;

    /** The first day a period may start: the 98 municipalities exist since the reform of 1 January 2007. */
    public static final LocalDate EARLIEST_FROM = LocalDate.of(2007, 1, 1);

    private static final int CALIBRATION_SAMPLE = 1000;

    private final MunicipalityCode municipality;
    private final int children;
    private final LocalDate from;
    private final LocalDate to;
    private final long seed;
    private final SyntheticProfile profile;
    private final CaseGenerator generator;
    private final Staffing staffing;
    private final int firstYear;
    private final int[] yearFirstIndex;
    private final LongAdder generated = new LongAdder();

    private SyntheticMunicipality(Builder b) {
        this.municipality = b.municipality;
        this.children = b.children;
        this.from = b.from;
        this.to = b.to;
        this.seed = b.seed;
        this.profile = b.profile;
        this.generator = new CaseGenerator(profile, seed, children, from, to);
        this.staffing = new Staffing(seed, from, calibratePosts(), profile);
        this.firstYear = from.getYear();
        int lastYear = to.minusDays(1).getYear();
        this.yearFirstIndex = new int[lastYear - firstYear + 1];
        for (int y = firstYear + 1; y <= lastYear; y++) {
            yearFirstIndex[y - firstYear] = firstIndexOpenedOnOrAfter(LocalDate.of(y, 1, 1));
        }
    }

    /**
     * Returns a builder. Municipality, number of children, {@code from} and {@code to} are required; the seed
     * defaults to 0 and the profile to {@link SyntheticProfile#national()}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sizes the staffing: samples case histories spread over the index range, counts how many are open at the end
     * of each month, scales to the whole municipality and divides by the target caseload. The number of posts
     * never falls, so a case's post always exists.
     */
    private int[] calibratePosts() {
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate last = to.minusDays(1);
        int months = monthIndex(firstMonth, last) + 1;
        double[] open = new double[months];
        int sample = Math.min(children, CALIBRATION_SAMPLE);
        for (int j = 0; j < sample; j++) {
            int index = (int) (((2L * j + 1) * children) / (2L * sample));
            Story s = generator.story(index);
            LocalDate end = s.closing == null ? null : s.closing.closed();
            for (int m = monthIndex(firstMonth, s.opened); m < months; m++) {
                LocalDate monthEnd =
                        CaseGenerator.min(firstMonth.plusMonths(m + 1L).minusDays(1), last);
                if (end != null && !monthEnd.isBefore(end)) {
                    break;
                }
                open[m]++;
            }
        }
        int[] posts = new int[months];
        int running = 1;
        for (int m = 0; m < months; m++) {
            double expected = open[m] * children / sample;
            running = Math.max(running, (int) Math.ceil(expected / profile.targetCaseload()));
            posts[m] = running;
        }
        return posts;
    }

    private static int monthIndex(LocalDate firstMonth, LocalDate date) {
        return (date.getYear() - firstMonth.getYear()) * 12 + date.getMonthValue() - firstMonth.getMonthValue();
    }

    /** The smallest index whose case opens on or after the date; case opening dates rise with the index. */
    private int firstIndexOpenedOnOrAfter(LocalDate date) {
        int lo = 0;
        int hi = children;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (generator.openedOn(mid).isBefore(date)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Returns all cases, in case-number order (which is the order of opening), generated lazily as the stream is
     * consumed. The stream is sequential; {@code parallel()} is allowed and gives the same cases.
     *
     * @return the cases, {@link #children()} of them
     */
    public Stream<ChildCase> cases() {
        return cases(0, children);
    }

    /**
     * Returns the cases with indexes from {@code startInclusive} to {@code endExclusive}, generated lazily: the
     * same cases as the same slice of {@link #cases()}.
     *
     * @param startInclusive the first index, 0 or more
     * @param endExclusive the index after the last, at most {@link #children()}
     * @return the cases
     * @throws IndexOutOfBoundsException if the range is not within 0 to {@link #children()}
     */
    public Stream<ChildCase> cases(int startInclusive, int endExclusive) {
        Objects.checkFromToIndex(startInclusive, endExclusive, children);
        return IntStream.range(startInclusive, endExclusive).mapToObj(this::caseAt);
    }

    /**
     * Generates case number {@code index} (from 0): the same case every time, whatever else was generated.
     *
     * @param index the index, from 0 to {@link #children()} - 1
     * @return the case
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public ChildCase caseAt(int index) {
        Objects.checkIndex(index, children);
        Story story = generator.story(index);
        List<CaseworkerAssignment> assignments = staffing.staff(story);
        ChildCase c = story.toCase(caseId(index, story.opened), municipality, assignments);
        generated.increment();
        return c;
    }

    private CaseId caseId(int index, LocalDate opened) {
        int year = opened.getYear();
        String number = Integer.toString(index - yearFirstIndex[year - firstYear] + 1);
        String padded = number.length() >= 6 ? number : "000000".substring(number.length()) + number;
        return CaseId.of("S-" + year + "-" + padded);
    }

    /**
     * Returns the number of cases generated by {@link #caseAt(int)} and the streams so far; for tests that check
     * the streams are lazy.
     */
    long generatedCount() {
        return generated.sum();
    }

    /**
     * Returns the acting municipality of every case.
     *
     * @return the municipality
     */
    public MunicipalityCode municipality() {
        return municipality;
    }

    /**
     * Returns the number of children, which is the number of cases.
     *
     * @return the number of children
     */
    public int children() {
        return children;
    }

    /**
     * Returns the first day of the period.
     *
     * @return the first day, included
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the day after the period, at whose start in Danish time the snapshot is taken.
     *
     * @return the end of the period, excluded
     */
    public LocalDate to() {
        return to;
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the profile of rates the cases are generated with.
     *
     * @return the profile
     */
    public SyntheticProfile profile() {
        return profile;
    }

    /**
     * Returns the teams of caseworkers, such as {@code team-nord}.
     *
     * @return the teams, in order
     */
    public List<TeamId> teams() {
        return staffing.teams();
    }

    /**
     * Returns the number of caseworker posts at the end of the period, sized so that caseloads are near the
     * profile's target.
     *
     * @return the number of posts
     */
    public int caseworkerPosts() {
        return staffing.maxPosts();
    }

    /** Returns the settings, never any case data. */
    @Override
    public String toString() {
        return "SyntheticMunicipality[municipality=" + municipality + ", children=" + children + ", from=" + from
                + ", to=" + to + ", seed=" + seed + "]";
    }

    /** Builds a {@link SyntheticMunicipality}. Not thread-safe. */
    public static final class Builder {
        private MunicipalityCode municipality;
        private int children = -1;
        private LocalDate from;
        private LocalDate to;
        private long seed;
        private SyntheticProfile profile = SyntheticProfile.national();

        private Builder() {}

        /**
         * Sets the acting municipality of every case.
         *
         * @param municipality the municipality, for example {@code MunicipalityCode.of(461)} for Odense
         * @return this builder
         */
        public Builder municipality(MunicipalityCode municipality) {
            this.municipality = Objects.requireNonNull(municipality, "municipality");
            return this;
        }

        /**
         * Sets the number of children with a case in the period, which is the number of cases.
         *
         * @param children 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code children} is less than 1
         */
        public Builder children(int children) {
            if (children < 1) {
                throw new IllegalArgumentException("children: expected 1 or more, got " + children);
            }
            this.children = children;
            return this;
        }

        /**
         * Sets the first day of the period.
         *
         * @param from the first day, included; 2007-01-01 or later
         * @return this builder
         */
        public Builder from(LocalDate from) {
            this.from = Objects.requireNonNull(from, "from");
            return this;
        }

        /**
         * Sets the day after the period: the snapshot is taken at its start in Danish time.
         *
         * @param to the end of the period, excluded; after {@code from}
         * @return this builder
         */
        public Builder to(LocalDate to) {
            this.to = Objects.requireNonNull(to, "to");
            return this;
        }

        /**
         * Sets the seed; the same seed and settings give the same cases.
         *
         * @param seed any number; 0 if not set
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the profile of rates.
         *
         * @param profile the profile; {@link SyntheticProfile#national()} if not set
         * @return this builder
         */
        public Builder profile(SyntheticProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Builds the municipality and sizes its staffing from a sample of up to 1,000 case histories.
         *
         * @return the municipality
         * @throws NullPointerException if the municipality, {@code from} or {@code to} was not set
         * @throws IllegalStateException if the number of children was not set
         * @throws IllegalArgumentException if {@code from} is before 2007-01-01 or {@code to} is not after it
         */
        public SyntheticMunicipality build() {
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (children < 1) {
                throw new IllegalStateException("children: expected the number of children to be set");
            }
            if (from.isBefore(EARLIEST_FROM)) {
                throw new IllegalArgumentException("from: expected " + EARLIEST_FROM
                        + " or later (the 98 municipalities exist since then), got " + from);
            }
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("to: expected a date after from " + from + ", got " + to);
            }
            return new SyntheticMunicipality(this);
        }
    }
}
