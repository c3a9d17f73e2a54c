package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.allianceplanner.model.plan.SolveReport;
import org.jspecify.annotations.Nullable;

/**
 * The R&amp;D schedule of one coalition (a single partner's standalone plan is the coalition of one):
 * when every task of its members' programs runs and who staffs it, when each program completes, how
 * busy every team is and why each program completes when it does. Times are whole months from the
 * start of the plan. Without a solution ({@link SolveReport#hasPlan()} false) every list is empty.
 *
 * @param partnerIds the coalition's members, sorted
 * @param frictionOverride the friction used for every pair of members instead of the scenario's,
 *     {@code null} when the scenario's frictions apply
 * @param report how the solve ended; its objective and bound are the weighted completion in the
 *     base currency (cost of delay per month × completion month, summed over programs)
 * @param tasks every task of every member's program
 * @param programs every member's program with its completion
 * @param teamLoads every member's teams, month by month
 * @param criticalChains one per program
 * @param bindingTeams the teams critical chains waited for, most waiting first
 */
public record RndPlan(
        List<String> partnerIds,
        @Nullable Double frictionOverride,
        SolveReport report,
        List<ScheduledTask> tasks,
        List<ProgramCompletion> programs,
        List<TeamLoad> teamLoads,
        List<CriticalChain> criticalChains,
        List<BindingTeam> bindingTeams) {
    public RndPlan {
        partnerIds = List.copyOf(partnerIds);
        requireNonNull(report, "report");
        tasks = List.copyOf(tasks);
        programs = List.copyOf(programs);
        teamLoads = List.copyOf(teamLoads);
        criticalChains = List.copyOf(criticalChains);
        bindingTeams = List.copyOf(bindingTeams);
    }

    /** Σ cost of delay × completion month over the programs, in the base currency. */
    public double weightedCostBase() {
        return programs.stream()
                .mapToDouble(ProgramCompletion::weightedCostBase)
                .sum();
    }

    /** The latest program completion, 0 without programs. */
    public int lastCompletionMonth() {
        return programs.stream()
                .mapToInt(ProgramCompletion::completionMonth)
                .max()
                .orElse(0);
    }

    /** R&amp;D work not done because a shared copy served it: Σ duration × teams of skipped tasks. */
    public int workSavedTeamMonths() {
        return tasks.stream()
                .filter(task -> !task.executed())
                .mapToInt(ScheduledTask::workTeamMonths)
                .sum();
    }

    /** The completion of one program, if it belongs to this plan. */
    public Optional<ProgramCompletion> program(String programId) {
        return programs.stream()
                .filter(program -> program.programId().equals(programId))
                .findFirst();
    }

    /** One task, if it belongs to this plan. */
    public Optional<ScheduledTask> task(TaskRef ref) {
        return tasks.stream().filter(task -> task.ref().equals(ref)).findFirst();
    }
}
