package kozan.gui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the GUI's inspectors show numbers: thousands separators, yen in billions, shares as per cent, whatever the
 * default locale ("12,345 persons", "JPY 0.50 bn", "3.2%"), never a raw double such as 5.0198020129111105E8.
 * Empty before the first month (NaN).
 */
public final class GuiFormat {

    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private GuiFormat() {
    }

    /** "12,345" (rounded to whole units). */
    public static String whole(double v) {
        return Double.isFinite(v) ? unsignedZero(new DecimalFormat("#,##0", ROOT).format(v)) : "";
    }

    /** "12,345 persons". */
    public static String persons(double v) {
        return Double.isFinite(v) ? whole(v) + " persons" : "";
    }

    /** "JPY 0.50 bn", "JPY 12.3 bn", "JPY 1,235 bn": yen shown in billions, three significant digits for small amounts. */
    public static String yenBillions(double yen) {
        if (!Double.isFinite(yen)) {
            return "";
        }
        return "JPY " + unsignedZero(billions(yen / 1e9)) + " bn";
    }

    /**
     * A signed difference in yen, in billions as {@link #yenBillions} writes an amount: "+JPY 1,824 bn",
     * "-JPY 1.20 bn", and "JPY 0.00 bn" for what rounds to zero (float noise such as 3e-7 yen), never "-0".
     * Without the unit ("+1,824", "-1.20") for the ends of an interval that follows a value with it.
     */
    public static String signedYenBillions(double yen, boolean withUnit) {
        if (!Double.isFinite(yen)) {
            return "";
        }
        String number = billions(Math.abs(yen) / 1e9);
        String sign = number.matches("[0.,]+") ? "" : yen > 0 ? "+" : "-";
        return withUnit ? sign + "JPY " + number + " bn" : sign + number;
    }

    /** Billions with three significant digits for small amounts: "0.50", "12.3", "1,234". */
    private static String billions(double bn) {
        String pattern = Math.abs(bn) >= 100 ? "#,##0" : Math.abs(bn) >= 10 ? "0.0" : "0.00";
        return new DecimalFormat(pattern, ROOT).format(bn);
    }

    /** A share 0-1 as "3.2%". */
    public static String percent(double share) {
        return percent(share, "0.0");
    }

    /** A share 0-1 as whole per cent, "93%". */
    public static String percent0(double share) {
        return percent(share, "0");
    }

    /** A share 0-1 as per cent with a DecimalFormat pattern; "" when not a number, never "-0". */
    private static String percent(double share, String pattern) {
        return Double.isFinite(share) ? unsignedZero(new DecimalFormat(pattern, ROOT).format(100 * share)) + "%" : "";
    }

    /** "0" for "-0", "0.00" for "-0.00": float noise below 0 (a share of -5.9e-11) rounds to zero, not to "-0". */
    private static String unsignedZero(String number) {
        return number.matches("-[0.,]+") ? number.substring(1) : number;
    }
}
