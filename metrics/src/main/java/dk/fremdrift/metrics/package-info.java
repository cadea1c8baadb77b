/**
 * Management information (ledelsesinformation) for child-welfare casework: the indicator catalogue, the mergeable
 * aggregation of cases and the report for leaders and politicians.
 *
 * <p>An indicator is defined like a FHIR Measure ({@link dk.fremdrift.metrics.IndicatorDefinition}): its population
 * (the denominator), its numerator, its exclusions and its right-censoring rule, in Danish and English, with its
 * legal basis and the period in which the definition applies. {@link dk.fremdrift.metrics.Indicators#standard()}
 * lists them; every report carries them.
 *
 * <p>{@link dk.fremdrift.metrics.MetricsAggregator} takes cases one at a time and keeps only counters and exact
 * histograms, so its memory does not grow with the number of cases, and aggregates of teams, months or
 * municipalities merge exactly. Deadline indicators are computed from the deadline engine's evaluations, never
 * recomputed. {@link dk.fremdrift.metrics.MetricsAggregator#report(ReportProfile)} makes a {@link
 * dk.fremdrift.metrics.MetricsReport}: everything for leaders ({@link dk.fremdrift.metrics.ReportProfile#ADMINISTRATIVE}),
 * or aggregates with small counts suppressed for politicians ({@link dk.fremdrift.metrics.ReportProfile#POLITICAL}).
 *
 * <p>The goal status of the child's plan ({@link dk.fremdrift.metrics.GoalProgress}) and the budget commitment
 * ({@link dk.fremdrift.metrics.BudgetAggregate}) are also here, and feed the report.
 *
 * <p>No CPR number or name is ever read into an aggregate: cases are counted, caseworkers and teams are keys of
 * the case system.
 */
package dk.fremdrift.metrics;
