package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Indicators.CASELOAD_ABOVE_RECOMMENDED;
import static dk.fremdrift.metrics.Indicators.CASELOAD_DISTRIBUTION;
import static dk.fremdrift.metrics.Indicators.CASELOAD_MEAN;
import static dk.fremdrift.metrics.ReferenceTally.Acc.MET;
import static dk.fremdrift.metrics.ReferenceTally.Acc.NOT_MET;
import static dk.fremdrift.metrics.ReferenceTally.Acc.SUM;
import static dk.fremdrift.metrics.ReferenceTally.Acc.UNITS;

import dk.fremdrift.metrics.ReferenceTally.Keys;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first part of the reference {@link ReferenceCaseMeasures}: the aggregation's settings, the case being added,
 * and its keys and days; split off unchanged but for the visibility of its members (private before), so that the
 * parts read alone.
 */
abstract class ReferenceCaseDays {

    static final Set<String> CASELOAD_IDS = Set.of(CASELOAD_MEAN, CASELOAD_DISTRIBUTION, CASELOAD_ABOVE_RECOMMENDED);

    /** The age bands of {@link Dimension#AGE_BAND}, in order. */
    static final List<String> AGE_BANDS = List.of("unborn", "0-2", "3-5", "6-11", "12-14", "15-17", "18+");

    static final int[] BAND_EDGES = {0, 3, 6, 12, 15, 18};

    final ReferenceState state;
    final MetricsConfig config;
    final ZoneId zone;
    final Instant asOf;
    final LocalDate asOfDate;
    /** The first day after the days counted: the end of the period, or the day after asOf if that is earlier. */
    final LocalDate windowEnd;

    /** The first month of the period, as a number of months since year 0. */
    final int firstMonth;
    /** The month keys ({@code 2026-01}) of the period's months, made once rather than per observation. */
    final String[] monthKeys;
    /** The first day of each month of the period, in order: boundaries of every exposure. */
    final List<LocalDate> monthStarts;

    ChildCase c;

    ReferenceCaseDays(ReferenceState state) {
        this.state = state;
        this.config = state.config;
        this.zone = config.zone();
        this.asOf = config.asOf();
        this.asOfDate = config.asOfDate();
        this.windowEnd = config.lastDayCounted().plusDays(1);
        List<YearMonth> months = config.period().months();
        this.firstMonth = monthNumber(config.period().startInclusive());
        this.monthKeys = months.stream().map(YearMonth::toString).toArray(String[]::new);
        this.monthStarts = months.stream().map(m -> m.atDay(1)).toList();
    }

    /**
     * Tells whether an event on a date counts, as {@link MetricsConfig#counts(LocalDate)}, with {@code asOf}'s date
     * worked out once.
     */
    boolean counts(LocalDate date) {
        return config.period().contains(date) && !date.isAfter(asOfDate);
    }

    static int monthNumber(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    /** The month key of a date in the period: {@code YearMonth.from(date).toString()}. */
    String monthKey(LocalDate date) {
        int i = monthNumber(date) - firstMonth;
        return i >= 0 && i < monthKeys.length
                ? monthKeys[i]
                : YearMonth.from(date).toString();
    }

    // ---- keys and days -----------------------------------------------------------------------------------------

    /** The keys of an observation on a date: the responsible team and caseworker, the age band and the month. */
    Keys at(LocalDate date) {
        // ChildCase.assignmentOn without the Optional: the first assignment active that day.
        CaseworkerAssignment a = null;
        for (CaseworkerAssignment x : c.assignments()) {
            if (x.isActiveOn(date)) {
                a = x;
                break;
            }
        }
        String team = a == null ? Dimension.UNASSIGNED : a.team().value();
        String caseworker = a == null ? Dimension.UNASSIGNED : a.caseworker().value();
        String month = counts(date) ? monthKey(date) : null;
        return new Keys(team, caseworker, ageBand(c.child().birthDate(), date), null, month);
    }

    static String ageBand(LocalDate birthDate, LocalDate date) {
        if (date.isBefore(birthDate)) {
            return AGE_BANDS.get(0);
        }
        int years = wholeYears(birthDate, date);
        int band = 0;
        while (band < BAND_EDGES.length && years >= BAND_EDGES[band]) {
            band++;
        }
        return AGE_BANDS.get(band);
    }

    /**
     * {@code Period.between(from, to).getYears()} for {@code from} on or before {@code to}, worked out as {@link
     * LocalDate#until(java.time.chrono.ChronoLocalDate)} does, without making the period: the age band is asked for
     * at every observation.
     */
    static int wholeYears(LocalDate from, LocalDate to) {
        long totalMonths =
                (to.getYear() * 12L + to.getMonthValue() - 1) - (from.getYear() * 12L + from.getMonthValue() - 1);
        int days = to.getDayOfMonth() - from.getDayOfMonth();
        if (totalMonths > 0 && days < 0) {
            totalMonths--;
        } else if (totalMonths < 0 && days > 0) {
            totalMonths++;
        }
        return Math.toIntExact(totalMonths / 12);
    }

    /**
     * The dates where a key of an exposure day can change: assignments, age bands and months. A list to add to and
     * then sort; {@link #segments} skips repeated dates.
     */
    List<LocalDate> boundaries() {
        List<LocalDate> b =
                new ArrayList<>(monthStarts.size() + 2 * c.assignments().size() + 12);
        for (CaseworkerAssignment a : c.assignments()) {
            b.add(a.from());
            a.until().ifPresent(b::add);
        }
        for (int age : BAND_EDGES) {
            b.add(c.child().birthday(age));
        }
        b.addAll(monthStarts);
        return b;
    }

    /**
     * Calls the consumer with the first day and the length of each piece of [from, to) cut at the boundaries: the
     * distinct boundaries after {@code from} and before {@code to}, in order. Sorts the boundaries.
     */
    static void segments(LocalDate from, LocalDate to, List<LocalDate> boundaries, Segment consumer) {
        if (!from.isBefore(to)) {
            return;
        }
        boundaries.sort(null);
        LocalDate start = from;
        LocalDate previous = null;
        for (LocalDate b : boundaries) {
            if (b.equals(previous) || !b.isAfter(from)) {
                previous = b;
                continue;
            }
            if (!b.isBefore(to)) {
                break;
            }
            consumer.accept(start, ChronoUnit.DAYS.between(start, b));
            start = b;
            previous = b;
        }
        consumer.accept(start, ChronoUnit.DAYS.between(start, to));
    }

    @FunctionalInterface
    interface Segment {
        void accept(LocalDate start, long days);
    }

    LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Counts the per-caseworker state into the caseload tallies, at report time. */
    static Map<String, ReferenceTally> caseload(ReferenceState state) {
        int recommended = state.config.recommendedCaseload();
        Map<String, ReferenceTally> out = new HashMap<>();
        Map<String, IndicatorDefinition> defs = new HashMap<>();
        for (IndicatorDefinition d : Indicators.standard()) {
            defs.put(d.id(), d);
        }
        for (String id : CASELOAD_IDS) {
            out.put(id, new ReferenceTally(defs.get(id).dimensions()));
        }
        state.caseload.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String caseworker = e.getKey();
            long load =
                    e.getValue().values().stream().mapToLong(Long::longValue).sum();
            String team = e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            Keys keys = new Keys(team, caseworker, null, null, null);
            out.get(CASELOAD_MEAN).observe(keys, a -> {
                a.add(SUM, load);
                a.add(UNITS, 1);
            });
            out.get(CASELOAD_DISTRIBUTION).observe(keys, a -> a.addCategory(caseloadCategory(load)));
            out.get(CASELOAD_ABOVE_RECOMMENDED).observe(keys, a -> a.add(load > recommended ? MET : NOT_MET, 1));
            // Each of the caseworker's open cases is a case behind the caseworker's cells.
            for (ReferenceTally t : out.values()) {
                t.endUnit(load);
            }
        });
        return out;
    }

    static String caseloadCategory(long load) {
        int[] lower = Caseload.LOWER_BOUNDS;
        int i = lower.length - 1;
        while (load < lower[i]) {
            i--;
        }
        return Caseload.CATEGORIES.get(i);
    }
}
