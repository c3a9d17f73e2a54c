package org.allianceplanner.bench.cflp;

/**
 * A benchmark file that cannot be read: the message names the file, where in it the problem is, and
 * what is wrong.
 */
public final class CflpFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a complete, user-facing message. */
    public CflpFileException(String message) {
        super(message);
    }
}
