package kozan.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A worker's failure reaches the command with the type and message it would have had on the command's thread. */
class TaskFailureTest {

    private static ExecutionException failed(Throwable cause) {
        return new ExecutionException(cause);
    }

    @Test
    void diskErrorsStayIoExceptionsWithTheirMessage() {
        IOException disk = new IOException("writing annual.csv: No space left on device");
        assertThatThrownBy(() -> TaskFailure.rethrow(failed(disk))).isSameAs(disk);
        // an UncheckedIOException from a stream or lambda becomes the IOException it carries, message kept
        assertThatThrownBy(() -> TaskFailure.rethrow(failed(new UncheckedIOException("writing impacts.csv: EIO",
                disk)))).isExactlyInstanceOf(IOException.class).hasMessage("writing impacts.csv: EIO").hasCause(disk);
    }

    @Test
    void modelErrorsAndErrorsKeepTheirType() {
        IllegalStateException model = new IllegalStateException("mine:hishikari step 12: output NaN");
        assertThatThrownBy(() -> TaskFailure.rethrow(failed(model))).isSameAs(model);
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertThatThrownBy(() -> TaskFailure.rethrow(failed(oom))).isSameAs(oom);
        // any other checked failure is an IOException around it
        Exception other = new Exception("checked");
        assertThatThrownBy(() -> TaskFailure.rethrow(failed(other))).isExactlyInstanceOf(IOException.class)
                .hasCause(other);
    }
}
