package dev.jpve.cli;

import tools.jackson.databind.JsonNode;

/** Upstream's YAML output: {@code YAML::XS::Dump}, and the {@code yaml} renderer's form of it. */
final class YamlDump {
    private YamlDump() {}

    /** The whole document, starting with {@code ---}. */
    static String document(JsonNode value) {
        return YamlEmitter.document(value);
    }

    /** The document without its {@code ---} marker and the one blank after it (the {@code yaml} renderer). */
    static String withoutMarker(JsonNode value) {
        String doc = document(value);
        return doc.startsWith("---") && doc.length() > 3 && Character.isWhitespace(doc.charAt(3))
                ? doc.substring(4) : doc;
    }
}
