package kozan.gui.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Japan's 47 prefecture boundaries and 9 region blocks, read from the classpath (kozan/geo/, copied from the
 * project's shared geography data; see its README for origin and terms).
 */
public final class JapanGeo {

    /** Must be shown with any map drawn from these boundaries (the GSI terms ask for the source to be named). */
    public static final String ATTRIBUTION =
            "Boundaries: Global Map Japan (地球地図日本), Geospatial Information Authority of Japan; via dataofjapan/land.";

    private static final String BASE = "/kozan/geo/";

    private final Map<Integer, Prefecture> prefectures;
    private final List<RegionBlock> blocks;

    private JapanGeo(Map<Integer, Prefecture> prefectures, List<RegionBlock> blocks) {
        this.prefectures = Collections.unmodifiableMap(prefectures);
        this.blocks = List.copyOf(blocks);
    }

    /** Reads the bundled GeoJSON and CSV tables. */
    public static JapanGeo load() {
        try {
            List<RegionBlock> blocks = new ArrayList<>();
            for (CSVRecord r : csv("regions.csv")) {
                blocks.add(new RegionBlock(Integer.parseInt(r.get("id")), r.get("name-ja"), r.get("name-en")));
            }
            Map<Integer, String[]> names = new LinkedHashMap<>();
            for (CSVRecord r : csv("prefectures.csv")) {
                names.put(Integer.parseInt(r.get("id")), new String[]{r.get("name-en"), r.get("name-ja"), r.get("regions")});
            }
            JsonNode root;
            try (InputStream in = open("japan-prefectures.geojson")) {
                root = new ObjectMapper().readTree(in);
            }
            Map<Integer, Prefecture> prefectures = new LinkedHashMap<>();
            for (JsonNode feature : root.path("features")) {
                int code = feature.path("properties").path("id").asInt();
                String[] n = names.get(code);
                if (n == null) {
                    throw new IllegalStateException("prefecture " + code + " of the GeoJSON is missing in prefectures.csv");
                }
                prefectures.put(code, new Prefecture(code, n[0], n[1], Integer.parseInt(n[2]),
                        outline(feature.path("geometry"))));
            }
            return new JapanGeo(prefectures, blocks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled map of Japan", e);
        }
    }

    private static Iterable<CSVRecord> csv(String file) throws IOException {
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = JapanGeo.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IOException("resource " + BASE + file + " missing from the classpath");
        }
        return in;
    }

    /** All rings of a Polygon or MultiPolygon as one even-odd path (holes stay holes). */
    static Path2D.Double outline(JsonNode geometry) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        String type = geometry.path("type").asText();
        JsonNode coords = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            addPolygon(path, coords);
        } else if ("MultiPolygon".equals(type)) {
            for (JsonNode polygon : coords) {
                addPolygon(path, polygon);
            }
        } else {
            throw new IllegalArgumentException("unsupported GeoJSON geometry type '" + type + "'");
        }
        return path;
    }

    private static void addPolygon(Path2D.Double path, JsonNode rings) {
        for (JsonNode ring : rings) {
            boolean first = true;
            for (JsonNode point : ring) {
                double lon = point.get(0).asDouble();
                double lat = point.get(1).asDouble();
                if (first) {
                    path.moveTo(lon, lat);
                    first = false;
                } else {
                    path.lineTo(lon, lat);
                }
            }
            if (!first) {
                path.closePath();
            }
        }
    }

    /** Prefectures by JIS code, in code order. */
    public Map<Integer, Prefecture> prefectures() {
        return prefectures;
    }

    public List<RegionBlock> blocks() {
        return blocks;
    }

    /** Lon/lat box around all prefectures (deg). */
    public Rectangle2D lonLatBounds() {
        Rectangle2D box = null;
        for (Prefecture p : prefectures.values()) {
            Rectangle2D b = p.lonLatOutline().getBounds2D();
            box = box == null ? b : box.createUnion(b);
        }
        return box;
    }
}
