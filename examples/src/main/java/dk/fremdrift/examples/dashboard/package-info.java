/**
 * The self-contained HTML dashboard of a report: {@link dk.fremdrift.examples.dashboard.Dashboard} renders a {@link
 * dk.fremdrift.examples.report.ReportDocument} as one page with inline SVG charts, tables and numbered definitions,
 * readable offline, printable, in Danish or English.
 */
package dk.fremdrift.examples.dashboard;
