/**
 * PVE's JSON-schema dialect ({@code PVE::JSONSchema}): schemas, validation, formats, property strings.
 *
 * <p>A {@link dev.jpve.schema.Schema} is an immutable record per {@code type} with an exact JSON
 * round trip; properties are required unless {@code optional}. A {@link dev.jpve.schema.Validator}
 * compiles a schema once against a {@link dev.jpve.schema.Formats} registry and checks Jackson
 * trees with Perl's value model, failing with an {@link dev.jpve.schema.ApiException} (code 400,
 * per-parameter errors) whose texts are upstream's, byte for byte.
 * {@link dev.jpve.schema.PropertyStringFormat} parses and prints {@code key=value,...} strings,
 * {@link dev.jpve.schema.StandardOptions} holds pve-common's standard options.
 *
 * {@snippet :
 * Formats formats = Formats.standard();
 * ObjectSchema params = ObjectSchema.builder()
 *     .property("node", StandardOptions.PVE_NODE)
 *     .property("vmid", StandardOptions.PVE_VMID)
 *     .property("memory", IntegerSchema.builder().minimum(16).optional().build())
 *     .additionalProperties(false)
 *     .build();
 * Validator validator = Validator.of(params, formats);
 * validator.validate(body);   // ApiException: 400 Parameter verification failed.\nvmid: ...
 * }
 */
package dev.jpve.schema;
