package org.allianceplanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allianceplanner.testkit.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens {@code report.html} in the system's headless Chromium and checks that the charts and the map
 * render: non-empty boxes, one visible marker per plant, waterfall bars with height, the map's layer
 * toggle, no console error and no request leaving the file. Section screenshots go to {@code
 * target/report-screenshots/} for a person to look at.
 *
 * <p>Needs Chromium (see {@link HeadlessChromium}). Without it the test is skipped locally and fails
 * when {@code CI=true}.
 */
class ReportBrowserIT {
    private static HeadlessChromium chromium;
    private static Page page;

    @BeforeAll
    static void openReport() {
        Path executable = HeadlessChromium.executableOrSkip();
        Path dir = Path.of("target", "report-browser-it");
        ReportWriter.write(StudyFixture.result(), dir);
        chromium = HeadlessChromium.open(executable, dir.resolve(ReportWriter.HTML));
        page = chromium.page();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void everyChartRendersWithAVisibleBox() {
        assertThat(chromium.chartCount()).isGreaterThanOrEqualTo(8);
        assertThat(chromium.chartsSmallerThan(100)).isEmpty();
    }

    @Test
    void theMapShowsOneVisibleMarkerPerPlantAndTheLand() {
        Locator plants = page.locator("#map circle.plant");
        page.locator("#map").scrollIntoViewIfNeeded();

        assertThat(plants.count()).isEqualTo(StudyFixture.scenario().plants().size());
        for (int i = 0; i < plants.count(); i++) {
            assertThat(plants.nth(i).isVisible()).isTrue();
            assertThat(plants.nth(i).boundingBox().width).isGreaterThan(4);
        }
        BoundingBox land = page.locator("#map path.land").boundingBox();
        BoundingBox map = page.locator("#map").boundingBox();
        assertThat(land.width).isGreaterThan(map.width * 0.8);
        // Marysville, Ohio lies east of Fremont, California and north of it.
        BoundingBox fremont =
                page.locator("#map circle[data-plant=tesla-fremont]").boundingBox();
        BoundingBox marysville =
                page.locator("#map circle[data-plant=honda-marysville]").boundingBox();
        assertThat(marysville.x).isGreaterThan(fremont.x);
        assertThat(marysville.y).isLessThan(fremont.y);
    }

    @Test
    void theMapToggleSwitchesBetweenStandaloneAndJointFlows() {
        Locator joint = page.locator("#map path.flow[data-layer=joint]");
        Locator standalone = page.locator("#map path.flow[data-layer=standalone]");
        assertThat(visible(joint)).isEqualTo(StudyFixture.jointFlows().size());
        assertThat(visible(standalone)).isZero();

        page.locator("button[data-show=standalone]").click();
        assertThat(visible(standalone)).isEqualTo(11);
        assertThat(visible(joint)).isZero();

        page.locator("button[data-show=joint]").click();
        assertThat(visible(joint)).isEqualTo(StudyFixture.jointFlows().size());
    }

    @Test
    void theWaterfallBarsHavePositiveHeights() {
        Locator bars = page.locator("#waterfall-best rect.bar");
        bars.first().scrollIntoViewIfNeeded();

        assertThat(bars.count()).isEqualTo(4);
        double levers = 0;
        double total = 0;
        for (int i = 0; i < bars.count(); i++) {
            BoundingBox box = bars.nth(i).boundingBox();
            assertThat(box.height).isGreaterThan(1);
            if (bars.nth(i).getAttribute("data-lever").equals("total")) {
                total = box.height;
            } else {
                levers += box.height;
            }
        }
        assertThat(levers).isCloseTo(total, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void rendersWithoutConsoleErrorsOrNetworkRequests() throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "report-screenshots"));
        Locator sections = page.locator("main > section");
        for (int i = 0; i < sections.count(); i++) {
            Locator section = sections.nth(i);
            section.screenshot(new Locator.ScreenshotOptions()
                    .setPath(shots.resolve(i + "-" + section.getAttribute("id") + ".png")));
        }

        assertThat(chromium.consoleErrors()).isEmpty();
        assertThat(chromium.externalRequests()).isEmpty();
    }

    private static int visible(Locator locator) {
        int count = 0;
        for (int i = 0; i < locator.count(); i++) {
            if (locator.nth(i).isVisible()) {
                count++;
            }
        }
        return count;
    }
}
