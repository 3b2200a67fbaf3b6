package kozan.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one colour table of Kozan (charts, reports and the GUI): colour-blind-safe colours (Okabe-Ito and Paul Tol's
 * "muted" scheme) fixed per commodity, region, job class, mine stage and import source, so a commodity or region
 * has the same colour in every chart, report and GUI window. Ids not listed get a colour from the same schemes
 * chosen by a stable hash of the id (String.hashCode is specified), never by the order in which a chart meets
 * them. Within one chart no two series share a colour: {@link #distinct} gives a repeated colour's later series
 * the first colour of {@link #POOL} the chart does not use yet (every chart builder applies it).
 */
public final class Palette {

    // Okabe & Ito (2008)
    public static final Color BLACK = rgb(0x000000);
    public static final Color ORANGE = rgb(0xE69F00);
    public static final Color SKY_BLUE = rgb(0x56B4E9);
    public static final Color BLUISH_GREEN = rgb(0x009E73);
    public static final Color YELLOW = rgb(0xF0E442);
    public static final Color BLUE = rgb(0x0072B2);
    public static final Color VERMILLION = rgb(0xD55E00);
    public static final Color REDDISH_PURPLE = rgb(0xCC79A7);
    // Paul Tol, "muted" qualitative scheme (9 colours for the 9 regional blocks) and its pale grey
    public static final Color ROSE = rgb(0xCC6677);
    public static final Color INDIGO = rgb(0x332288);
    public static final Color SAND = rgb(0xDDCC77);
    public static final Color GREEN = rgb(0x117733);
    public static final Color CYAN = rgb(0x88CCEE);
    public static final Color WINE = rgb(0x882255);
    public static final Color TEAL = rgb(0x44AA99);
    public static final Color OLIVE = rgb(0x999933);
    public static final Color PURPLE = rgb(0xAA4499);
    public static final Color GREY = rgb(0x888888);
    public static final Color PALE_GREY = rgb(0xBBBBBB);

    private static final List<Color> FALLBACK = List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE,
            SKY_BLUE, INDIGO, WINE, OLIVE, TEAL, ROSE, GREEN, PURPLE);

    /**
     * Every colour a series may get, in the order {@link #distinct} hands out replacements: the fixed schemes, then
     * darker and lighter shades of them (a chart with more series than 19 colours still gets unique ones).
     */
    static final List<Color> POOL = pool();

    /** Keys are prefixes of normalised ids (lower case, letters only), so "rare_earths" and "ree" both match. */
    private static final List<Map.Entry<String, Color>> COMMODITIES = List.of(
            Map.entry("rare", VERMILLION), Map.entry("ree", VERMILLION), Map.entry("heavy", CYAN), Map.entry("lith", BLUE),
            Map.entry("cobalt", REDDISH_PURPLE), Map.entry("copper", ORANGE), Map.entry("nickel", BLUISH_GREEN),
            Map.entry("zinc", SKY_BLUE), Map.entry("lead", INDIGO), Map.entry("gold", OLIVE),
            Map.entry("silver", GREY), Map.entry("lime", rgb(0x555555)), Map.entry("coal", BLACK),
            Map.entry("mangan", WINE), Map.entry("uran", GREEN), Map.entry("graph", PURPLE),
            Map.entry("tung", TEAL), Map.entry("plat", ROSE), Map.entry("iron", SAND));

    private static final Map<String, Color> REGIONS = Map.of(
            "hokkaido", INDIGO, "tohoku", CYAN, "kanto", TEAL, "chubu", GREEN, "kinki", OLIVE,
            "chugoku", SAND, "shikoku", ROSE, "kyushu", WINE, "okinawa", PURPLE);

    private static final Map<String, Color> STAGES = Map.of(
            "prospect", PALE_GREY, "exploration", CYAN, "feasibility", TEAL, "permitting", SAND,
            "construction", ORANGE, "production", BLUE, "idle", OLIVE, "closure", ROSE, "reclaimed", GREEN,
            "abandoned", WINE);

    private static final Map<String, Color> SOURCES = Map.ofEntries(
            Map.entry("china", ROSE), Map.entry("australia", SAND), Map.entry("chile", INDIGO),
            Map.entry("vietnam", GREEN), Map.entry("peru", WINE), Map.entry("usa", CYAN),
            Map.entry("unitedstates", CYAN), Map.entry("myanmar", OLIVE), Map.entry("malaysia", TEAL),
            Map.entry("drc", PURPLE), Map.entry("congo", PURPLE), Map.entry("indonesia", ORANGE),
            Map.entry("philippines", SKY_BLUE), Map.entry("canada", REDDISH_PURPLE), Map.entry("argentina", BLUE),
            Map.entry("other", PALE_GREY), Map.entry("others", PALE_GREY), Map.entry("rest", PALE_GREY));

    /** ColorBrewer "Blues", light to dark; {@link #sequential} spreads n colours over it. */
    private static final List<Color> SEQUENTIAL = List.of(rgb(0xC6DBEF), rgb(0x9ECAE1), rgb(0x6BAED6),
            rgb(0x4292C6), rgb(0x2171B5), rgb(0x08519C), rgb(0x08306B));

    private Palette() {
    }

    /**
     * The colours of one chart's series, in order: each keeps its own colour unless an earlier series has it, in
     * which case it gets the first colour of {@link #POOL} that neither an earlier series nor any requested
     * colour uses. So a series keeps its usual colour whenever it can, and the result has no repeats.
     */
    public static List<Color> distinct(List<Color> requested) {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        java.util.Set<Integer> wanted = new java.util.HashSet<>();
        for (Color c : requested) {
            wanted.add(c.getRGB());
        }
        List<Color> out = new java.util.ArrayList<>(requested.size());
        for (Color c : requested) {
            Color pick = c;
            if (!used.add(c.getRGB())) {
                pick = POOL.stream().filter(p -> !used.contains(p.getRGB()) && !wanted.contains(p.getRGB()))
                        .findFirst()
                        .orElseGet(() -> POOL.stream().filter(p -> !used.contains(p.getRGB())).findFirst()
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "more than " + POOL.size() + " series on one chart")));
                used.add(pick.getRGB());
            }
            out.add(pick);
        }
        return out;
    }

    public static Color commodity(String id) {
        String n = normalise(id);
        for (Map.Entry<String, Color> e : COMMODITIES) {
            if (n.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return hashed(n);
    }

    public static Color region(String id) {
        String n = normalise(id);
        return n.isEmpty() || n.equals("jp") ? BLACK : REGIONS.getOrDefault(n, hashed(n)); // national: "" or JP
    }

    public static Color stage(String id) {
        String n = normalise(id);
        return STAGES.getOrDefault(n, hashed(n));
    }

    public static Color source(String id) {
        String n = normalise(id);
        return SOURCES.getOrDefault(n, hashed(n));
    }

    /** Direct, indirect and induced jobs (and manufacturing jobs). */
    public static Color jobClass(String cls) {
        return switch (normalise(cls)) {
            case "direct", "jobsdirect" -> BLUE;
            case "indirect", "jobsindirect" -> ORANGE;
            case "induced", "jobsinduced" -> BLUISH_GREEN;
            case "manufacturing", "jobsmanufacturing" -> REDDISH_PURPLE;
            default -> hashed(normalise(cls));
        };
    }

    /** i-th of n ordered categories (light to dark). */
    public static Color sequential(int i, int n) {
        if (n <= 1) {
            return SEQUENTIAL.get(SEQUENTIAL.size() - 1);
        }
        if (n > SEQUENTIAL.size()) {
            return SEQUENTIAL.get(Math.min(SEQUENTIAL.size() - 1, i)); // more years than blues: the last ones share
        }
        // evenly spread from the lightest to the darkest: 4 colours are the 1st, 3rd, 5th and 7th blue
        return SEQUENTIAL.get((int) Math.round(i * (SEQUENTIAL.size() - 1) / (double) (n - 1)));
    }

    /** Fallback for series without a fixed colour, by position. */
    public static Color indexed(int i) {
        return FALLBACK.get(Math.floorMod(i, FALLBACK.size()));
    }

    /** The colour mixed with white: {@code strength} 1 keeps it, 0 gives white (for uncertainty bands). */
    public static Color tint(Color c, double strength) {
        return new Color(mix(c.getRed(), strength), mix(c.getGreen(), strength), mix(c.getBlue(), strength));
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 - (255 - channel) * strength);
    }

    private static Color hashed(String n) {
        return FALLBACK.get(Math.floorMod(n.hashCode(), FALLBACK.size()));
    }

    static String normalise(String id) {
        return id == null ? "" : id.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static List<Color> pool() {
        List<Color> base = List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE, SKY_BLUE, YELLOW, BLACK,
                INDIGO, WINE, OLIVE, TEAL, ROSE, GREEN, PURPLE, SAND, CYAN, GREY, rgb(0x555555), PALE_GREY);
        List<Color> all = new java.util.ArrayList<>(base);
        for (Color c : base) {
            all.add(new Color(c.getRed() * 3 / 5, c.getGreen() * 3 / 5, c.getBlue() * 3 / 5));
        }
        for (Color c : base) {
            all.add(tint(c, 0.5));
        }
        List<Color> unique = new java.util.ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (Color c : all) {
            if (seen.add(c.getRGB())) {
                unique.add(c);
            }
        }
        return List.copyOf(unique);
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
