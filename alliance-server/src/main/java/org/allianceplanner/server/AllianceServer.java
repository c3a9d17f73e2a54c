package org.allianceplanner.server;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * {@code alliance serve}: parses the options, then starts the service. On a fresh install it creates the
 * data folder, the embedded database and the first administrator, whose one-time password it prints.
 */
@SpringBootApplication
@EnableScheduling
public class AllianceServer {
    /** Exit status of wrong options. */
    static final int USAGE_ERROR = 2;

    /** Exit status when the service cannot start (port taken, database unreachable). */
    static final int START_FAILED = 1;

    public static void main(String[] args) {
        ServeOptions options;
        try {
            options = ServeOptions.parse(List.of(args), System.getenv());
        } catch (ServeOptions.UsageException wrong) {
            System.err.println("alliance serve: " + wrong.problems().replace("\n", "\nalliance serve: "));
            System.err.print(ServeOptions.USAGE);
            System.exit(USAGE_ERROR);
            return;
        }
        if (options.help()) {
            System.out.print(ServeOptions.USAGE);
            return;
        }
        if (options.embeddedDatabase()) {
            try {
                Files.createDirectories(options.dataFolder());
            } catch (IOException cannot) {
                System.err.println("alliance serve: the data folder "
                        + options.dataFolder().toAbsolutePath() + " cannot be created; choose another with --data.");
                System.exit(START_FAILED);
                return;
            }
        }
        try {
            start(options);
        } catch (RuntimeException failed) {
            System.err.println("alliance serve: the service could not start: "
                    + StartFailure.describe(failed, options.dataFolder()));
            System.exit(START_FAILED);
        }
    }

    /**
     * Starts the service with {@code options} and returns it running; {@link StartFailure#describe} says
     * in a user's words why a start failed.
     */
    static ConfigurableApplicationContext start(ServeOptions options) {
        SpringApplication application = new SpringApplication(AllianceServer.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setDefaultProperties(options.properties());
        return application.run();
    }
}
