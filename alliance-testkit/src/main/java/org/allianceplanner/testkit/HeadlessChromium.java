package org.allianceplanner.testkit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The system's Chromium driven headless by Playwright, with one page open on a local file, recording
 * console errors and blocking (and recording) every request that leaves the file system.
 *
 * <p>Chromium is {@code /usr/bin/chromium} or {@code $CHROMIUM} (Debian: {@code apt-get install
 * chromium}); Playwright's own browser download is not used.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final String CHART = "svg[data-chart]";

    private final Playwright playwright;
    private final Page page;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> externalRequests = new ArrayList<>();

    private HeadlessChromium(Path executable, Path html) {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run")));
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(consoleErrors::add);
        page.route("**/*", route -> {
            if (!route.request().url().startsWith("file:")) {
                externalRequests.add(route.request().url());
                route.abort();
            } else {
                route.resume();
            }
        });
        page.navigate(html.toAbsolutePath().toUri().toString());
    }

    /**
     * The installed Chromium; without one, aborts the calling test (a skip) on a developer's machine
     * and fails it on CI ({@code CI=true}), where the browser tests must run.
     */
    public static Path executableOrSkip() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        if (Files.isExecutable(chromium)) {
            return chromium;
        }
        String message = "No Chromium at " + chromium + ", so the report's rendering is not checked."
                + "\nMaybe install it: apt-get install -y chromium (or set CHROMIUM to its path).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " CI=true, so this is a failure, not a skip.");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable: abort throws");
    }

    /** Opens {@code html} in {@code executable}. */
    public static HeadlessChromium open(Path executable, Path html) {
        return new HeadlessChromium(executable, html);
    }

    /** The page showing the file. */
    public Page page() {
        return page;
    }

    /** How many charts ({@code svg[data-chart]}) the page has. */
    public int chartCount() {
        return page.locator(CHART).count();
    }

    /**
     * The ids of the charts that, scrolled into view, are not drawn at least {@code minPixels} wide and
     * high: empty when every chart renders.
     */
    public List<String> chartsSmallerThan(double minPixels) {
        List<String> small = new ArrayList<>();
        Locator charts = page.locator(CHART);
        for (int i = 0; i < charts.count(); i++) {
            Locator chart = charts.nth(i);
            chart.scrollIntoViewIfNeeded();
            BoundingBox box = chart.boundingBox();
            if (box == null || box.width < minPixels || box.height < minPixels) {
                small.add(chart.getAttribute("id"));
            }
        }
        return small;
    }

    /** Console errors and uncaught page errors so far. */
    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    /** Requests to anything but a local file so far (all blocked). */
    public List<String> externalRequests() {
        return List.copyOf(externalRequests);
    }

    @Override
    public void close() {
        playwright.close();
    }
}
