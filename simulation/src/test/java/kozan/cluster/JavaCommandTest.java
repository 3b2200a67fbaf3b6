package kozan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the submitting JVM's options a Slurm task keeps. */
class JavaCommandTest {

    private static final List<String> LAUNCHER = List.of("-XX:+UseParallelGC",
            "-XX:SharedArchiveFile=/home/u/kozan/simulation/target/kozan.jsa", "-Xshare:auto", "-Xmx4g",
            "-javaagent:/x/jacoco.jar=destfile=a", "-agentlib:jdwp=transport=dt_socket", "-agentpath:/x/lib.so",
            "-Dkozan.git.commit=abc");

    @Test
    void aTaskDropsTheLaunchersClassDataArchiveAndAgents() {
        // the archive names the launcher's jar path: the JVM would reject it for the copy with a warning in every log
        assertThat(JavaCommand.taskOptions(LAUNCHER)).containsExactly("-XX:+UseParallelGC", "-Xmx4g",
                "-Dkozan.git.commit=abc");
    }
}
