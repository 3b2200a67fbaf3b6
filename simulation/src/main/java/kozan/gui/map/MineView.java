package kozan.gui.map;

import kozan.scenario.Stage;

/**
 * A mine as the map and its inspector show it: fixed facts from the scenario (or from the prospect the model
 * generated) plus the stage, refreshed by the GUI after every step. Java-bean getters for MASON's inspector.
 */
public final class MineView {

    private final String id;
    private final String name;
    private final String commodity;
    private final String region;
    private final double lat;
    private final double lon;
    private final double capacityTOrePerYear;
    private volatile Stage stage;

    public MineView(String id, String name, String commodity, String region, double lat, double lon,
                    double capacityTOrePerYear, Stage stage) {
        this.id = id;
        this.name = name == null ? id : name;
        this.commodity = commodity;
        this.region = region;
        this.lat = lat;
        this.lon = lon;
        this.capacityTOrePerYear = capacityTOrePerYear;
        this.stage = stage;
    }

    public void setStageFromModel(Stage stage) {
        this.stage = stage;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCommodity() {
        return commodity;
    }

    public String getRegion() {
        return region;
    }

    /** Latitude, deg. */
    public double getLat() {
        return lat;
    }

    /** Longitude, deg. */
    public double getLon() {
        return lon;
    }

    /** Ore capacity at full ramp-up, t ore/yr. */
    public double getCapacityTOrePerYear() {
        return capacityTOrePerYear;
    }

    public Stage getStage() {
        return stage;
    }

    @Override
    public String toString() {
        return "Mine " + name + " (" + stage + ")";
    }
}
