package kozan.chart;

import kozan.io.InputException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What kind of Kozan output folder a directory is, by the files that define each kind: a run ({@code annual.csv}),
 * a comparison ({@code comparison.csv}, from either form of {@code kozan compare}) or a batch
 * ({@code summary.csv} with {@code design.csv}), or a sensitivity study ({@code indices.csv}; a study of the model is
 * also a batch folder, but its question is the indices). A compare of two scenario files is also a two-point batch; it
 * counts as a comparison, which is what it was asked for.
 */
public enum OutputKind {
    RUN, COMPARE, BATCH, SENSITIVITY;

    public static OutputKind of(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException("not a directory: " + dir);
        }
        if (Files.isRegularFile(dir.resolve("annual.csv"))) {
            return RUN;
        }
        if (Files.isRegularFile(dir.resolve("comparison.csv"))) {
            return COMPARE;
        }
        if (Files.isRegularFile(dir.resolve("indices.csv"))) {
            return SENSITIVITY;
        }
        if (Files.isRegularFile(dir.resolve("summary.csv")) && Files.isRegularFile(dir.resolve("design.csv"))) {
            return BATCH;
        }
        throw new InputException(dir + " is not a Kozan results folder: it has no annual.csv (kozan run),"
                + " comparison.csv (kozan compare) or summary.csv with design.csv (kozan batch) or indices.csv (kozan sensitivity)");
    }
}
