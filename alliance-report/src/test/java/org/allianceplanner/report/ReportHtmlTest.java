package org.allianceplanner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.testkit.StudyFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportHtmlTest {
    private static String html;

    @BeforeAll
    static void writeReport() throws Exception {
        // Kept in target/ so that a person can open the sample report after the build.
        Path dir = Path.of("target", "report-sample");
        ReportWriter.write(StudyFixture.result(), dir);
        html = Files.readString(dir.resolve(ReportWriter.HTML));
    }

    @Test
    void drawsOnePlantMarkerPerPlantOfTheAlliance() {
        List<Map<String, String>> plants = elements("circle", "plant");

        assertThat(plants)
                .extracting(p -> p.get("data-plant"))
                .containsExactlyInAnyOrderElementsOf(StudyFixture.scenario().plants().stream()
                        .map(Plant::plantId)
                        .toList());
        assertThat(plants)
                .filteredOn(p -> p.get("data-plant").equals("tesla-shanghai"))
                .extracting(p -> Double.parseDouble(p.get("r")))
                .containsExactly(10.0);
        assertThat(elements("rect", "market")).hasSize(4);
    }

    @Test
    void drawsOneFlowPerFlowWithItsVolume() {
        List<ProductionFlow> standalone = new ArrayList<>();
        StudyFixture.ALL.forEach(id -> standalone.addAll(StudyFixture.standaloneFlows(id)));

        assertThat(flowsOf("standalone")).containsExactlyInAnyOrderElementsOf(standalone);
        assertThat(flowsOf("joint")).containsExactlyInAnyOrderElementsOf(StudyFixture.jointFlows());
    }

    @Test
    void waterfallBarsAddUpToTheTotal() {
        String chart = chart("waterfall-best");
        Map<String, Double> value = new HashMap<>();
        Map<String, Double> height = new HashMap<>();
        for (Map<String, String> bar : elements(chart, "rect", "bar")) {
            value.put(bar.get("data-lever"), Double.parseDouble(bar.get("data-value")));
            height.put(bar.get("data-lever"), Double.parseDouble(bar.get("height")));
        }

        assertThat(value.get("total")).isEqualTo(4_612e6);
        assertThat(value.get("footprint") + value.get("procurement") + value.get("rnd"))
                .isCloseTo(value.get("total"), within(1.0));
        assertThat(height.get("footprint") + height.get("procurement") + height.get("rnd"))
                .isCloseTo(height.get("total"), within(0.05));
        assertThat(height.get("procurement")).isPositive();
        assertThat(html).contains("4,612 M USD/yr");
    }

    @Test
    void drawsSmallMultiplesForTheOtherAlliances() {
        assertThat(html)
                .contains(
                        "id=\"waterfall-honda+nissan\"",
                        "id=\"waterfall-nissan+tesla\"",
                        "id=\"waterfall-honda+tesla\"");
    }

    @Test
    void marksTheBlockedSplitWithItsBlockingCoalition() {
        assertThat(html).contains("blocked by Honda + Nissan gaining 265 M USD").contains("in core ✓");
        List<Map<String, String>> shapley = elements(chart("split-chart"), "rect", "bar").stream()
                .filter(b -> b.get("data-method").equals("shapley"))
                .toList();
        assertThat(shapley).extracting(b -> b.get("data-partner")).containsExactly("honda", "nissan", "tesla");
        assertThat(shapley.stream()
                        .mapToDouble(b -> Double.parseDouble(b.get("data-value")))
                        .sum())
                .isCloseTo(4_612e6, within(1.0));
    }

    @Test
    void drawsEveryTaskOfTheGanttStandaloneAndJoint() {
        List<Map<String, String>> tasks = elements(chart("gantt"), "rect", "task");

        assertThat(tasks)
                .filteredOn(t -> t.get("data-plan").equals("standalone"))
                .hasSize(9);
        assertThat(tasks)
                .filteredOn(t -> t.get("data-plan").equals("joint")
                        && t.get("data-program").equals("nissan-ssb"))
                .extracting(t -> t.get("data-task") + ":" + t.get("data-end"))
                .containsExactly("T1:12", "T2:24", "T3:34");
    }

    @Test
    void decisionsListTheClosedPlantTheOpenedLineAndThePartnersWorkByName() {
        String grand =
                between(html, "<details class=\"decisions\" data-alliance=\"honda+nissan+tesla\" open>", "</details>");

        // Kyushu has no flow left in the fixture's joint plan: the plan closes it.
        assertThat(grand)
                .contains("<li data-plant=\"nissan-kyushu\">Nissan Motor Kyushu <span class=\"muted\">(Nissan)");
        assertThat(grand).doesNotContain("<li data-plant=\"nissan-sunderland\">");
        assertThat(grand).contains("<td>opened</td><td>Beta car platform</td><td>Sunderland Plant</td>");
        // Honda's CR-Vs in Smyrna and Civics in Sunderland, Nissan's Serena in Suzuka, its X-Trail in Shanghai.
        assertThat(grand)
                .contains(
                        "<td>Honda</td><td>CR-V</td><td>Nissan</td><td>Smyrna Vehicle Assembly</td><td class=\"num\">200,000</td>")
                .contains(
                        "<td>Honda</td><td>Civic</td><td>Nissan</td><td>Sunderland Plant</td><td class=\"num\">120,000</td>")
                .contains("<td>Nissan</td><td>Serena</td><td>Honda</td><td>Suzuka Factory</td>")
                .contains("<td>Nissan</td><td>X-Trail</td><td>Tesla</td><td>Gigafactory Shanghai</td>")
                .contains(
                        "<td>Honda</td><td>Civic</td><td>Nissan</td><td>European Union</td><td class=\"num\">60,000</td>");
        // A pair of the fixture keeps every plant.
        assertThat(between(html, "<details class=\"decisions\" data-alliance=\"honda+nissan\"", "</details>"))
                .contains("0 plants closed");
    }

    @Test
    void ranksOnlyAlliancesOfTwoOrMorePartnersAndShowsPartnersAloneApart() {
        String ranked = between(html, "<table class=\"alliances sortable\">", "</table>");
        List<Map<String, String>> rows = new ArrayList<>();
        Matcher m = Pattern.compile(
                        "<tr data-alliance=\"([^\"]+)\" data-total=\"[^\"]*\"><td class=\"num\">(\\d+)</td>")
                .matcher(ranked);
        while (m.find()) {
            rows.add(Map.of("alliance", m.group(1), "rank", m.group(2)));
        }

        assertThat(rows)
                .extracting(r -> r.get("rank") + " " + r.get("alliance"))
                .containsExactly("1 honda+nissan+tesla", "2 honda+nissan", "3 nissan+tesla", "4 honda+tesla");
        assertThat(between(html, "<table class=\"alone\">", "</table>"))
                .contains("data-partner=\"honda\"", "data-partner=\"nissan\"", "data-partner=\"tesla\"");
        assertThat(html).contains("rank 1 of 4 alliances");
    }

    @Test
    void saysWhatCoreAndLeastCoreMeanInPlainWords() {
        String alliances = between(html, "<section id=\"alliances\">", "</section>");

        assertThat(alliances)
                .contains("<b>Core</b>: whether some split of the gain leaves every group content (no group of partners"
                        + " would rather leave")
                .contains("<b>Least core</b>: the smallest gain some group can still make by leaving");
        assertThat(between(html, "<section id=\"split\">", "</p>")).contains("<b>in the core</b>, when no group");
    }

    @Test
    void namesModelsAndMarketsInTheFlowsTableAndFoldsIt() {
        String flows = between(html, "<section id=\"footprint\">", "</section>");

        assertThat(flows).contains("<details><summary>All 23 flows, standalone and joint</summary>");
        assertThat(flows).contains("<td>joint</td><td>CR-V</td><td>Smyrna Vehicle Assembly</td><td>United States</td>");
        assertThat(flows).doesNotContain("<td>MODEL-Y</td>");
    }

    @Test
    void cutsChartTextThatWouldNotFitAndKeepsTheFullNameInATitle() {
        String longName = "Nissan Motor Corporation of Yokohama and Nishi-ku";
        ReportWriter.write(StudyFixture.result(longName), Path.of("target", "report-long-names"));
        String page = readUnchecked(Path.of("target", "report-long-names", ReportWriter.HTML));
        int width = 300; // a small multiple
        Matcher titles = Pattern.compile("<svg [^>]*id=\"waterfall-[^\"]+\"[^>]*viewBox=\"0 0 300 200\"[^>]*>"
                        + "<text x=\"([0-9.]+)\"[^>]*font-size=\"(\\d+)\"[^>]*>(<title>([^<]*)</title>)?([^<]*)</text>")
                .matcher(page);
        int seen = 0;
        while (titles.find()) {
            seen++;
            double x = Double.parseDouble(titles.group(1));
            int size = Integer.parseInt(titles.group(2));
            String shown = titles.group(5);
            // Even at 0.62 em a character (wider than most sans-serif text), the title ends inside the chart.
            assertThat(x + shown.length() * 0.62 * size).as(shown).isLessThanOrEqualTo(width);
            if (titles.group(4) != null) {
                assertThat(shown).endsWith("…");
                assertThat(titles.group(4))
                        .contains(shown.substring(0, shown.length() - 1).strip());
            }
        }
        assertThat(seen).isEqualTo(3);
        assertThat(page).contains("<title>#2 Honda + " + longName + "</title>");
    }

    private static String readUnchecked(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return text.substring(from, text.indexOf(end, from + start.length()));
    }

    @Test
    void escapesPartnerNames(@TempDir Path dir) throws Exception {
        ReportWriter.write(StudyFixture.result("<b>&Co"), dir);
        String page = Files.readString(dir.resolve(ReportWriter.HTML));

        assertThat(page).doesNotContain("<b>&Co").contains("&lt;b&gt;&amp;Co");
    }

    @Test
    void loadsNothingFromTheNetwork() {
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                .doesNotContain("http:", "https:", "<link", "src=", "@import", "url(");
    }

    private static List<ProductionFlow> flowsOf(String layer) {
        return elements("path", "flow").stream()
                .filter(f -> f.get("data-layer").equals(layer))
                .map(f -> new ProductionFlow(
                        f.get("data-model"),
                        f.get("data-plant"),
                        f.get("data-market"),
                        Double.parseDouble(f.get("data-units"))))
                .toList();
    }

    private static String chart(String id) {
        int start = html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id + "\"");
        assertThat(start).as("chart " + id).isNotNegative();
        return html.substring(start, html.indexOf("</svg>", start));
    }

    private static List<Map<String, String>> elements(String tag, String cssClass) {
        return elements(html, tag, cssClass);
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

    /** The attributes of every {@code <tag class="cssClass" ...>} in {@code text}. */
    static List<Map<String, String>> elements(String text, String tag, String cssClass) {
        Matcher m = Pattern.compile("<" + tag + " class=\"" + cssClass + "\"([^>]*)>")
                .matcher(text);
        List<Map<String, String>> out = new ArrayList<>();
        while (m.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(1));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            out.add(attributes);
        }
        return out;
    }
}
