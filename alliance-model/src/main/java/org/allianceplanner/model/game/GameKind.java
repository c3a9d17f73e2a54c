package org.allianceplanner.model.game;

/** Whether a game's values are profits (more is better) or costs (less is better). */
public enum GameKind {
    /** v(S) is what coalition S earns; a split gives each player a profit. */
    PROFIT,
    /** c(S) is what coalition S pays; a split charges each player a cost. */
    COST
}
