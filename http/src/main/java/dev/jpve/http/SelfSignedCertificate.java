package dev.jpve.http;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a self-signed X.509 v3 server certificate with the JDK's own crypto: the DER is written
 * here (the JDK has no public certificate builder; keytool's is internal), signed with
 * SHA256withRSA, and read back through {@link CertificateFactory}.
 */
final class SelfSignedCertificate {
    private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GENERALIZED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private SelfSignedCertificate() {}

    /**
     * A certificate for {@code commonName}, valid from {@code notBefore} to {@code notAfter},
     * with the given DNS names and IP addresses as subject alternative names.
     */
    static X509Certificate create(KeyPair keys, String commonName, List<String> dnsNames, List<String> ips,
            Instant notBefore, Instant notAfter) {
        byte[] algorithm = Der.seq(Der.oid(SHA256_WITH_RSA), Der.nul());
        byte[] name = Der.seq(Der.set(Der.seq(Der.oid("2.5.4.3"), Der.utf8(commonName))));
        byte[] tbs = Der.seq(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)),
                algorithm, name,
                Der.seq(time(notBefore), time(notAfter)),
                name,
                keys.getPublic().getEncoded(),
                Der.explicit(3, Der.seq(basicConstraints(), extendedKeyUsage(), altNames(dnsNames, ips))));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(tbs);
            byte[] cert = Der.seq(tbs, algorithm, Der.bits(s.sign()));
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(cert));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create certificate", e);
        }
    }

    private static byte[] time(Instant t) {
        int year = t.atZone(ZoneOffset.UTC).getYear();
        return year < 2050 ? Der.tlv(0x17, UTC_TIME.format(t).getBytes(StandardCharsets.US_ASCII))
                : Der.tlv(0x18, GENERALIZED.format(t).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] basicConstraints() {
        return Der.seq(Der.oid("2.5.29.19"), Der.bool(true), Der.octets(Der.seq()));
    }

    private static byte[] extendedKeyUsage() {
        return Der.seq(Der.oid("2.5.29.37"), Der.octets(Der.seq(Der.oid("1.3.6.1.5.5.7.3.1"))));
    }

    private static byte[] altNames(List<String> dnsNames, List<String> ips) {
        List<byte[]> names = new ArrayList<>();
        dnsNames.forEach(d -> names.add(Der.tlv(0x82, d.getBytes(StandardCharsets.US_ASCII))));
        for (String ip : ips) {
            try {
                names.add(Der.tlv(0x87, InetAddress.ofLiteral(ip).getAddress()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not an IP address: " + ip, e);
            }
        }
        return Der.seq(Der.oid("2.5.29.17"), Der.octets(Der.seq(names.toArray(byte[][]::new))));
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
