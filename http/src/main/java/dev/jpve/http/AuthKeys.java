package dev.jpve.http;

import dev.jpve.tools.FileContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The secrets of authentication: the RSA key pair tickets are signed with and the CSRF secret.
 *
 * <p>{@link #loadOrCreate(Path)} keeps them as upstream names them: {@code authkey.key}
 * (PKCS#8 PEM, mode 0600), {@code authkey.pub} and {@code pve-www.key} (mode 0600), creating a
 * 2048-bit key pair and a random secret at first start. As upstream, the key pair is replaced
 * when it is older than 24 hours; the previous public key stays in {@code authkey.pub.old}, so
 * tickets signed before the rotation stay valid for their 2 hours. A running server checks at
 * most once a minute.
 */
public final class AuthKeys {
    /** Upstream's key lifetime: a new key pair every 24 hours. */
    public static final Duration ROTATION = Duration.ofHours(24);
    private static final long CHECK_MILLIS = 60_000;

    private final Optional<Path> dir;
    private final Clock clock;
    private final byte[] csrfSecret;
    private volatile Tickets tickets;
    private volatile long checkedAt;

    private AuthKeys(Optional<Path> dir, Clock clock, Tickets tickets, byte[] csrfSecret) {
        this.dir = dir;
        this.clock = clock;
        this.tickets = tickets;
        this.csrfSecret = csrfSecret.clone();
        this.checkedAt = clock.millis();
    }

    /** Keys from values (tests, or keys kept elsewhere); never rotated. */
    public static AuthKeys of(KeyPair keyPair, byte[] csrfSecret) {
        Objects.requireNonNull(keyPair, "keyPair");
        return new AuthKeys(Optional.empty(), Clock.systemUTC(),
                new Tickets(keyPair.getPrivate(), List.of(keyPair.getPublic())), csrfSecret);
    }

    /** Fresh keys in memory. */
    public static AuthKeys generate() {
        return of(newKeyPair(), randomSecret().getBytes(StandardCharsets.US_ASCII));
    }

    /** Loads the keys from a directory, creating any missing one and rotating an old pair first. */
    public static AuthKeys loadOrCreate(Path dir) {
        return loadOrCreate(dir, Clock.systemUTC());
    }

    /** {@link #loadOrCreate(Path)} with the clock that decides when the pair is due. */
    public static AuthKeys loadOrCreate(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            Path www = dir.resolve("pve-www.key");
            if (!Files.exists(www)) {
                FileContents.set(www, bytes(randomSecret() + "\n"), 0600);
            }
            byte[] secret = Files.readString(www, StandardCharsets.US_ASCII).strip().getBytes(StandardCharsets.US_ASCII);
            return new AuthKeys(Optional.of(dir), clock, refresh(dir, clock.instant()), secret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ticket signer and verifier over the current keys (and the previous public key). */
    public Tickets tickets() {
        if (dir.isPresent() && clock.millis() - checkedAt >= CHECK_MILLIS) {
            synchronized (this) {
                if (clock.millis() - checkedAt >= CHECK_MILLIS) {
                    tickets = refresh(dir.get(), clock.instant());
                    checkedAt = clock.millis();
                }
            }
        }
        return tickets;
    }

    /** The CSRF token maker over this secret. */
    public CsrfTokens csrfTokens() {
        return new CsrfTokens(csrfSecret);
    }

    private static Tickets refresh(Path dir, Instant now) {
        Path priv = dir.resolve("authkey.key");
        Path pub = dir.resolve("authkey.pub");
        Path old = dir.resolve("authkey.pub.old");
        try {
            if (!Files.exists(priv) || !Files.exists(pub)) {
                writePair(priv, pub);
            } else if (Files.getLastModifiedTime(priv).toInstant().isBefore(now.minus(ROTATION))) {
                FileContents.set(old, Files.readAllBytes(pub), 0644);
                writePair(priv, pub);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            List<PublicKey> verify = new ArrayList<>();
            verify.add(rsa.generatePublic(new X509EncodedKeySpec(der(pub))));
            if (Files.exists(old)) {
                verify.add(rsa.generatePublic(new X509EncodedKeySpec(der(old))));
            }
            return new Tickets(rsa.generatePrivate(new PKCS8EncodedKeySpec(der(priv))), verify);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bad key in " + dir, e);
        }
    }

    private static void writePair(Path priv, Path pub) throws IOException {
        KeyPair kp = newKeyPair();
        FileContents.set(pub, bytes(Pem.encode("PUBLIC KEY", kp.getPublic().getEncoded())), 0644);
        FileContents.set(priv, bytes(Pem.encode("PRIVATE KEY", kp.getPrivate().getEncoded())), 0600);
    }

    private static byte[] der(Path pem) throws IOException {
        List<Pem.Block> blocks = Pem.decode(Files.readString(pem, StandardCharsets.US_ASCII));
        if (blocks.isEmpty()) {
            throw new IOException("no PEM data in " + pem);
        }
        return blocks.getFirst().der();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA unavailable", e);
        }
    }

    private static String randomSecret() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }
}
