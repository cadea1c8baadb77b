/** To be written. */
package dk.fremdrift.examples;
