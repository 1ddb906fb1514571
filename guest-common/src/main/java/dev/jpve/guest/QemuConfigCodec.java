package dev.jpve.guest;

import static dev.jpve.guest.ConfigLines.FLAGS;

import dev.jpve.tools.TextEncoding;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * qemu-server's {@code parse_vm_config} and {@code write_vm_config}: {@code [PENDING]},
 * {@code [special:cloudinit|fleecing]}, snapshot sections, unknown sections skipped with a warning,
 * invalid values dropped, VM description trimming.
 */
final class QemuConfigCodec implements ConfigCodec {
    static final QemuConfigCodec STANDARD = new QemuConfigCodec(GuestProperties.qemu());

    private static final Pattern PENDING = Pattern.compile("\\[PENDING\\]\\s*", FLAGS | Pattern.CASE_INSENSITIVE);
    private static final Pattern SPECIAL = Pattern.compile("\\[special:(cloudinit|fleecing)\\]\\s*",
            FLAGS | Pattern.CASE_INSENSITIVE);
    private static final Pattern UNKNOWN = Pattern.compile("\\[([^\\]]*)\\]\\s*", FLAGS);
    private static final Pattern DESCRIPTION = Pattern.compile("description:\\s*(.*\\S)\\s*", FLAGS);
    private static final Pattern ARGS = Pattern.compile("args:\\s*(.*\\S)\\s*", FLAGS);
    private static final Pattern KEY = Pattern.compile("([a-z][a-z_\\-]*\\d*):\\s*(.+?)\\s*", FLAGS);
    private static final Pattern TRAILING_SPACE = Pattern.compile("\\s+$", FLAGS);

    private final TypeCheck typeCheck;

    QemuConfigCodec(GuestProperties properties) {
        this.typeCheck = new TypeCheck(properties, true);
    }

    @Override
    public String directory() {
        return "qemu-server";
    }

    @Override
    public ParsedConfig parse(int vmid, byte[] raw, boolean strict) {
        Reader reader = new Reader(vmid, new ConfigLines.Problems(strict));
        for (String line : ConfigLines.lines(new String(raw, StandardCharsets.UTF_8))) {
            reader.line(line);
        }
        reader.finish();
        ConfigSection main = reader.main.without("snapstate");
        GuestConfig config = new GuestConfig(main, reader.pending, reader.snapshots, reader.special,
                ConfigCodec.digest(raw));
        return new ParsedConfig(config, reader.problems.warnings());
    }

    /** The state of one parse: the section being read and the sections already read. */
    private final class Reader {
        private final int vmid;
        private final ConfigLines.Problems problems;
        private ConfigSection main = ConfigSection.empty();
        private ConfigSection pending = ConfigSection.empty();
        private final TreeMap<String, ConfigSection> snapshots = new TreeMap<>();
        private final TreeMap<String, ConfigSection> special = new TreeMap<>();
        private boolean pendingSeen;
        private String kind = "main";
        private String name = "";
        private ConfigLines.Builder current = new ConfigLines.Builder();
        private StringBuilder descr;

        Reader(int vmid, ConfigLines.Problems problems) {
            this.vmid = vmid;
            this.problems = problems;
        }

        void line(String line) {
            if (ConfigLines.blank(line) || (line.startsWith("[") && header(line)) || current == null) {
                return;
            }
            if (line.startsWith("#")) {
                descr().append(TextEncoding.decode(line.substring(1))).append('\n');
            } else if (!special(line)) {
                String[] kv = ConfigLines.keyValue(line, true, KEY);
                if (kv != null) {
                    property(kv[0], kv[1]);
                } else {
                    problems.error(prefix() + "unable to parse config: " + line);
                }
            }
        }

        /** The property lines tried before the generic {@code key: value}: true when one matched. */
        private boolean special(String line) {
            Matcher m;
            if (line.startsWith("description:") && (m = DESCRIPTION.matcher(line)).matches()) {
                descr().append(TextEncoding.decode(m.group(1)));
            } else if (line.contains("snapstate:") && (m = ConfigLines.SNAPSTATE.matcher(line)).find()) {
                current.props.put("snapstate", m.group(1));
            } else if (line.startsWith("args:") && (m = ARGS.matcher(line)).matches()) {
                current.props.put("args", m.group(1));
            } else if (line.startsWith("delete:") && (m = ConfigLines.DELETE.matcher(line)).matches()) {
                if (kind.equals("pending")) {
                    current.props.put("delete", m.group(1));
                } else {
                    problems.error(prefix() + "property 'delete' is only allowed in [PENDING]");
                }
            } else {
                return false;
            }
            return true;
        }

        private void property(String key, String value) {
            if (kind.equals("special")) {
                current.props.put(key, value);
                return;
            }
            String checked;
            try {
                checked = typeCheck.check(key, value);
            } catch (GuestConfigException e) {
                problems.error(prefix() + "unable to parse value of '" + key + "' - " + e.getMessage());
                return;
            }
            current.props.put(key.equals("cdrom") ? "ide2" : key, checked);
        }

        private boolean header(String line) {
            Matcher m;
            if (PENDING.matcher(line).matches()) {
                start("pending", "");
                if (pendingSeen) {
                    problems.error(prefix() + "duplicate section: pending");
                }
                pendingSeen = true;
            } else if ((m = SPECIAL.matcher(line)).matches()) {
                start("special", m.group(1));
                if (special.containsKey(name)) {
                    problems.error(prefix() + "duplicate special section: " + name);
                }
            } else if ((m = ConfigLines.SNAPSHOT_HEADER.matcher(line)).matches()) {
                start("snapshot", m.group(1));
                if (snapshots.containsKey(name)) {
                    problems.error(prefix() + "duplicate snapshot section: " + name);
                }
            } else if ((m = UNKNOWN.matcher(line)).matches()) {
                finish();
                current = null;
                problems.error(prefix() + "skipping unknown section: '" + m.group(1) + "'");
            } else {
                return false;
            }
            return true;
        }

        private void start(String newKind, String newName) {
            finish();
            kind = newKind;
            name = newName;
            current = new ConfigLines.Builder();
        }

        void finish() {
            if (current == null) {
                return;
            }
            Optional<String> description = Optional.ofNullable(descr)
                    .map(d -> TRAILING_SPACE.matcher(d).replaceFirst(""));
            ConfigSection section = current.build(description);
            switch (kind) {
                case "main" -> main = section;
                case "pending" -> pending = section;
                case "special" -> special.put(name, section);
                default -> snapshots.put(name, section);
            }
            current = null;
            descr = null;
        }

        private StringBuilder descr() {
            if (descr == null) {
                descr = new StringBuilder();
            }
            return descr;
        }

        private String prefix() {
            return "vm " + vmid + " - ";
        }
    }

    @Override
    public String write(GuestConfig config) {
        ConfigSection main = QemuWriteRules.prepareMain(config.main());
        Map<String, String> mainProps = QemuWriteRules.normalize(typeCheck, main, false);
        Map<String, String> pendingProps = QemuWriteRules.normalize(typeCheck, config.pending(), true);
        Map<String, Map<String, String>> snapshots = new TreeMap<>();
        config.snapshots().forEach((snapname, snap) -> {
            if (snapname.equalsIgnoreCase("pending")) {
                throw new GuestConfigException("internal error: snapshot name '" + snapname + "' is forbidden");
            }
            snapshots.put(snapname, QemuWriteRules.normalize(typeCheck, snap, false));
        });
        QemuWriteRules.dropUsedUnused(mainProps, pendingProps);
        StringBuilder out = new StringBuilder();
        section(out, main.description(), mainProps, false);
        if (config.pending().hasAnyKey()) {
            out.append("\n[PENDING]\n");
            section(out, config.pending().description(), pendingProps, true);
        }
        boolean cloudinit = QemuWriteRules.hasCloudinit(mainProps);
        config.specialSections().forEach((special, section) -> {
            if (!special.equals("cloudinit") || cloudinit) {
                out.append("\n[special:").append(special).append("]\n");
                section(out, section.description(), section.properties(), false);
            }
        });
        snapshots.forEach((snapname, props) -> {
            out.append('\n').append('[').append(snapname).append("]\n");
            section(out, config.snapshots().get(snapname).description(), props, false);
        });
        return out.toString();
    }

    private static void section(StringBuilder out, Optional<String> description, Map<String, String> props,
            boolean pending) {
        if (description.isPresent()) {
            if (ConfigLines.truthy(description.get())) {
                ConfigLines.description(out, description.get());
            } else if (pending) {
                out.append("#\n");
            }
        }
        new TreeMap<>(props).forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
    }
}
