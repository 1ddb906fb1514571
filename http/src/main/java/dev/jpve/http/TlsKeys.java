package dev.jpve.http;

import dev.jpve.tools.FileContents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The server's TLS certificate and key as a key store: read from PEM files (a certificate chain
 * and a PKCS#8 {@code PRIVATE KEY} or PKCS#1 {@code RSA PRIVATE KEY}), created self-signed at
 * first start when missing.
 */
final class TlsKeys {
    static final char[] PASSWORD = "jpve".toCharArray();
    static final String ALIAS = "jpve";

    private TlsKeys() {}

    /** Creates a self-signed pair at these paths unless the certificate exists. */
    static void createIfMissing(Path certPem, Path keyPem) {
        if (Files.exists(certPem)) {
            return;
        }
        KeyPair kp = AuthKeys.newKeyPair();
        String host = SelfSignedCertificate.hostName();
        Instant now = Instant.now();
        var cert = SelfSignedCertificate.create(kp, host, List.of(host, "localhost"), List.of("127.0.0.1", "::1"),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2 * 365)));
        try {
            Files.createDirectories(certPem.toAbsolutePath().getParent());
            Files.createDirectories(keyPem.toAbsolutePath().getParent());
            FileContents.set(keyPem, ascii(Pem.encode("PRIVATE KEY", kp.getPrivate().getEncoded())), 0600);
            FileContents.set(certPem, ascii(Pem.encode("CERTIFICATE", cert.getEncoded())), 0644);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 key store holding the key and chain of these PEM files, under {@link #ALIAS}. */
    static KeyStore load(Path certPem, Path keyPem) {
        try {
            Certificate[] chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(certPem)))
                    .toArray(Certificate[]::new);
            if (chain.length == 0) {
                throw new IllegalArgumentException("no certificate in " + certPem);
            }
            PrivateKey key = privateKey(keyPem, chain[0].getPublicKey().getAlgorithm());
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, key, PASSWORD, chain);
            return ks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("bad TLS certificate or key: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(Path keyPem, String algorithm) throws IOException, GeneralSecurityException {
        for (Pem.Block b : Pem.decode(Files.readString(keyPem, StandardCharsets.US_ASCII))) {
            switch (b.type()) {
                case "PRIVATE KEY" -> {
                    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(b.der()));
                }
                case "RSA PRIVATE KEY" -> {
                    byte[] pkcs8 = Der.seq(Der.integer(BigInteger.ZERO),
                            Der.seq(Der.oid("1.2.840.113549.1.1.1"), Der.nul()), Der.octets(b.der()));
                    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
                }
                default -> {
                    // not a key block (e.g. EC PARAMETERS); look further
                }
            }
        }
        throw new IllegalArgumentException("no PRIVATE KEY or RSA PRIVATE KEY in " + keyPem);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
