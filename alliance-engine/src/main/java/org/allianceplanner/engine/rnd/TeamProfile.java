package org.allianceplanner.engine.rnd;

/**
 * Units of every partner's teams busy in every month of a schedule, in the instance's units
 * (1/unitsPerTeam team). Mutable; owned by one thread.
 */
final class TeamProfile {
    private final RndInstance instance;
    private final long[][][] busy;

    TeamProfile(RndInstance instance) {
        this.instance = instance;
        busy = new long[instance.partnerIds.size()][instance.skills.size()][instance.horizon + 1];
    }

    /** The profile of every executed task of {@code schedule}. */
    static TeamProfile of(RndInstance instance, RndSchedule schedule) {
        TeamProfile profile = new TeamProfile(instance);
        for (RndInstance.Task task : instance.tasks) {
            if (schedule.executed(task.index())) {
                profile.add(schedule, task.index(), schedule.start[task.index()], 1);
            }
        }
        return profile;
    }

    /** Adds ({@code sign} 1) or removes (-1) a task's load if it ran from {@code start}. */
    void add(RndSchedule schedule, int task, int start, int sign) {
        RndInstance.Task t = instance.tasks.get(task);
        int owner = instance.partnerOf(t);
        for (int n = 0; n < t.needs().size(); n++) {
            RndInstance.Need need = t.needs().get(n);
            int supplier = schedule.supplier[task][n];
            long units = instance.demandUnits(owner, supplier, need);
            for (int m = start; m < start + t.duration(); m++) {
                busy[supplier][need.skill()][m] += sign * units;
            }
        }
    }

    /** True when the task fits its suppliers' free capacity if it ran from {@code start}. */
    boolean fits(RndSchedule schedule, int task, int start) {
        return blockingNeed(schedule, task, start) < 0;
    }

    /**
     * Index of a need whose supplier lacks teams if the task ran from {@code start}, -1 when it fits,
     * {@link Integer#MAX_VALUE} when it would run past the horizon.
     */
    int blockingNeed(RndSchedule schedule, int task, int start) {
        RndInstance.Task t = instance.tasks.get(task);
        if (start < 0 || start + t.duration() > instance.horizon) {
            return Integer.MAX_VALUE;
        }
        int owner = instance.partnerOf(t);
        for (int n = 0; n < t.needs().size(); n++) {
            RndInstance.Need need = t.needs().get(n);
            int supplier = schedule.supplier[task][n];
            long units = instance.demandUnits(owner, supplier, need);
            long capacity = instance.capacityUnits(supplier, need.skill());
            for (int m = start; m < start + t.duration(); m++) {
                if (busy[supplier][need.skill()][m] + units > capacity) {
                    return n;
                }
            }
        }
        return -1;
    }

    long busyUnits(int partner, int skill, int month) {
        return busy[partner][skill][month];
    }
}
