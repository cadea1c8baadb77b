/**
 * Fremdrift for Spring Boot 3 and 4: the settings under {@code fremdrift} in {@code application.yml} ({@link
 * dk.fremdrift.spring.boot.FremdriftProperties}) and what the application runs with ({@link
 * dk.fremdrift.spring.boot.FremdriftSettings}).
 *
 * <p>Adding the starter gives the application these beans, each replaceable by one of its own: {@code
 * FremdriftSettings}, {@code DeadlineEngine} (with the application's {@code Clock} bean if it has one), {@code
 * CaseReview}; in a servlet web application, problem details for bad requests ({@link
 * dk.fremdrift.spring.boot.web.FremdriftProblemDetails}); with Actuator, the {@code fremdrift} section of {@code
 * info} and the {@code fremdriftCalendars} health check.
 */
package dk.fremdrift.spring.boot;
