package kozan.scenario;

/** Manufacturing sectors (docs/model.md 7.4). */
public enum Sector { AUTOMOTIVE, ELECTRONICS, RENEWABLES, DEFENSE, BATTERIES, STEEL_CEMENT, OTHER }
