package kozan.gui.map;

/** One of the nine conventional region blocks of Japan (regions.csv): id 0-8, Japanese and English name. */
public record RegionBlock(int id, String nameJa, String name) {
}
