package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PemFormatsTest {
    private static final Formats FORMATS = Formats.standard();
    private static final String BAD = "not a valid PEM-formatted string.\n";
    private static final String BODY = "MIIBszCCAVmgAwIBAgIUQ2vJ0yJ8vRk1N3lT7rZ7G0xq0m8wCgYIKoZIzj0EAwIw\n"
            + "DzENMAsGA1UEAwwEdGVzdDAeFw0yNDAxMDEwMDAwMDBaFw0zNDAxMDEwMDAwMDBa\n"
            + "MA8xDTALBgNVBAMMBHRlc3Q=\n";
    private static final String CERT = "-----BEGIN CERTIFICATE-----\n" + BODY + "-----END CERTIFICATE-----\n";
    private static final String KEY = "-----BEGIN PRIVATE KEY-----\n" + BODY + "-----END PRIVATE KEY-----\n";

    private static String check(String format, String value) {
        try {
            return "OK " + FORMATS.check(new FormatSpec.Named(format), value).asString();
        } catch (FormatException e) {
            return e.text();
        }
    }

    @Test
    void aCertificateIsOneCertificateBlock() {
        assertThat(check("pem-certificate", CERT)).isEqualTo("OK " + CERT);
        assertThat(check("pem-certificate", CERT + CERT)).isEqualTo(BAD);
        assertThat(check("pem-certificate", KEY)).isEqualTo(BAD);
        assertThat(check("pem-certificate", "hello")).isEqualTo(BAD);
        assertThat(check("pem-certificate", "")).isEqualTo(BAD);
    }

    @Test
    void textBeforeTheFirstHeaderIsStrippedFromTheReturnedValue() {
        assertThat(check("pem-certificate", "subject=CN = test\nissuer=x\n" + CERT)).isEqualTo("OK " + CERT);
        assertThat(check("pem-certificate", "junk\n" + KEY)).isEqualTo(BAD);
    }

    @Test
    void aChainIsOneOrMoreBlocksSeparatedByWhitespaceEndingInANewline() {
        assertThat(check("pem-certificate-chain", CERT)).isEqualTo("OK " + CERT);
        assertThat(check("pem-certificate-chain", CERT + CERT + CERT)).isEqualTo("OK " + CERT + CERT + CERT);
        assertThat(check("pem-certificate-chain", CERT + "\n \t\n" + CERT)).startsWith("OK ");
        String glued = CERT.strip() + " " + CERT;
        assertThat(check("pem-certificate-chain", glued)).isEqualTo(BAD);
        assertThat(check("pem-certificate-chain", CERT.strip() + CERT)).isEqualTo(BAD);
        assertThat(check("pem-certificate-chain", CERT + KEY)).isEqualTo(BAD);
    }

    @Test
    void aPemStringIsOneBlockOfAnyLabel() {
        assertThat(check("pem-string", KEY)).isEqualTo("OK " + KEY);
        assertThat(check("pem-string", CERT)).isEqualTo("OK " + CERT);
        assertThat(check("pem-string", "-----BEGIN A-----\nAAAA\n-----END B-----")).startsWith("OK ");
        assertThat(check("pem-string", "-----BEGIN A-B-----\nAAAA\n-----END C-----D-----  \n")).startsWith("OK ");
        assertThat(check("pem-string", KEY + CERT)).isEqualTo(BAD);
        assertThat(check("pem-string", "-----BEGIN A-----\nAAAA\n-----END B----- x\n")).isEqualTo(BAD);
    }

    @ParameterizedTest(name = "accepts body ''{0}''")
    @ValueSource(strings = {"", "AAAA\n", "AAA=\n", "AA==\n", "AAA=\n=\n", "AAAA \n\nBBBB\n", "AAAA\r\nBBBB\r\n", "\n\nAAAA\n", "AAAA\n=\n"})
    void bodiesFollowTheUpstreamRegex(String body) {
        String pem = "-----BEGIN CERTIFICATE-----\n" + body + "-----END CERTIFICATE-----";
        assertThat(check("pem-certificate", pem)).isEqualTo("OK " + pem);
    }

    @ParameterizedTest(name = "refuses body ''{0}''")
    @ValueSource(strings = {"AAAA", "AAA===\n", "AA-A\n", "AAAA\n==\n=\n", "AA AA\n", "AAAA\n-----END CERTIFICATE-----\n"})
    void malformedBodiesAreRefused(String body) {
        String pem = "-----BEGIN CERTIFICATE-----\n" + body + "-----END CERTIFICATE-----\n";
        assertThat(check("pem-certificate", pem)).isEqualTo(BAD);
    }

    @Test
    void theHeaderNeedsNoNewlineBeforeTheBodyButTheFooterNeedsOne() {
        assertThat(check("pem-certificate", "-----BEGIN CERTIFICATE-----AAAA\n-----END CERTIFICATE-----"))
                .startsWith("OK ");
        assertThat(check("pem-certificate", "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----")).startsWith("OK ");
        assertThat(check("pem-certificate", "-----BEGIN CERTIFICATE----------END CERTIFICATE-----")).isEqualTo(BAD);
        assertThat(check("pem-certificate", CERT + "trailing")).isEqualTo(BAD);
    }

    @Test
    void manyBlocksWithLongWhitespaceRunsFailWithoutBacktrackingBlowUp() {
        String block = "-----BEGIN CERTIFICATE-----\n\n\n\n\n\n\n\n" + BODY + "\n\n\n\n-----END CERTIFICATE-----";
        String chain = (block + "\n\n\n\n\n\n\n\n\n\n").repeat(40) + "x";
        assertThat(check("pem-certificate-chain", chain)).isEqualTo(BAD);
        assertThat(check("pem-string", chain)).isEqualTo(BAD);
    }

    @Test
    void hugeBodiesAndLongChainsNeitherOverflowTheStackNorFail() {
        String huge = "-----BEGIN CERTIFICATE-----\n" + BODY.substring(0, 65).repeat(100_000) + BODY
                + "-----END CERTIFICATE-----\n";
        assertThat(check("pem-certificate", huge)).startsWith("OK ");
        assertThat(check("pem-string", huge)).startsWith("OK ");
        assertThat(check("pem-certificate", huge.replace("END", "BAD"))).isEqualTo(BAD);
        assertThat(check("pem-certificate-chain", CERT.repeat(10_000))).startsWith("OK ");
        assertThat(check("pem-certificate-chain", CERT.repeat(10_000) + "x")).isEqualTo(BAD);
    }
}
