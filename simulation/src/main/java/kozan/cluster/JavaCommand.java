package kozan.cluster;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * How a Slurm task starts the Kozan that submitted it: the same Java and JVM options (heap, collector, the git
 * commit the launcher passes), and the same code. From a jar (./kozan, java -jar), the jar is copied into the job
 * folder first: the tasks never run Maven (four tasks building one checkout at once collide), and a rebuild of the
 * checkout while the array waits in the queue cannot mix two code versions in one batch. From classes (tests, an
 * IDE), the tasks use the same class path.
 *
 * @param java    the java executable at submission ({@code java.home}); the script falls back to {@code java} on the
 *                PATH when the compute node lacks it
 * @param jvmArgs JVM options of this process, without agents (debuggers, coverage)
 * @param code    {@code -jar FILE} or {@code -cp PATH kozan.cli.Main}
 */
public record JavaCommand(String java, List<String> jvmArgs, List<String> code) {

    private static final String MAIN = "kozan.cli.Main";

    /** The command of this process; copies its jar to {@code jarCopy} when it runs from one. */
    public static JavaCommand ofThisProcess(Path jarCopy) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> opts = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-agentlib") && !a.startsWith("-javaagent") && !a.startsWith("-agentpath")) {
                opts.add(a);
            }
        }
        Path running = codeLocation();
        if (running != null && Files.isRegularFile(running) && running.toString().endsWith(".jar")) {
            Files.createDirectories(jarCopy.getParent());
            Path tmp = jarCopy.resolveSibling(jarCopy.getFileName() + ".tmp");
            Files.copy(running, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, jarCopy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new JavaCommand(java, opts, List.of("-jar", jarCopy.toString()));
        }
        String cp = System.getProperty("java.class.path");
        List<String> entries = new ArrayList<>();
        for (String e : cp.split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(Path.of(e).toAbsolutePath().toString());
            }
        }
        return new JavaCommand(java, opts, List.of("-cp", String.join(File.pathSeparator, entries), MAIN));
    }

    private static Path codeLocation() {
        try {
            var source = JavaCommand.class.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }
}
