package kozan.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Kozan's version and the git commit it was built from, recorded in {@code kozan-version.properties} at build
 * time (Maven resource filtering; simulation/pom.xml runs {@code git rev-parse HEAD} and {@code git status}).
 * The {@code ./kozan} launcher also passes the current state as system properties {@code kozan.git.commit} and
 * {@code kozan.git.dirty}; they win, because a commit made after the build changes the commit but not the code.
 *
 * @param version    Maven project version
 * @param gitCommit  40-hex commit id, or "unknown" when built outside a git clone
 * @param dirty      true when the working tree had uncommitted changes
 */
public record VersionInfo(String version, String gitCommit, boolean dirty) {

    /** MASON release the model is built on (the Maven artifact has no version attribute in its manifest). */
    public static final String MASON_VERSION = "18";

    private static final String RESOURCE = "/kozan-version.properties";

    public static VersionInfo current() {
        Properties p = properties();
        String commit = clean(System.getProperty("kozan.git.commit", p.getProperty("git.commit")));
        String dirty = clean(System.getProperty("kozan.git.dirty", p.getProperty("git.dirty")));
        return new VersionInfo(clean(p.getProperty("version")), commit, "true".equals(dirty));
    }

    /** What the build recorded, without the launcher's run-time overrides: the commit a jar was built from. */
    public static VersionInfo built() {
        Properties p = properties();
        return new VersionInfo(clean(p.getProperty("version")), clean(p.getProperty("git.commit")),
                "true".equals(clean(p.getProperty("git.dirty"))));
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + " from the class path", e);
        }
        return p;
    }

    /** Unfiltered placeholders (running from an IDE without Maven) count as unknown. */
    private static String clean(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value.strip();
    }

    /**
     * The code identity results are stamped with so runs of different code are never mixed silently (batch state,
     * journal lines, shards): the Maven version, which changes with every release of the model, and the git commit,
     * e.g. {@code 0.1.0+8cbade80e0e6...} ({@code .dirty} appended for uncommitted changes, which two builds of the
     * same commit cannot be told apart by).
     */
    public String codeId() {
        return version + "+" + gitCommit + (dirty ? ".dirty" : "");
    }

    /**
     * A study manifest's {@code "kozan": {"version", "git_commit", "dirty"}} (discover, calibrate, sensitivity,
     * compare of two results folders): the code that wrote the folder, and what makes it a Kozan folder
     * ({@link OutputDirectory#isKozanResults} with {@code files}).
     */
    public static void putCurrent(com.fasterxml.jackson.databind.node.ObjectNode manifest) {
        VersionInfo v = current();
        manifest.putObject("kozan").put("version", v.version()).put("git_commit", v.gitCommit()).put("dirty", v.dirty());
    }

    /** e.g. {@code 0.1.0 (git 8cbade80e0e6, dirty)}. */
    public String describe() {
        String shortCommit = gitCommit.length() > 12 ? gitCommit.substring(0, 12) : gitCommit;
        return version + " (git " + shortCommit + (dirty ? ", dirty" : "") + ")";
    }
}
