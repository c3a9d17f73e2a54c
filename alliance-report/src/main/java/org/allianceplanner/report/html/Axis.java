package org.allianceplanner.report.html;

import java.util.ArrayList;
import java.util.List;

/** A y axis from {@code min} to {@code max} with round ticks, values in base currency. */
record Axis(double min, double max, double step) {
    static Axis of(double min, double max, int ticks) {
        if (max - min <= 0) {
            max = min + 1e6;
        }
        double raw = (max - min) / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * magnitude >= raw) {
                step = f * magnitude;
                break;
            }
        }
        return new Axis(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
    }

    double y(double value, double top, double plotH) {
        return top + (max - value) / (max - min) * plotH;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double v = min; v <= max + step / 2; v += step) {
            ticks.add(v);
        }
        return ticks;
    }
}
