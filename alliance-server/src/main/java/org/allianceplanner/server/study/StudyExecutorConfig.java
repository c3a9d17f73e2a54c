package org.allianceplanner.server.study;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where studies run: {@code alliance.studies.isolation=process} (the default) runs each in a JVM of its
 * own, with {@code alliance.studies.process-java-options} (default {@code -Xmx2g}); {@code thread} runs
 * them in the server's JVM, where a HiGHS solve cannot be cancelled before its end and a native crash
 * would take the server down (for tests and small machines).
 */
@Configuration(proxyBeanMethods = false)
public class StudyExecutorConfig {
    @Bean
    StudyExecutor studyExecutor(
            @Value("${alliance.studies.isolation:process}") String isolation,
            @Value("${alliance.studies.process-java-options:-Xmx2g}") String javaOptions) {
        return switch (isolation.strip().toLowerCase(Locale.ROOT)) {
            case "process" -> new ProcessStudyExecutor(javaOptions(javaOptions));
            case "thread" -> new InProcessStudyExecutor();
            default -> throw new IllegalArgumentException("alliance.studies.isolation: \"" + isolation
                    + "\" is not a way to run studies; it is process (each study in a JVM of its own, the"
                    + " default) or thread (in the server's JVM).");
        };
    }

    /** The options, separated by spaces (none holds a space: they are -X and -XX settings). */
    static List<String> javaOptions(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
