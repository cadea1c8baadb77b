/**
 * The synthetic cases the benchmarks run on, and a census of them ({@link
 * dk.fremdrift.benchmarks.cases.CaseCensus}): parts per case and bytes per JSON line.
 */
package dk.fremdrift.benchmarks.cases;
