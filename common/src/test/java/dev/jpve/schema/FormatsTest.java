package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    private static final Formats FORMATS = Formats.standard();

    private static String check(String format, String value) {
        try {
            FORMATS.check(new FormatSpec.Named(format), value);
            return "OK";
        } catch (FormatException e) {
            return e.text();
        }
    }

    @ParameterizedTest(name = "{0} accepts ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "pve-configid|aa", "pve-configid|a0", "pve-configid|a_", "pve-configid|a-", "pve-configid|a-a",
        "pve-configid|Aa", "pve-configid|AA",
        "pve-vmid|100", "pve-vmid|999999999", "pve-vmid-list|100,101 102;103", "pve-node|a-b",
        "mac-addr|02:00:00:00:00:0a", "ipv4|10.0.0.1", "ipv6|::1", "ipv6|1:2:3:4:5:6:7:8", "ipv6|::ffff:1.2.3.4",
        "ipv6|1::", "CIDRv4|10.0.0.0/8", "CIDRv6|fd00::/8", "ipv4mask|255.255.0.0", "ipv4mask|0.0.0.0",
        "email|a.b+c@ex-ample.com", "email|a@b", "email-or-username|root", "dns-name|a.b-c.d", "pve-tag|a+b.c",
        "pve-tag-list|a;b,c", "disk-size|10G", "pve-iface|eth0.100", "pve-vlan-id-or-range|2-4094",
        "pve-startup-order|order=1,up=2,down=3", "pve-ipv6-config|auto", "pve-ipv4-config|dhcp", "urlencoded|a%20b",
        "pve-bridge-id|vmbr0.1", "storage-pair|local:other", "storage-pair|1", "pve-tfa-secret|JBSWY3DPEHPK3PXP",
        "pve-tfa-secret|v2-0x0123456789abcdef", "pve-task-status-type|OK", "ldap-simple-attr|uid", "timezone|UTC",
        "timezone|Europe/Vienna", "pve-node-opt|\"\"", "address|a.b", "address|10.1.1.1", "string-list|x,y",
        "pve-storage-id|local-lvm", "pve-vmid|100\n"
    })
    void acceptsGoodValues(String format, String value) {
        assertThat(check(format, value)).isEqualTo("OK");
    }

    @ParameterizedTest(name = "{0} refuses ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "pve-configid|a|invalid configuration ID 'a'", "pve-configid|a+|invalid configuration ID 'a+'",
        "pve-configid|1a|invalid configuration ID '1a'", "pve-configid|_a|invalid configuration ID '_a'",
        "pve-configid|-a|invalid configuration ID '-a'", "pve-configid|+a|invalid configuration ID '+a'",
        "pve-configid|A|invalid configuration ID 'A'",
        "pve-vmid|99|value does not look like a valid VM ID", "pve-vmid|1000000000|value does not look like a valid VM ID",
        "pve-node|a.b|value does not look like a valid node name",
        "mac-addr|01:00:00:00:00:00|value does not look like a valid unicast MAC address",
        "ipv4|192.168.1.256|value does not look like a valid IPv4 address",
        "ipv4|01.1.1.1|value does not look like a valid IPv4 address",
        "ipv6|fe80::1%eth0|value does not look like a valid IPv6 address",
        "ipv6|1:2:3:4:5:6:7:8:9|value does not look like a valid IPv6 address",
        "ipv6|1::2::3|value does not look like a valid IPv6 address",
        "CIDRv4|10.0.0.0/7|value does not look like a valid IPv4 CIDR network",
        "CIDRv6|fd00::/7|value does not look like a valid IPv6 CIDR network",
        "CIDR|1.2.3.4/33|value does not look like a valid CIDR network",
        "ipv4mask|255.0.255.0|value does not look like a valid IP netmask",
        "email|a@|value does not look like a valid email address",
        "dns-name|a..b|value does not look like a valid DNS name",
        "pve-tag|-a|invalid characters in tag",
        "disk-size|10g|value does not look like a valid disk size: 10g",
        "pve-iface|e|invalid network interface name 'e'",
        "pve-vlan-id-or-range|1|invalid VLAN tag '1'",
        "pve-vlan-id-or-range|10-5|VLAN range must go from lower to higher tag '10-5'",
        "pve-vlan-id-or-range|abc|invalid VLAN configuration 'abc'",
        "pve-startup-order|1,foo=2|unable to parse startup options",
        "pve-ipv6-config|dhcp6|value does not look like a valid ipv6 network configuration",
        "urlencoded|a b|invalid urlencoded string: a b",
        "pve-bridge-id|a b|invalid bridge ID 'a b'",
        "pve-task-status-type|bad|invalid status 'bad'",
        "ldap-simple-attr|u-id|value 'u-id' does not look like a simple ldap attribute name",
        "timezone|Mars/Base|invalid time zone 'Mars/Base'",
        "pve-vmid-opt|1|value does not look like a valid VM ID",
        "pve-storage-id|a|storage ID 'a' cannot be shorter than 2 characters",
        "pve-storage-id|a b|storage ID 'a b' contains illegal characters",
        "pve-tfa-secret|abc|unable to decode TFA secret",
        "nonexistent|x|undefined format 'nonexistent'"
    })
    void refusesBadValuesWithUpstreamsMessage(String format, String value, String message) {
        assertThat(check(format, value)).isEqualTo(message + "\n");
    }

    @Test
    void configIdOfAHundredLettersIsAccepted() {
        assertThat(check("pve-configid", "a".repeat(100))).isEqualTo("OK");
    }

    @Test
    void storagePairErrorsCarryUpstreamsExtraNewlines() {
        assertThat(check("storage-pair", "a b:c"))
                .isEqualTo("entry 'a' contains invalid ID - storage ID 'a' cannot be shorter than 2 characters\n\n\n");
        assertThat(check("storage-pair", "aa:bb,cc:dd,aa:ee")).isEqualTo("duplicate mapping for source 'aa'\n\n");
        assertThat(check("storage-pair", "1,aa")).isEqualTo("identity mapping cannot be combined with other mappings\n\n");
    }

    @Test
    void listFormatReturnsTheSplitList() {
        assertThat(FORMATS.check(new FormatSpec.Named("pve-vmid-list"), "100,101 102;103").toString())
                .isEqualTo("[\"100\",\"101\",\"102\",\"103\"]");
        assertThat(FORMATS.check(new FormatSpec.Named("pve-vmid-list"), "").size()).isZero();
    }

    @Test
    void registeringTwiceFails() {
        Formats f = Formats.empty().register("x", v -> v);
        assertThatThrownBy(() -> f.register("x", v -> v)).hasMessage("JSON schema format 'x' already registered\n");
    }

    @Test
    void hashFormatReturnsTheParsedObject() {
        assertThat(FORMATS.check(new FormatSpec.Named("pve-node-location"), "latitude=1,longitude=2").toString())
                .isEqualTo("{\"latitude\":\"1\",\"longitude\":\"2\"}");
        assertThat(FORMATS.check(new FormatSpec.Inline(Map.of("a", IntegerSchema.builder().build())), "a=1").toString())
                .isEqualTo("{\"a\":\"1\"}");
    }
}
