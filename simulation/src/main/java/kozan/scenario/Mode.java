package kozan.scenario;

/** Run mode. IO_PARITY switches off capacity and labour constraints and fixes prices (MODEL 9.3). */
public enum Mode { NORMAL, IO_PARITY }
