/**
 * Examples of Fremdrift at work, not deployed: a seeded synthetic municipality ({@code synthetic}), JSON Lines
 * reading and writing ({@code io}), the {@code fremdrift} command line ({@code cli}), the aggregate report a run
 * produces ({@code report}) and its self-contained HTML dashboard ({@code dashboard}).
 */
package dk.fremdrift.examples;
