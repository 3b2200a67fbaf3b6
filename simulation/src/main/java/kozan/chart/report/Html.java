package kozan.chart.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Escaping and locale-independent number display for the HTML report. */
public final class Html {

    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String esc(Object text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** "12,345", "123.4", "1.23": three significant digits for small numbers, whole numbers for large ones. */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        String pattern = a >= 1000 ? "#,##0" : a >= 100 ? "0" : a >= 10 ? "0.0" : a >= 1 ? "0.00" : "0.000";
        String s = new DecimalFormat(pattern, ROOT).format(v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** A share (0-1) as "87.3%". */
    public static String pct(double share) {
        return Double.isNaN(share) ? "n/a" : new DecimalFormat("0.0", ROOT).format(share * 100) + "%";
    }
}
