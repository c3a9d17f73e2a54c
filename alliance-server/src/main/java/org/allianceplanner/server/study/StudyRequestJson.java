package org.allianceplanner.server.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.allianceplanner.app.Lever;
import org.allianceplanner.app.StudyRequest;
import org.allianceplanner.app.StudyRequestException;
import org.allianceplanner.engine.solver.MipSolver;

/**
 * The one way a study's options ({@link StudyOptions}) become text and a {@link StudyRequest}: the API
 * writes them to the study's row, and every executor (in this JVM or in a study's own process) reads
 * them back the same way. Plain Jackson, no Spring: a study's own process uses it too.
 */
public final class StudyRequestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StudyRequestJson() {}

    /** {@code options} as JSON, nulls left out. */
    public static String write(StudyOptions options) {
        try {
            return MAPPER.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Study options are plain values and always serialize.", e);
        }
    }

    /** The options {@link #write} wrote. */
    public static StudyOptions read(String json) {
        try {
            return MAPPER.readValue(json, StudyOptions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The study's stored options are not readable JSON.", e);
        }
    }

    /** The request the JSON of {@link #write} asks for. */
    public static StudyRequest request(String json) {
        return request(read(json));
    }

    /**
     * The request {@code options} ask for.
     *
     * @throws InvalidStudyOptions naming every option that cannot be planned
     */
    public static StudyRequest request(StudyOptions options) {
        List<StudyRequestException.Problem> problems = new ArrayList<>();
        StudyRequest.Builder builder = StudyRequest.builder();
        if (options.levers() != null) {
            EnumSet<Lever> levers = EnumSet.noneOf(Lever.class);
            for (String id : options.levers()) {
                Optional<Lever> lever = Lever.ofId(id == null ? "" : id.toLowerCase(Locale.ROOT));
                if (lever.isPresent()) {
                    levers.add(lever.get());
                } else {
                    problems.add(new StudyRequestException.Problem(
                            "levers", "There is no lever \"" + id + "\"; the levers are footprint, sourcing and rnd."));
                }
            }
            builder.levers(levers);
        }
        if (options.solver() != null) {
            try {
                builder.solver(MipSolver.valueOf(options.solver().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.add(new StudyRequestException.Problem(
                        "solver",
                        "There is no solver \"" + options.solver() + "\"; the solvers are HIGHS, SCIP and CBC."));
            }
        }
        builder.timeLimitSeconds(options.timeLimitSeconds())
                .rndTimeLimitSeconds(options.rndTimeLimitSeconds())
                .relativeGap(options.relativeGap())
                .friction(options.friction())
                .threads(options.threads())
                .seed(options.seed());
        if (options.rndWorkers() != null) {
            builder.rndWorkers(options.rndWorkers());
        }
        if (options.searchBreakEven() != null) {
            builder.searchBreakEven(options.searchBreakEven());
        }
        if (options.breakEvenTolerance() != null) {
            builder.breakEvenTolerance(options.breakEvenTolerance());
        }
        if (options.bargainingPowers() != null) {
            Map<String, Double> powers = new LinkedHashMap<>();
            options.bargainingPowers().forEach((partner, power) -> {
                if (power == null) {
                    problems.add(new StudyRequestException.Problem(
                            "bargainingPowers", "The bargaining power of " + partner + " must be a positive number."));
                } else {
                    powers.put(partner, power);
                }
            });
            builder.bargainingPowers(powers);
        }
        if (options.samples() != null) {
            builder.samples(options.samples());
        }
        try {
            StudyRequest request = builder.build();
            if (!problems.isEmpty()) {
                throw new InvalidStudyOptions(problems);
            }
            return request;
        } catch (StudyRequestException invalid) {
            problems.addAll(invalid.problems());
            throw new InvalidStudyOptions(problems);
        }
    }
}
