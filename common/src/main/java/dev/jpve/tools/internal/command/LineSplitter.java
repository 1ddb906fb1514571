package dev.jpve.tools.internal.command;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Upstream's per-stream line splitting: each chunk is cut at {@code \n}, at runs of
 * {@code \x08}, at {@code \r\n} and at a lone {@code \r}; the text before a terminator (plus
 * what earlier chunks left over) is one line. Terminators are only recognised within a chunk,
 * as upstream does. Lines are decoded as UTF-8 (malformed bytes become U+FFFD).
 */
final class LineSplitter {
    private static final byte LF = '\n';
    private static final byte CR = '\r';
    private static final byte BS = 0x08;
    private static final VarHandle WORDS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final Consumer<String> sink;
    private byte[] pending = new byte[0];
    private int pendingLength;

    /** @param sink receives each complete line, without its terminator */
    LineSplitter(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Splits {@code chunk}, emitting every complete line and keeping the rest. */
    void feed(byte[] chunk) {
        int n = chunk.length;
        int start = 0;
        int i = skipPlain(chunk, 0);
        while (i < n) {
            byte b = chunk[i];
            if (b != LF && b != CR && b != BS) {
                i = skipPlain(chunk, i + 1);
                continue;
            }
            emit(chunk, start, i);
            i = afterTerminator(chunk, i, b);
            start = i;
            i = skipPlain(chunk, i);
        }
        keep(chunk, start, n);
    }

    /**
     * The index of the first byte below 16 at or after {@code from} (every terminator is below
     * 16), testing eight bytes at a time; {@code chunk.length} if there is none.
     */
    private static int skipPlain(byte[] chunk, int from) {
        int i = from;
        int n = chunk.length;
        while (i + Long.BYTES <= n && !hasByteBelow16((long) WORDS.get(chunk, i))) {
            i += Long.BYTES;
        }
        while (i < n && (chunk[i] & 0xF0) != 0) {
            i++;
        }
        return i;
    }

    /** Whether any byte of {@code word} is below 16 (exact for a bound up to 128). */
    private static boolean hasByteBelow16(long word) {
        return ((word - 0x1010101010101010L) & ~word & 0x8080808080808080L) != 0;
    }

    /** What is left after the last terminator, if anything (upstream's remainder). */
    Optional<String> remainder() {
        if (pendingLength == 0) {
            return Optional.empty();
        }
        String rest = new String(pending, 0, pendingLength, StandardCharsets.UTF_8);
        pendingLength = 0;
        return Optional.of(rest);
    }

    /** Passes {@code line} to the sink as if it had been split off (for flushed remainders). */
    void emitLine(String line) {
        sink.accept(line);
    }

    private static int afterTerminator(byte[] chunk, int i, byte b) {
        int n = chunk.length;
        if (b == CR) {
            return i + 1 < n && chunk[i + 1] == LF ? i + 2 : i + 1;
        }
        if (b == BS) {
            int j = i + 1;
            while (j < n && chunk[j] == BS) {
                j++;
            }
            return j;
        }
        return i + 1;
    }

    private void emit(byte[] chunk, int start, int end) {
        if (pendingLength == 0) {
            sink.accept(new String(chunk, start, end - start, StandardCharsets.UTF_8));
            return;
        }
        keep(chunk, start, end);
        String line = new String(pending, 0, pendingLength, StandardCharsets.UTF_8);
        pendingLength = 0;
        sink.accept(line);
    }

    private void keep(byte[] chunk, int start, int end) {
        int len = end - start;
        if (len == 0) {
            return;
        }
        if (pendingLength + len > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pendingLength + len, pending.length * 2));
        }
        System.arraycopy(chunk, start, pending, pendingLength, len);
        pendingLength += len;
    }
}
