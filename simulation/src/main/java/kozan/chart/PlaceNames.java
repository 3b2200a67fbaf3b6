package kozan.chart;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English and Japanese names of Japan's regional blocks and prefectures ("Hokkaido 北海道"), from the one table
 * of them bundled with the map (kozan/geo/regions.csv and prefectures.csv; Global Map Japan via
 * dataofjapan/land, see that folder's README). Planners read the Japanese name first, so charts, the report and
 * the map's tooltips show both. Regions of a scenario that are not a conventional block keep their own name.
 */
public final class PlaceNames {

    /** The name of national rows (region {@code ""} or {@code JP}). */
    public static final String JAPAN = "Japan 日本";

    private static final String BASE = "/kozan/geo/";
    /** Conventional blocks north to south, by lower-case English name (regions.csv order). */
    private static final java.util.List<String> BLOCK_ORDER = new java.util.ArrayList<>();
    /** Japanese name by lower-case English name of a block or prefecture ("hokkaido" -> 北海道). */
    private static final Map<String, String> JAPANESE = load();

    private PlaceNames() {
    }

    /**
     * The display name of a scenario region: its English name (the scenario's, else its id made readable) and
     * the Japanese name when the region is a conventional block or a prefecture; {@link #JAPAN} for the national
     * rows.
     */
    public static String region(String id, String scenarioName) {
        if (id == null || kozan.io.Csv.region(id).isEmpty()) {
            return JAPAN;
        }
        String english = scenarioName != null && !scenarioName.isBlank() ? scenarioName : Labels.place(id);
        return bilingual(english, JAPANESE.getOrDefault(id.toLowerCase(Locale.ROOT),
                JAPANESE.get(english.toLowerCase(Locale.ROOT))));
    }

    /** "Aomori 青森県": a prefecture's English and Japanese names. */
    public static String prefecture(String english, String japanese) {
        return bilingual(english, japanese);
    }

    /** The Japanese name of a block or prefecture given its English name or id, or null when it has none. */
    public static String japanese(String englishOrId) {
        return englishOrId == null ? null : JAPANESE.get(englishOrId.toLowerCase(Locale.ROOT));
    }

    /** Position of a region id among the conventional blocks north to south; other ids after them. */
    public static int order(String regionId) {
        int i = BLOCK_ORDER.indexOf(regionId == null ? "" : regionId.toLowerCase(Locale.ROOT));
        return i < 0 ? BLOCK_ORDER.size() : i;
    }

    private static String bilingual(String english, String japanese) {
        return japanese == null || japanese.isEmpty() || english.contains(japanese) ? english
                : english + " " + japanese;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try {
            // prefectures first: a block shares its name with a prefecture only for Hokkaido (both 北海道)
            for (CSVRecord r : csv("prefectures.csv")) {
                m.put(r.get("name-en").toLowerCase(Locale.ROOT), r.get("name-ja"));
            }
            for (CSVRecord r : csv("regions.csv")) {
                m.put(r.get("name-en").toLowerCase(Locale.ROOT), r.get("name-ja"));
                BLOCK_ORDER.add(r.get("name-en").toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled place names (kozan/geo)", e);
        }
        return Map.copyOf(m);
    }

    private static Iterable<CSVRecord> csv(String file) throws IOException {
        InputStream in = PlaceNames.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IOException(BASE + file + " missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
