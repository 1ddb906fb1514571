package dev.jpve.node.shell;

import java.net.Socket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a self-signed server certificate only when asked: any certificate for
 * {@link RemoteApi.Trust.Insecure}, the one with the given SHA-256 fingerprint for
 * {@link RemoteApi.Trust.Fingerprint}. The host name is not checked (the certificate is).
 */
final class PinnedTrust extends X509ExtendedTrustManager {
    private final RemoteApi.Trust trust;

    PinnedTrust(RemoteApi.Trust trust) {
        this.trust = trust;
    }

    /** The SHA-256 fingerprint of a certificate as upper-case hex pairs joined by colons. */
    static String fingerprint(X509Certificate cert) throws CertificateException {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new CertificateException(e);
        }
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (trust instanceof RemoteApi.Trust.Fingerprint(String expected)) {
            String want = expected.replace(":", "").toUpperCase(Locale.ROOT);
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
