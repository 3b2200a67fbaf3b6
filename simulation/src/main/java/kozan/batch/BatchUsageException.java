package kozan.batch;

/** A batch request that cannot be carried out as asked (existing folder, mismatched resume or merge): exit 2. */
public class BatchUsageException extends Exception {
    public BatchUsageException(String message) {
        super(message);
    }
}
