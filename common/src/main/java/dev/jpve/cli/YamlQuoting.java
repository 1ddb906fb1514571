package dev.jpve.cli;

/** libyaml's double-quoted scalar writer ({@code yaml_emitter_write_double_quoted}). */
final class YamlQuoting {
    private static final String HEX = "0123456789ABCDEF";

    private YamlQuoting() {}

    /** Writes {@code "text"} with libyaml's escapes, a space past column 80 becoming a folded line. */
    static void doubleQuoted(YamlEmitter e, String text, boolean allowBreaks) {
        e.indicator("\"", true, false, false);
        int[] cps = text.codePoints().toArray();
        boolean spaces = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!YamlScalar.isPrintable(c) || c == 0xFEFF || YamlScalar.isBreak(c) || c == '"' || c == '\\') {
                escape(e, c);
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && e.column() > YamlEmitter.bestWidth() && i != 0 && i != cps.length - 1) {
                    e.writeIndent();
                    if (i + 1 < cps.length && cps[i + 1] == ' ') {
                        e.put('\\');
                    }
                } else {
                    e.write(c);
                }
                spaces = true;
            } else {
                e.write(c);
                spaces = false;
            }
        }
        e.indicator("\"", false, false, false);
    }

    private static void escape(YamlEmitter e, int c) {
        e.put('\\');
        String shortForm = switch (c) {
            case 0 -> "0";
            case 7 -> "a";
            case 8 -> "b";
            case 9 -> "t";
            case 0x0A -> "n";
            case 0x0B -> "v";
            case 0x0C -> "f";
            case 0x0D -> "r";
            case 0x1B -> "e";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 0x85 -> "N";
            case 0xA0 -> "_";
            case 0x2028 -> "L";
            case 0x2029 -> "P";
            default -> null;
        };
        if (shortForm != null) {
            shortForm.codePoints().forEach(e::write);
            return;
        }
        int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
        e.write(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            e.write(HEX.charAt((c >> shift) & 0xF));
        }
    }
}
