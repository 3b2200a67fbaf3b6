package kozan.scenario;

/**
 * An establishment of the mining industry with a constant head count and no output of its own
 * ({@code fixed_employers[*]}): head offices and the like. It wants the same MINING-class workers in its region all
 * run long and buys nothing, so it adds the same persons to jobs_direct in every run of a comparison (up to the
 * labour market's matching frictions, a fraction of a person) and does not change a difference.
 */
public record FixedEmployerSpec(
        @Field(doc = "Employer id (unique among fixed employers).") String id,
        @Field(doc = "Display name.", dflt = "null") String name,
        @Field(doc = "Region id where the persons work.") String region,
        @Field(doc = "Head count wanted, constant over the run; the labour market fills it like any employer, from general (office) workers, not the skilled miner pool.", unit = "persons", min = 0) double workers,
        @Field(doc = "Share of the workers that official statistics count in mining and quarrying (JSIC C); weight in the jobs_direct detail jsic_c.", min = 0, max = 1, dflt = "1") double jsicCShare) {
}
