package kozan.batch;

import kozan.io.InputException;

/** A batch request that cannot be carried out as asked (existing folder, mismatched resume or merge): exit 2. */
public class BatchUsageException extends InputException {
    private static final long serialVersionUID = 1L;

    public BatchUsageException(String message) {
        super(message);
    }
}
