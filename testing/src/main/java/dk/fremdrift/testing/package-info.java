/**
 * Seeded generators of valid cases and identifiers ({@link dk.fremdrift.testing.RandomCases}) for property tests:
 * the same seed gives the same values, so a failure printed with its seed can be reproduced.
 */
package dk.fremdrift.testing;
