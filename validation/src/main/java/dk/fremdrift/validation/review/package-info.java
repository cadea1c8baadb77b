/**
 * The automated case review (sagsgennemgang): {@link dk.fremdrift.validation.review.CaseReview} checks a child's
 * case against the law and returns {@link dk.fremdrift.validation.review.Finding findings} with a code, a
 * {@link dk.fremdrift.validation.review.Severity severity}, the legal basis and its period, Danish and English
 * messages with the concrete dates, and the path of the case part concerned.
 *
 * <p>Rules come in {@link dk.fremdrift.validation.review.RulePack packs} per law period (serviceloven until 2023,
 * barnets lov from 2024), and each event is judged by the pack in force on its trigger date. Timeliness findings
 * come from the deadline engine's evaluations, so the review and the deadlines never disagree. A justification
 * recorded on the case accepts a query finding, which is still reported for audit. The
 * {@link dk.fremdrift.validation.review.RuleCatalogue rule catalogue} exports every rule's descriptor for JSON
 * and as Markdown.
 *
 * <pre>{@code
 * CaseReview review = CaseReview.of(DeadlineEngine.builder(DanishCalendar.statutory()).build());
 * ReviewResult result = review.review(childCase, asOf);
 * result.findings().forEach(f -> System.out.println(f.code() + ": " + f.messageDa()));
 * }</pre>
 */
package dk.fremdrift.validation.review;
