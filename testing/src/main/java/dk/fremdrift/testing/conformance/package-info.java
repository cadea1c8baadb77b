/**
 * Reads the public conformance corpus of deadline test vectors and checks a deadline engine against it.
 *
 * <p>The corpus is plain JSON (in this jar under {@code dk/fremdrift/testing/conformance/*.json}, with the JSON
 * Schema {@code deadline-vectors.schema.json} beside it; in the source tree under {@code
 * testing/src/main/resources}), so any system can run it against its own deadline code; these classes are the Java
 * runner. They depend on the public API of the deadlines and model modules, and on Jackson 2 and the networknt JSON
 * Schema validator, which are optional dependencies of this artifact: add them to the tests that run the corpus.
 */
package dk.fremdrift.testing.conformance;
