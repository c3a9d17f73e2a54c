package org.allianceplanner.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.testkit.StudyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTest {
    @Test
    void readsBackAnEqualStudyResult(@TempDir Path dir) {
        AllianceStudyResult result = StudyFixture.result();
        Path file = dir.resolve("plan.json");

        PlanJson.write(result, file);

        assertThat(PlanJson.read(file)).isEqualTo(result);
    }

    @Test
    void writesTheSameBytesForTheSameResult() {
        String first = PlanJson.toJson(StudyFixture.result());

        assertThat(PlanJson.toJson(StudyFixture.result())).isEqualTo(first);
        assertThat(first)
                .contains("\"nextTierMinUnits\" : \"NaN\"")
                .contains("\"scenarioName\" : \"honda-nissan-tesla-fixture\"");
        assertThat(first.indexOf("\"alliances\"")).isLessThan(first.indexOf("\"baseCurrency\""));
    }

    @Test
    void namesTheFileWhenItIsNotAStudyResult(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.json"), "{\"scenarioName\": 3, \"levers\": {}}");

        assertThatThrownBy(() -> PlanJson.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("line 1");
    }
}
