package kozan.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The running jar's identity in manifest.json: what is hashed, and that old manifests without it still load. */
class JarIdentityTest {

    @TempDir
    Path tmp;

    @Test
    void aJarIsNamedAndHashedByItsBytes() throws Exception {
        Path jar = tmp.resolve("kozan-0.1.0-abc.jar");
        Files.writeString(jar, "abc", StandardCharsets.US_ASCII);
        JarIdentity id = JarIdentity.of(jar).orElseThrow();
        assertThat(id.file()).isEqualTo("kozan-0.1.0-abc.jar");
        // FIPS 180-2's test vector: SHA-256("abc")
        assertThat(id.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(id.builtFrom()).isEqualTo(VersionInfo.built());
    }

    @Test
    void theLaunchersSha256IsTakenAsGivenAndAnythingElseIsIgnored() throws Exception {
        Path jar = tmp.resolve("kozan-all.jar");
        Files.writeString(jar, "abc", StandardCharsets.US_ASCII);
        String given = "0".repeat(63) + "1";   // not the file's hash: taken as given, the file is not read
        assertThat(JarIdentity.of(jar, given).orElseThrow().sha256()).isEqualTo(given);
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        for (String bad : new String[]{null, "", "ABC", given.toUpperCase(java.util.Locale.ROOT).replace('1', 'F'),
                given.substring(1), given + "0"}) {
            assertThat(JarIdentity.of(jar, bad).orElseThrow().sha256()).as(String.valueOf(bad)).isEqualTo(abc);
        }
    }

    @Test
    void classesOrAnythingButAJarFileHaveNoIdentity() throws Exception {
        assertThat(JarIdentity.of(tmp)).isEmpty();   // target/classes in tests and IDEs
        Path notJar = Files.writeString(tmp.resolve("kozan.zip"), "abc");
        assertThat(JarIdentity.of(notJar)).isEmpty();
        assertThat(JarIdentity.of(null)).isEmpty();
        assertThat(JarIdentity.running()).as("tests run from target/classes").isEmpty();
    }

    @Test
    void aManifestWithoutAJarReadsAsEmptyAndOneWithAJarGivesItsSha256() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("run"));
        new Manifest("s", "s.yaml", "0", "version: 1\n", 1L, 1, List.of(), new VersionInfo("0.1.0", "c0ffee", false),
                Instant.EPOCH, Instant.EPOCH).write(dir);
        assertThat(Manifest.read(dir).jarSha256()).as("written from classes, or before the field existed").isEmpty();

        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(dir.resolve(Csv.MANIFEST).toFile());
        ((ObjectNode) root.get("kozan")).putObject("jar").put("file", "kozan-0.1.0-c0ffee.jar")
                .put("sha256", "ba7816bf").put("built_from_commit", "c0ffee").put("built_dirty", false);
        Json.write(dir.resolve(Csv.MANIFEST), root);
        Manifest.Recorded recorded = Manifest.read(dir);
        assertThat(recorded.jarSha256()).isEqualTo("ba7816bf");
        assertThat(recorded.gitCommit()).as("the existing key keeps its meaning").isEqualTo("c0ffee");
    }
}
