/**
 * JMH benchmarks of Fremdrift, each beside a baseline measured in the same run: the working-day calendar ({@code
 * calendar}), reading JSON Lines ({@code json}) and the report's stages on cases in memory ({@code pipeline}), on
 * the synthetic cases of {@code cases}.
 */
package dk.fremdrift.benchmarks;
