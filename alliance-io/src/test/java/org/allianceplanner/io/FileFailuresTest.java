package org.allianceplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FileFailuresTest {
    @Test
    void saysPermissionDeniedWhereJavaGivesOnlyThePath() {
        assertThat(FileFailures.reason(new AccessDeniedException("/x/plants.csv")))
                .isEqualTo("permission denied");
        assertThat(FileFailures.reason(new NoSuchFileException("/x/plants.csv")))
                .isEqualTo("it does not exist");
        assertThat(FileFailures.reason(new FileAlreadyExistsException("/x/report")))
                .isEqualTo("a file of that name exists already");
    }

    @Test
    void keepsTheSystemsReasonAndNeverThePathAlone() {
        assertThat(FileFailures.reason(new FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo("Read-only file system");
        assertThat(FileFailures.reason(new IOException("Input/output error"))).isEqualTo("Input/output error");
        assertThat(FileFailures.reason(new FileSystemException("/x")))
                .isEqualTo("the system refused without saying why");
    }
}
