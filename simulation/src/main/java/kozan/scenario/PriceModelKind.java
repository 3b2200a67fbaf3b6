package kozan.scenario;

/**
 * How a commodity's world price is formed (YAML {@code price.model}). The constants are spelled as in the YAML.
 * <ul>
 *   <li>{@code exogenous}: Japan is a price taker; the log price follows a mean-reverting process with jumps and
 *       scheduled shocks (docs/model.md 7.1);</li>
 *   <li>{@code market}: the price clears a world market of producers by origin, China's export quota and world
 *       demand through inventories (docs/model.md 7.1.1); Japan's purchases are part of world demand.</li>
 * </ul>
 */
@SuppressWarnings("java:S115") // constants spelled as the YAML values
public enum PriceModelKind { exogenous, market }
