package kozan.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;

/**
 * The one way a command rethrows what a worker thread threw (a replication, a chart): disk errors stay
 * {@link IOException}s with their message ("writing FILE: REASON"), model errors and errors keep their type, so the
 * command reports them as it would on its own thread.
 */
public final class TaskFailure {

    private TaskFailure() {
    }

    /**
     * Throws the cause of {@code e}; never returns normally.
     *
     * @throws IOException the cause when it is one (or an UncheckedIOException's), or a checked cause wrapped
     */
    public static RuntimeException rethrow(ExecutionException e) throws IOException {
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException u) {
            throw new IOException(u.getMessage(), u.getCause());
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        throw new IOException(cause);
    }
}
