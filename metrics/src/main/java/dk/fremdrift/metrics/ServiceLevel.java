package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A municipality's declared service level as data (tænkt praksis): targets its council or administration decided,
 * each on one indicator's headline value, or on the share of one category of a distribution, with a lower or an
 * upper bound. {@link #compare(MetricsReport)} sets each against the report's actual value (faktisk praksis).
 *
 * <pre>{@code
 * ServiceLevel declared = mapper.readValue(Path.of("service-level.json").toFile(), ServiceLevel.class);
 * List<ServiceLevel.Result> results = declared.compare(report);
 * }</pre>
 *
 * <p>In JSON, for example: {@code {"decided": "Børne- og Ungeudvalget, 12. juni 2025", "targets": [{"id":
 * "PREVENTIVE_SHARE", "name": {"da": "Forebyggende andel af indsatserne", "en": "Preventive share of
 * interventions"}, "indicator": "INTERVENTION_MIX_ACTIVE", "category": "PREVENTIVE_SUPPORT", "atLeast": 0.6}]}}. A
 * target on a share is written as a share (0.6 for 60 %), one on days in days.
 *
 * <p>The service level may also set how long an intervention runs before it is a long course ({@code
 * "longCourseMonths": 9}): the report then counts {@link Indicators#LONG_COURSES_WITHOUT_PROGRESS} with that limit
 * ({@link MetricsConfig#withLongCourseMonths(int)}), and a target may bound that indicator's share.
 *
 * @param decided who decided the service level and when, as the municipality writes it
 * @param targets the targets, in the order a report shows them
 * @param longCourseMonths the months after which an intervention without measured progress is a long course, as
 *     decided; empty for the default of {@value MetricsConfig#DEFAULT_LONG_COURSE_MONTHS}
 */
@JsonPropertyOrder({"decided", "longCourseMonths", "targets"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ServiceLevel(String decided, List<Target> targets, Optional<Integer> longCourseMonths) {

    /**
     * Checks the service level and copies its targets.
     *
     * @param decided who decided and when
     * @param targets the targets
     * @param longCourseMonths the length of a long course in months, 1 or more; null or empty for the default
     * @throws NullPointerException if an argument is null or the list holds a null
     * @throws IllegalArgumentException if {@code decided} is blank, there are no targets, two have one id, or the
     *     length of a long course is below 1
     */
    @JsonCreator
    public ServiceLevel {
        longCourseMonths = longCourseMonths == null ? Optional.empty() : longCourseMonths;
        if (longCourseMonths.isPresent() && longCourseMonths.get() < 1) {
            throw new IllegalArgumentException(
                    "longCourseMonths: expected a number of months, 1 or more, got a smaller number");
        }
        Objects.requireNonNull(decided, "decided");
        if (decided.isBlank()) {
            throw new IllegalArgumentException(
                    "decided: expected who decided the service level and when, got a" + " blank text");
        }
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("targets: expected one or more targets, got none");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            if (!ids.add(targets.get(i).id())) {
                throw new IllegalArgumentException(
                        "targets[" + i + "].id: expected an id no other target has, got" + " one given twice");
            }
        }
    }

    /**
     * A service level with the default length of a long course.
     *
     * @param decided who decided and when
     * @param targets the targets
     * @throws NullPointerException if an argument is null or the list holds a null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public ServiceLevel(String decided, List<Target> targets) {
        this(decided, targets, Optional.empty());
    }

    /**
     * Returns the settings of a report under this service level: the given ones with its length of a long course,
     * if it sets one.
     *
     * @param config the report's settings
     * @return the settings the report is counted with
     */
    public MetricsConfig applyTo(MetricsConfig config) {
        Objects.requireNonNull(config, "config");
        return longCourseMonths.map(config::withLongCourseMonths).orElse(config);
    }

    @JsonAnySetter
    private void rejectUnknownField(String name, Object value) {
        throw new IllegalArgumentException(
                "service level: expected only decided, longCourseMonths and targets, got another field");
    }

    /**
     * Sets every target against a report's actual value.
     *
     * @param report the report, of any profile; a suppressed value is no value
     * @return one result per target, in order
     * @throws NullPointerException if {@code report} is null
     * @throws IllegalArgumentException if a target names an indicator the report does not have, a category its
     *     definition does not have, or a category of an indicator that is not a distribution (or none of one that
     *     is); the message names the target
     */
    public List<Result> compare(MetricsReport report) {
        Objects.requireNonNull(report, "report");
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String at = "targets[" + i + "] (" + t.id() + ")";
            IndicatorDefinition d = report.findDefinition(t.indicator())
                    .orElseThrow(() -> new IllegalArgumentException(
                            at + ".indicator: expected an indicator of the report, got another id"));
            IndicatorValue overall = report.getIndicator(t.indicator()).overall();
            Optional<Double> actual;
            if (d.kind() == IndicatorKind.DISTRIBUTION) {
                String category = t.category()
                        .orElseThrow(() -> new IllegalArgumentException(
                                at + ".category: expected one of " + d.categories() + " for a distribution, got none"));
                if (!d.categories().contains(category)) {
                    throw new IllegalArgumentException(
                            at + ".category: expected one of " + d.categories() + ", got another text");
                }
                actual = overall.categories().stream()
                        .filter(c -> c.key().equals(category))
                        .findFirst()
                        .flatMap(CategoryCount::share);
            } else {
                if (t.category().isPresent()) {
                    throw new IllegalArgumentException(
                            at + ".category: expected none for a " + d.kind() + " indicator, got one");
                }
                actual = d.kind() == IndicatorKind.DAYS ? overall.median().map(Integer::doubleValue) : overall.value();
            }
            results.add(Result.of(t, d.kind(), actual));
        }
        return List.copyOf(results);
    }

    /**
     * One target of the service level.
     *
     * @param id the target's id, capital letters, digits and underscores
     * @param name what the target is about, in Danish and English
     * @param indicator the id of the indicator whose value is set against it
     * @param category for a distribution, the category whose share is set against it
     * @param atLeast the lowest value that meets the target
     * @param atMost the highest value that meets the target; exactly one of the two bounds is given
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({"id", "name", "indicator", "category", "atLeast", "atMost"})
    public record Target(
            String id,
            LocalizedText name,
            String indicator,
            Optional<String> category,
            Optional<Double> atLeast,
            Optional<Double> atMost) {

        private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

        /**
         * Checks the target.
         *
         * @param id the id
         * @param name the name
         * @param indicator the indicator's id
         * @param category the category, for a distribution
         * @param atLeast the lower bound
         * @param atMost the upper bound
         * @throws NullPointerException if the id, name or indicator is null
         * @throws IllegalArgumentException if the id is not capitals and underscores, or not exactly one bound is
         *     given, or a bound is not a finite number
         */
        public Target {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(indicator, "indicator");
            category = category == null ? Optional.empty() : category;
            atLeast = atLeast == null ? Optional.empty() : atLeast;
            atMost = atMost == null ? Optional.empty() : atMost;
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                        "id: expected capital letters, digits and underscores such as PREVENTIVE_SHARE, got another"
                                + " text");
            }
            if (atLeast.isPresent() == atMost.isPresent()) {
                throw new IllegalArgumentException(id + ": expected exactly one of atLeast and atMost, got "
                        + (atLeast.isPresent() ? "both" : "neither"));
            }
            double bound = atLeast.orElseGet(atMost::get);
            if (!Double.isFinite(bound)) {
                throw new IllegalArgumentException(id + ": expected a finite bound, got another number");
            }
        }

        /** The bound, whichever is given. */
        double bound() {
            return atLeast.orElseGet(atMost::get);
        }

        @JsonAnySetter
        private void rejectUnknownField(String name, Object value) {
            throw new IllegalArgumentException(
                    "service level target: expected id, name, indicator, category, atLeast or atMost, got another"
                            + " field");
        }
    }

    /** Whether the actual value meets a target. */
    public enum Status {
        /** The actual value is within the bound. */
        MET,
        /** The actual value is outside the bound. */
        NOT_MET,
        /** There is no actual value: nothing to count, or suppressed. */
        NO_VALUE
    }

    /**
     * A target set against the actual value.
     *
     * @param target the target
     * @param kind the indicator's kind, which says the unit (a share, days, a mean, a rate, a count)
     * @param actual the actual value; absent when there is none or it is suppressed
     * @param status whether it meets the target
     * @param gap the actual value minus the bound, signed (negative: below the bound); absent without a value
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({"target", "kind", "actual", "status", "gap"})
    public record Result(
            Target target, IndicatorKind kind, Optional<Double> actual, Status status, Optional<Double> gap) {

        /**
         * Checks the result.
         *
         * @param target the target
         * @param kind the kind
         * @param actual the actual value
         * @param status the status
         * @param gap the gap
         * @throws NullPointerException if an argument is null
         */
        public Result {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(gap, "gap");
        }

        static Result of(Target t, IndicatorKind kind, Optional<Double> actual) {
            if (actual.isEmpty()) {
                return new Result(t, kind, actual, Status.NO_VALUE, Optional.empty());
            }
            double a = actual.get();
            boolean met = t.atLeast().isPresent() ? a >= t.bound() : a <= t.bound();
            return new Result(t, kind, actual, met ? Status.MET : Status.NOT_MET, Optional.of(a - t.bound()));
        }
    }
}
