package dev.jpve.conformance;

import dev.jpve.guest.ConfigCodec;
import dev.jpve.guest.ConfigSection;
import dev.jpve.guest.GuestConfig;
import dev.jpve.guest.GuestConfigException;
import dev.jpve.guest.LxcEntry;
import dev.jpve.guest.ParsedConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code guestconfig} name: {@code parse}, {@code write} and {@code roundtrip} of qemu-server
 * ({@code "type": "qemu"}) and pve-container ({@code "type": "lxc"}) config files, in the hash shape
 * upstream's parsers return. Texts carry upstream's trailing newline.
 */
final class GuestConfigCases implements CaseHandler {
    private static final Set<String> STRUCTURAL = Set.of("description", "digest", "pending", "snapshots",
            "special-sections", "lxc", "env");

    @Override
    public void handle(ObjectNode input, ObjectNode result) throws CaseFailure {
        String op = PerlScalars.textOrEmpty(input.get("op"));
        ConfigCodec codec = codec(PerlScalars.textOrEmpty(input.get("type")));
        try {
            switch (op) {
                case "parse" -> parse(codec, input, result);
                case "write" -> result.put("result", codec.write(config(input.path("conf"))));
                case "roundtrip" -> {
                    ParsedConfig parsed = codec.parse(vmid(input), raw(input), PerlScalars.truthy(input.get("strict")));
                    result.put("result", codec.write(parsed.config()));
                    warnings(result, parsed);
                }
                default -> throw new IllegalArgumentException("unknown op: " + op);
            }
        } catch (GuestConfigException e) {
            ObjectNode fields = Main.JSON.createObjectNode();
            fields.put("error", e.upstreamText());
            throw new CaseFailure(fields);
        }
    }

    private static ConfigCodec codec(String type) {
        return switch (type) {
            case "qemu" -> ConfigCodec.qemu();
            case "lxc" -> ConfigCodec.lxc();
            default -> throw new IllegalArgumentException("type: 'qemu' or 'lxc' is required");
        };
    }

    private static void parse(ConfigCodec codec, ObjectNode input, ObjectNode result) {
        ParsedConfig parsed = codec.parse(vmid(input), raw(input), PerlScalars.truthy(input.get("strict")));
        GuestConfig conf = parsed.config();
        ObjectNode out = section(result.putObject("result"), conf.main());
        out.put("digest", conf.digest());
        section(out.putObject("pending"), conf.pending());
        ObjectNode snapshots = out.putObject("snapshots");
        conf.snapshots().forEach((name, snap) -> section(snapshots.putObject(name), snap));
        if (codec.directory().equals("qemu-server")) {
            ObjectNode special = out.putObject("special-sections");
            conf.specialSections().forEach((name, s) -> section(special.putObject(name), s));
        }
        warnings(result, parsed);
    }

    private static ObjectNode section(ObjectNode out, ConfigSection section) {
        section.properties().forEach(out::put);
        section.description().ifPresent(d -> out.put("description", d));
        if (!section.lxc().isEmpty()) {
            ArrayNode lxc = out.putArray("lxc");
            section.lxc().forEach(e -> lxc.addArray().add(e.key()).add(e.value()));
        }
        if (!section.env().isEmpty()) {
            out.put("env", String.join("\0", section.env()));
        }
        return out;
    }

    private static void warnings(ObjectNode result, ParsedConfig parsed) {
        ArrayNode warnings = result.putArray("warnings");
        parsed.warnings().forEach(w -> warnings.add(w + "\n"));
    }

    private static int vmid(ObjectNode input) {
        return PerlScalars.text(input.get("vmid")).map(Integer::parseInt).orElse(100);
    }

    private static byte[] raw(ObjectNode input) {
        return PerlScalars.textOrEmpty(input.get("raw")).getBytes(StandardCharsets.UTF_8);
    }

    private static GuestConfig config(JsonNode conf) {
        Map<String, ConfigSection> snapshots = new TreeMap<>();
        conf.path("snapshots").properties().forEach(e -> snapshots.put(e.getKey(), sectionOf(e.getValue())));
        Map<String, ConfigSection> special = new TreeMap<>();
        conf.path("special-sections").properties().forEach(e -> special.put(e.getKey(), sectionOf(e.getValue())));
        return new GuestConfig(sectionOf(conf), sectionOf(conf.path("pending")), new TreeMap<>(snapshots),
                new TreeMap<>(special), "");
    }

    private static ConfigSection sectionOf(JsonNode node) {
        TreeMap<String, String> props = new TreeMap<>();
        node.properties().forEach(e -> {
            if (!STRUCTURAL.contains(e.getKey()) && !e.getValue().isContainer() && !e.getValue().isNull()) {
                props.put(e.getKey(), PerlScalars.textOrEmpty(e.getValue()));
            }
        });
        List<LxcEntry> lxc = new ArrayList<>();
        node.path("lxc").forEach(pair -> lxc.add(new LxcEntry(PerlScalars.textOrEmpty(pair.get(0)),
                PerlScalars.textOrEmpty(pair.get(1)))));
        List<String> env = PerlScalars.text(node.get("env")).filter(s -> !s.isEmpty())
                .map(s -> List.of(s.split("\0", -1))).orElse(List.of());
        Optional<String> description = PerlScalars.text(node.get("description"));
        return new ConfigSection(description, props, lxc, env);
    }
}
