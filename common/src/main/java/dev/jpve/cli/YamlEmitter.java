package dev.jpve.cli;

import dev.jpve.schema.PerlScalar;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A YAML document exactly as Perl's {@code YAML::XS::Dump} (libyaml's emitter) writes a JSON
 * value: {@code ---} header, block collections with sorted keys, sequences not indented under
 * their key, empty collections as {@code []}/{@code {}}, undefined as {@code ~}, libyaml's
 * choice of plain, single-quoted, double-quoted or literal scalars, lines folded after
 * column 80, and a closing {@code ...} after a literal ending in several line breaks.
 */
final class YamlEmitter {
    private static final int BEST_INDENT = 2;
    private static final int BEST_WIDTH = 80;
    private static final BigInteger MIN_IV = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_UV = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final StringBuilder out = new StringBuilder();
    private final Map<String, YamlScalar> keys = new HashMap<>();
    private int column;
    private int indent = -1;
    private boolean whitespace = true;
    private boolean indention = true;
    private boolean openEnded;

    private YamlEmitter() {}

    /** The whole document, from {@code ---} to its final newline. */
    static String document(JsonNode value) {
        YamlEmitter e = new YamlEmitter();
        e.indicator("---", true, false, false);
        e.node(value, false, false);
        e.writeIndent();
        if (e.openEnded) {
            e.indicator("...", true, false, false);
            e.writeIndent();
        }
        return e.out.toString();
    }

    /** One node; {@code mappingValue}: the value of a block mapping entry; {@code simpleKey}: a key. */
    private void node(JsonNode value, boolean mappingValue, boolean simpleKey) {
        if (value != null && value.isObject() && !value.isEmpty()) {
            mapping(value);
        } else if (value != null && value.isArray() && !value.isEmpty()) {
            sequence(value, mappingValue);
        } else if (value != null && (value.isObject() || value.isArray())) {
            indicator(value.isObject() ? "{}" : "[]", true, false, false);
        } else {
            scalar(scalarOf(value), simpleKey);
        }
    }

    private void mapping(JsonNode value) {
        int saved = increaseIndent(false, false);
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(value.properties());
        entries.sort((a, b) -> PerlValues.compareStrings(a.getKey(), b.getKey()));
        for (Map.Entry<String, JsonNode> e : entries) {
            writeIndent();
            YamlScalar key = keys.computeIfAbsent(e.getKey(), YamlScalar::string);
            if (key.simpleKeyAllowed()) {
                scalar(key, true);
                indicator(":", false, false, false);
            } else {
                indicator("?", true, false, true);
                scalar(key, false);
                writeIndent();
                indicator(":", true, false, true);
            }
            node(e.getValue(), true, false);
        }
        indent = saved;
    }

    private void sequence(JsonNode value, boolean mappingValue) {
        int saved = increaseIndent(false, mappingValue && !indention);
        for (JsonNode item : value) {
            writeIndent();
            indicator("-", true, false, true);
            node(item, false, false);
        }
        indent = saved;
    }

    /** YAML::XS's view of a leaf: undefined {@code ~}, booleans, numbers plain, strings by content. */
    private static YamlScalar scalarOf(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return YamlScalar.plain("~");
        }
        if (value.isBoolean()) {
            return YamlScalar.plain(value.booleanValue() ? "true" : "false");
        }
        if (value.isIntegralNumber()) {
            BigInteger v = value.bigIntegerValue();
            boolean fits = v.compareTo(MIN_IV) >= 0 && v.compareTo(MAX_UV) <= 0;
            return fits ? YamlScalar.plain(v.toString()) : YamlScalar.string(v.toString());
        }
        if (value.isNumber()) {
            return YamlScalar.plain(PerlScalar.text(value));
        }
        return YamlScalar.string(value.isString() ? value.stringValue() : value.toString());
    }

    private void scalar(YamlScalar s, boolean simpleKey) {
        int saved = increaseIndent(true, false);
        boolean breaks = !simpleKey;
        switch (s.select(simpleKey)) {
            case PLAIN -> plain(s.text(), breaks);
            case SINGLE_QUOTED -> singleQuoted(s.text(), breaks);
            case DOUBLE_QUOTED -> YamlQuoting.doubleQuoted(this, s.text(), breaks);
            case LITERAL -> literal(s.text());
        }
        indent = saved;
    }

    private void plain(String text, boolean allowBreaks) {
        if (!whitespace) {
            put(' ');
        }
        folded(text, allowBreaks, false);
        whitespace = false;
        indention = false;
    }

    private void singleQuoted(String text, boolean allowBreaks) {
        indicator("'", true, false, false);
        if (folded(text, allowBreaks, true)) {
            writeIndent();
        }
        indicator("'", false, false, false);
    }

    /**
     * The characters of a plain or single-quoted scalar, a space past column 80 becoming a line
     * break; returns whether the text ended in a line break.
     */
    private boolean folded(String text, boolean allowBreaks, boolean quoted) {
        int[] cps = text.codePoints().toArray();
        boolean spaces = false;
        boolean breaks = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == ' ') {
                boolean inner = !quoted || (i != 0 && i != cps.length - 1);
                if (allowBreaks && !spaces && column > BEST_WIDTH && inner && !(i + 1 < cps.length && cps[i + 1] == ' ')) {
                    writeIndent();
                } else {
                    write(c);
                }
                spaces = true;
            } else if (YamlScalar.isBreak(c)) {
                if (!breaks && c == '\n') {
                    putBreak();
                }
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                write(c);
                if (quoted && c == '\'') {
                    write(c);
                }
                indention = false;
                spaces = false;
                breaks = false;
            }
        }
        return breaks;
    }

    private void literal(String text) {
        indicator("|", true, false, false);
        blockHints(text);
        putBreak();
        indention = true;
        whitespace = true;
        boolean breaks = true;
        for (int c : text.codePoints().toArray()) {
            if (YamlScalar.isBreak(c)) {
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                write(c);
                indention = false;
                breaks = false;
            }
        }
    }

    /** The indentation hint (text starting with a blank) and the chomping hint of a literal. */
    private void blockHints(String text) {
        if (text.startsWith(" ") || (!text.isEmpty() && YamlScalar.isBreak(text.codePointAt(0)))) {
            indicator(Integer.toString(BEST_INDENT), false, false, false);
        }
        openEnded = false;
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        String chomp = null;
        if (n == 0 || !YamlScalar.isBreak(cps[n - 1])) {
            chomp = "-";
        } else if (n == 1 || YamlScalar.isBreak(cps[n - 2])) {
            chomp = "+";
            openEnded = true;
        }
        if (chomp != null) {
            indicator(chomp, false, false, false);
        }
    }

    /** libyaml's {@code yaml_emitter_increase_indent}; returns the indentation to restore. */
    private int increaseIndent(boolean flow, boolean indentless) {
        int saved = indent;
        if (indent < 0) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
        return saved;
    }

    void writeIndent() {
        int target = Math.max(indent, 0);
        if (!indention || column > target || (column == target && !whitespace)) {
            putBreak();
        }
        while (column < target) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    void indicator(String text, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        text.codePoints().forEach(this::write);
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    int column() {
        return column;
    }

    void put(char c) {
        out.append(c);
        column++;
    }

    void write(int codePoint) {
        out.appendCodePoint(codePoint);
        column++;
    }

    void putBreak() {
        out.append('\n');
        column = 0;
    }

    private void writeBreak(int c) {
        if (c == '\n') {
            putBreak();
        } else {
            out.appendCodePoint(c);
            column = 0;
        }
    }

    static int bestWidth() {
        return BEST_WIDTH;
    }
}
