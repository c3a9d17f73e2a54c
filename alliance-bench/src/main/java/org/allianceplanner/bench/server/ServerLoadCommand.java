package org.allianceplanner.bench.server;

import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code alliance bench serve-load}: the service's read latency under an open-loop load, and plan.json
 * downloads per second.
 */
@Command(
        name = "serve-load",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the server (127.0.0.1, a fresh data folder), plans the demo once, then reads it as dashboards"
                    + " would: --clients clients each send --rate requests a second for --seconds seconds,"
                    + " whatever the answers (open loop; latency counts from when a request was due, so a slow"
                    + " server cannot hide its queue), alternating the study's status and its result summary."
                    + " Then --download-clients clients download plan.json back to back for --download-seconds.",
            "Prints CSV: db,kind,clients,rate_per_client,seconds,requests,errors,p50_ms,p95_ms,p99_ms,max_ms,per_s."
        })
public final class ServerLoadCommand implements Callable<Integer> {
    @Mixin
    ServerBenchOptions server = new ServerBenchOptions();

    @Option(names = "--clients", defaultValue = "50", description = "Clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--rate",
            defaultValue = "2",
            description = "Requests a second per client (default ${DEFAULT-VALUE}).")
    double ratePerClient;

    @Option(
            names = "--seconds",
            defaultValue = "60",
            description = "Length of the read load (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
            names = "--download-clients",
            defaultValue = "4",
            description = "Clients downloading plan.json (default ${DEFAULT-VALUE}).")
    int downloadClients;

    @Option(
            names = "--download-seconds",
            defaultValue = "20",
            description = "Length of the downloads (default ${DEFAULT-VALUE}).")
    int downloadSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 500 || ratePerClient <= 0 || ratePerClient > 50 || seconds < 1 || seconds > 600) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Keep the load bounded: 1-500 clients, up to 50 requests/s each, 1-600 s.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ServerBenchOptions.Started started = server.start(Map.of())) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            ServerApi api = ServerApi.freshAnalyst(http, started.server.base(), started.adminPassword);
            long scenario = api.demoScenario();
            long study = api.submit(scenario, Map.of());
            String state = api.awaitFinished(study, Duration.ofMinutes(15))
                    .path("state")
                    .asText();
            if (!state.equals("COMPLETED")) {
                throw new IllegalStateException("The demo study ended " + state + "; see the server log.");
            }
            List<String> paths = List.of("/api/v1/studies/" + study, "/api/v1/studies/" + study + "/result");
            openLoop(http, api, paths, 5, "warm-up");
            out.println("db,kind,clients,rate_per_client,seconds,requests,errors,p50_ms,p95_ms,p99_ms,max_ms,per_s");
            out.println(server.database + "," + openLoop(http, api, paths, seconds, "status+result"));
            out.println(server.database + "," + downloads(api, "/api/v1/studies/" + study + "/plan.json"));
            out.flush();
        }
        return 0;
    }

    /** The open-loop read load; its CSV columns from kind on. */
    private String openLoop(HttpClient http, ServerApi api, List<String> paths, int lengthSeconds, String kind)
            throws InterruptedException {
        long periodNanos = (long) (1e9 / ratePerClient);
        long start = System.nanoTime() + 200_000_000L;
        long end = start + lengthSeconds * 1_000_000_000L;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        try {
            for (int client = 0; client < clients; client++) {
                long offset = periodNanos * client / clients;
                AtomicLong due = new AtomicLong(start + offset);
                AtomicInteger sent = new AtomicInteger(client);
                clock.scheduleAtFixedRate(
                        () -> {
                            long dueAt = due.getAndAdd(periodNanos);
                            if (dueAt >= end) {
                                return;
                            }
                            HttpRequest request = api.request(paths.get(sent.getAndIncrement() % paths.size()))
                                    .timeout(Duration.ofSeconds(30))
                                    .GET()
                                    .build();
                            CompletableFuture<?> answer = http.sendAsync(
                                            request, HttpResponse.BodyHandlers.ofByteArray())
                                    .whenComplete((response, failure) -> {
                                        latencies.add(System.nanoTime() - dueAt);
                                        if (failure != null || response.statusCode() != 200) {
                                            errors.incrementAndGet();
                                        }
                                    });
                            synchronized (pending) {
                                pending.add(answer);
                            }
                        },
                        Math.max(0, start + offset - System.nanoTime()),
                        periodNanos,
                        TimeUnit.NANOSECONDS);
            }
            Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000) + 100);
        } finally {
            clock.shutdownNow();
        }
        List<CompletableFuture<?>> all;
        synchronized (pending) {
            all = List.copyOf(pending);
        }
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException late) {
            // Failed and late answers are counted as errors by their own handlers or below.
        }
        int unanswered = (int) all.stream().filter(f -> !f.isDone()).count();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "%s,%d,%.1f,%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f",
                kind,
                clients,
                ratePerClient,
                lengthSeconds,
                all.size(),
                errors.get() + unanswered,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                all.size() / (double) lengthSeconds);
    }

    /** Closed-loop downloads of {@code path}; the CSV columns from kind on. */
    private String downloads(ServerApi api, String path) throws InterruptedException {
        long end = System.nanoTime() + downloadSeconds * 1_000_000_000L;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < downloadClients; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long begin = System.nanoTime();
                    try {
                        ServerApi.Response response = api.get(path);
                        if (response.status() != 200) {
                            errors.incrementAndGet();
                        }
                        bytes.addAndGet(response.body().length);
                    } catch (RuntimeException failed) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - begin);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "plan.json (%.1f MB each),%d,closed loop,%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f",
                sorted.length == 0 ? 0 : bytes.get() / (double) sorted.length / 1e6,
                downloadClients,
                downloadSeconds,
                sorted.length,
                errors.get(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                sorted.length / (double) downloadSeconds);
    }

    /** The {@code fraction} percentile of sorted nanoseconds, in milliseconds (nearest rank). */
    static double percentile(long[] sortedNanos, double fraction) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(rank, sortedNanos.length - 1))] / 1e6;
    }
}
