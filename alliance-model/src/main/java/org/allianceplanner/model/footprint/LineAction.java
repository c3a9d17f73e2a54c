package org.allianceplanner.model.footprint;

/** What the plan does with a platform line. */
public enum LineAction {
    /** An existing line that keeps running. */
    KEPT,
    /** An existing line that the plan shuts down (its fixed cost is saved). */
    CLOSED,
    /** A possible line installed at a plant whose existing lines all keep running. */
    OPENED,
    /** A possible line installed at a plant where the plan closes an existing line: the plant is retooled. */
    RETOOLED,
    /** A possible line the plan does not install. */
    NOT_INSTALLED
}
