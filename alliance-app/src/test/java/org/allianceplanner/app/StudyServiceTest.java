package org.allianceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.engine.solver.PlanningCancelledException;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.api.Test;

class StudyServiceTest {
    private static final Scenario THREE = TestScenarios.threePartners();

    /** Keeps studies in memory and counts what it is asked. */
    private static final class CountingStore implements StudyStore {
        final Map<String, AllianceStudyResult> kept = new HashMap<>();
        int saves;

        @Override
        public Optional<AllianceStudyResult> find(String hash) {
            return Optional.ofNullable(kept.get(hash));
        }

        @Override
        public void save(AllianceStudyResult result) {
            saves++;
            kept.put(result.scenarioHash(), result);
        }
    }

    @Test
    void aStudyOfTheSameInputsIsReusedFromTheStoreAndADifferentOneIsPlanned() {
        CountingStore store = new CountingStore();
        StudyService service = new StudyService(store);
        StudyRequest request = StudyRequest.builder().threads(1).build();

        StudyService.Outcome first = service.run(THREE, request, (label, done, total) -> {}, new Cancellation());
        List<String> pieces = new ArrayList<>();
        StudyService.Outcome again = service.run(
                THREE,
                request.toBuilder().threads(2).build(),
                (label, done, total) -> pieces.add(label),
                new Cancellation());
        StudyService.Outcome other = service.run(
                THREE, request.toBuilder().friction(0.9).build(), (label, done, total) -> {}, new Cancellation());

        assertThat(first.reused()).isFalse();
        assertThat(again.reused())
                .as("the thread count does not change a study")
                .isTrue();
        assertThat(again.result()).isSameAs(first.result());
        assertThat(pieces).as("a reused study plans nothing").isEmpty();
        assertThat(other.reused()).isFalse();
        assertThat(other.result().scenarioHash()).isNotEqualTo(first.result().scenarioHash());
        assertThat(store.saves).isEqualTo(2);
    }

    @Test
    void aStudyCancelledAfterItsFirstPieceEndsCancelledPlansNoMoreLayersAndStoresNothing() {
        CountingStore store = new CountingStore();
        StudyService service = new StudyService(store);
        Cancellation cancellation = new Cancellation();
        List<String> pieces = new ArrayList<>();
        int[] total = {0};

        assertThatThrownBy(() -> service.run(
                        THREE,
                        StudyRequest.builder().threads(1).build(),
                        (label, done, all) -> {
                            pieces.add(label);
                            total[0] = all;
                            cancellation.cancel();
                        },
                        cancellation))
                .isInstanceOf(PlanningCancelledException.class);

        assertThat(pieces)
                .as("one thread: the first partner alone, then nothing")
                .hasSize(1);
        assertThat(total[0])
                .as("three alone, four coalitions, break-even searches")
                .isGreaterThan(7);
        assertThat(store.saves).isZero();
    }

    @Test
    void aStudyCancelledBeforeItStartsPlansNothing() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        List<String> pieces = new ArrayList<>();

        assertThatThrownBy(() -> new StudyService(StudyStore.NONE)
                        .run(
                                THREE,
                                StudyRequest.builder().build(),
                                (label, done, all) -> pieces.add(label),
                                cancellation))
                .isInstanceOf(PlanningCancelledException.class);
        assertThat(pieces).isEmpty();
    }
}
