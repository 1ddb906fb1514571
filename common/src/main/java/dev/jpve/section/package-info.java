/**
 * Section config files ({@code PVE::SectionConfig}): files of typed sections such as
 * {@code storage.cfg}, their plugins, schemas, parser and writer.
 *
 * <p>A {@link dev.jpve.section.SectionConfig} is built once from base properties and
 * {@link dev.jpve.section.SectionPlugin}s (unified or isolated mode); it derives the create and
 * update schemas, parses text into {@link dev.jpve.section.SectionConfigData} (warnings collected,
 * never printed) and writes it back, byte-compatible with upstream.
 *
 * {@snippet :
 * SectionPlugin dir = SectionPlugin.builder("dir")
 *     .property("path", StringSchema.builder().description("File system path.").build())
 *     .option("path", PluginOption.FIXED)
 *     .build();
 * SectionConfig config = SectionConfig.builder()
 *     .property("type", AnySchema.builder().description("Storage type.").build())
 *     .plugin(dir)
 *     .build();
 * SectionConfigData data = config.parse("storage.cfg", "dir: local\n\tpath /var/lib/vz\n", false);
 * config.write("storage.cfg", data, false);   // "dir: local\n\tpath /var/lib/vz\n\n"
 * }
 */
package dev.jpve.section;
