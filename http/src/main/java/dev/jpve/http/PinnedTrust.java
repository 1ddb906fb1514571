package dev.jpve.http;

import java.net.Socket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a node's self-signed server certificate: the one with the given SHA-256 fingerprint,
 * or any when none is given (an explicit "insecure"). The host name is not checked (the
 * certificate is), as upstream pins node certificates by fingerprint.
 */
public final class PinnedTrust extends X509ExtendedTrustManager {
    private final Optional<String> sha256;

    /**
     * Trust for one certificate.
     *
     * @param sha256 the certificate's SHA-256 fingerprint (hex digits, colons and case ignored);
     *     empty: any certificate
     */
    public PinnedTrust(Optional<String> sha256) {
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
    }

    /** A TLS context that trusts only what {@code new PinnedTrust(sha256)} trusts. */
    public static SSLContext sslContext(Optional<String> sha256) {
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new javax.net.ssl.TrustManager[] {new PinnedTrust(sha256)}, null);
            return ssl;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("no TLS in this JVM", e);
        }
    }

    /** The SHA-256 fingerprint of a certificate as upper-case hex pairs joined by colons. */
    public static String fingerprint(X509Certificate cert) throws CertificateException {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new CertificateException(e);
        }
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (sha256.isPresent()) {
            String want = sha256.get().replace(":", "").toUpperCase(Locale.ROOT);
            String got = fingerprint(chain[0]);
            if (!got.replace(":", "").equals(want)) {
                throw new CertificateException("certificate fingerprint mismatch: got " + got);
            }
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
