package org.allianceplanner.bench.cflp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CflpReaderTest {
    @Test
    void readsOrLibraryCap41CustomerMajor() {
        CflpInstance cap41 =
                CflpReader.read(BenchmarkFiles.cflp("orlib-cap/cap41.txt"), CflpFormat.ORLIB, OptionalDouble.empty());

        assertThat(cap41.name()).isEqualTo("cap41.txt");
        assertThat(cap41.facilityCount()).isEqualTo(16);
        assertThat(cap41.customerCount()).isEqualTo(50);
        assertThat(cap41.capacityUnits()[0]).isEqualTo(5000);
        assertThat(cap41.fixedCost()[0]).isEqualTo(7500);
        assertThat(cap41.fixedCost()[10]).isZero();
        assertThat(cap41.demandUnits()[0]).isEqualTo(146);
        assertThat(cap41.assignmentCost()[0][0]).isEqualTo(6739.725);
        assertThat(cap41.assignmentCost()[1][0]).isEqualTo(10355.05);
        assertThat(cap41.demandUnits()[1]).isEqualTo(87);
        assertThat(cap41.assignmentCost()[15][49]).isEqualTo(7448.1);
    }

    @Test
    void readsHolmbergP1FacilityMajorWithTrailingDots() {
        CflpInstance p1 =
                CflpReader.read(BenchmarkFiles.cflp("holmberg/p1"), CflpFormat.HOLMBERG, OptionalDouble.empty());

        assertThat(p1.facilityCount()).isEqualTo(10);
        assertThat(p1.customerCount()).isEqualTo(50);
        assertThat(p1.capacityUnits()[0]).isEqualTo(258);
        assertThat(p1.fixedCost()[0]).isEqualTo(366);
        assertThat(p1.capacityUnits()[1]).isEqualTo(128);
        assertThat(p1.demandUnits()[0]).isEqualTo(49);
        // Facility-major: the token after the demands is facility 1's cost of customer 1.
        assertThat(p1.assignmentCost()[0][0]).isEqualTo(260);
        assertThat(p1.assignmentCost()[9][49]).isEqualTo(673);
    }

    @Test
    void replacesTheCapacityLiteralWithTheGivenCapacity() {
        String text = "2 1\r\ncapacity 10.\r\ncapacity 20.\r\n5 3. 4.\r\n";

        CflpInstance instance = CflpReader.parse("capx", text, CflpFormat.ORLIB, OptionalDouble.of(8000));

        assertThat(instance.capacityUnits()).containsExactly(8000, 8000);
        assertThat(instance.fixedCost()).containsExactly(10, 20);
        assertThat(instance.assignmentCost()[1][0]).isEqualTo(4);
    }

    @Test
    void namesFileTokenAndLineWhenTheCapacityLiteralHasNoValue() {
        String text = "2 1\ncapacity 10.\ncapacity 20.\n5 3. 4.\n";

        assertThatThrownBy(() -> CflpReader.parse("capa", text, CflpFormat.ORLIB, OptionalDouble.empty()))
                .isInstanceOf(CflpFileException.class)
                .hasMessageStartingWith("capa, token 3 (line 2): the capacity of facility 1 is the literal 'capacity'")
                .hasMessageContaining("Maybe add --capacity N");
    }

    @Test
    void countsTheTokensAgainstTheDeclaredSize() {
        String text = "2 1\n100 10.\n100 20.\n5 3.\n";

        assertThatThrownBy(() -> CflpReader.parse("short", text, CflpFormat.ORLIB, OptionalDouble.empty()))
                .isInstanceOf(CflpFileException.class)
                .hasMessageContaining("short has 8 numbers, but a orlib file with 2 facilities and 1 customers has 9");
    }

    @Test
    void rejectsANonNumericToken() {
        String text = "2 1\n100 10.\n100 twenty\n5 3. 4.\n";

        assertThatThrownBy(() -> CflpReader.parse("bad", text, CflpFormat.ORLIB, OptionalDouble.empty()))
                .isInstanceOf(CflpFileException.class)
                .hasMessage("bad, token 6 (line 3): the fixed cost of facility 2 must be a number, not 'twenty'.");
    }

    @Test
    void readsBothOptimumTables() {
        KnownOptima capopt = KnownOptima.read(BenchmarkFiles.cflp("orlib-cap/capopt.txt"));
        KnownOptima os = KnownOptima.read(BenchmarkFiles.cflp("holmberg/os.txt"));

        assertThat(capopt.optimumByInstance()).hasSize(37);
        assertThat(capopt.optimumOf("cap41.txt")).hasValue(1040444.375);
        assertThat(capopt.optimumOf("cap134.txt")).hasValue(928941.750);
        assertThat(os.optimumByInstance()).hasSize(71);
        assertThat(os.optimumOf("p1")).hasValue(8848);
        assertThat(os.optimumOf("p2")).hasValue(7913);
    }
}
