package kozan.cli;

import java.io.PrintWriter;
import kozan.io.RunWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of multi-replication work: a progress bar on an interactive terminal, plain
 * "name: 3/10 replications done" lines otherwise (logs, CI, pipes). Single runs report nothing.
 */
abstract class ProgressReporter implements RunWriter.Progress, AutoCloseable {

    static ProgressReporter create(PrintWriter err, String task, int total) {
        if (total <= 1) {
            return new ProgressReporter() {
                @Override
                public void replicationDone(int done, int all) {
                }
            };
        }
        if (System.console() != null) {
            return new Bar(task, total);
        }
        return new Lines(err, task);
    }

    @Override
    public void close() {
    }

    private static final class Bar extends ProgressReporter {
        private final ProgressBar bar;

        Bar(String task, int total) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" runs", 1)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .continuousUpdate().build();
        }

        @Override
        public synchronized void replicationDone(int done, int total) {
            bar.stepTo(Math.max(done, bar.getCurrent()));
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    private static final class Lines extends ProgressReporter {
        private final PrintWriter err;
        private final String task;

        Lines(PrintWriter err, String task) {
            this.err = err;
            this.task = task;
        }

        @Override
        public synchronized void replicationDone(int done, int total) {
            err.println(task + ": " + done + "/" + total + " replications done");
            err.flush();
        }
    }
}
