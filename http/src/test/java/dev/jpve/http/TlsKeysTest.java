package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsKeysTest {
    @TempDir
    Path dir;

    @Test
    void aSelfSignedCertificateIsValidForItsNamesAndPeriod() throws Exception {
        KeyPair kp = AuthKeys.newKeyPair();
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        X509Certificate c = SelfSignedCertificate.create(kp, "pve1", List.of("pve1", "localhost"), List.of("10.0.0.1"),
                from, Instant.parse("2051-01-01T00:00:00Z"));
        c.verify(kp.getPublic());
        assertThat(c.getSubjectX500Principal().getName()).isEqualTo("CN=pve1");
        assertThat(c.getVersion()).isEqualTo(3);
        assertThat(c.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(c.getNotBefore().toInstant()).isEqualTo(from);
        assertThat(c.getNotAfter().toInstant()).isEqualTo(Instant.parse("2051-01-01T00:00:00Z"));
        assertThat(c.getBasicConstraints()).isEqualTo(-1);
        assertThat(c.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(c.getSubjectAlternativeNames()).extracting(l -> (Object) l.get(1))
                .containsExactly("pve1", "localhost", "10.0.0.1");
    }

    @Test
    void aCreatedPairLoadsAsAKeyStoreAndIsNotRecreated() throws Exception {
        Path cert = dir.resolve("pve-ssl.pem");
        Path key = dir.resolve("pve-ssl.key");
        TlsKeys.createIfMissing(cert, key);
        String first = Files.readString(cert);
        TlsKeys.createIfMissing(cert, key);
        assertThat(Files.readString(cert)).isEqualTo(first).startsWith("-----BEGIN CERTIFICATE-----\n");
        KeyStore ks = TlsKeys.load(cert, key);
        assertThat(ks.isKeyEntry(TlsKeys.ALIAS)).isTrue();
    }

    @Test
    void aPkcs1RsaKeyIsAccepted() throws Exception {
        KeyPair kp = AuthKeys.newKeyPair();
        X509Certificate c = SelfSignedCertificate.create(kp, "x", List.of("x"), List.of(), Instant.now(),
                Instant.now().plusSeconds(3600));
        var rsa = (java.security.interfaces.RSAPrivateCrtKey) kp.getPrivate();
        byte[] pkcs1 = Der.seq(Der.integer(BigInteger.ZERO), Der.integer(rsa.getModulus()),
                Der.integer(rsa.getPublicExponent()), Der.integer(rsa.getPrivateExponent()), Der.integer(rsa.getPrimeP()),
                Der.integer(rsa.getPrimeQ()), Der.integer(rsa.getPrimeExponentP()), Der.integer(rsa.getPrimeExponentQ()),
                Der.integer(rsa.getCrtCoefficient()));
        Files.writeString(dir.resolve("c.pem"), Pem.encode("CERTIFICATE", c.getEncoded()));
        Files.writeString(dir.resolve("k.pem"), Pem.encode("RSA PRIVATE KEY", pkcs1));
        KeyStore ks = TlsKeys.load(dir.resolve("c.pem"), dir.resolve("k.pem"));
        assertThat(ks.getKey(TlsKeys.ALIAS, TlsKeys.PASSWORD).getEncoded()).isEqualTo(kp.getPrivate().getEncoded());
    }

    @Test
    void authKeysAreCreatedOnceAndReloaded() throws Exception {
        AuthKeys first = AuthKeys.loadOrCreate(dir);
        String t = first.tickets().assemble("PVE", "root@pam", 100);
        AuthKeys again = AuthKeys.loadOrCreate(dir);
        assertThat(again.tickets().verify("PVE", t, 100)).isPresent();
        assertThat(again.csrfTokens().assemble("root@pam", 100)).isEqualTo(first.csrfTokens().assemble("root@pam", 100));
        assertThat(Files.readString(dir.resolve("authkey.pub"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
    }
}
