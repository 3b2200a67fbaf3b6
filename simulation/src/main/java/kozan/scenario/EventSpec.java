package kozan.scenario;

import java.time.YearMonth;

public record EventSpec(
        @Field(doc = "Event id.") String id,
        @Field(doc = "EXPORT_RESTRICTION (a source cuts exports to Japan), PRICE_SHOCK (a log jump of the world price), DISASTER (regional mine and plant outage); for a commodity with price model market: EXPORT_QUOTA and PRODUCTION_QUOTA (China's export and mining quota, value in t/yr), EXPORT_QUOTA_BATCH (a batch of China's yearly export quota: value t of export licences, usable in any of the event's months, which their holders spread evenly over the months left; batches in force add up and exports draw them; docs/model.md 7.1.1), ACTIVITY (index of world demand outside China and Japan, value a multiplier), PROJECT_DECISION (a project's first output, forced by a decision outside the market); for every scenario: MANUFACTURING_ACTIVITY (index of Japan's manufacturing output, such as a recession or an earthquake's outage, value a multiplier on every manufacturer's planned output; no commodity).") EventKind kind,
        @Field(doc = "Commodity id (every kind but DISASTER and MANUFACTURING_ACTIVITY).", dflt = "null") String commodity,
        @Field(doc = "Import source id (EXPORT_RESTRICTION).", dflt = "null") String source,
        @Field(doc = "Region id (DISASTER).", dflt = "null") String region,
        @Field(doc = "First month of the event.") YearMonth start,
        @Field(doc = "Duration.", unit = "months", min = 1, max = 600, dflt = "1") int months,
        @Field(doc = "Share of volume or output cut.", min = 0, max = 1, dflt = "1") double depth,
        @Field(doc = "Log price jump applied in the first month (PRICE_SHOCK); an export restriction adds its own response.", min = -5, max = 5, dflt = "0") double logJump,
        @Field(doc = "Quota (EXPORT_QUOTA, PRODUCTION_QUOTA: t/yr, a rate for the event's months; EXPORT_QUOTA_BATCH: t of licences for all its months together) or index multiplier (ACTIVITY, MANUFACTURING_ACTIVITY).", min = 0, dflt = "0") double value,
        @Field(doc = "Project id of the commodity's market (PROJECT_DECISION).", dflt = "null") String project,
        @Field(doc = "Month the event became known (EXPORT_RESTRICTION, EXPORT_QUOTA, EXPORT_QUOTA_BATCH): from then, buyers see its months, depth or quota ahead and hold stock against the shortfall it will cause (docs/model.md 7.4, anticipated shortfall). At most the start month. Absent: buyers do not see the event before or during it (an unannounced cut).", dflt = "null") YearMonth announced) {

    public enum EventKind {
        EXPORT_RESTRICTION, PRICE_SHOCK, DISASTER, EXPORT_QUOTA, PRODUCTION_QUOTA, ACTIVITY, PROJECT_DECISION,
        MANUFACTURING_ACTIVITY, EXPORT_QUOTA_BATCH;

        /** A cut of supply buyers can see ahead: the kinds that may carry 'announced'. */
        public boolean announceable() {
            return this == EXPORT_RESTRICTION || this == EXPORT_QUOTA || this == EXPORT_QUOTA_BATCH;
        }

        /** A kind that acts on a commodity's world market (price model market): quotas, activity, project decisions. */
        public boolean worldMarket() {
            return this == EXPORT_QUOTA || this == EXPORT_QUOTA_BATCH || this == PRODUCTION_QUOTA || this == ACTIVITY
                    || this == PROJECT_DECISION;
        }
    }

    /** An event of the first three kinds (no value, no project). */
    public EventSpec(String id, EventKind kind, String commodity, String source, String region, YearMonth start,
                     int months, double depth, double logJump) {
        this(id, kind, commodity, source, region, start, months, depth, logJump, 0, null, null);
    }

    /** An event not announced ahead (buyers see it only through its effects). */
    public EventSpec(String id, EventKind kind, String commodity, String source, String region, YearMonth start,
                     int months, double depth, double logJump, double value, String project) {
        this(id, kind, commodity, source, region, start, months, depth, logJump, value, project, null);
    }
}
