package io.hapsim.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HaproxyVersionTest {

    @Test
    void parsesDistributionAndDevVersions() {
        HaproxyVersion v = HaproxyVersion.parse("3.0.11-1+deb13u5\n");
        assertThat(v.major()).isEqualTo(3);
        assertThat(v.minor()).isZero();
        assertThat(v.patch()).isEqualTo(11);
        assertThat(v.text()).isEqualTo("3.0.11-1+deb13u5");
        assertThat(v.branch()).isEqualTo("3.0");
        assertThat(HaproxyVersion.parse("3.2-dev12").patch()).isZero();
        assertThat(HaproxyVersion.parse("2.4.0").atLeast(2, 5)).isFalse();
        assertThat(HaproxyVersion.parse("3.2.26-1").atLeast(3, 2)).isTrue();
        assertThat(HaproxyVersion.parse("2.8.14").compareTo(HaproxyVersion.parse("2.8.0"))).isPositive();
    }

    @Test
    void refusesWhatIsNotAVersion() {
        assertThatThrownBy(() -> HaproxyVersion.parse("Unknown command: 'show'"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
