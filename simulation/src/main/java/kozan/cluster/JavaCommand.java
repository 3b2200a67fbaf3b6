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
        List<String> opts = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Path running = codeLocation();
        if (running != null && Files.isRegularFile(running) && running.toString().endsWith(".jar")) {
            Files.createDirectories(jarCopy.getParent());
            Path tmp = jarCopy.resolveSibling(jarCopy.getFileName() + ".tmp");
            Files.copy(running, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, jarCopy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new JavaCommand(java, taskOptions(opts), List.of("-jar", jarCopy.toString()));
        }
        String cp = System.getProperty("java.class.path");
        List<String> entries = new ArrayList<>();
        for (String e : cp.split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(Path.of(e).toAbsolutePath().toString());
            }
        }
        return new JavaCommand(java, taskOptions(opts), List.of("-cp", String.join(File.pathSeparator, entries),
                MAIN));
    }

    /**
     * The JVM options a task keeps of this process's: not agents (debuggers, coverage), and not the launcher's
     * class-data archive ({@code -XX:SharedArchiveFile}, {@code -Xshare}). The archive was made for the jar at its own
     * path, so the JVM rejects it for the job's copy and prints a CDS warning into every task's log; it is also a file
     * of the submitting checkout, which a compute node need not see. A task runs for minutes, so it does not miss it.
     */
    static List<String> taskOptions(List<String> processOptions) {
        List<String> kept = new ArrayList<>();
        for (String a : processOptions) {
            boolean agent = a.startsWith("-agentlib") || a.startsWith("-javaagent") || a.startsWith("-agentpath");
            boolean archive = a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xshare:");
            if (!agent && !archive) {
                kept.add(a);
            }
        }
        return kept;
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
