package org.allianceplanner.bench.rcpsp;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A PSPLIB single-mode RCPSP instance: jobs with a duration, a demand on each renewable resource
 * and their successors, and the resources' capacities. Job numbers are PSPLIB's (1 is the dummy
 * source, the last the dummy sink).
 *
 * @param name instance name, the file name without {@code .sm}, e.g. {@code j301_1}
 * @param jobs every job, in file order
 * @param capacities capacity of each renewable resource
 */
public record PsplibInstance(String name, List<Job> jobs, List<Integer> capacities) {
    public PsplibInstance {
        requireNonNull(name, "name");
        jobs = List.copyOf(jobs);
        capacities = List.copyOf(capacities);
    }

    /**
     * One job.
     *
     * @param number PSPLIB job number
     * @param duration periods
     * @param demands demand on each resource while it runs
     * @param successors numbers of the jobs that start after it ends
     */
    public record Job(int number, int duration, List<Integer> demands, List<Integer> successors) {
        public Job {
            demands = List.copyOf(demands);
            successors = List.copyOf(successors);
        }
    }
}
