package io.hapsim.simulator.state.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsersTest {

    @Test
    void ipv4IsStrictDottedQuad() {
        assertThat(IpNet.parseIpv4("10.0.0.1")).isEqualTo(0x0a000001);
        assertThat(IpNet.parseIpv4("255.255.255.255")).isEqualTo(-1);
        assertThat(IpNet.parseIpv4("0.0.0.0")).isZero();
        for (String bad : new String[] {"10.0.0", "10.0.0.1.2", "256.0.0.1", "01.0.0.1", "1..2.3", "a.b.c.d", "",
                " 1.2.3.4", "1.2.3.4 "}) {
            assertThat(IpNet.parseIpv4(bad)).as(bad).isNull();
        }
    }

    @Test
    void ipv6FollowsInetPton() {
        assertThat(IpNet.parseIpv6("::1")).containsExactly(0L, 1L);
        assertThat(IpNet.parseIpv6("::")).containsExactly(0L, 0L);
        assertThat(IpNet.parseIpv6("2001:db8::ff00:42:8329")).containsExactly(0x20010db800000000L,
                0x0000ff0000428329L);
        assertThat(IpNet.parseIpv6("::ffff:1.2.3.4")).containsExactly(0L, 0x0000ffff01020304L);
        assertThat(IpNet.parseIpv6("1::")).containsExactly(0x0001000000000000L, 0L);
        assertThat(IpNet.parseIpv6("1:2:3:4:5:6:7:8")).containsExactly(0x0001000200030004L, 0x0005000600070008L);
        for (String bad : new String[] {":1", "1:", "1:::2", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7::8", "g::", "::1.2.3", "[::1]", "::1%lo", ""}) {
            assertThat(IpNet.parseIpv6(bad)).as(bad).isNull();
        }
    }

    @Test
    void networksTakeBitsOrDottedMasks() {
        IpNet.Net n = IpNet.parsePattern("192.168.1.0/24");
        assertThat(n.v6()).isFalse();
        assertThat(n.maskBits()).isEqualTo(24);
        assertThat(n.contiguous()).isTrue();
        assertThat(IpNet.parsePattern("10.0.0.0/255.0.0.0").maskBits()).isEqualTo(8);
        assertThat(IpNet.parsePattern("10.0.0.0/255.0.255.0").contiguous()).isFalse();
        assertThat(IpNet.parsePattern("10.0.0.0/0").maskBits()).isZero();
        assertThat(IpNet.parsePattern("1.2.3.4").maskBits()).isEqualTo(32);
        assertThat(IpNet.parsePattern("2001:db8::/32").maskBits()).isEqualTo(32);
        assertThat(IpNet.parsePattern("::1").maskBits()).isEqualTo(128);
        assertThat(IpNet.parsePattern("10.0.0.0/")).isNull();
        assertThat(IpNet.parsePattern("10.0.0.0/x")).isNull();
        assertThat(IpNet.parsePattern("::/")).isNull();
    }

    @Test
    void numbersReadLikeHaproxy() {
        assertThat(Numbers.unsignedPrefix("12abc")).isEqualTo(12);
        assertThat(Numbers.unsignedPrefix("abc")).isZero();
        assertThat(Numbers.unsignedPrefix("4294967297")).isEqualTo(1);
        assertThat(Integer.toUnsignedString(Numbers.unsignedPrefix("4294967295"))).isEqualTo("4294967295");
        assertThat(Numbers.strtolWhole("-0")).isZero();
        assertThat(Numbers.strtolWhole("99999999999999999999")).isEqualTo(-1);
        assertThat(Numbers.strtolWhole("-99999999999999999999")).isZero();
        assertThat(Numbers.strtolWhole("1 ")).isNull();
        assertThat(Numbers.readInt64Prefix("-12x")).isEqualTo(-12);
        assertThat(Numbers.parseWholeInt64("-12")).isTrue();
        assertThat(Numbers.parseWholeInt64("12x")).isFalse();
    }

    @Test
    void integerPatterns() {
        assertThat(IntRange.parse("5")).containsExactly(3, 5, 5);
        assertThat(IntRange.parse("-5")).containsExactly(2, 0, 5);
        assertThat(IntRange.parse("5-")).containsExactly(1, 5, 0);
        assertThat(IntRange.parse("2:9")).containsExactly(3, 2, 9);
        assertThat(IntRange.parse("9:2")).isNull();
        assertThat(IntRange.parse("-")).isNull();
        assertThat(IntRange.error("x")).isEqualTo("'x' is not a number");
        assertThat(IntRange.error("1:x")).isEqualTo("'1:x' is not a valid number range");
    }
}
