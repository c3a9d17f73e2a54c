package org.allianceplanner.bench.cflp;

import java.math.BigDecimal;

/**
 * The plain textbook MIP of a facility-location instance, written in CPLEX LP format for an external
 * solver: no strengthening cuts, exactly as a reference formulation is usually stated.
 *
 * <pre>
 * minimize   Σ_i f_i y_i + Σ_ij c_ij x_ij
 * subject to Σ_i x_ij = 1                 every customer served
 *            Σ_j d_j x_ij ≤ s_i y_i       capacity, only when open
 *            0 ≤ x_ij ≤ 1  (x_ij binary with single sourcing),  y_i binary
 * </pre>
 *
 * The strong linking rows x_ij ≤ y_i, which the footprint model has, are deliberately absent.
 * Stateless and thread-safe.
 */
public final class TextbookFormulation {
    private TextbookFormulation() {}

    /** The LP-format text of {@code instance}'s textbook formulation. */
    public static String lpText(CflpInstance instance) {
        int m = instance.facilityCount();
        int n = instance.customerCount();
        StringBuilder lp = new StringBuilder(64 * m * n);
        lp.append("\\ ").append(instance.name()).append(": textbook capacitated facility location\n");
        lp.append("Minimize\n obj:");
        for (int i = 0; i < m; i++) {
            term(lp, instance.fixedCost()[i], y(i));
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                term(lp, instance.assignmentCost()[i][j], x(i, j));
            }
        }
        lp.append("\nSubject To\n");
        for (int j = 0; j < n; j++) {
            lp.append(" serve").append(j + 1).append(':');
            for (int i = 0; i < m; i++) {
                term(lp, 1, x(i, j));
            }
            lp.append(" = 1\n");
        }
        for (int i = 0; i < m; i++) {
            lp.append(" capacity").append(i + 1).append(':');
            for (int j = 0; j < n; j++) {
                term(lp, instance.demandUnits()[j], x(i, j));
            }
            term(lp, -instance.capacityUnits()[i], y(i));
            lp.append(" <= 0\n");
        }
        lp.append("Bounds\n");
        if (!instance.format().singleSourcing()) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    lp.append(" 0 <= ").append(x(i, j)).append(" <= 1\n");
                }
            }
        }
        lp.append("Binaries\n");
        for (int i = 0; i < m; i++) {
            lp.append(' ').append(y(i)).append('\n');
        }
        if (instance.format().singleSourcing()) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    lp.append(' ').append(x(i, j)).append('\n');
                }
            }
        }
        lp.append("End\n");
        return lp.toString();
    }

    private static void term(StringBuilder lp, double coefficient, String variable) {
        // Short lines: some LP readers limit the line length.
        int lineStart = lp.lastIndexOf("\n") + 1;
        if (lp.length() - lineStart > 200) {
            lp.append("\n   ");
        }
        lp.append(coefficient < 0 ? " - " : " + ")
                .append(BigDecimal.valueOf(Math.abs(coefficient)).toPlainString())
                .append(' ')
                .append(variable);
    }

    private static String y(int i) {
        return "y" + (i + 1);
    }

    private static String x(int i, int j) {
        return "x" + (i + 1) + "_" + (j + 1);
    }
}
