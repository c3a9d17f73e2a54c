package org.allianceplanner.report;

/**
 * One sentence of the report's explanations.
 *
 * @param topic what kind of fact, e.g. {@code Binding capacity}
 * @param plan which plan it comes from, e.g. {@code joint honda+nissan} or {@code standalone honda}
 * @param sentence the sentence a planner reads
 */
public record Explanation(String topic, String plan, String sentence) {}
