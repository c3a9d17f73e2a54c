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
