package kozan.scenario;

/** Manufacturing sectors (MODEL 3.5). */
public enum Sector { AUTOMOTIVE, ELECTRONICS, RENEWABLES, DEFENSE, BATTERIES, STEEL_CEMENT, OTHER }
