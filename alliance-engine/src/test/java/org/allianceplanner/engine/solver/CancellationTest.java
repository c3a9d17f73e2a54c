package org.allianceplanner.engine.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellationTest {
    @Test
    void cancellingTheWholeCancelsItsPartButCancellingAPartLeavesTheWhole() {
        Cancellation whole = new Cancellation();
        List<Cancellation> parts = new ArrayList<>();

        whole.part(part -> {
            parts.add(part);
            part.cancel();
            return null;
        });
        assertThat(parts.get(0).isCancelled()).isTrue();
        assertThat(whole.isCancelled()).isFalse();

        whole.part(part -> {
            parts.add(part);
            whole.cancel();
            return null;
        });
        assertThat(parts.get(1).isCancelled()).isTrue();
        assertThatThrownBy(() -> whole.part(part -> null)).isInstanceOf(PlanningCancelledException.class);
    }

    @Test
    void aSolveUnderACancelledCancellationIsStoppedAndNeverReturnsItsResult() {
        Cancellation cancellation = new Cancellation();
        List<String> stopped = new ArrayList<>();

        assertThatThrownBy(() -> cancellation.run(() -> Cancellation.solving(() -> stopped.add("stop"), () -> {
                    cancellation.cancel();
                    return "a plan";
                })))
                .isInstanceOf(PlanningCancelledException.class);
        assertThat(stopped).as("cancel() stopped the running solve").containsExactly("stop");
    }

    @Test
    void outsideACancellationASolveJustRuns() {
        assertThat(Cancellation.solving(() -> {}, () -> "a plan")).isEqualTo("a plan");
        assertThat(Cancellation.signal().getAsBoolean()).isFalse();
    }
}
