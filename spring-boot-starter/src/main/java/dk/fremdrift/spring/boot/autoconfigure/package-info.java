/**
 * The starter's auto-configuration classes, listed in {@code META-INF/spring/...AutoConfiguration.imports}. Not API:
 * use the beans they define, or define your own in their place.
 */
package dk.fremdrift.spring.boot.autoconfigure;
