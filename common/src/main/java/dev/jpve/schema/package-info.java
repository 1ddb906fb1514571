/** PVE's JSON-schema dialect ({@code PVE::JSONSchema}): schemas, validation, formats, property strings. */
package dev.jpve.schema;
