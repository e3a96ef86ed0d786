package io.hapsim.simulator.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

class ProfileFieldsTest {

    @Test
    void everyFieldAndEveryValueOfItsEnumeratedTypesIsDescribed() {
        for (RecordComponent component : VersionProfile.class.getRecordComponents()) {
            assertThat(ProfileFields.meaning(component.getName())).as(component.getName()).isNotBlank();
            Class<?> type = component.getType();
            if (type.isEnum()) {
                for (Object value : type.getEnumConstants()) {
                    assertThat(ProfileFields.describe(value)).as(value.toString()).isNotBlank();
                }
            }
        }
        for (RootWarning warning : RootWarning.values()) {
            assertThat(ProfileFields.describe(warning)).isNotBlank();
        }
    }

    @Test
    void listsWhatChangesBetweenTwoProfilesAndNothingElse() {
        var differences = ProfileFields.between(VersionProfiles.get("3.2"), VersionProfiles.get("3.4"));

        assertThat(differences).extracting(ProfileFields.Difference::field)
                .contains("version", "oversizeCommand", "oversizePayload", "payloadBufferSize", "emptyPayload",
                        "rootWarnings")
                .doesNotContain("label", "lineMode", "promptSyntax");
        assertThat(differences).filteredOn(d -> d.field().equals("payloadBufferSize")).singleElement()
                .satisfies(d -> {
                    assertThat(d.from()).isEqualTo("0");
                    assertThat(d.to()).isEqualTo("131072");
                });
        assertThat(ProfileFields.between(VersionProfiles.get("3.0"), VersionProfiles.get("3.0"))).isEmpty();
    }

    @Test
    void describesEnumeratedValuesInAClientsTerms() {
        var lineMode = ProfileFields.between(VersionProfiles.get("2.8"), VersionProfiles.get("3.0")).stream()
                .filter(d -> d.field().equals("lineMode")).findFirst().orElseThrow();

        assertThat(lineMode.meaning()).contains("non-interactive");
        assertThat(lineMode.to()).contains("only the first line runs");
    }
}
