/**
 * Benchmarks of the report's stages on cases in memory (deadline engine, case review, metrics aggregation), alone
 * and together, against the time to read the same cases from JSON Lines.
 */
package dk.fremdrift.benchmarks.pipeline;
