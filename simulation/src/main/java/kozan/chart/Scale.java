package kozan.chart;

/**
 * Divides large numbers for axes ("million m³" instead of 24,000,000 m³) so tick labels stay short.
 *
 * @param factor what values are divided by
 * @param unit   the unit label after scaling, e.g. "million t"
 */
public record Scale(double factor, String unit) {

    /** The largest of thousand, million, billion, trillion that keeps the biggest value at or above 1. */
    public static Scale of(double maxAbs, String unit) {
        String u = unit.replace("m3", "m³");
        if (u.equals("JPY") || u.equals(kozan.observe.Units.MONEY)) { // "JPY (2025)" -> "JPY billion (2025)"
            if (maxAbs >= 1e12) {
                return new Scale(1e12, u.replace("JPY", "JPY trillion"));
            }
            if (maxAbs >= 1e9) {
                return new Scale(1e9, u.replace("JPY", "JPY billion"));
            }
            if (maxAbs >= 1e6) {
                return new Scale(1e6, u.replace("JPY", "JPY million"));
            }
            return new Scale(1, u);
        }
        String[] words = {"thousand", "million", "billion"};
        double f = 1;
        String w = "";
        for (int i = 0; i < words.length; i++) {
            double next = Math.pow(1000, i + 1);
            if (maxAbs >= 10 * next) {
                f = next;
                w = words[i];
            }
        }
        return new Scale(f, w.isEmpty() ? u : w + " " + u);
    }

    public double[] apply(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] / factor;
        }
        return out;
    }
}
