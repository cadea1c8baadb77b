/**
 * A synthetic municipality: a seeded, lazy generator of realistic child-welfare case histories at rates near the
 * national figures, so that the demo, the tests and the benchmarks need no real data.
 *
 * <p>{@link dk.fremdrift.examples.synthetic.SyntheticMunicipality} generates the cases; {@link
 * dk.fremdrift.examples.synthetic.SyntheticProfile} holds the rates, with their sources. Every case passes the
 * model's checks and contains no personal data: no CPR numbers, no names.
 */
package dk.fremdrift.examples.synthetic;
