package kozan.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way commands read a file the user names (scenario, batch file, manifest, batch state): it must be a
 * regular file (not a folder, FIFO or device such as /dev/zero, which would hang or never end) no larger than a
 * cap, checked before the file is opened, and the read itself stops at the cap. Violations are bad input
 * (exit 2) naming the file, reported at once.
 */
public final class InputFile {

    /**
     * Scenario and batch files: at least 16 MiB (the largest shipped scenario, scenarios/large.yaml, is 5 MB), and
     * as much as the YAML reader's own limit allows ({@link kozan.scenario.ScenarioLoader#maxFileBytes}: what the
     * heap can load, or -Dkozan.scenario.maxChars), so one rule bounds both and a national-size file 10x large.yaml
     * (54 MB) loads; a file over the reader's limit in characters is refused by it, saying how to raise the heap.
     */
    public static final long MAX_TEXT_BYTES = Math.max(16L << 20, kozan.scenario.ScenarioLoader.maxFileBytes());
    /**
     * Longest line of a scenario or batch file, in characters: 65,536 (the longest shipped line has 624). A
     * megabytes-long line costs the YAML reader seconds to minutes and gigabytes; no hand-written file has one.
     */
    public static final int MAX_LINE_CHARS = 1 << 16;
    /** manifest.json and batch-state.json: 64 MiB (a manifest lists one line per output file). */
    public static final long MAX_JSON_BYTES = 64L << 20;

    private InputFile() {
    }

    /**
     * Checks that {@code file} is a readable regular file of at most {@code maxBytes} bytes, without opening it.
     *
     * @throws InputException naming the file and what it is instead
     */
    public static void check(Path file, long maxBytes) throws InputException {
        if (file.toString().isBlank()) {
            throw new InputException("the file name is empty (\"\"); give a file");
        }
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such file" + (Files.isSymbolicLink(file)
                    ? " (a symbolic link to something that does not exist)" : ""));
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file + " is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + " is not a regular file (a device, FIFO or socket); Kozan reads only"
                    + " regular files");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(file + ": permission denied");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read it: " + OutputDirectory.describe(e));
        }
        if (size > maxBytes) {
            throw new InputException(tooLarge(file, maxBytes));
        }
    }

    /** The file's bytes, after {@link #check}; the read stops at the cap even if the file grows meanwhile. */
    public static byte[] readBytes(Path file, long maxBytes) throws IOException {
        check(file, maxBytes);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputException(tooLarge(file, maxBytes));
            }
            return bytes;
        }
    }

    /**
     * The file as UTF-8 text with lines of at most {@link #MAX_LINE_CHARS} characters; malformed UTF-8 or a
     * longer line is bad input naming the file (and line).
     */
    public static String readText(Path file, long maxBytes) throws IOException {
        byte[] bytes = readBytes(file, maxBytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file + " is not valid UTF-8 text; save it as UTF-8");
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    throw new InputException(file + ":" + line + ": the line has " + (i - start) + " characters, more"
                            + " than the limit of " + MAX_LINE_CHARS + "; break it into several lines");
                }
                line++;
                start = i + 1;
            }
        }
        return text;
    }

    /**
     * The file parsed as JSON; a truncated or corrupt file is bad input naming the file, line and column.
     */
    public static JsonNode readJson(Path file, long maxBytes) throws IOException {
        byte[] bytes = readBytes(file, maxBytes);
        try {
            JsonNode n = Json.MAPPER.readTree(bytes);
            if (n == null || n.isMissingNode()) {
                throw new InputException(file + " is empty; it should hold a JSON object written by Kozan");
            }
            return n;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InputException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON (truncated or damaged?): " + e.getOriginalMessage());
        }
    }

    private static String tooLarge(Path file, long maxBytes) {
        return file + " is larger than the limit of " + (maxBytes >> 20) + " MiB for this kind of file"
                + (maxBytes == MAX_TEXT_BYTES ? " (it follows the Java heap; give Java more memory, e.g."
                        + " KOZAN_JAVA_OPTS=-Xmx16g)" : "");
    }
}
