package kozan.cli;

import java.io.PrintWriter;
import kozan.io.VersionInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code kozan} command. Each subcommand is a class listed in {@code subcommands}; adding one is one line.
 * Exit codes: 0 ok, 2 bad input (scenario problems, options, an existing results directory), 1 internal error.
 */
@Command(name = "kozan",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Agent-based simulation of domestic mining development in Japan: jobs and import dependence.",
        subcommands = {
                RunCommand.class,
                ValidateCommand.class,
                SchemaCommand.class,
                BenchCommand.class,
                BatchCommand.class,
                CompareCommand.class,
                ChartCommand.class,
                ReportCommand.class,
                GuiCommand.class,
                ReproduceCommand.class,
                IoCommand.class,
                SensitivityCommand.class,
                CalibrateCommand.class,
                DiscoverCommand.class,
                CommandLine.HelpCommand.class,
        },
        footer = {"", "Exit codes: 0 ok, 2 bad input, 1 internal error; batch, compare and",
                "sensitivity also use 3 (some runs failed) and 4 (stopped early, e.g. Ctrl-C",
                "or SIGTERM; --resume continues).",
                "--force replaces only folders Kozan wrote; one process per output folder",
                "(docs/robustness.md).",
                "Docs: README.md and docs/ in the repository."})
public final class Main implements Runnable {

    private final Engine engine;
    private boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public Main(Engine engine) {
        this.engine = engine;
    }

    /** Inherited by every subcommand; picocli may re-apply the default per command, so only "true" sticks. */
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    void setDebug(boolean value) {
        debug |= value;
    }

    Engine engine() {
        return engine;
    }

    public static void main(String[] args) {
        System.exit(execute(new ModelEngine(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given engine and streams; returns the exit code (used by tests). */
    public static int execute(Engine engine, PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main(engine);
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        // the only Long options are seeds (--seed): also in the text form the tables write them (SeedText)
        cli.registerConverter(Long.class, text -> {
            try {
                return kozan.scenario.SeedText.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                Errors.report(ex, commandLine.getErr(), main.debug));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kozan --version}: version and the git commit the build came from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            VersionInfo v = VersionInfo.current();
            return new String[] {
                    "kozan " + v.version(),
                    "git commit " + v.gitCommit() + (v.dirty() ? " (uncommitted changes)" : ""),
                    kozan.io.JarIdentity.running().map(j -> "jar " + j.file() + " sha256 " + j.sha256())
                            .orElse("not running from a jar"),
                    "MASON " + VersionInfo.MASON_VERSION + ", Java " + System.getProperty("java.version") + " ("
                            + System.getProperty("java.vendor") + "), " + System.getProperty("os.name") + " "
                            + System.getProperty("os.arch"),
            };
        }
    }
}
