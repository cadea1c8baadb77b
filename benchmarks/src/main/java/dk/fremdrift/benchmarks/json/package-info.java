/**
 * Benchmarks of reading cases from JSON Lines with Jackson 3, against scanning the bytes, Jackson's bare token
 * stream and Jackson's tree model of the same lines.
 */
package dk.fremdrift.benchmarks.json;
