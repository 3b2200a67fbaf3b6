package kozan.scenario;

/**
 * An establishment of the mining industry with a constant head count and no output of its own
 * ({@code fixed_employers[*]}): head offices and the like. It employs MINING-class workers in its region all run
 * long, so it adds the same persons to jobs_direct in every run of a comparison and never changes a difference.
 */
public record FixedEmployerSpec(
        @Field(doc = "Employer id (unique among fixed employers).") String id,
        @Field(doc = "Display name.", dflt = "null") String name,
        @Field(doc = "Region id where the persons work.") String region,
        @Field(doc = "Persons employed, constant over the run (general office workers, not from the skilled miner pool).", unit = "persons", min = 0) double workers,
        @Field(doc = "Share of the workers that official statistics count in mining and quarrying (JSIC C); weight in the jobs_direct detail jsic_c.", min = 0, max = 1, dflt = "1") double jsicCShare) {
}
