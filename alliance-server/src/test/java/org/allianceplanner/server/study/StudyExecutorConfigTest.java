package org.allianceplanner.server.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** alliance.studies.isolation chooses where studies run; a wrong value is named at start-up. */
class StudyExecutorConfigTest {
    private final StudyExecutorConfig config = new StudyExecutorConfig();

    @Test
    void processIsolationRunsStudiesInProcessesOfTheirOwnAndThreadInThisJvm() {
        assertThat(config.studyExecutor("process", "-Xmx2g")).isInstanceOf(ProcessStudyExecutor.class);
        assertThat(config.studyExecutor(" Thread ", "-Xmx2g")).isInstanceOf(InProcessStudyExecutor.class);
    }

    @Test
    void anUnknownIsolationIsRefusedNamingTheSettingAndItsValues() {
        assertThatThrownBy(() -> config.studyExecutor("fork", "-Xmx2g"))
                .hasMessageContaining("alliance.studies.isolation")
                .hasMessageContaining("\"fork\"")
                .hasMessageContaining("process")
                .hasMessageContaining("thread");
    }

    @Test
    void theJavaOptionsAreSplitAtSpaces() {
        assertThat(StudyExecutorConfig.javaOptions("  -Xmx4g   -XX:+UseSerialGC "))
                .containsExactly("-Xmx4g", "-XX:+UseSerialGC");
        assertThat(StudyExecutorConfig.javaOptions("")).isEmpty();
    }
}
