package org.allianceplanner.server.study;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A study to submit: the scenario and the study's options ({@link StudyOptions}, each optional).
 * Unknown fields are refused.
 */
public record NewStudy(
        @Nullable Long scenarioId,
        @Nullable List<String> levers,
        @Nullable String solver,
        @Nullable Double timeLimitSeconds,
        @Nullable Double rndTimeLimitSeconds,
        @Nullable Double relativeGap,
        @Nullable Integer rndWorkers,
        @Nullable Double friction,
        @Nullable Boolean searchBreakEven,
        @Nullable Double breakEvenTolerance,
        @Nullable Integer threads,
        @Nullable Map<String, Double> bargainingPowers,
        @Nullable Integer samples,
        @Nullable Long seed) {
    /** The options alone, as the study's row keeps them. */
    public StudyOptions options() {
        return new StudyOptions(
                levers,
                solver,
                timeLimitSeconds,
                rndTimeLimitSeconds,
                relativeGap,
                rndWorkers,
                friction,
                searchBreakEven,
                breakEvenTolerance,
                threads,
                bargainingPowers,
                samples,
                seed);
    }
}
