package kozan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import kozan.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BatchCases#requireLearnable}: successful runs that all lack a parameter value are not "no successful run"
 * but a batch that sampled no design point, and the message names the parameters and what discover needs.
 */
class BatchCasesTest {

    @TempDir
    Path tmp;

    private BatchCases read(String... rows) throws Exception {
        StringBuilder b = new StringBuilder("design_point,scenario,a,b,replication,seed,status,error,"
                + "jobs_direct@2040\n");
        for (String r : rows) {
            b.append(r).append('\n');
        }
        Files.writeString(tmp.resolve(BatchCases.RUNS), b);
        return BatchCases.read(tmp);
    }

    @Test
    void runsThatEachLackAParameterValueAreNamedAsSuchNotAsNoSuccessfulRun() throws Exception {
        // two added baselines, each listing one of the two parameters
        BatchCases cases = read("0,base,1,,0,x1,ok,,20000", "1,base,,2,0,x1,ok,,20000", "1,base,,2,1,x1,failed,boom,");
        assertThatThrownBy(() -> cases.requireLearnable(tmp)).isInstanceOf(InputException.class)
                .hasMessage(tmp + ": 2 successful runs, none with a value for every swept parameter (a, b; an empty"
                        + " cell is an added baseline's unlisted parameter): discover needs a batch that varies"
                        + " parameters, a grid or Latin hypercube whose design points give them values");
    }

    @Test
    void aParameterNoRunRecordedIsSweptNotTextSoItsRunsAreNamedTheSameWay() throws Exception {
        BatchCases cases = read("0,base,1,,0,x1,ok,,20000", "0,base,1,,1,x1,ok,,20000");
        assertThat(cases.parameters()).containsExactly("a", "b");
        assertThat(cases.skipped()).isEmpty();
        assertThatThrownBy(() -> cases.requireLearnable(tmp))
                .hasMessageContaining("2 successful runs, none with a value for every swept parameter (a, b;");
    }

    @Test
    void onlyFailedRunsAreNoSuccessfulRun() throws Exception {
        BatchCases cases = read("0,base,1,2,0,x1,failed,boom,");
        assertThatThrownBy(() -> cases.requireLearnable(tmp))
                .hasMessage(tmp + " has no successful run to learn from (1 failed; see runs.csv's error column)");
    }
}
