package org.allianceplanner.engine.solver;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native libraries once per JVM. Every lever calls {@link #load()} before it builds a
 * solver model; the call is cheap after the first and safe from any thread.
 */
public final class OrTools {
    private static volatile boolean loaded;

    private OrTools() {}

    /** Loads the native libraries if this JVM has not loaded them yet. */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (OrTools.class) {
            if (!loaded) {
                Loader.loadNativeLibraries();
                loaded = true;
            }
        }
    }
}
