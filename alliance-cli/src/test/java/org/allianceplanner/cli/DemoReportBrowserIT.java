package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.allianceplanner.io.demo.DemoScenarios;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.report.json.PlanJson;
import org.allianceplanner.testkit.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code alliance demo} and opens the {@code report.html} it writes in headless Chromium: the
 * report a new user sees renders its map, waterfall and splits from the demo's real study.
 */
class DemoReportBrowserIT {
    private static final Path REPORT = Path.of("target", "demo-report-browser-it");
    private static final Scenario DEMO =
            DemoScenarios.load(DemoScenarios.NISSAN_TESLA_HONDA).scenario();

    private static HeadlessChromium chromium;
    private static Page page;
    private static AllianceStudyResult study;

    @BeforeAll
    static void runTheDemoAndOpenItsReport() {
        Path executable = HeadlessChromium.executableOrSkip();
        StringWriter err = new StringWriter();
        var commandLine = AllianceCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("demo", "--out", REPORT.toString(), "--no-cache");
        assertThat(exit).as(err.toString()).isZero();
        study = PlanJson.read(REPORT.resolve("plan.json"));
        chromium = HeadlessChromium.open(executable, REPORT.resolve("report.html"));
        page = chromium.page();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theMapShowsEveryDemoPlantAndTheBestAlliancesFlows() {
        page.locator("#map").scrollIntoViewIfNeeded();
        Locator plants = page.locator("#map circle.plant");

        assertThat(plants.count()).isEqualTo(DEMO.plants().size());
        for (int i = 0; i < plants.count(); i++) {
            assertThat(plants.nth(i).isVisible())
                    .as(plants.nth(i).getAttribute("data-plant"))
                    .isTrue();
        }
        Locator joint = page.locator("#map path.flow[data-layer=joint]");
        assertThat(joint.count()).isPositive();
        assertThat(joint.first().isVisible()).isTrue();
        // Smyrna, Tennessee lies east of Fremont, California.
        BoundingBox fremont =
                page.locator("#map circle[data-plant=tesla-fremont]").boundingBox();
        BoundingBox smyrna =
                page.locator("#map circle[data-plant=nissan-smyrna]").boundingBox();
        assertThat(smyrna.x).isGreaterThan(fremont.x);
    }

    @Test
    void theWaterfallOfTheBestAllianceAddsUpToItsSynergy() {
        Locator bars = page.locator("#waterfall-best rect.bar");
        bars.first().scrollIntoViewIfNeeded();

        assertThat(bars.count()).isEqualTo(4);
        double levers = 0;
        double total = 0;
        for (int i = 0; i < bars.count(); i++) {
            BoundingBox box = bars.nth(i).boundingBox();
            if ("total".equals(bars.nth(i).getAttribute("data-lever"))) {
                total = box.height;
            } else {
                levers += box.height;
            }
        }
        assertThat(total).isGreaterThan(50);
        assertThat(levers).isCloseTo(total, within(1.0));
        assertThat(page.locator("#waterfall-best").textContent())
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "%,.0f",
                        study.alliances().get(0).synergy().total() / 1e6));
    }

    @Test
    void everyChartRendersWithoutErrorsOrNetwork() {
        assertThat(chromium.chartCount()).isGreaterThanOrEqualTo(8);
        assertThat(chromium.chartsSmallerThan(100)).isEmpty();
        assertThat(chromium.consoleErrors()).isEmpty();
        assertThat(chromium.externalRequests()).isEmpty();
    }
}
