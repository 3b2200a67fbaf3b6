package kozan.scenario;

/** Run mode. IO_PARITY switches off capacity and labour constraints and fixes prices (docs/model.md 7.7). */
public enum Mode { NORMAL, IO_PARITY }
