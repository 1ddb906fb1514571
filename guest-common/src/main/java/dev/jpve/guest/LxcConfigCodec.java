package dev.jpve.guest;

import static dev.jpve.guest.ConfigLines.FLAGS;

import dev.jpve.tools.TextEncoding;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pve-container's {@code parse_pct_config} and {@code write_pct_config}: {@code [pve:pending]},
 * snapshot sections without duplicate checks, raw {@code lxc.*} lines, invalid values kept,
 * descriptions not trimmed.
 */
final class LxcConfigCodec implements ConfigCodec {
    private static final String ENV_KEY = "lxc.environment.runtime";

    private static final Pattern PENDING = Pattern.compile("\\[pve:pending\\]\\s*", FLAGS | Pattern.CASE_INSENSITIVE);
    private static final Pattern LXC = Pattern.compile("(lxc\\.[a-z0-9_\\-.]+)(:|\\s*=)\\s*(.*?)\\s*", FLAGS);
    private static final Pattern DESCRIPTION = Pattern.compile("description:\\s*(.*?)\\s*", FLAGS);
    private static final Pattern KEY = Pattern.compile("([a-z][a-z_]*\\d*):\\s*(.+?)\\s*", FLAGS);
    private static final Pattern MOUNT_KEY = Pattern.compile("rootfs|mp\\d+");
    private static final Pattern VOLUME_ID = Pattern.compile("([a-z][a-z0-9\\-_.]*[a-z0-9]):(.+)",
            Pattern.CASE_INSENSITIVE | FLAGS);
    private static final Set<String> NOT_WRITTEN = Set.of("digest", "description", "pending", "snapshots",
            "snapname", "env", "lxc");
    // after NOT_WRITTEN, which the constructor reads
    static final LxcConfigCodec STANDARD = new LxcConfigCodec(GuestProperties.lxc());

    private final TypeCheck typeCheck;
    private final String directory;
    private final Set<String> notWritten;

    LxcConfigCodec(GuestProperties properties) {
        this(properties, "lxc");
    }

    /** A codec for another guest type: keys it declares (such as {@code env}) are written as plain keys. */
    LxcConfigCodec(GuestProperties properties, String directory) {
        this.typeCheck = new TypeCheck(properties, false);
        this.directory = java.util.Objects.requireNonNull(directory, "directory");
        Set<String> skipped = new HashSet<>(NOT_WRITTEN);
        if (!directory.equals("lxc")) {
            skipped.removeIf(k -> properties.type(k).isPresent());
        }
        this.notWritten = Set.copyOf(skipped);
    }

    @Override
    public String directory() {
        return directory;
    }

    @Override
    public ParsedConfig parse(int vmid, byte[] raw, boolean strict) {
        Reader reader = new Reader(vmid, new ConfigLines.Problems(strict));
        for (String line : ConfigLines.lines(new String(raw, StandardCharsets.UTF_8))) {
            reader.line(line);
        }
        reader.finish();
        GuestConfig config = new GuestConfig(reader.main.without("snapstate"), reader.pending,
                new TreeMap<>(reader.snapshots), new TreeMap<>(), ConfigCodec.digest(raw));
        return new ParsedConfig(config, reader.problems.warnings());
    }

    /** The state of one parse: the section being read and the sections already read. */
    private final class Reader {
        private final int vmid;
        private final String prefix;
        private final ConfigLines.Problems problems;
        private ConfigSection main = ConfigSection.empty();
        private ConfigSection pending = ConfigSection.empty();
        private final Map<String, ConfigSection> snapshots = new TreeMap<>();
        private String section = "";
        private ConfigLines.Builder current = new ConfigLines.Builder();
        private final StringBuilder descr = new StringBuilder();

        Reader(int vmid, ConfigLines.Problems problems) {
            this.vmid = vmid;
            this.prefix = "vm " + vmid + " - ";
            this.problems = problems;
        }

        void line(String line) {
            if (ConfigLines.blank(line) || line.startsWith("[") && header(line)) {
                return;
            }
            Matcher m;
            String[] kv;
            if (line.startsWith("#")) {
                descr.append(TextEncoding.decode(line.substring(1))).append('\n');
            } else if (line.startsWith("lxc.") && (m = LXC.matcher(line)).matches()) {
                lxc(vmid, line, m.group(1), m.group(3), current, problems);
            } else if (line.startsWith("description:") && (m = DESCRIPTION.matcher(line)).matches()) {
                descr.append(TextEncoding.decode(m.group(1)));
            } else if (line.contains("snapstate:") && (m = ConfigLines.SNAPSTATE.matcher(line)).find()) {
                current.props.put("snapstate", m.group(1));
            } else if (line.startsWith("delete:") && (m = ConfigLines.DELETE.matcher(line)).matches()) {
                if (section.equals("pending")) {
                    current.props.put("delete", m.group(1));
                } else {
                    problems.error(prefix + "property 'delete' is only allowed in [pve:pending]");
                }
            } else if ((kv = ConfigLines.keyValue(line, false, KEY)) != null) {
                current.props.put(kv[0], check(kv[0], kv[1], prefix, problems));
            } else {
                problems.error(prefix + "unable to parse config: " + line);
            }
        }

        private boolean header(String line) {
            Matcher m;
            String next;
            if (PENDING.matcher(line).matches()) {
                next = "pending";
            } else if ((m = ConfigLines.SNAPSHOT_HEADER.matcher(line)).matches()) {
                next = m.group(1);
            } else {
                return false;
            }
            finish();
            section = next;
            current = new ConfigLines.Builder();
            descr.setLength(0);
            return true;
        }

        void finish() {
            ConfigSection done = current.build(description(descr));
            if (section.isEmpty()) {
                main = done;
            } else if (section.equals("pending")) {
                pending = done;
            } else {
                snapshots.put(section, done);
            }
        }
    }

    private String check(String key, String value, String prefix, ConfigLines.Problems problems) {
        try {
            return typeCheck.check(key, value);
        } catch (GuestConfigException e) {
            problems.error(prefix + "unable to parse value of '" + key + "' - " + e.getMessage());
            return value;
        }
    }

    private static void lxc(int vmid, String line, String key, String value, ConfigLines.Builder current,
            ConfigLines.Problems problems) {
        if (key.equals(ENV_KEY)) {
            current.env.add(value);
            return;
        }
        switch (LxcKeys.validity(vmid, key)) {
            case LxcKeys.Validity.Valid v -> {
                v.warning().ifPresent(problems::warn);
                current.lxc.add(new LxcEntry(key, value));
            }
            case LxcKeys.Validity.Forbidden f -> problems.error("vm " + vmid + " - " + key + ": " + f.reason());
            case LxcKeys.Validity.Unknown u -> problems.error("vm " + vmid + " - unable to parse config: " + line);
        }
    }

    private static Optional<String> description(StringBuilder descr) {
        String text = descr.toString();
        return ConfigLines.truthy(text) ? Optional.of(text) : Optional.empty();
    }

    @Override
    public String write(GuestConfig config) {
        ConfigSection main = config.main().without("snapstate");
        Set<String> used = usedVolumes(main);
        for (Map.Entry<String, String> e : main.properties().entrySet()) {
            if (e.getKey().startsWith("unused") && used.contains(e.getValue())) {
                main = main.without(e.getKey());
            }
        }
        StringBuilder out = new StringBuilder();
        section(out, main);
        if (config.pending().hasAnyKey()) {
            out.append("\n[pve:pending]\n");
            section(out, config.pending());
        }
        config.snapshots().forEach((name, snap) -> {
            out.append('\n').append('[').append(name).append("]\n");
            section(out, snap);
        });
        return out.toString();
    }

    private void section(StringBuilder out, ConfigSection section) {
        section.description().filter(ConfigLines::truthy).ifPresent(d -> ConfigLines.description(out, d));
        section.properties().forEach((key, value) -> {
            if (notWritten.contains(key)) {
                return;
            }
            if (value.indexOf('\n') >= 0) {
                throw new GuestConfigException("detected invalid newline inside property '" + key + "'");
            }
            out.append(key).append(": ").append(value).append('\n');
        });
        section.env().forEach(v -> out.append(ENV_KEY).append(": ").append(v).append('\n'));
        section.lxc().forEach(e -> out.append(e.key()).append(": ").append(e.value()).append('\n'));
    }

    /** Volume IDs of the main section's {@code type=volume} mount points (rootfs, mpN). */
    private static Set<String> usedVolumes(ConfigSection main) {
        Set<String> used = new HashSet<>();
        main.properties().forEach((key, value) -> {
            if (MOUNT_KEY.matcher(key).matches()) {
                mountVolume(value).filter(v -> !v.startsWith("/") && VOLUME_ID.matcher(v).matches())
                        .ifPresent(used::add);
            }
        });
        return used;
    }

    private static Optional<String> mountVolume(String value) {
        for (String part : value.split(",")) {
            if (part.startsWith("volume=")) {
                return Optional.of(part.substring(7));
            }
        }
        String first = value.split(",", -1)[0];
        return first.contains("=") || first.isEmpty() ? Optional.empty() : Optional.of(first);
    }
}
