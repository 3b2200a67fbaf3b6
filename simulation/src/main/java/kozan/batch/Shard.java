package kozan.batch;

/**
 * Part {@code index} (1-based) of {@code count} disjoint parts of a batch: run r belongs to it when
 * r mod count == index - 1, so every part gets a similar mix of design points and replications.
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": need 1 <= i <= n");
        }
    }

    /** Parses "i/n", e.g. "2/4". */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a shard: write i/n, e.g. 2/4");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a shard: write i/n with whole numbers, e.g. 2/4");
        }
    }

    public boolean contains(int run) {
        return run % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
