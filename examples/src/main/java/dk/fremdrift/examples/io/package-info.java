/**
 * Reading and writing cases as JSON Lines with Jackson 3, for the examples and the command line.
 */
package dk.fremdrift.examples.io;
