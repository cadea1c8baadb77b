/**
 * Problem details (RFC 9457) for bad requests that name the field and the rule, never the value: {@link
 * dk.fremdrift.spring.boot.web.FremdriftProblemDetails}.
 */
package dk.fremdrift.spring.boot.web;
