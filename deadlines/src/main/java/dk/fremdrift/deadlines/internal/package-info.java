/**
 * Not API: helpers that Fremdrift's own modules share. The module exports this package only to {@code
 * dk.fremdrift.validation} and {@code dk.fremdrift.metrics}; on the class path it is visible, but it may change or go
 * away in any release.
 */
package dk.fremdrift.deadlines.internal;
