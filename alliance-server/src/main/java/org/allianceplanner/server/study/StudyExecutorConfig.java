package org.allianceplanner.server.study;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which {@link StudyExecutor} runs studies ({@code alliance.studies.executor}). */
@Configuration
public class StudyExecutorConfig {
    /** Studies on threads of this JVM ({@code alliance.studies.executor=in-process}). */
    @Bean
    @ConditionalOnProperty(name = "alliance.studies.executor", havingValue = "in-process", matchIfMissing = true)
    StudyExecutor inProcessStudyExecutor() {
        return new InProcessStudyExecutor();
    }
}
