/**
 * The rules of the case review, one class per rule; not exported, not API.
 *
 * <p>Each class holds one check under each law period it applies in: a static factory per period ({@code
 * serviceloven()}, {@code barnetsLov()}) returns the rule with that period's code, provision and messages. {@link
 * dk.fremdrift.validation.review.rules.StatutoryReviewRules} lists them per pack. Timeliness rules extend {@link
 * dk.fremdrift.validation.review.rules.TimelinessRule} and only report the deadline engine's evaluations; content
 * rules judge the case's parts directly. A rule never throws for the content of a case.
 */
package dk.fremdrift.validation.review.rules;
