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
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The secrets of authentication: the RSA key pair tickets are signed with and the CSRF secret.
 *
 * <p>{@link #loadOrCreate(Path)} keeps them as upstream names them: {@code authkey.key}
 * (PKCS#8 PEM, mode 0600), {@code authkey.pub} and {@code pve-www.key} (mode 0600), creating a
 * 2048-bit key pair and a random secret at first start.
 */
public final class AuthKeys {
    private final KeyPair keyPair;
    private final byte[] csrfSecret;

    private AuthKeys(KeyPair keyPair, byte[] csrfSecret) {
        this.keyPair = keyPair;
        this.csrfSecret = csrfSecret.clone();
    }

    /** Keys from values (tests, or keys kept elsewhere). */
    public static AuthKeys of(KeyPair keyPair, byte[] csrfSecret) {
        return new AuthKeys(Objects.requireNonNull(keyPair, "keyPair"), csrfSecret);
    }

    /** Fresh keys in memory. */
    public static AuthKeys generate() {
        return of(newKeyPair(), randomSecret().getBytes(StandardCharsets.US_ASCII));
    }

    /** Loads the keys from a directory, creating any missing one first. */
    public static AuthKeys loadOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
            Path priv = dir.resolve("authkey.key");
            Path pub = dir.resolve("authkey.pub");
            Path www = dir.resolve("pve-www.key");
            if (!Files.exists(priv) || !Files.exists(pub)) {
                KeyPair kp = newKeyPair();
                FileContents.set(priv, bytes(Pem.encode("PRIVATE KEY", kp.getPrivate().getEncoded())), 0600);
                FileContents.set(pub, bytes(Pem.encode("PUBLIC KEY", kp.getPublic().getEncoded())), 0644);
            }
            if (!Files.exists(www)) {
                FileContents.set(www, bytes(randomSecret() + "\n"), 0600);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            KeyPair kp = new KeyPair(
                    rsa.generatePublic(new X509EncodedKeySpec(der(pub))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(der(priv))));
            return of(kp, Files.readString(www, StandardCharsets.US_ASCII).strip().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bad key in " + dir, e);
        }
    }

    /** The ticket signer and verifier over these keys. */
    public Tickets tickets() {
        return new Tickets(keyPair.getPrivate(), List.of(keyPair.getPublic()));
    }

    /** The CSRF token maker over this secret. */
    public CsrfTokens csrfTokens() {
        return new CsrfTokens(csrfSecret);
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
