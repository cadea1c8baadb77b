/**
 * Reads the public conformance corpus of deadline test vectors and checks a deadline engine against it.
 *
 * <p>The corpus is plain JSON ({@code deadlines/src/test/resources/conformance/*.json}, with the JSON Schema {@code
 * deadline-vectors.schema.json} beside it), so any system can run it against its own deadline code; these classes are
 * the Java runner. They depend on the public API of the deadlines and model modules, Jackson 2 and the networknt
 * JSON Schema validator only, and on nothing else of the tests, so that they can move into a published {@code
 * fremdrift-testing} artifact unchanged.
 */
package dk.fremdrift.deadlines.conformance;
