/**
 * Global sensitivity analysis (docs/sensitivity.md): Morris elementary effects with the improved spread of
 * trajectories, Sobol' first-order and total indices on Saltelli's design, bootstrap confidence intervals, and the
 * analytic test functions (Ishigami, Sobol' G) that check the methods against known indices.
 *
 * <p>Every design here lives in the unit cube [0, 1]^k; a {@link kozan.analysis.Factor} maps a unit coordinate to
 * its parameter's range. The methods see only numbers, so the same code serves a test function and the model.
 */
package kozan.analysis;
