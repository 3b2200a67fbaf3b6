package kozan.scenario;

/**
 * One file a scenario was read from, for the manifest of a run: the file named, then each file it extends.
 *
 * @param file   the path as given by the user (the file named), or as resolved from {@code extends} against it
 * @param sha256 SHA-256 of the file's bytes, lower-case hex
 */
public record ScenarioSource(String file, String sha256) {
}
