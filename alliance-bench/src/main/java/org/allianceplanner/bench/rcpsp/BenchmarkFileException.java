package org.allianceplanner.bench.rcpsp;

import java.nio.file.Path;

/** A benchmark file that cannot be read, with the file, the line (0 when none) and what is wrong. */
public final class BenchmarkFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file, line and problem as one sentence. */
    public BenchmarkFileException(Path file, int line, String problem) {
        super(line > 0 ? file + ", line " + line + ": " + problem : file + ": " + problem);
    }
}
