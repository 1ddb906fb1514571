package dev.jpve.section;

/**
 * How a plugin uses one property (an entry of upstream's {@code options()}).
 *
 * <p>A required option must be present when a section is created; a fixed option can only be
 * set on creation ({@code check_config} refuses it on update, the update schema leaves it out).
 *
 * {@snippet :
 * SectionPlugin.builder("dir")
 *     .option("path", PluginOption.FIXED)
 *     .option("comment", PluginOption.OPTIONAL)
 *     .build();
 * }
 *
 * @param optional upstream {@code optional => 1}: the property may be absent
 * @param fixed upstream {@code fixed => 1}: the property may only be set on creation
 */
public record PluginOption(boolean optional, boolean fixed) {
    /** {@code {}}: required, changeable. */
    public static final PluginOption REQUIRED = new PluginOption(false, false);
    /** {@code {optional => 1}}. */
    public static final PluginOption OPTIONAL = new PluginOption(true, false);
    /** {@code {fixed => 1}}: required and only set on creation. */
    public static final PluginOption FIXED = new PluginOption(false, true);
    /** {@code {optional => 1, fixed => 1}}. */
    public static final PluginOption OPTIONAL_FIXED = new PluginOption(true, true);
}
