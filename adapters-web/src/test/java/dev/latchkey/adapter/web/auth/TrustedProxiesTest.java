package dev.latchkey.adapter.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    private static final String BALANCER = "10.0.0.5";
    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.0.2.10, 2001:db8:a::/48, ::1");

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0, true",
        "10.255.255.255, true",
        "11.0.0.1, false",
        "9.255.255.255, false",
        "192.0.2.10, true",
        "192.0.2.11, false",
        "2001:db8:a::1, true",
        "2001:db8:a:ffff:ffff:ffff:ffff:ffff, true",
        "2001:db8:b::1, false",
        "::1, true",
        "0:0:0:0:0:0:0:1, true",
        "[::1], true",
        "::2, false",
        "::ffff:10.1.2.3, true",
        "localhost, false",
        "not an address, false"
    })
    void addressesAndBlocksOfBothFamiliesAreTrusted(String address, boolean trusted) {
        assertThat(proxies.trusts(address)).isEqualTo(trusted);
    }

    @Test
    void anIpv4BlockNeverTrustsAnIpv6AddressOrTheOtherWayRound() {
        assertThat(TrustedProxies.parse("0.0.0.0/0").trusts("2001:db8::1")).isFalse();
        assertThat(TrustedProxies.parse("::/0").trusts("203.0.113.9")).isFalse();
        assertThat(TrustedProxies.parse("0.0.0.0/0").trusts("203.0.113.9")).isTrue();
    }

    @Test
    void aBlockWithHostBitsSetCoversItsWholeNetwork() {
        TrustedProxies sloppy = TrustedProxies.parse("172.16.5.9/12");
        assertThat(sloppy.trusts("172.31.255.254")).isTrue();
        assertThat(sloppy.trusts("172.32.0.1")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lb.example.test",
                "10.0.0.0/33",
                "2001:db8::/129",
                "10.0.0.256",
                "10.0.0",
                "10.0.0.1:8080",
                "[::1]",
                "10.0.0.0/",
                "10.0.0.0/8/8",
                "010.0.0.1",
                "::1%eth0",
                "1.2.3.4.5",
                "*"
            })
    void aListWithAnythingButAddressesAndBlocksIsRefusedNamingTheEntry(String entry) {
        assertThatThrownBy(() -> TrustedProxies.parse("192.0.2.1, " + entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(entry);
    }

    @Test
    void blankEntriesAreSkippedAndAnEmptyListTrustsNobody() {
        assertThat(TrustedProxies.parse(" , ,").isEmpty()).isTrue();
        assertThat(TrustedProxies.parse("").trusts("127.0.0.1")).isFalse();
        assertThat(TrustedProxies.none().clientAddress("127.0.0.1", List.of("203.0.113.7")))
                .isEqualTo("127.0.0.1");
        assertThat(TrustedProxies.parse(",10.0.0.1,").toString()).isEqualTo("10.0.0.1");
    }

    @Test
    void fromATrustedProxyTheForwardedAddressIsTheClient() {
        assertThat(proxies.clientAddress(BALANCER, List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void fromAnUntrustedPeerTheHeaderIsIgnored() {
        assertThat(proxies.clientAddress("198.51.100.23", List.of("203.0.113.7")))
                .isEqualTo("198.51.100.23");
        assertThat(proxies.clientAddress("198.51.100.23", List.of("10.0.0.9"))).isEqualTo("198.51.100.23");
    }

    @Test
    void aSpoofedLeftPartOfTheHeaderIsIgnoredTheRightMostUntrustedAddressIsTheClient() {
        // The client sent "X-Forwarded-For: 1.1.1.1"; the balancer appended the address it saw.
        assertThat(proxies.clientAddress(BALANCER, List.of("1.1.1.1, 203.0.113.7")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void chainedTrustedProxiesAreSkippedFromTheRight() {
        // client -> CDN edge (untrusted, but forwards) -> 192.0.2.10 -> balancer
        assertThat(proxies.clientAddress(BALANCER, List.of("203.0.113.7, 192.0.2.10")))
                .isEqualTo("203.0.113.7");
        assertThat(proxies.clientAddress(BALANCER, List.of("198.51.100.1, 203.0.113.7, 10.1.1.1, 192.0.2.10")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void severalHeadersCountAsOneListInTheirOrder() {
        assertThat(proxies.clientAddress(BALANCER, List.of("1.1.1.1", "203.0.113.7")))
                .isEqualTo("203.0.113.7");
        assertThat(proxies.clientAddress(BALANCER, List.of("203.0.113.7", "10.9.9.9")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostOneIsTheClient() {
        assertThat(proxies.clientAddress(BALANCER, List.of("10.2.2.2, 192.0.2.10")))
                .isEqualTo("10.2.2.2");
    }

    @Test
    void withoutAHeaderFromATrustedProxyTheProxyIsTheClient() {
        assertThat(proxies.clientAddress(BALANCER, List.of())).isEqualTo(BALANCER);
        assertThat(proxies.clientAddress(BALANCER, List.of(""))).isEqualTo(BALANCER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "unknown",
                "evil.example.test",
                "203.0.113.300",
                "_hidden",
                "203.0.113.7 extra",
                "",
                "::g",
                "1.2.3",
                "2130706433",
                "0x7f.0.0.1",
                "${jndi:ldap://x}"
            })
    void aMalformedHopStopsTheWalkAtTheProxyThatPassedItOn(String malformed) {
        assertThat(proxies.clientAddress(BALANCER, List.of(malformed))).isEqualTo(BALANCER);
        assertThat(proxies.clientAddress(BALANCER, List.of("203.0.113.7, " + malformed + ", 10.3.3.3")))
                .isEqualTo("10.3.3.3");
        assertThat(proxies.clientAddress(BALANCER, List.of(malformed + ", 203.0.113.7")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6ClientsAndPortsAreReadAndWrittenInOneForm() {
        assertThat(proxies.clientAddress(BALANCER, List.of("2001:DB8:0::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(proxies.clientAddress(BALANCER, List.of("[2001:db8::7]:51234")))
                .isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(proxies.clientAddress(BALANCER, List.of("203.0.113.7:51234")))
                .isEqualTo("203.0.113.7");
        assertThat(proxies.clientAddress(BALANCER, List.of("::ffff:203.0.113.7")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void anIpv6ProxyForwardsAnIpv4Client() {
        assertThat(proxies.clientAddress("2001:db8:a::10", List.of("203.0.113.7")))
                .isEqualTo("203.0.113.7");
        assertThat(proxies.clientAddress("0:0:0:0:0:0:0:1", List.of("203.0.113.7")))
                .isEqualTo("203.0.113.7");
    }
}
