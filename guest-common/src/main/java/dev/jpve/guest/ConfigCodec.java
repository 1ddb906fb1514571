package dev.jpve.guest;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes one style of guest config file: qemu-server's ({@link #qemu()}) or
 * pve-container's ({@link #lxc()}), spec guest.md section 2.
 *
 * <p>Parsing never prints: in non-strict mode (how the cluster file system reads configs) problems
 * become {@link ParsedConfig#warnings()} and as much as can be parsed is returned; in strict mode
 * the first of them is thrown as a {@link GuestConfigException}.
 */
public sealed interface ConfigCodec permits QemuConfigCodec, LxcConfigCodec {
    /** The qemu-server codec with qemu-server's keys. */
    static ConfigCodec qemu() {
        return QemuConfigCodec.STANDARD;
    }

    /** The pve-container codec with pve-container's keys. */
    static ConfigCodec lxc() {
        return LxcConfigCodec.STANDARD;
    }

    /** A qemu-server style codec accepting these keys (for another guest type). */
    static ConfigCodec qemu(GuestProperties properties) {
        return new QemuConfigCodec(properties);
    }

    /** A pve-container style codec accepting these keys (for another guest type). */
    static ConfigCodec lxc(GuestProperties properties) {
        return new LxcConfigCodec(properties);
    }

    /**
     * A pve-container style codec for another guest type whose configs live in {@code directory}
     * of a node's config directory ({@code nodes/<node>/<directory>/<vmid>.conf}); keys the type
     * declares that pve-container keeps out of the file ({@code env}) are written as plain keys.
     */
    static ConfigCodec lxc(GuestProperties properties, String directory) {
        return new LxcConfigCodec(properties, directory);
    }

    /** The directory name of this style in a node's config directory: {@code qemu-server} or {@code lxc}. */
    String directory();

    /**
     * Parses a config file; {@code vmid} is used in messages.
     *
     * @throws GuestConfigException in strict mode, with the first problem's text
     */
    ParsedConfig parse(int vmid, byte[] raw, boolean strict);

    /**
     * Parses a config file named as upstream names it ({@code .../qemu-server/100.conf},
     * {@code .../lxc/100.conf}); the vmid comes from the name.
     *
     * @throws GuestConfigException {@code got strange filename '<name>'} for another name
     */
    default ParsedConfig parse(String fileName, byte[] raw, boolean strict) {
        Matcher m = Pattern.compile("/" + Pattern.quote(directory()) + "/(\\d+).conf$").matcher(fileName);
        if (!m.find()) {
            throw new GuestConfigException("got strange filename '" + fileName + "'");
        }
        return parse(Integer.parseInt(m.group(1)), raw, strict);
    }

    /**
     * Writes the config as upstream's writer does (keys sorted, sections in canonical order).
     *
     * @throws GuestConfigException where upstream's writer dies
     */
    String write(GuestConfig config);

    /** Lower-case hex SHA-1 of the bytes, as upstream's digest. */
    static String digest(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(raw));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
