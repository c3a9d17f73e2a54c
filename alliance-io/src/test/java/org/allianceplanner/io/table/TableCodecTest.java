package org.allianceplanner.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.allianceplanner.io.Problem;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.rnd.RndTask;
import org.junit.jupiter.api.Test;

class TableCodecTest {
    private static final CellLocator IN_PLANTS_CSV =
            (row, column, value, rule, hint) -> new Problem("plants.csv", null, row, column, null, value, rule, hint);
    private static final List<String> PLANT_HEADER = List.of(
            "plant_id",
            "partner_id",
            "name",
            "country_id",
            "latitude",
            "longitude",
            "capacity_units_per_year",
            "fixed_cost_per_year",
            "closure_cost",
            "conversion_cost_index",
            "closure_allowed");

    private final List<Problem> problems = new ArrayList<>();

    @Test
    void readsPercentagesThousandsFreeNumbersBooleansAndDefaults() {
        List<Plant> plants =
                decodePlants(List.of("p1", "a", "Plant 1", "US", "35.96", "-86.53", "640000", "", "", "95%", "yes"));

        assertThat(problems).isEmpty();
        assertThat(plants)
                .containsExactly(new Plant("p1", "a", "Plant 1", "US", 35.96, -86.53, 640000, 0, 0, 0.95, true));
    }

    @Test
    void reportsEveryBadCellOfARowWithItsColumnValueAndAHint() {
        decodePlants(List.of("p1", "a", "", "US", "35,96", "-86.53", "6,400,000", "lots", "0", "1", "maybe"));

        assertThat(problems)
                .extracting(Problem::describe)
                .containsExactly(
                        "plants.csv, row 2, column name: \"\" is empty; this column is required.",
                        "plants.csv, row 2, column latitude: \"35,96\" is not a number. Maybe write the decimal point"
                                + " as a dot: 35.96.",
                        "plants.csv, row 2, column capacity_units_per_year: \"6,400,000\" is not a number. Maybe leave"
                                + " out the thousands separators: 6400000.",
                        "plants.csv, row 2, column fixed_cost_per_year: \"lots\" is not a number.",
                        "plants.csv, row 2, column closure_allowed: \"maybe\" must be true or false. Maybe write true"
                                + " or false.");
    }

    @Test
    void reportsAMissingRequiredColumnOnceNotOnEveryRow() {
        List<String> header = PLANT_HEADER.subList(0, 6);
        RawTable table = new RawTable(
                "plants",
                header,
                List.of(
                        new RawRow(2, List.of("p1", "a", "P1", "US", "1", "2")),
                        new RawRow(3, List.of("p2", "a", "P2", "US", "1", "2"))),
                IN_PLANTS_CSV);

        ScenarioTables.PLANTS.decode(table, problems);

        assertThat(problems)
                .extracting(Problem::describe)
                .containsExactly(
                        "plants.csv, row 1, column capacity_units_per_year: is missing; this column is" + " required.");
    }

    @Test
    void suggestsTheColumnMeantForAnUnknownHeaderAndIgnoresCommentColumns() {
        List<String> header = new ArrayList<>(PLANT_HEADER);
        header.set(6, "capacity_unit_per_year");
        header.add("#source");
        RawTable table = new RawTable(
                "plants",
                header,
                List.of(new RawRow(2, List.of("p1", "a", "P1", "US", "1", "2", "5", "0", "0", "1", "false", "a note"))),
                IN_PLANTS_CSV);

        ScenarioTables.PLANTS.decode(table, problems);

        assertThat(problems)
                .extracting(Problem::describe)
                .containsExactly(
                        "plants.csv, row 1, column capacity_unit_per_year: is not a column of plants. Maybe you meant"
                                + " 'capacity_units_per_year'.",
                        "plants.csv, row 1, column capacity_units_per_year: is missing; this column is required.");
    }

    @Test
    void encodesAndDecodesListsAndOptionalCellsSymmetrically() {
        RndTask task = new RndTask("prog", "T3", "Integration", 6, List.of("T1", "T2"), null);
        List<Object> encoded = new ArrayList<>();
        for (Object cell : ScenarioTables.RND_TASKS.encode(scenarioWith(task)).get(0)) {
            encoded.add(CellText.format(cell));
        }
        RawTable table = new RawTable(
                "rnd_tasks",
                ScenarioTables.RND_TASKS.columns().stream().map(Column::name).toList(),
                List.of(new RawRow(2, encoded.stream().map(String::valueOf).toList())),
                IN_PLANTS_CSV);

        List<RndTask> decoded = ScenarioTables.RND_TASKS.decode(table, problems).records();

        assertThat(encoded).containsExactly("prog", "T3", "Integration", "6", "T1;T2", "");
        assertThat(problems).isEmpty();
        assertThat(decoded).containsExactly(task);
    }

    @Test
    void skipsEmptyItemsOfAListAsSpreadsheetsLeaveThem() {
        RawTable table = new RawTable(
                "rnd_tasks",
                ScenarioTables.RND_TASKS.columns().stream().map(Column::name).toList(),
                List.of(new RawRow(2, List.of("prog", "T3", "Integration", "6", "T1; ;T2;", ""))),
                IN_PLANTS_CSV);

        List<RndTask> decoded = ScenarioTables.RND_TASKS.decode(table, problems).records();

        assertThat(problems).isEmpty();
        assertThat(decoded).singleElement().satisfies(task -> assertThat(task.predecessorTaskIds())
                .containsExactly("T1", "T2"));
    }

    @Test
    void formatsNumbersInTheirShortestExactForm() {
        assertThat(CellText.formatNumber(640000.0)).isEqualTo("640000");
        assertThat(CellText.formatNumber(0.0067)).isEqualTo("0.0067");
        assertThat(CellText.formatNumber(3.2e10)).isEqualTo("32000000000");
        assertThat(CellText.formatNumber(1e-4)).isEqualTo("0.0001");
        assertThat(Double.parseDouble(CellText.formatNumber(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
    }

    private List<Plant> decodePlants(List<String> cells) {
        RawTable table = new RawTable("plants", PLANT_HEADER, List.of(new RawRow(2, cells)), IN_PLANTS_CSV);
        return ScenarioTables.PLANTS.decode(table, problems).records();
    }

    private static org.allianceplanner.model.scenario.Scenario scenarioWith(RndTask task) {
        return org.allianceplanner.model.scenario.Scenario.builder()
                .settings(SettingsCodec.placeholder())
                .rndTasks(List.of(task))
                .build();
    }
}
