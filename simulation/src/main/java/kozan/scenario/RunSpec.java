package kozan.scenario;

import java.util.List;

public record RunSpec(
        @Field(doc = "Base seed; replication k uses a master seed derived from (seed, k). A whole number, or x and 16 hex digits (the form output tables write seeds in).", dflt = "20250101") long seed,
        @Field(doc = "Monte Carlo replications.", min = 1, max = 100000, dflt = "1") int replications,
        @Field(doc = "Years reported in summaries.", dflt = "[2030, 2035, 2040, 2050]") List<Integer> targetYears) {
}
