package kozan.scenario;

import java.time.YearMonth;

public record EventSpec(
        @Field(doc = "Event id.") String id,
        @Field(doc = "EXPORT_RESTRICTION (a source cuts exports to Japan), PRICE_SHOCK (a log jump of the world price), DISASTER (regional mine and plant outage).") EventKind kind,
        @Field(doc = "Commodity id (EXPORT_RESTRICTION, PRICE_SHOCK).", dflt = "null") String commodity,
        @Field(doc = "Import source id (EXPORT_RESTRICTION).", dflt = "null") String source,
        @Field(doc = "Region id (DISASTER).", dflt = "null") String region,
        @Field(doc = "First month of the event.") YearMonth start,
        @Field(doc = "Duration.", unit = "months", min = 1, max = 600, dflt = "1") int months,
        @Field(doc = "Share of volume or output cut.", min = 0, max = 1, dflt = "1") double depth,
        @Field(doc = "Log price jump applied in the first month (PRICE_SHOCK); an export restriction adds its own response.", min = -5, max = 5, dflt = "0") double logJump) {

    public enum EventKind { EXPORT_RESTRICTION, PRICE_SHOCK, DISASTER }
}
