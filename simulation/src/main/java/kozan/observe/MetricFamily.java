package kozan.observe;

import kozan.model.MiningEconomy;

/** A group of metric functions: reads the model through public accessors and emits rows in a fixed order. */
interface MetricFamily {

    void emit(MiningEconomy economy, int step, RowSink sink);
}
