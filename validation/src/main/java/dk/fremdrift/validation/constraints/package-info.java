/**
 * Jakarta Bean Validation constraints for the raw data of Danish child-welfare case systems: identifiers
 * ({@link dk.fremdrift.validation.constraints.Cpr @Cpr}, {@link dk.fremdrift.validation.constraints.Cvr @Cvr},
 * {@link dk.fremdrift.validation.constraints.MunicipalityCode @MunicipalityCode},
 * {@link dk.fremdrift.validation.constraints.KleNumber @KleNumber}) and class-level checks of common DTO shapes
 * ({@link dk.fremdrift.validation.constraints.ValidPeriod @ValidPeriod},
 * {@link dk.fremdrift.validation.constraints.ConcreteGoal @ConcreteGoal},
 * {@link dk.fremdrift.validation.constraints.MeasurableGoal @MeasurableGoal}).
 *
 * <p>They work under any Jakarta Validation 3 provider; Hibernate Validator is the reference, Apache BVal is
 * tested too. Each identifier constraint uses the rule of the model's value type ({@code Cpr.isValid} and so
 * on), so a value the constraint accepts is one the model parses. As with the built-in constraints, {@code null}
 * is valid: add {@code @NotNull} where a value is required. The constraints work on fields, record components,
 * getters, method and constructor parameters and container elements ({@code List<@Cpr String>}).
 *
 * <p><strong>Messages</strong> come in Danish ({@code da}) and English. They never contain the validated value:
 * a value typed into an identifier field may be a CPR number, even in the wrong field, and must not end up in an
 * error response or a log. Under Hibernate Validator on the class path they resolve with no set-up; under other
 * providers, and on the module path, wrap the provider's interpolator with
 * {@link dk.fremdrift.validation.constraints.FremdriftMessageInterpolator} (it is harmless where not needed).
 * Log a violation's message and path, not the violation itself: a provider's {@code toString()} may include the
 * invalid value.
 *
 * <pre>{@code
 * public record ChildForm(@NotNull @Cpr String cpr, @MunicipalityCode String municipality) {}
 *
 * Configuration<?> config = Validation.byDefaultProvider().configure();
 * Validator validator = config
 *         .messageInterpolator(FremdriftMessageInterpolator.wrap(
 *                 config.getDefaultMessageInterpolator(), Locale.forLanguageTag("da")))
 *         .buildValidatorFactory()
 *         .getValidator();
 * validator.validate(new ChildForm("310299-1234", "101"));
 * // cpr: "skal være et gyldigt CPR-nummer (DDMMÅÅ-SSSS)"
 * }</pre>
 */
package dk.fremdrift.validation.constraints;
