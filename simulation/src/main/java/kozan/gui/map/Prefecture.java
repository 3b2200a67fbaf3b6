package kozan.gui.map;

import java.awt.geom.Path2D;

/**
 * One prefecture: JIS X 0401 code (1-47), names, the conventional region block it belongs to (0 Hokkaido ..
 * 8 Okinawa) and its boundary in lon/lat degrees (x = longitude, y = latitude), all rings of all polygons.
 */
public record Prefecture(int code, String name, String nameJa, int block, Path2D.Double lonLatOutline) {

    /** Boundary in lon/lat degrees (a copy: paths are mutable). */
    @Override
    public Path2D.Double lonLatOutline() {
        return (Path2D.Double) lonLatOutline.clone();
    }
}
