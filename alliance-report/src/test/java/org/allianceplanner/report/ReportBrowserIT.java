package org.allianceplanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allianceplanner.testkit.HeadlessChromium;
import org.allianceplanner.testkit.StudyFixture;
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

    @Test
    void theSplitTableFitsItsSectionAt900PixelsWide() {
        page.setViewportSize(900, 1200);
        // Every cell of the best alliance's split table ends inside its section's content box.
        @SuppressWarnings("unchecked")
        java.util.List<String> overflowing = (java.util.List<String>)
                page.evaluate(
                        """
                () => {
                  const section = document.querySelector('#split');
                  const box = section.getBoundingClientRect();
                  const right = box.right - parseFloat(getComputedStyle(section).paddingRight);
                  return Array.from(section.querySelectorAll('table.split')[0].querySelectorAll('th, td'))
                    .filter(cell => cell.getBoundingClientRect().right > right + 0.5)
                    .map(cell => cell.textContent + ' ends at ' + cell.getBoundingClientRect().right + ' > ' + right);
                }
                """);
        Object scrolls = page.evaluate("() => { const s = document.querySelector('#split table.split').parentElement;"
                + " return s.scrollWidth > s.clientWidth; }");
        page.setViewportSize(1280, 800);

        assertThat(overflowing).isEmpty();
        assertThat(scrolls).isEqualTo(false);
    }

    @Test
    void chartTextStaysInsideEachChartEvenWithLongNames() {
        Path dir = Path.of("target", "report-browser-it-long-names");
        ReportWriter.write(StudyFixture.result("Nissan Motor Corporation of Yokohama, Nishi-ku, Kanagawa"), dir);
        try (HeadlessChromium longNames =
                HeadlessChromium.open(HeadlessChromium.executableOrSkip(), dir.resolve(ReportWriter.HTML))) {
            @SuppressWarnings("unchecked")
            java.util.List<String> outside = (java.util.List<String>)
                    longNames
                            .page()
                            .evaluate(
                                    """
                    () => {
                      const out = [];
                      document.querySelectorAll('svg[data-chart]').forEach(svg => {
                        // On screen, so that rotated axis titles count as drawn; the SVG box is its viewBox.
                        const s = svg.getBoundingClientRect();
                        svg.querySelectorAll('text').forEach(t => {
                          const b = t.getBoundingClientRect();
                          if (b.left < s.left - 1 || b.top < s.top - 1 || b.right > s.right + 1
                              || b.bottom > s.bottom + 1) {
                            out.push(svg.id + ': "' + t.textContent + '" spans x ' + (b.left - s.left).toFixed(1)
                              + '..' + (b.right - s.left).toFixed(1) + ' of ' + s.width.toFixed(1));
                          }
                        });
                      });
                      return out;
                    }
                    """);
            Object charts = longNames.page().evaluate("() => document.querySelectorAll('svg[data-chart] text').length");

            assertThat(outside).isEmpty();
            assertThat(((Number) charts).intValue()).isGreaterThan(50);
        }
    }
}
