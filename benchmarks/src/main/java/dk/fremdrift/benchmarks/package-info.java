/** To be written. */
package dk.fremdrift.benchmarks;
