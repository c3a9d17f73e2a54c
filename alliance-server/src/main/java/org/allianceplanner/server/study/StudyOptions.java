package org.allianceplanner.server.study;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A study's options as the API takes them and as the study's row keeps them ({@code request_json}):
 * the options of {@link org.allianceplanner.app.StudyRequest}, each optional (null takes the default
 * or the scenario's setting). {@link StudyRequestJson} reads and writes it and turns it into the
 * request.
 *
 * @param levers the levers to plan by id ({@code footprint}, {@code sourcing}, {@code rnd}), or null for all
 * @param solver {@code HIGHS}, {@code SCIP} or {@code CBC}, or null for the defaults
 */
public record StudyOptions(
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
        @Nullable Long seed) {}
