package kozan.model.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The ledger's accounting identities on a hand-built month (two import sources). */
class CommodityLedgerTest {

    /** Import prices 100 and 200 JPY/t for sources 0 and 1. */
    private static final ImportSupply PRICES = new ImportSupply() {
        @Override
        public String commodityId() {
            return "x";
        }

        @Override
        public CommodityLedger ledger() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int sourceCount() {
            return 2;
        }

        @Override
        public double worldPrice() {
            return 100;
        }

        @Override
        public double expectation() {
            return 100;
        }

        @Override
        public double importPrice(int source) {
            return source == 0 ? 100 : 200;
        }

        @Override
        public double takeImports(double demand, double beta, double riskAversion, double[] out) {
            throw new UnsupportedOperationException();
        }
    };

    /**
     * Mines deliver 50 t concentrate; plants refine 40 t of it and 60 t of imported concentrate (45 from source 0,
     * 15 from source 1); the market sells 80 of the 100 t offered, imports 30 t refined (10 + 20), of which 5 t go
     * to the stockpile (level 25 t); buyers need 110 t, consume 100, build 10 t of inventory and miss 3 t.
     */
    private static CommodityLedger month() {
        CommodityLedger l = new CommodityLedger(2);
        l.addMineOutput(50, false);
        l.addDomesticConcentrateProcessed(40);
        l.addImportedConcentrate(new double[] {45, 15}, 60);
        l.addRefinedOffer(100, 40);
        l.addRefinedImports(new double[] {10, 20});
        l.recordClearing(80, 30, 0, 5, 25, 110);
        l.attributeOrigin(5000, PRICES);
        l.recordSettlement(60, 6, 2, 16);
        l.recordSettlement(40, 4, 1, 9);
        l.addOutputLost(1e6);
        return l;
    }

    @Test
    void marketBalances() {
        CommodityLedger l = month();
        // sold 80 + imports 30 + release 0 + draw 0 = consumption 100 + purchase 5 + build 10 - 5
        assertThat(l.balanceResidual()).isCloseTo(-5, within(1e-12));
        CommodityLedger balanced = month();
        balanced.recordSettlement(0, -5, 0, 0);
        assertThat(balanced.balanceResidual()).isCloseTo(0, within(1e-12));
        assertThat(balanced.inventoryDrawT()).isEqualTo(5);
        assertThat(balanced.balanceScale()).isEqualTo(115);
    }

    @Test
    void unsoldOfferAndUnprocessedConcentrateAreExported() {
        CommodityLedger l = month();
        assertThat(l.refinedExportsT()).isEqualTo(20);
        assertThat(l.refinedOutputT()).isEqualTo(l.domesticSoldT() + l.refinedExportsT());
        assertThat(l.concentrateExportsT()).isEqualTo(10);
        assertThat(l.mineOutputT()).isEqualTo(l.domesticConcentrateProcessedT() + l.concentrateExportsT());
        assertThat(l.unprocessedConcentrateT()).isEqualTo(10);
    }

    @Test
    void importsAreRefinedImportsPlusTheForeignOriginPartOfDomesticSales() {
        CommodityLedger l = month();
        // 40 of 100 offered t are of domestic origin: 32 of the 80 sold; the other 48 are imported concentrate,
        // split 45:15 -> 36 and 12
        assertThat(l.domesticOriginSoldT()).isCloseTo(32, within(1e-12));
        assertThat(l.importsBySourceT(0)).isCloseTo(10 + 36, within(1e-12));
        assertThat(l.importsBySourceT(1)).isCloseTo(20 + 12, within(1e-12));
        assertThat(l.importsT()).isCloseTo(78, within(1e-12));
        assertThat(l.importsYen()).isCloseTo(5000 + 36 * 100 + 12 * 200, within(1e-9));
        assertThat(l.importDependence()).isCloseTo(78.0 / (78 + 32), within(1e-12));
    }

    @Test
    void directUseMineOutputIsDomesticOfferOfDomesticOrigin() {
        CommodityLedger l = new CommodityLedger(1);
        l.addMineOutput(70, true);
        assertThat(l.mineOutputT()).isEqualTo(70);
        assertThat(l.refinedOutputT()).isEqualTo(70);
        assertThat(l.domesticOfferT()).isEqualTo(70);
        assertThat(l.domesticOfferDomesticOriginT()).isEqualTo(70);
        assertThat(l.domesticConcentrateAvailableT()).isZero();
    }

    @Test
    void settlementsAddUp() {
        CommodityLedger l = month();
        assertThat(l.consumptionT()).isEqualTo(100);
        assertThat(l.inventoryBuildT()).isEqualTo(10);
        assertThat(l.shortfallT()).isEqualTo(3);
        assertThat(l.inventoryT()).isEqualTo(25);
        assertThat(l.needT()).isEqualTo(110);
        assertThat(l.stockpilePurchaseT()).isEqualTo(5);
        assertThat(l.stockpileT()).isEqualTo(25);
        assertThat(l.outputLostYen()).isEqualTo(1e6);
    }

    @Test
    void resetZeroesFlowsButKeepsTheStockpile() {
        CommodityLedger l = month();
        l.resetFlows();
        assertThat(l.mineOutputT()).isZero();
        assertThat(l.importsT()).isZero();
        assertThat(l.importsBySourceT(0)).isZero();
        assertThat(l.refinedImportsBySourceT(1)).isZero();
        assertThat(l.importedConcentrateBySourceT(0)).isZero();
        assertThat(l.inventoryT()).isZero();
        assertThat(l.stockpileT()).as("a stock, rewritten by the clearing").isEqualTo(25);
        assertThat(l.importDependence()).isNaN();
    }

    @Test
    void balanceScaleIsTheLargerSideWithEveryTermCounted() {
        // supply side: sold 80 + refined imports 30 + release 7 + inventory draw 3 = 120;
        // use side: consumption 100 + stockpile purchase 5 + inventory build 10 = 115
        CommodityLedger l = new CommodityLedger(2);
        l.addRefinedOffer(100, 40);
        l.recordClearing(80, 30, 7, 5, 25, 110);
        l.recordSettlement(60, 10, 0, 10);
        l.recordSettlement(40, -3, 0, 0);
        assertThat(l.balanceScale()).isEqualTo(120.0);
        assertThat(l.balanceResidual()).isCloseTo(5, within(1e-12));
        // 30 t more consumption: use side 145 is the larger
        l.recordSettlement(30, 0, 0, 0);
        assertThat(l.balanceScale()).isEqualTo(145.0);
        assertThat(l.balanceResidual()).isCloseTo(-25, within(1e-12));
    }

    @Test
    void refinedOutputKeepsItsDomesticOriginAndConcentrateAvailableIsTheMinesDelivery() {
        CommodityLedger l = month();
        // 50 t of concentrate delivered; the 100 t refined carry 40 t of domestic ore
        assertThat(l.domesticConcentrateAvailableT()).isEqualTo(50.0);
        assertThat(l.refinedOutputDomesticOriginT()).isEqualTo(40.0);
        // a direct-use product of 12 t is refined output of domestic origin without processing
        l.addMineOutput(12, true);
        assertThat(l.refinedOutputDomesticOriginT()).isEqualTo(52.0);
        assertThat(l.refinedOutputT()).isEqualTo(112.0);
        assertThat(l.domesticConcentrateAvailableT()).isEqualTo(50.0);
    }
}
