package org.allianceplanner.bench.cflp;

import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark instances copied into the repository, found from the module's working directory. */
final class BenchmarkFiles {
    private BenchmarkFiles() {}

    static Path cflp(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("benchmarks").resolve("cflp");
            if (Files.isDirectory(candidate)) {
                return candidate.resolve(relative);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "No benchmarks/cflp folder above " + Path.of("").toAbsolutePath());
    }
}
