package kozan.scenario;

import java.util.List;

public record RunSpec(
        @Field(doc = "Base seed; replication k uses a master seed derived from (seed, k). A whole number, or x and 16 hex digits (the form output tables write seeds in).", dflt = "20250101") long seed,
        // 10 by default, so a run's summaries have 95% intervals (kozan.stats.ReplicationCount.DEFAULT, tested equal)
        @Field(doc = "Monte Carlo replications (at least 2 for 95% intervals).", min = 1, max = 100000, dflt = "10")
        int replications,
        @Field(doc = "Years reported in summaries.", dflt = "[2030, 2035, 2040, 2050]") List<Integer> targetYears) {
}
