package kozan.cli;

import java.io.PrintWriter;

/** The command line with the real model, for tests outside kozan.cli (the GUI's saved-scenario test). */
public final class RealCli {

    private RealCli() {
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return Main.execute(new ModelEngine(), out, err, args);
    }
}
