package kozan.scenario;

/** Supplier industries (MODEL 3.4). */
public enum SupplierKind { EQUIPMENT, ENGINEERING, PROCESSING }
