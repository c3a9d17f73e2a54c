package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

/**
 * Who staffs one skill of a task. A task needing {@code teams} teams of a skill either uses its
 * owner's teams, or borrows them from another member of the coalition, where friction f makes them
 * work at an efficiency of 1 − f: the lender then has {@code teams / (1 − f)} teams busy, rounded up
 * to a hundredth of a team.
 *
 * @param skill skill
 * @param partnerId partner whose teams do the work
 * @param teams teams the task needs
 * @param teamsBusy teams of {@code partnerId} kept busy while the task runs ({@code teams} for the
 *     owner's own teams, more when borrowed)
 */
public record TeamAssignment(String skill, String partnerId, int teams, double teamsBusy) {
    public TeamAssignment {
        requireNonNull(skill, "skill");
        requireNonNull(partnerId, "partnerId");
    }
}
