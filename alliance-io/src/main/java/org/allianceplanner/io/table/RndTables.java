package org.allianceplanner.io.table;

import static org.allianceplanner.io.table.Column.decimal;
import static org.allianceplanner.io.table.Column.id;
import static org.allianceplanner.io.table.Column.integer;
import static org.allianceplanner.io.table.Column.list;
import static org.allianceplanner.io.table.Column.text;
import static org.allianceplanner.io.table.TableCodec.table;

import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.scenario.Scenario;

/** R&amp;D programs, tasks, task needs and teams: the R&amp;D lever's data, as described in {@link ScenarioTables}. */
final class RndTables {
    /** R&D programs. */
    static final TableCodec<RndProgram> RND_PROGRAMS = table(
                    "rnd_programs",
                    "R&D programs. Money in the owner's currency.",
                    false,
                    Scenario::rndPrograms,
                    Scenario.Builder::rndPrograms)
            .column(id("program_id", "Unique id of the program.", "nissan-ev-platform"), RndProgram::programId)
            .column(id("partner_id", "Owner (partners).", "nissan"), RndProgram::partnerId)
            .column(text("name", "Display name.", "Next-generation EV platform"), RndProgram::name)
            .column(
                    decimal(
                            "cost_of_delay_per_month",
                            ScenarioTables.OWNER_MONEY + "/month",
                            "Value lost for each month the program finishes later.",
                            "9e9"),
                    RndProgram::costOfDelayPerMonth)
            .decodedBy(row -> new RndProgram(
                    row.id("program_id"),
                    row.id("partner_id"),
                    row.text("name"),
                    row.decimal("cost_of_delay_per_month")));

    /** R&D tasks. */
    static final TableCodec<RndTask> RND_TASKS = table(
                    "rnd_tasks",
                    "Tasks of the R&D programs, identified by program and task id together.",
                    false,
                    Scenario::rndTasks,
                    Scenario.Builder::rndTasks)
            .column(id("program_id", "Program (rnd_programs).", "nissan-ev-platform"), RndTask::programId)
            .column(id("task_id", "Id, unique within the program.", "T3"), RndTask::taskId)
            .column(text("name", "Display name.", "Battery pack integration"), RndTask::name)
            .column(integer("duration_months", "months", "Duration in whole months.", "6"), RndTask::durationMonths)
            .column(
                    list(
                                    "predecessors",
                                    ";",
                                    "Tasks of the same program that must finish first, joined by ; (empty items, such"
                                            + " as a trailing ;, are skipped).",
                                    "T1;T2")
                            .optional(),
                    task -> CellText.join(task.predecessorTaskIds(), ";"))
            .column(
                    id(
                                    "share_key",
                                    "Tasks of different partners with the same key are done once in a coalition;"
                                            + " empty when the task cannot be shared. A partner has each key at most"
                                            + " once (its own plan does every task it has).",
                                    "solid-state-cell-chemistry")
                            .optional(),
                    RndTask::shareKey)
            .decodedBy(row -> new RndTask(
                    row.id("program_id"),
                    row.id("task_id"),
                    row.text("name"),
                    row.integer("duration_months"),
                    row.list("predecessors"),
                    row.optionalText("share_key")));

    /** R&D task needs. */
    static final TableCodec<RndTaskNeed> RND_TASK_NEEDS = table(
                    "rnd_task_needs",
                    "Engineering teams a task keeps busy while it runs.",
                    false,
                    Scenario::rndTaskNeeds,
                    Scenario.Builder::rndTaskNeeds)
            .column(
                    id("program_id", "Program of the task (rnd_programs).", "nissan-ev-platform"),
                    RndTaskNeed::programId)
            .column(id("task_id", "Task (rnd_tasks).", "T3"), RndTaskNeed::taskId)
            .column(id("skill", "Skill (rnd_teams).", "battery-systems"), RndTaskNeed::skill)
            .column(integer("teams", "teams", "Teams busy for the whole task.", "2"), RndTaskNeed::teams)
            .decodedBy(row ->
                    new RndTaskNeed(row.id("program_id"), row.id("task_id"), row.id("skill"), row.integer("teams")));

    /** R&D teams. */
    static final TableCodec<RndTeam> RND_TEAMS = table(
                    "rnd_teams",
                    "Each partner's engineering capacity per skill (renewable resources).",
                    false,
                    Scenario::rndTeams,
                    Scenario.Builder::rndTeams)
            .column(id("partner_id", "Partner (partners).", "nissan"), RndTeam::partnerId)
            .column(id("skill", "Skill.", "battery-systems"), RndTeam::skill)
            .column(integer("capacity_teams", "teams", "Teams available at any time.", "4"), RndTeam::capacityTeams)
            .decodedBy(row -> new RndTeam(row.id("partner_id"), row.id("skill"), row.integer("capacity_teams")));

    private RndTables() {}
}
