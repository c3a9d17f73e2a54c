package org.allianceplanner.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code alliance serve}, turned into the server's settings. The database password is
 * never an option: it comes from {@code $ALLIANCE_DB_PASSWORD} or the file named by {@code
 * --db-password-file}, so that it does not show in the process list or the shell history.
 *
 * @param port the HTTP(S) port
 * @param dataFolder where the embedded database and the server's files are kept
 * @param dbUrl a JDBC URL of PostgreSQL, or null for the embedded H2 file in {@code dataFolder}
 * @param dbUser the database user, or null
 * @param dbPassword the database password, or null
 * @param keystore a PKCS#12 keystore to serve HTTPS with, or null for plain HTTP
 * @param keystorePassword its password (from {@code $ALLIANCE_TLS_KEYSTORE_PASSWORD}), or null
 * @param help whether only the usage was asked for
 */
public record ServeOptions(
        int port,
        Path dataFolder,
        @Nullable String dbUrl,
        @Nullable String dbUser,
        @Nullable String dbPassword,
        @Nullable Path keystore,
        @Nullable String keystorePassword,
        boolean help) {

    /** What {@code alliance serve --help} prints. */
    public static final String USAGE =
            """
            Usage: alliance serve [--port 8080] [--data DIR] [--db-url URL --db-user USER [--db-password-file FILE]]
                                  [--tls-keystore FILE.p12]
            Starts the Alliance Planner service: the REST API under /api/v1 (documented at /api/docs).
              --port N                 the port to listen on (default 8080)
              --data DIR               where the embedded database and the server's files are kept
                                       (default ./alliance-data)
              --db-url URL             a PostgreSQL database instead of the embedded one,
                                       e.g. jdbc:postgresql://db.example.com:5432/alliance
              --db-user USER           the database user
              --db-password-file FILE  a file holding the database password (else $ALLIANCE_DB_PASSWORD)
              --tls-keystore FILE      serve HTTPS with this PKCS#12 keystore; its password comes from
                                       $ALLIANCE_TLS_KEYSTORE_PASSWORD
              -h, --help               this text
            """;

    /** Wrong options: the message says which and why. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String problems;

        UsageException(String problems) {
            super(problems);
            this.problems = problems;
        }

        /** Every wrong option, one per line. */
        public String problems() {
            return problems;
        }
    }

    /**
     * The options in {@code args}, with the passwords from {@code environment}.
     *
     * @throws UsageException naming every wrong option
     */
    public static ServeOptions parse(List<String> args, Map<String, String> environment) throws UsageException {
        int port = 8080;
        Path data = Path.of("alliance-data");
        String dbUrl = null;
        String dbUser = null;
        Path passwordFile = null;
        Path keystore = null;
        boolean help = false;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (name.equals("-h") || name.equals("--help")) {
                help = true;
                continue;
            }
            if (!List.of("--port", "--data", "--db-url", "--db-user", "--db-password-file", "--tls-keystore")
                    .contains(name)) {
                if (name.equals("--db-password")) {
                    problems.add("--db-password: a password is never given on the command line (it would show in the"
                            + " process list and the shell history); set $ALLIANCE_DB_PASSWORD or name a file with"
                            + " --db-password-file.");
                    if (inline == null
                            && i + 1 < args.size()
                            && !args.get(i + 1).startsWith("-")) {
                        i++; // its value, which is not repeated anywhere
                    }
                } else {
                    problems.add(
                            name.startsWith("-")
                                    ? "unknown option " + name + "."
                                    : "unexpected argument \"" + name + "\"; every value follows its option.");
                }
                continue;
            }
            String value = inline;
            if (value == null) {
                if (i + 1 >= args.size()) {
                    problems.add(name + " needs a value.");
                    continue;
                }
                value = args.get(++i);
            }
            switch (name) {
                case "--port" -> {
                    try {
                        port = Integer.parseInt(value);
                        if (port < 1 || port > 65535) {
                            problems.add("--port: \"" + value + "\" is not a port from 1 to 65535.");
                        }
                    } catch (NumberFormatException notNumber) {
                        problems.add("--port: \"" + value + "\" is not a port from 1 to 65535.");
                    }
                }
                case "--data" -> data = Path.of(value);
                case "--db-url" -> {
                    if (!value.startsWith("jdbc:postgresql://") && !value.startsWith("jdbc:h2:")) {
                        problems.add("--db-url: \"" + value + "\" is not a PostgreSQL JDBC URL"
                                + " (jdbc:postgresql://host:5432/database).");
                    }
                    dbUrl = value;
                }
                case "--db-user" -> dbUser = value;
                case "--db-password-file" -> passwordFile = Path.of(value);
                case "--tls-keystore" -> keystore = Path.of(value);
                default -> throw new IllegalStateException(name);
            }
        }
        String dbPassword = environment.get("ALLIANCE_DB_PASSWORD");
        if (passwordFile != null) {
            try {
                dbPassword =
                        Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            } catch (IOException unreadable) {
                problems.add("--db-password-file: " + passwordFile + " cannot be read.");
            }
        }
        if (dbUrl == null && (dbUser != null || passwordFile != null)) {
            problems.add(
                    "--db-user and --db-password-file go with --db-url; without it the embedded database is used.");
        }
        String keystorePassword = environment.get("ALLIANCE_TLS_KEYSTORE_PASSWORD");
        if (keystore != null) {
            if (!Files.isReadable(keystore)) {
                problems.add("--tls-keystore: " + keystore + " cannot be read.");
            }
            if (keystorePassword == null) {
                problems.add("--tls-keystore needs the keystore's password in $ALLIANCE_TLS_KEYSTORE_PASSWORD.");
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("\n", problems));
        }
        return new ServeOptions(port, data, dbUrl, dbUser, dbPassword, keystore, keystorePassword, help);
    }

    /** Whether the embedded H2 database is used. */
    public boolean embeddedDatabase() {
        return dbUrl == null;
    }

    /** The server's settings these options stand for. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", port);
        properties.put("alliance.data-folder", dataFolder.toAbsolutePath().toString());
        if (dbUrl == null) {
            properties.put("spring.datasource.url", h2Url(dataFolder));
            properties.put("spring.datasource.username", "alliance");
            properties.put("spring.datasource.password", "");
        } else {
            properties.put("spring.datasource.url", dbUrl);
            if (dbUser != null) {
                properties.put("spring.datasource.username", dbUser);
            }
            if (dbPassword != null) {
                properties.put("spring.datasource.password", dbPassword);
            }
        }
        if (keystore != null) {
            properties.put("server.ssl.enabled", true);
            properties.put("server.ssl.key-store", keystore.toAbsolutePath().toString());
            properties.put("server.ssl.key-store-type", "PKCS12");
            properties.put("server.ssl.key-store-password", keystorePassword == null ? "" : keystorePassword);
        }
        return properties;
    }

    /** The embedded database file in {@code dataFolder}, in PostgreSQL mode so that one SQL serves both. */
    public static String h2Url(Path dataFolder) {
        return "jdbc:h2:file:"
                + dataFolder.toAbsolutePath().resolve("alliance").toString().replace('\\', '/')
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** Where the server listens, as a user would type it. */
    public String address() {
        return String.format(Locale.ROOT, "%s://localhost:%d/", keystore == null ? "http" : "https", port);
    }
}
