package org.allianceplanner.app.runner;

import java.util.List;
import org.allianceplanner.engine.alliance.CoalitionJob;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;

/**
 * Runs the independent pieces of one layer of a study, each by the engine's pure functions ({@link
 * org.allianceplanner.engine.alliance.CoalitionPlanner}, {@link
 * org.allianceplanner.engine.alliance.BreakEvenSearch}), in any order or at the same time, and
 * returns the results in the order of the pieces. The study walks the layers; a runner only decides
 * where the pieces run. Each piece reports {@link StudyContext#pieceDone()} when it is done.
 *
 * <p>A piece that fails fails the layer with the piece's own exception; a cancelled study ends with
 * {@link org.allianceplanner.engine.solver.PlanningCancelledException}.
 */
public interface StudyRunner {
    /** Each partner's own plans, in the order of {@code partnerIds}. */
    List<PartnerStandalone> planAlone(StudyContext context, List<String> partnerIds);

    /** Each coalition's plans, in the order of {@code jobs}. */
    List<CoalitionResult> planCoalitions(StudyContext context, List<CoalitionJob> jobs);

    /** Each alliance's break-even friction, in the order of {@code alliances} (their warm starts are not used). */
    List<BreakEvenFriction> searchBreakEven(StudyContext context, List<CoalitionJob> alliances);
}
