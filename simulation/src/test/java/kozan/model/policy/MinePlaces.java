package kozan.model.policy;

import java.time.YearMonth;
import java.util.Map;
import kozan.model.TestScenarios;
import kozan.model.demand.ImportSupply;

/** A policy context in the first month that knows only where mines are (region index, -1 for an unknown mine). */
final class MinePlaces {
    private MinePlaces() {
    }

    static PolicyContext of(Map<String, Integer> regionOfMine) {
        return new PolicyContext() {
            @Override
            public int step() {
                return 0;
            }

            @Override
            public YearMonth month() {
                return TestScenarios.START;
            }

            @Override
            public ImportSupply market(int commodity) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int regionOfMine(String mineId) {
                return regionOfMine.getOrDefault(mineId, -1);
            }
        };
    }
}
