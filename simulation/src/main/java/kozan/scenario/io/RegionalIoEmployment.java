package kozan.scenario.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Employment by scenario region and IO sector, the input of the location quotients (docs/io-and-labour.md, "Where
 * the jobs are"). Persons engaged, 2014 Economic Census for Business Frame (K2; bundled in
 * {@code kozan/regional/prefecture-employment-2014.csv}), summed over each region's prefectures. K2 has four
 * columns that stand for IO sectors: mining (JSIC 05), production machinery (26), non-ferrous metals (23) and
 * technical services (742-749, standing for business services); every other sector has no regional data and takes
 * the region's total employment (SLQ = 1, assumption). K2 pools five prefectures (Ishikawa, Fukui, Nara, Tottori,
 * Okinawa); the pool is split among them by 2020 population (assumption).
 *
 * <p>When the scenario's regions cannot be mapped to prefectures (a region without prefecture codes, or a code in two
 * regions), every sector takes SLQ = 1 and a region's size is its working-age population (assumption, labelled in
 * {@link #basis()}).
 */
public final class RegionalIoEmployment {

    /** The K2 columns that stand for an IO sector. */
    public enum Column { MINING, PRODUCTION_MACHINERY, NONFERROUS, TECHNICAL_SERVICES }

    static final String DATA = "/kozan/regional/prefecture-employment-2014.csv";
    static final String RESIDUAL_POPULATION = "/kozan/regional/residual-population-2020.csv";

    private final double[] regionPersons;
    private final double[][] sectorPersons;
    private final boolean[] sectorHasData;
    private final String basis;

    /**
     * @param regionPersons total persons engaged (or any size measure) by region, > 0
     * @param sectorPersons [region][sector] persons engaged in the sector; read only where sectorHasData
     * @param sectorHasData whether a sector has regional data (else SLQ = 1 everywhere)
     * @param basis         where the numbers come from, for reports
     */
    public RegionalIoEmployment(double[] regionPersons, double[][] sectorPersons, boolean[] sectorHasData, String basis) {
        this.regionPersons = regionPersons.clone();
        this.sectorPersons = new double[sectorPersons.length][];
        for (int r = 0; r < sectorPersons.length; r++) {
            this.sectorPersons[r] = sectorPersons[r].clone();
            if (sectorPersons[r].length != sectorHasData.length) {
                throw new IllegalArgumentException("regional employment: region " + r + " has " + sectorPersons[r].length
                        + " sectors, expected " + sectorHasData.length);
            }
        }
        if (regionPersons.length != sectorPersons.length) {
            throw new IllegalArgumentException("regional employment: " + regionPersons.length + " region totals for "
                    + sectorPersons.length + " regions");
        }
        for (double p : regionPersons) {
            if (!(p > 0) || !Double.isFinite(p)) {
                throw new IllegalArgumentException("regional employment: every region needs a size > 0, got " + p);
            }
        }
        this.sectorHasData = sectorHasData.clone();
        this.basis = basis;
    }

    /**
     * Every sector at SLQ = 1; regions sized by the given measure (persons, e.g. working-age population).
     */
    public static RegionalIoEmployment uniform(double[] regionSize, int sectors, String basis) {
        return new RegionalIoEmployment(regionSize, new double[regionSize.length][sectors], new boolean[sectors], basis);
    }

    /**
     * The bundled K2 data summed over each region's prefectures (JIS codes 1-47), with {@code columns} naming the IO
     * sector each K2 column stands for (a sector named by two columns gets no data: the columns are narrower than
     * it). Falls back to {@link #uniform} with {@code fallbackSize} when a region has no prefecture or a prefecture
     * is in two regions.
     */
    public static RegionalIoEmployment forRegions(List<List<Integer>> prefecturesByRegion, double[] fallbackSize,
            int sectors, Map<Column, Integer> columns) {
        Set<Integer> seen = new HashSet<>();
        for (List<Integer> codes : prefecturesByRegion) {
            if (codes == null || codes.isEmpty()) {
                return uniform(fallbackSize, sectors, "no prefecture codes for every region: SLQ = 1 for every sector,"
                        + " region size = working-age population (assumption)");
            }
            for (int code : codes) {
                if (code < 1 || code > 47 || !seen.add(code)) {
                    return uniform(fallbackSize, sectors, "prefecture codes not a partition of JIS 1-47: SLQ = 1 for"
                            + " every sector, region size = working-age population (assumption)");
                }
            }
        }
        double[][] byPrefecture = prefectures();
        Map<Integer, Column> sectorColumn = new HashMap<>();
        Set<Integer> clashing = new HashSet<>();
        for (Map.Entry<Column, Integer> e : columns.entrySet()) {
            if (sectorColumn.putIfAbsent(e.getValue(), e.getKey()) != null) {
                clashing.add(e.getValue());
            }
        }
        clashing.forEach(sectorColumn::remove);
        boolean[] hasData = new boolean[sectors];
        sectorColumn.keySet().forEach(i -> hasData[i] = true);
        int regions = prefecturesByRegion.size();
        double[] total = new double[regions];
        double[][] persons = new double[regions][sectors];
        for (int r = 0; r < regions; r++) {
            for (int code : prefecturesByRegion.get(r)) {
                double[] p = byPrefecture[code];
                total[r] += p[0];
                for (Map.Entry<Integer, Column> e : sectorColumn.entrySet()) {
                    persons[r][e.getKey()] += p[1 + e.getValue().ordinal()];
                }
            }
        }
        return new RegionalIoEmployment(total, persons, hasData, "2014 Economic Census for Business Frame (K2) by"
                + " prefecture; sectors " + sectorColumn.keySet().stream().sorted().toList()
                + " (table index) from data, the others SLQ = 1 (assumption)");
    }

    public int regionCount() {
        return regionPersons.length;
    }

    public int sectorCount() {
        return sectorHasData.length;
    }

    /** Total persons engaged (or the fallback size) in region r. */
    public double regionPersons(int r) {
        return regionPersons[r];
    }

    /** Persons engaged in sector i in region r; only meaningful where {@link #hasData(int)}. */
    public double sectorPersons(int r, int i) {
        return sectorPersons[r][i];
    }

    public boolean hasData(int i) {
        return sectorHasData[i];
    }

    /** Whether any sector has regional data (false: the labelled SLQ = 1 fallback). */
    public boolean anyData() {
        for (boolean b : sectorHasData) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    public String basis() {
        return basis;
    }

    /**
     * [JIS code][total, mining, production machinery, non-ferrous, technical services], persons; the five pooled
     * prefectures get the pool split by their 2020 population.
     */
    static double[][] prefectures() {
        double[][] out = new double[48][];
        double[] residual = null;
        for (String[] row : rows(DATA)) {
            double[] v = new double[5];
            for (int c = 0; c < 5; c++) {
                v[c] = IoCsv.number(row[2 + c], DATA);
            }
            if (row[0].equals("RES")) {
                residual = v;
            } else {
                out[Integer.parseInt(row[0])] = v;
            }
        }
        List<String[]> pooled = rows(RESIDUAL_POPULATION);
        double population = 0;
        for (String[] row : pooled) {
            population += IoCsv.number(row[2], RESIDUAL_POPULATION);
        }
        for (String[] row : pooled) {
            double share = IoCsv.number(row[2], RESIDUAL_POPULATION) / population;
            double[] v = new double[5];
            for (int c = 0; c < 5; c++) {
                v[c] = residual[c] * share;
            }
            out[Integer.parseInt(row[0])] = v;
        }
        for (int code = 1; code <= 47; code++) {
            if (out[code] == null) {
                throw new IllegalStateException(DATA + ": no row for prefecture " + code);
            }
        }
        return out;
    }

    /** Data rows of a bundled CSV: comment lines (#) and the header skipped. */
    private static List<String[]> rows(String resource) {
        try (InputStream in = RegionalIoEmployment.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            List<String[]> out = new ArrayList<>();
            boolean header = true;
            for (String[] row : IoCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                if (row[0].startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "RegionalIoEmployment[" + regionCount() + " regions, " + basis + ", totals " + Arrays.toString(regionPersons) + "]";
    }
}
