package io.hapsim.simulator.state.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which crt-list lines 3.2+ warn of, by their filters, as HAProxy counts them when it files a line under a
 * {@code bind} line's names: a negative filter and no wildcard, a negative one included, but the bare {@code *}.
 */
class NegativeFilterWarningTest {

    @ParameterizedTest(name = "[{0}] warns: {1}")
    @CsvSource(delimiter = '|', value = {
        "!www.site.example | true",
        "other.example !bad.example | true",
        "* !bad.example | true",
        "*.site.example !www.site.example | false",
        "!*.site.example | false",
        "site.example other.example | false",
        "'' | false"})
    void aLineWithNegativeFiltersAndNoWildcardIsWarnedOf(String filters, boolean warned) {
        CrtList.Entry entry = new CrtList.Entry("/c/site.pem", 2, null,
                filters.isEmpty() ? List.of() : List.of(filters.split(" ")));

        assertThat(NegativeFilterWarning.excludesFromNothing(entry)).isEqualTo(warned);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/c/list.txt, 2", "/c/other.txt, 0"})
    void eachBindLineServingTheListWarnsWithItsPlace(String listPath, int warnings) {
        List<ServingBind> binds = List.of(
                new ServingBind("fe1", "frontend", "/c/haproxy.cfg", 12, ":443", false,
                        List.of(new ServingBind.Served("/c/list.txt", true))),
                new ServingBind("fe2", "frontend", "/c/haproxy.cfg", 17, ":8443", false,
                        List.of(new ServingBind.Served("/c/site.pem", false),
                                new ServingBind.Served("/c/list.txt", true))));
        CrtList.Entry entry = new CrtList.Entry("/c/site.pem", 2, null, List.of("!www.site.example"));

        List<String> filed = NegativeFilterWarning.filing(binds, listPath, entry);

        assertThat(filed).hasSize(warnings);
        if (warnings > 0) {
            assertThat(filed.get(1)).isEqualTo("parsing [/c/haproxy.cfg:17]: crt-list: negative filters on crt-list"
                    + " line \"/c/site.pem\" without a positive wildcard filter won't do anything!\n");
        }
    }
}
