/** The JSON-lines conformance driver through which upstream behaviour is checked case by case. */
package dev.jpve.conformance;
