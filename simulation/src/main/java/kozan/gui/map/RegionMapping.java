package kozan.gui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kozan.scenario.RegionSpec;

/**
 * Which scenario region each prefecture belongs to. A region lists its prefectures (JIS codes) in the
 * scenario; a region that lists none is matched to the conventional block of the same name (id or display
 * name, e.g. "tohoku"), so scenarios written with block-sized regions get a map without extra data.
 */
public final class RegionMapping {

    private final int[] regionOfPrefecture;
    private final List<String> regionIds;

    private RegionMapping(int[] regionOfPrefecture, List<String> regionIds) {
        this.regionOfPrefecture = regionOfPrefecture;
        this.regionIds = regionIds;
    }

    public static RegionMapping of(List<RegionSpec> regions, JapanGeo geo) {
        int[] owner = new int[48];
        Arrays.fill(owner, -1);
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            RegionSpec spec = regions.get(r);
            ids.add(spec.id());
            List<Integer> codes = spec.prefectures() == null ? List.of() : spec.prefectures();
            if (codes.isEmpty()) {
                codes = blockPrefectures(spec, geo);
            }
            for (int code : codes) {
                if (code >= 1 && code <= 47 && owner[code] < 0) {
                    owner[code] = r;
                }
            }
        }
        return new RegionMapping(owner, List.copyOf(ids));
    }

    private static List<Integer> blockPrefectures(RegionSpec spec, JapanGeo geo) {
        String id = normalise(spec.id());
        String name = spec.name() == null ? "" : normalise(spec.name());
        for (RegionBlock block : geo.blocks()) {
            String b = normalise(block.name());
            if (b.equals(id) || b.equals(name) || block.nameJa().equals(spec.name())) {
                return geo.prefectures().values().stream().filter(p -> p.block() == block.id())
                        .map(Prefecture::code).toList();
            }
        }
        return List.of();
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** Scenario region index of a prefecture, or -1 when no region covers it. */
    public int regionOf(int prefectureCode) {
        return prefectureCode >= 1 && prefectureCode <= 47 ? regionOfPrefecture[prefectureCode] : -1;
    }

    public List<String> regionIds() {
        return regionIds;
    }

    /** JIS codes of the prefectures of one region, ascending. */
    public List<Integer> prefecturesOf(int region) {
        List<Integer> codes = new ArrayList<>();
        for (int code = 1; code <= 47; code++) {
            if (regionOfPrefecture[code] == region) {
                codes.add(code);
            }
        }
        return codes;
    }
}
