package kozan.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The jar Kozan is running from, as the manifest records it: its file name, sha256, and the commit it was built
 * from. A published result names the exact jar that made it (scripts/release-jar publishes one with its checksum;
 * docs/reproducing.md), which the git commit alone does not: the same commit built with another JDK or Maven may
 * give other bytes. The build commit differs from {@link VersionInfo#current()}'s when the ./kozan launcher passes
 * a newer commit of the same sources.
 *
 * @param file           the jar's file name, e.g. {@code kozan-0.1.0-8cbade80e0e6.jar}
 * @param sha256         lower-case hex sha256 of the jar's bytes
 * @param builtFrom      the version, commit and dirty flag baked into the jar when it was built
 */
public record JarIdentity(String file, String sha256, VersionInfo builtFrom) {

    /** The running jar, or empty when Kozan runs from classes (tests, an IDE). Hashed once per JVM. */
    public static Optional<JarIdentity> running() {
        return Running.IDENTITY;
    }

    /**
     * System property by which the ./kozan launcher passes the sha256 of the jar it runs, hashed once per build (by
     * sha256sum, beside the jar) instead of in every run: hashing the 14 MB jar took about 0.15 s of a cold start
     * (docs/performance.md, "Cold start"). Anything but 64 lower-case hex digits is ignored.
     */
    static final String SHA256_PROPERTY = "kozan.jar.sha256";

    /** The identity of a jar file on disk, with the build facts of the running code. */
    static Optional<JarIdentity> of(Path location) {
        return of(location, null);
    }

    /** As {@link #of(Path)}, with the jar's sha256 when its launcher already knows it (else null: hash the file). */
    static Optional<JarIdentity> of(Path location, String knownSha256) {
        if (location == null || !Files.isRegularFile(location) || !location.toString().endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            String sha256 = knownSha256 != null && knownSha256.matches("[0-9a-f]{64}") ? knownSha256
                    : Hashes.sha256(location);
            return Optional.of(new JarIdentity(location.getFileName().toString(), sha256, VersionInfo.built()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the running jar " + location + " to record its sha256", e);
        }
    }

    private static final class Running {
        static final Optional<JarIdentity> IDENTITY = of(location(), System.getProperty(SHA256_PROPERTY));

        private static Path location() {
            CodeSource source = JarIdentity.class.getProtectionDomain().getCodeSource();
            try {
                return source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;   // not a file URL: nothing to hash
            }
        }
    }
}
