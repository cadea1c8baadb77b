/**
 * The child's case: immutable domain types for Danish child-welfare casework (myndighedsudøvelse for udsatte
 * børn og unge), the Danish identifiers it uses, and its JSON format.
 *
 * <h2>Identifiers</h2>
 *
 * <p>{@link dk.fremdrift.model.Cpr}, {@link dk.fremdrift.model.Cvr}, {@link dk.fremdrift.model.MunicipalityCode}
 * and {@link dk.fremdrift.model.KleNumber} are valid by construction, with {@code parse} factories whose errors
 * name the expected form, and an {@code isValid} check that the Jakarta constraints of the validation module use,
 * so each rule has one implementation. Keys ({@link dk.fremdrift.model.CaseId}, {@link
 * dk.fremdrift.model.PartId} and the others) reject anything that contains a CPR number.
 *
 * <h2>The case</h2>
 *
 * <p>{@link dk.fremdrift.model.ChildCase} holds the parts of a case in the order of the case steps. Each part is
 * a record whose compact constructor rejects nulls and impossible orders (an end before its start, an
 * assessment before its notification) with a message that names the field and the values. Optional values are
 * {@link java.util.Optional}; lists are never null. For the JSON mapping, a {@code null} optional or list
 * passed to a constructor reads as empty. Nothing derived is stored.
 *
 * <h2>Time</h2>
 *
 * <p>Moments are {@link java.time.Instant} (a notification's receipt, for the 24 hours); dates are {@link
 * java.time.LocalDate} and are Danish dates (Europe/Copenhagen).
 *
 * <h2>Personal data</h2>
 *
 * <p>The model holds no names. A CPR number is optional and is masked in every {@code toString()}; free-text
 * fields (reasons, goal descriptions) are shown by length only; no exception message contains a CPR number.
 *
 * <h2>JSON</h2>
 *
 * <p>The types carry Jackson annotations only, so they read and write with Jackson 2 (register the Java 8
 * modules: {@code new ObjectMapper().findAndRegisterModules()} with {@code jackson-datatype-jsr310} and {@code
 * jackson-datatype-jdk8} on the class path) and with Jackson 3 (no modules needed). Field names are stable
 * English camelCase, moments are ISO-8601 UTC ({@code 2026-03-27T15:05:00Z}), dates ISO ({@code 2026-03-27}),
 * enums their constant names, identifiers plain strings. Unknown fields are rejected on both lines, whatever the
 * mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} (Jackson 3 ignores unknown fields by default), and a required number
 * or flag that is missing is rejected rather than read as zero or false. A bad document fails with Jackson's path
 * to the field and the constructor's reason. The JSON Schema {@value
 * dk.fremdrift.model.ChildCase#JSON_SCHEMA_RESOURCE} describes the format, and {@value
 * dk.fremdrift.model.ChildCase#JSON_EXAMPLE_RESOURCE} is an example.
 */
package dk.fremdrift.model;
