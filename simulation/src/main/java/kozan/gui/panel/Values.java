package kozan.gui.panel;

import java.util.Locale;
import kozan.gui.GuiFormat;
import kozan.gui.compare.PairedTrack.Estimate;
import kozan.gui.compare.Quantity;

/** How the panels write a level and a paired difference of a {@link Quantity}. */
final class Values {

    private Values() {
    }

    static String level(Quantity q, double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return switch (q.kind()) {
            case PERSONS -> GuiFormat.persons(v);
            case SHARE -> GuiFormat.percent(v);
            case YEN -> GuiFormat.yenBillions(v);
            case PRICE -> String.format(Locale.ROOT, "%.3f", v);
        };
    }

    /** "+4 persons (-13 to +21)": the mean difference with its unit, the 95% interval's ends without. */
    static String difference(Quantity q, Estimate e) {
        String s = signed(q, e.mean(), true);
        if (!Double.isNaN(e.halfWidth())) {
            s += " (" + signed(q, e.mean() - e.halfWidth(), false) + " to "
                    + signed(q, e.mean() + e.halfWidth(), false) + ")";
        }
        return s;
    }

    /** A signed number in the quantity's unit; a value that rounds to zero prints as 0 (never "-0"). */
    static String signed(Quantity q, double v, boolean withUnit) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        String number = switch (q.kind()) {
            case PERSONS -> GuiFormat.whole(v);
            case SHARE -> String.format(Locale.ROOT, "%.2f", 100 * v);
            case YEN -> String.format(Locale.ROOT, v / 1e9 >= 100 || v / 1e9 <= -100 ? "%.0f" : "%.2f", v / 1e9);
            case PRICE -> String.format(Locale.ROOT, "%.3f", v);
        };
        if (number.matches("-?[0.,]+")) {
            number = number.replace("-", "");
        } else if (v > 0) {
            number = "+" + number;
        }
        String unit = switch (q.kind()) {
            case PERSONS -> " persons";
            case SHARE -> " pp";
            case YEN -> " JPY bn";
            case PRICE -> "";
        };
        return withUnit ? number + unit : number;
    }
}
