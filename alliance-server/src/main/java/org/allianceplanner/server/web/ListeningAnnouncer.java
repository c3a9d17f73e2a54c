package org.allianceplanner.server.web;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints, once the service is ready, where it listens and which database it keeps its data in. */
@Component
public class ListeningAnnouncer {
    private final DataSource dataSource;
    private final boolean tls;

    public ListeningAnnouncer(DataSource dataSource, @Value("${server.ssl.enabled:false}") boolean tls) {
        this.dataSource = dataSource;
        this.tls = tls;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        String scheme = tls ? "https" : "http";
        System.out.println("Alliance Planner listens on " + scheme + "://localhost:" + port + "/ (API under /api/v1,"
                + " documented at " + scheme + "://localhost:" + port + "/api/docs)");
        System.out.println("  data in " + database());
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            int options = url.indexOf(';');
            return options < 0 ? url : url.substring(0, options);
        } catch (SQLException unreachable) {
            return "a database that cannot be reached now";
        }
    }
}
