package kozan.scenario;

import java.time.YearMonth;

/**
 * A technical milestone of a deep-sea prospect (issue #15, docs/design/mines-issue-15.md section 4.2): at its
 * month, the replication's deep-sea draw decides pass (probability p_pass) or fail.
 */
public record MilestoneSpec(
        @Field(doc = "Milestone name (e.g. demo_350t_day).") String name,
        @Field(doc = "Month the milestone is decided.") YearMonth month,
        @Field(doc = "Probability of passing given the earlier milestones passed.", min = 0, max = 1) double pPass) {
}
