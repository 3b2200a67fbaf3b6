package kozan.scenario;

import java.util.List;

public record CommoditySpec(
        @Field(doc = "Commodity id referenced by mines, suppliers, intensities and events.") String id,
        @Field(doc = "Display name.", dflt = "null") String name,
        @Field(doc = "Physical unit of every tonnage of this commodity (e.g. 't REO', 't LCE', 't Cu').", dflt = "t") String unit,
        @Field(doc = "Critical mineral (eligible for state backing, offtake mandate and stockpiling).", dflt = "false") boolean critical,
        @Field(doc = "Mine product is used as mined (limestone, coal); no PROCESSING supplier needed.", dflt = "false") boolean directUse,
        @Field(doc = "World price process.") PriceSpec price,
        @Field(doc = "Share of material use met by recycled (urban-mine) material at the initial price; it rises with the lagged price (adaptation.recycling_elasticity) and the government's recycling_lever.", min = 0, max = 1, dflt = "0") double recyclingShare,
        @Field(doc = "Share of need bought from domestic refined supply before imports (raised by an offtake mandate).", min = 0, max = 1, dflt = "1") double domesticPreference,
        @Field(doc = "Ceiling on the fall of material intensity per year under the intensity law (adaptation): the speed of thrifting and substitution (Sprecher et al.: up to 10% of demand a year, R43). 0 = no substitute within the model: intensity does not respond to price at all (neither short nor long run). Before issue #14 this was the fixed thrift rate above the threshold.", unit = "1/yr", min = 0, max = 1, dflt = "0.05") double thriftRatePerYear,
        @Field(doc = "Floor of intensity as a share of its initial value: the engineering reach of thrifting and substitution (e.g. Dy -40% to -50% in magnets, W12, R57).", min = 0, max = 1, dflt = "0.7") double thriftFloor,
        @Field(doc = "Ceiling on the recovery of intensity toward its initial value per year when prices fall back (the intensity law recovers at recovery_factor of its fall speed, and never faster than this).", unit = "1/yr", min = 0, max = 1, dflt = "0.02") double thriftRecoveryPerYear,
        @Field(doc = "Elasticity of the world price to the share of world supply lost.", min = 0, max = 50, dflt = "1.5") double priceResponse,
        @Field(doc = "Import sources (countries) with their shares of Japan's imports.", min = 1) List<ImportSourceSpec> importSources,
        @Field(doc = "Dead band of the intensity law: only the part of a price rise above this share of the reference (initial) price moves intensity (0.15 = the first 15% are ignored). Keeps ordinary price noise from ratcheting intensity down.", unit = "share of the initial price", min = 0, max = 10, dflt = "0.15") double thriftThreshold,
        @Field(doc = "How buyers adapt: the intensity law's elasticities and lags, the urban mine, precautionary stocks and emergency covers (behavioural parameters, set once in the baseline).", dflt = "{}") AdaptationSpec adaptation) {

    /** A commodity built in code with the default adaptation parameters. */
    public CommoditySpec(String id, String name, String unit, boolean critical, boolean directUse, PriceSpec price,
                         double recyclingShare, double domesticPreference, double thriftRatePerYear, double thriftFloor,
                         double thriftRecoveryPerYear, double priceResponse, List<ImportSourceSpec> importSources,
                         double thriftThreshold) {
        this(id, name, unit, critical, directUse, price, recyclingShare, domesticPreference, thriftRatePerYear, thriftFloor,
                thriftRecoveryPerYear, priceResponse, importSources, thriftThreshold, AdaptationSpec.defaults());
    }
}
