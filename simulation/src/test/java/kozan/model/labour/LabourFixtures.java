package kozan.model.labour;

import java.util.List;
import kozan.scenario.LabourSpec;
import kozan.scenario.RegionSpec;

/** Scenario records for labour-market tests, with the format's defaults unless a test says otherwise. */
final class LabourFixtures {
    private LabourFixtures() {
    }

    static LabourSpec labour() {
        return new LabourSpec(0.35, 0.5, 0.15, 0.10, 0.01, 0.3, 1.0, 0.8, 0.002, 0.001, 0.7, 0.6, 3);
    }

    static LabourSpec labourWithTheta(double theta) {
        return new LabourSpec(0.35, 0.5, 0.15, 0.10, 0.01, 0.3, theta, 0.8, 0.002, 0.001, 0.7, 0.6, 3);
    }

    static LabourSpec labourWithMigration(double share, double cap) {
        return new LabourSpec(0.35, 0.5, 0.15, 0.10, 0.01, 0.3, 1.0, 0.8, share, cap, 0.7, 0.6, 3);
    }

    /** A region with no population or rest-of-economy trend, so only the simulated employers move it. */
    static RegionSpec region(String id, double workingAge, double unemploymentRate, double skilledPool, double wage) {
        return new RegionSpec(id, id, 36.0, 138.0, List.of(), workingAge, 0.8, 0.0, unemploymentRate, 0.0, skilledPool, wage);
    }

    static RegionSpec trendingRegion(String id, double workingAge, double popGrowth, double restGrowth) {
        return new RegionSpec(id, id, 36.0, 138.0, List.of(), workingAge, 0.8, popGrowth, 0.025, restGrowth, 200, 300_000);
    }

    /** An employer whose desired head count the test sets; records what the market told it. */
    static final class TestEmployer implements Employer {
        final String id;
        final EmployerClass kind;
        double desired;
        double workforce;
        double hired;
        double separated;
        /** Null: the default (MINING employers need skilled miners). */
        Boolean skilled;

        TestEmployer(String id, EmployerClass kind, double desired) {
            this.id = id;
            this.kind = kind;
            this.desired = desired;
        }

        @Override
        public String employerId() {
            return id;
        }

        @Override
        public EmployerClass employerClass() {
            return kind;
        }

        @Override
        public boolean needsSkilledMiners() {
            return skilled != null ? skilled : Employer.super.needsSkilledMiners();
        }

        @Override
        public double desiredWorkers() {
            return desired;
        }

        @Override
        public void labourUpdated(double workforce, double hired, double separated) {
            this.workforce = workforce;
            this.hired = hired;
            this.separated = separated;
        }

        double fill() {
            return desired > 0 ? workforce / desired : 1.0;
        }
    }
}
