package kozan.gui;

import sim.portrayal.inspector.PropertyInspector;
import sim.util.Bag;

/**
 * MASON 18's per-property "Chart" inspectors (the magnifying-glass menu next to each inspector property) are
 * built on JFreeChart 1.0.x (org.jfree.ui, old org.jfree.data signatures). Kozan ships JFreeChart 1.5.6, with
 * which they fail with NoClassDefFoundError, so they are taken out of the menu; the "Stream" inspector, which
 * needs no chart library, stays. Kozan's own charts are in the chart windows.
 */
public final class MasonCompat {

    private MasonCompat() {
    }

    /** Removes the JFreeChart-1.0-based property inspectors from MASON's menu; idempotent. */
    public static synchronized void removeChartingInspectors() {
        Bag names = PropertyInspector.getPropertyInspectorClassNames();
        for (int i = names.numObjs - 1; i >= 0; i--) {
            if (String.valueOf(names.objs[i]).contains("Charting")) {
                names.removeNondestructively(i);
            }
        }
    }
}
