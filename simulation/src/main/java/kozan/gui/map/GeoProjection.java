package kozan.gui.map;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Equirectangular projection for a map of Japan: x grows east, y grows south (screen convention), and
 * longitude is shrunk by cos(36 deg), Japan's middle latitude, so Honshu keeps its shape. One map unit is
 * 1/{@link #UNITS_PER_DEGREE} degree of latitude (about 11 km). The projected origin is the north-west corner
 * of the lon/lat bounds given to the constructor.
 */
public final class GeoProjection {

    /** Map units per degree of latitude. */
    public static final double UNITS_PER_DEGREE = 10.0;
    /** Longitude scale: cos(36 deg). */
    public static final double LON_SCALE = Math.cos(Math.toRadians(36.0));

    private final Rectangle2D.Double lonLatBounds;
    private final AffineTransform transform;

    /** @param lonLatBounds x = longitude (deg), y = latitude (deg) of the area the map shows */
    public GeoProjection(Rectangle2D lonLatBounds) {
        this.lonLatBounds = new Rectangle2D.Double(lonLatBounds.getX(), lonLatBounds.getY(),
                lonLatBounds.getWidth(), lonLatBounds.getHeight());
        double sx = LON_SCALE * UNITS_PER_DEGREE;
        double sy = -UNITS_PER_DEGREE;
        this.transform = new AffineTransform(sx, 0, 0, sy, -lonLatBounds.getMinX() * sx,
                lonLatBounds.getMaxY() * UNITS_PER_DEGREE);
    }

    /** Longitude/latitude (deg) to map units. */
    public Point2D.Double project(double lonDeg, double latDeg) {
        Point2D.Double p = new Point2D.Double();
        transform.transform(new Point2D.Double(lonDeg, latDeg), p);
        return p;
    }

    /** The affine map from lon/lat (deg) to map units. */
    public AffineTransform transform() {
        return new AffineTransform(transform);
    }

    /** Width of the mapped area, map units. */
    public double width() {
        return lonLatBounds.getWidth() * LON_SCALE * UNITS_PER_DEGREE;
    }

    /** Height of the mapped area, map units. */
    public double height() {
        return lonLatBounds.getHeight() * UNITS_PER_DEGREE;
    }

    public Rectangle2D.Double lonLatBounds() {
        return (Rectangle2D.Double) lonLatBounds.clone();
    }
}
