package dev.jpve.http;

import dev.jpve.tools.FileContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * API tokens ({@code user@realm!tokenid}) with their secrets stored hashed, in a text file of
 * {@code tokenid:expire:sha256hex} lines ({@code expire} in epoch seconds, {@code 0}: never).
 *
 * <p>Secrets are random UUIDs (122 random bits), so a fast hash suffices: nobody can guess a
 * secret from its SHA-256. Upstream keeps the secrets in clear text in {@code priv/token.cfg}.
 *
 * {@snippet :
 * ApiTokens tokens = new ApiTokens(Path.of("/var/lib/jpve/tokens"));
 * String secret = tokens.create("root@pam!ci", 0);   // shown once
 * tokens.verify("root@pam!ci", secret, now);          // true
 * }
 */
public final class ApiTokens {
    /** Never used itself: each check digests with a clone. */
    private static final MessageDigest SHA256 = sha256Prototype();

    private final Path file;
    private final CachedFile<Map<String, Entry>> cache;

    /** Tokens kept in this file (it need not exist yet). */
    public ApiTokens(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        this.cache = new CachedFile<>(file, ApiTokens::parse);
    }

    /**
     * Creates (or replaces) a token and returns its secret, a lowercase UUID.
     *
     * @param tokenid {@code user@realm!name}
     * @param expire expiry in epoch seconds, {@code 0} for never
     */
    public synchronized String create(String tokenid, long expire) {
        if (!tokenid.matches("[^\\s:!]+@[^\\s:!]+![A-Za-z][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("invalid token id '" + tokenid + "'");
        }
        String secret = UUID.randomUUID().toString();
        Map<String, Entry> all = new LinkedHashMap<>(cache.get());
        all.put(tokenid, Entry.of(Long.toString(expire), HexFormat.of().formatHex(sha256(secret))));
        rewrite(all);
        return secret;
    }

    /** Forgets a token: its secret no longer authenticates. Nothing happens for an unknown token. */
    public synchronized void remove(String tokenid) {
        Map<String, Entry> all = new LinkedHashMap<>(cache.get());
        if (all.remove(tokenid) != null) {
            rewrite(all);
        }
    }

    /** Changes when a token expires (epoch seconds, {@code 0}: never); nothing happens for an unknown token. */
    public synchronized void setExpire(String tokenid, long expire) {
        Map<String, Entry> all = new LinkedHashMap<>(cache.get());
        Entry e = all.get(tokenid);
        if (e != null) {
            all.put(tokenid, Entry.of(Long.toString(expire), e.hashText()));
            rewrite(all);
        }
    }

    private void rewrite(Map<String, Entry> all) {
        StringBuilder sb = new StringBuilder();
        all.forEach((id, e) -> sb.append(id).append(':').append(e.expireText()).append(':').append(e.hashText())
                .append('\n'));
        try {
            FileContents.set(file, sb.toString().getBytes(StandardCharsets.UTF_8), 0600);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the token exists, has not expired at {@code now} (epoch seconds) and the secret matches. */
    public boolean verify(String tokenid, String secret, long now) {
        Entry entry = cache.get().get(tokenid);
        if (entry == null || entry.digest().isEmpty()) {
            return false;
        }
        boolean current = entry.expire().isPresent()
                && (entry.expire().getAsLong() == 0 || now < entry.expire().getAsLong());
        return current && MessageDigest.isEqual(entry.digest().get(), sha256(secret));
    }

    private static Map<String, Entry> parse(List<String> lines) {
        Map<String, Entry> all = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split(":");
            if (f.length == 3) {
                all.put(f[0], Entry.of(f[1], f[2]));
            }
        }
        return all;
    }

    /**
     * One line's fields as written, and as read for checks (parsed once per file change): the
     * expiry (empty when not a number) and the SHA-256 digest (empty when not 64 hex digits, so
     * that no secret matches).
     */
    private record Entry(String expireText, String hashText, OptionalLong expire, Optional<byte[]> digest) {
        static Entry of(String expireText, String hashText) {
            OptionalLong expire;
            try {
                expire = OptionalLong.of(Long.parseLong(expireText));
            } catch (NumberFormatException e) {
                expire = OptionalLong.empty();
            }
            Optional<byte[]> digest;
            try {
                digest = hashText.length() == 64 ? Optional.of(HexFormat.of().parseHex(hashText)) : Optional.empty();
            } catch (IllegalArgumentException e) {
                digest = Optional.empty();
            }
            return new Entry(expireText, hashText, expire, digest);
        }
    }

    private static byte[] sha256(String s) {
        try {
            // a clone skips the provider lookup of getInstance, a third of a token check's time
            return ((MessageDigest) SHA256.clone()).digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256Prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
