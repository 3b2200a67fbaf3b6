package kozan.scenario;

import java.util.List;

public record CommoditySpec(
        @Field(doc = "Commodity id referenced by mines, suppliers, intensities and events.") String id,
        @Field(doc = "Display name.", dflt = "null") String name,
        @Field(doc = "Physical unit of every tonnage of this commodity (e.g. 't REO', 't LCE', 't Cu').", dflt = "t") String unit,
        @Field(doc = "Critical mineral (eligible for state backing, offtake mandate and stockpiling).", dflt = "false") boolean critical,
        @Field(doc = "Mine product is used as mined (limestone, coal); no PROCESSING supplier needed.", dflt = "false") boolean directUse,
        @Field(doc = "World price process.") PriceSpec price,
        @Field(doc = "Share of manufacturing need met by recycled material.", min = 0, max = 1, dflt = "0") double recyclingShare,
        @Field(doc = "Share of need bought from domestic refined supply before imports (raised by an offtake mandate).", min = 0, max = 1, dflt = "1") double domesticPreference,
        @Field(doc = "Annual fall in material intensity while the price is above its expectation by more than thrift_threshold (thrifting).", unit = "1/yr", min = 0, max = 1, dflt = "0.05") double thriftRatePerYear,
        @Field(doc = "Floor of intensity as a share of its initial value.", min = 0, max = 1, dflt = "0.7") double thriftFloor,
        @Field(doc = "Annual recovery of intensity toward its initial value while the price is not above its expectation by more than thrift_threshold.", unit = "1/yr", min = 0, max = 1, dflt = "0.02") double thriftRecoveryPerYear,
        @Field(doc = "Elasticity of the world price to the share of world supply lost.", min = 0, max = 50, dflt = "1.5") double priceResponse,
        @Field(doc = "Import sources (countries) with their shares of Japan's imports.", min = 1) List<ImportSourceSpec> importSources,
        @Field(doc = "Thrifting starts only while the world price exceeds the market's expectation by more than this share (0.15 = 15% above); below it intensity recovers. Keeps ordinary price noise from ratcheting intensity down.", unit = "share of expectation", min = 0, max = 10, dflt = "0.15") double thriftThreshold) {
}
