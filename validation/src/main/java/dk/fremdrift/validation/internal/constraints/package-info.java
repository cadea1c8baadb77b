/**
 * The validators of the constraints in {@link dk.fremdrift.validation.constraints}: not API.
 *
 * <p>The package is not exported, but it is opened unconditionally in {@code module-info.java}: a Jakarta
 * Validation provider creates a validator reflectively through its public no-argument constructor, and on the
 * module path that needs the package exported or opened to the provider's module. An unqualified {@code opens}
 * reaches any provider (Hibernate Validator, Apache BVal, ...) without naming it, and adds nothing to the
 * compile-time API.
 */
package dk.fremdrift.validation.internal.constraints;
