package kozan.scenario;

/** Supplier industries (docs/model.md 7.3). */
public enum SupplierKind { EQUIPMENT, ENGINEERING, PROCESSING }
