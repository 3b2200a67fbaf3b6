package kozan.gui.live;

/** The dimensions of one metric row; empty strings mean "none" (region "" = national). */
public record RowKey(String metric, String commodity, String region, String detail) {
}
