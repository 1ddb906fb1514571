package dev.jpve.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Writes the lines of a {@link TextTable}: borders, header, rows, terminal width and encoding. */
final class TableWriter {
    /** One column: its title, its width (cut-off) and whether it is right-aligned. */
    record Column(String title, int width, boolean right) {}

    /** One row: the lines of each cell, and the number of lines the row takes. */
    record Row(List<List<String>> cells, int height) {}

    /** The characters of one border line: left edge of the first column, of the others, right edge, fill. */
    private record Border(String first, String inner, String last, String fill) {}

    private static final Border ASCII_RULE = new Border("+", "+", "+", "-");
    private static final Border ASCII_HEADER = new Border("+", "+", "+", "=");
    private static final Border UTF8_TOP = new Border("┌", "┬", "┐", "─");
    private static final Border UTF8_HEADER = new Border("╞", "╪", "╡", "═");
    private static final Border UTF8_RULE = new Border("├", "┼", "┤", "─");
    private static final Border UTF8_BOTTOM = new Border("└", "┴", "┘", "─");

    private final List<Column> columns;
    private final boolean border;
    private final boolean header;
    private final boolean utf8;
    private final int maxWidth;
    private final Optional<Charset> charset;
    private final StringBuilder out = new StringBuilder();

    TableWriter(List<Column> columns, OutputOptions options, TerminalOptions terminal) {
        this.columns = columns;
        this.border = !options.noborder();
        this.header = !options.noheader();
        this.utf8 = terminal.utf8();
        this.maxWidth = terminal.columns().orElse(0);
        this.charset = terminal.encoding().map(TableWriter::charset).filter(c -> c != StandardCharsets.UTF_8);
    }

    /** The whole table. */
    String write(List<Row> rows) {
        if (border) {
            writeln(rule(utf8 ? UTF8_TOP : ASCII_RULE));
        }
        String separator = rule(utf8 ? UTF8_RULE : ASCII_RULE);
        if (header) {
            writeln(line(columns.stream().map(Column::title).toList(), false));
        }
        for (int i = 0; i < rows.size(); i++) {
            if (border && (i != 0 || header)) {
                writeln(i == 0 ? headerRule() : separator);
            }
            writeRow(rows.get(i));
        }
        if (border) {
            writeln(rule(utf8 ? UTF8_BOTTOM : ASCII_RULE));
        }
        return out.toString();
    }

    private void writeRow(Row row) {
        for (int n = 0; n < row.height(); n++) {
            int lineNo = n;
            List<String> cells = row.cells().stream()
                    .map(lines -> lineNo < lines.size() ? lines.get(lineNo) : "").toList();
            writeln(line(cells, true));
        }
    }

    /**
     * One text line: {@code | cell } per column and a closing {@code |} with borders; without,
     * cells padded and followed by a space, the last one unpadded.
     */
    private String line(List<String> cells, boolean cut) {
        StringBuilder s = new StringBuilder();
        String bar = utf8 ? "│" : "|";
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String text = cut ? PerlValues.prefix(cells.get(i), c.width()) : cells.get(i);
            boolean last = i == columns.size() - 1;
            if (border) {
                s.append(bar).append(' ').append(pad(text, c)).append(' ').append(last ? bar : "");
            } else {
                s.append(last ? text : pad(text, c) + " ");
            }
        }
        return s.toString();
    }

    /** The header separator; a single ASCII column has no closing {@code +} (upstream quirk). */
    private String headerRule() {
        if (utf8) {
            return rule(UTF8_HEADER);
        }
        String r = rule(ASCII_HEADER);
        return columns.size() == 1 ? r.substring(0, r.length() - 1) : r;
    }

    private String rule(Border b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            s.append(i == 0 ? b.first() : b.inner()).append(b.fill().repeat(columns.get(i).width() + 2));
        }
        return columns.isEmpty() ? "" : s.append(b.last()).toString();
    }

    /** Perl's {@code sprintf("%-Ns")} or {@code "%Ns"}: padded in characters, never cut. */
    private static String pad(String text, Column c) {
        int missing = c.width() - PerlValues.length(text);
        if (missing <= 0) {
            return text;
        }
        return c.right() ? " ".repeat(missing) + text : text + " ".repeat(missing);
    }

    private void writeln(String text) {
        String line = maxWidth > 0 ? PerlValues.prefix(text, maxWidth) : text;
        out.append(charset.map(cs -> lossy(line, cs)).orElse(line)).append('\n');
    }

    /** The text after encoding in {@code cs}: what it cannot represent becomes {@code ?}. */
    private static String lossy(String text, Charset cs) {
        return new String(text.getBytes(cs), cs);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown encoding '" + name + "'", e);
        }
    }
}
