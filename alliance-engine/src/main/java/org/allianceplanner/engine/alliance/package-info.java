/**
 * The coalition layer (DESIGN.md §2.4), without threads: {@link
 * org.allianceplanner.engine.alliance.CoalitionPlanner} is the pure function that plans one partner
 * alone or one coalition with every lever; {@link org.allianceplanner.engine.alliance.StudyPlan} says
 * which coalitions a study needs, in layers by size; {@link
 * org.allianceplanner.engine.alliance.PlannedCoalitions} keeps what is planned and hands out each
 * coalition's warm start; {@link org.allianceplanner.engine.alliance.AllianceRanking}, {@link
 * org.allianceplanner.engine.alliance.GainSplit} and {@link
 * org.allianceplanner.engine.alliance.BreakEvenSearch} compare the alliances, split their gain and
 * search their break-even friction. The application layer's runners run the layers.
 */
@NullMarked
package org.allianceplanner.engine.alliance;

import org.jspecify.annotations.NullMarked;
