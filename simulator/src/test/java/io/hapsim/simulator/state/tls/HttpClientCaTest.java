package io.hapsim.simulator.state.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CA file HAProxy's internal HTTP client loads beside the configuration's, as measured on real 2.6 and 3.4:
 * {@code @system-ca} by default, the file {@code httpclient.ssl.ca-file} names instead (as written, unused), and none
 * with {@code httpclient.ssl.verify none}.
 */
class HttpClientCaTest {

    @TempDir
    Path folder;

    @Test
    void theSystemBundleByDefault() throws IOException {
        assertThat(caFiles("")).containsExactly(ca(), SystemCa.NAME);
    }

    @Test
    void theFileTheGlobalSectionNamesInsteadUnused() throws IOException {
        Files.writeString(folder.resolve("other.pem"), PemPartsTest.fixture("zeta-ca.pem"));
        TlsStores stores = stores("    httpclient.ssl.ca-file " + folder.resolve("other.pem") + "\n");

        assertThat(stores.caFiles().all()).extracting(BundleFile::path)
                .containsExactly(ca(), folder.resolve("other.pem").toString());
        assertThat(stores.caFiles().used(folder.resolve("other.pem").toString())).isFalse();
        assertThat(stores.caFiles().used(ca())).isTrue();
    }

    @Test
    void noneWhenTheHttpClientDoesNotVerify() throws IOException {
        assertThat(caFiles("    httpclient.ssl.verify none\n")).containsExactly(ca());
    }

    private List<String> caFiles(String globalLines) throws IOException {
        return stores(globalLines).caFiles().all().stream().map(BundleFile::path).toList();
    }

    private TlsStores stores(String globalLines) throws IOException {
        Files.writeString(folder.resolve("ca.pem"), PemPartsTest.fixture("hapsim-ca.pem"));
        String config = "global\n" + globalLines + "frontend fe\n    bind :0 ssl crt " + folder.resolve("site.pem")
                + " ca-file " + ca() + " verify optional\n";
        return TlsStores.of(TlsReferences.fromConfig(config, "haproxy.cfg"), VersionProfiles.get("3.0").tlsCli(),
                warning -> { });
    }

    private String ca() {
        return folder.resolve("ca.pem").toString();
    }
}
