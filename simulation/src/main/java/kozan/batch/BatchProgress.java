package kozan.batch;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Reports batch progress: runs done, failures and time left. A progress bar on a terminal, plain lines
 * otherwise (logs, CI), at most one every {@code interval}, plus a final line.
 */
public interface BatchProgress extends AutoCloseable {

    /** @param total runs in this batch part; @param alreadyDone runs found done in the journal (resume) */
    void start(int total, int alreadyDone, int alreadyFailed);

    void runDone(boolean ok);

    @Override
    void close();

    /** No output (tests). */
    BatchProgress NONE = new BatchProgress() {
        @Override
        public void start(int total, int alreadyDone, int alreadyFailed) {
        }

        @Override
        public void runDone(boolean ok) {
        }

        @Override
        public void close() {
        }
    };

    /** A terminal bar when {@code System.console() != null}, plain lines to {@code err} otherwise. */
    static BatchProgress auto(PrintWriter err) {
        return System.console() != null ? new Bar() : new Lines(err, Duration.ofSeconds(10));
    }

    /** The progressbar library's bar; the extra message carries the failure count. */
    final class Bar implements BatchProgress {
        private ProgressBar bar;
        private int failed;

        @Override
        public synchronized void start(int total, int alreadyDone, int alreadyFailed) {
            failed = alreadyFailed;
            bar = new ProgressBarBuilder().setTaskName("batch").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" runs", 1).showSpeed().build();
            bar.stepTo(alreadyDone);
            bar.setExtraMessage(", " + failed + " failed");
        }

        @Override
        public synchronized void runDone(boolean ok) {
            if (!ok) {
                failed++;
                bar.setExtraMessage(", " + failed + " failed");
            }
            bar.step();
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** Plain progress lines: "batch: 120/1000 runs (12%), 2 failed, 45 s elapsed, about 5 min 30 s left". */
    final class Lines implements BatchProgress {
        private final PrintWriter out;
        private final long intervalNanos;
        private int total;
        private int done;
        private int failed;
        private int doneAtStart;
        private long startNanos;
        private long lastPrint;

        public Lines(PrintWriter out, Duration interval) {
            this.out = out;
            this.intervalNanos = interval.toNanos();
        }

        @Override
        public synchronized void start(int total, int alreadyDone, int alreadyFailed) {
            this.total = total;
            this.done = alreadyDone;
            this.doneAtStart = alreadyDone;
            this.failed = alreadyFailed;
            this.startNanos = System.nanoTime();
            this.lastPrint = startNanos;
            out.println(line());
            out.flush();
        }

        @Override
        public synchronized void runDone(boolean ok) {
            done++;
            if (!ok) {
                failed++;
            }
            long now = System.nanoTime();
            if (now - lastPrint >= intervalNanos) {
                lastPrint = now;
                out.println(line());
                out.flush();
            }
        }

        @Override
        public synchronized void close() {
            out.println(line());
            out.flush();
        }

        String line() {
            long elapsed = System.nanoTime() - startNanos;
            StringBuilder b = new StringBuilder("batch: ").append(done).append('/').append(total).append(" runs (")
                    .append(total == 0 ? 100 : done * 100L / total).append("%), ").append(failed).append(" failed, ")
                    .append(human(elapsed)).append(" elapsed");
            int sessionDone = done - doneAtStart;
            if (sessionDone > 0 && done < total) {
                long left = (long) ((double) elapsed / sessionDone * (total - done));
                b.append(", about ").append(human(left)).append(" left");
            }
            return b.toString();
        }

        private static String human(long nanos) {
            long s = nanos / 1_000_000_000L;
            if (s < 60) {
                return s + " s";
            }
            if (s < 3600) {
                return s / 60 + " min " + s % 60 + " s";
            }
            return s / 3600 + " h " + (s % 3600) / 60 + " min";
        }
    }
}
