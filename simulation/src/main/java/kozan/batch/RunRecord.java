package kozan.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The journal record of one finished run: which run, its master seed, and either its kept values or the
 * error that made it fail. One JSON object per line in runs.jsonl; doubles are written in Java's
 * shortest round-trip form so a record read back is exactly the record written.
 *
 * @param error null for a successful run
 * @param code  the code version that ran it ({@link kozan.io.VersionInfo#codeId()}), null when not recorded
 */
public record RunRecord(int run, int point, int replication, long seed, String error,
                        SortedMap<MetricKey, Double> values, String code) {

    private static final JsonFactory JSON = new JsonFactory();

    public boolean ok() {
        return error == null;
    }

    public static RunRecord ok(int run, int point, int replication, long seed, SortedMap<MetricKey, Double> values) {
        return new RunRecord(run, point, replication, seed, null, Collections.unmodifiableSortedMap(new TreeMap<>(values)),
                null);
    }

    /** This record stamped with the code version that produced it. */
    public RunRecord withCode(String codeId) {
        return new RunRecord(run, point, replication, seed, error, values, codeId);
    }

    public static RunRecord failed(int run, int point, int replication, long seed, String error) {
        return new RunRecord(run, point, replication, seed, error, Collections.emptySortedMap(), null);
    }

    /** One line of JSON without the newline. */
    public String toJson() {
        StringWriter w = new StringWriter(64 + values.size() * 48);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("run", run);
            g.writeNumberField("point", point);
            g.writeNumberField("replication", replication);
            g.writeNumberField("seed", seed);
            g.writeStringField("status", ok() ? "ok" : "failed");
            if (!ok()) {
                g.writeStringField("error", error);
            }
            g.writeArrayFieldStart("values");
            for (var e : values.entrySet()) {
                MetricKey k = e.getKey();
                g.writeStartArray();
                g.writeString(k.metric());
                g.writeString(k.commodity());
                g.writeString(k.region());
                g.writeString(k.detail());
                g.writeNumber(k.year());
                g.writeNumber(e.getValue());
                g.writeEndArray();
            }
            g.writeEndArray();
            if (code != null) {
                g.writeStringField("code", code);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen for a StringWriter", e);
        }
        return w.toString();
    }

    /** Parses one journal line; throws IOException for a line that is not a complete record. */
    public static RunRecord parse(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            int run = -1;
            int point = -1;
            int rep = -1;
            long seed = 0;
            String status = null;
            String error = null;
            TreeMap<MetricKey, Double> values = null;
            String code = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "run" -> run = p.getIntValue();
                    case "point" -> point = p.getIntValue();
                    case "replication" -> rep = p.getIntValue();
                    case "seed" -> seed = p.getLongValue();
                    case "status" -> status = p.getText();
                    case "error" -> error = p.getText();
                    case "values" -> values = values(p);
                    case "code" -> code = p.getText();
                    default -> throw new IOException("unknown field '" + f + "'");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new IOException("trailing content");
            }
            if (run < 0 || point < 0 || rep < 0 || status == null || values == null
                    || !(status.equals("ok") || status.equals("failed"))) {
                throw new IOException("incomplete record");
            }
            if (status.equals("failed")) {
                return failed(run, point, rep, seed, error == null ? "unknown error" : error).withCode(code);
            }
            return ok(run, point, rep, seed, values).withCode(code);
        } catch (RuntimeException e) {
            throw new IOException("malformed record: " + e.getMessage(), e);
        }
    }

    /**
     * The run, point and replication of a journal line, skipping its values (indexing needs no more).
     * Throws IOException when the line is not a complete JSON object with a run index.
     */
    static int runIndex(String line) throws IOException {
        return runIndex(line, new java.util.HashSet<>());
    }

    /** {@link #runIndex(String)}, adding the line's code version (or {@link Journal#UNKNOWN_CODE}) to {@code codes}. */
    static int runIndex(String line, java.util.Set<String> codes) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            int run = -1;
            String code = Journal.UNKNOWN_CODE;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if (f.equals("run")) {
                    run = p.getIntValue();
                } else if (f.equals("code")) {
                    code = p.getText();
                }
                p.skipChildren();
            }
            codes.add(code);
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || run < 0) {
                throw new IOException("incomplete record");
            }
            return run;
        } catch (RuntimeException e) {
            throw new IOException("malformed record: " + e.getMessage(), e);
        }
    }

    private static TreeMap<MetricKey, Double> values(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        TreeMap<MetricKey, Double> out = new TreeMap<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            String m = next(p);
            String c = next(p);
            String r = next(p);
            String d = next(p);
            expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
            int year = p.getIntValue();
            JsonToken t = p.nextToken();
            if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                throw new IOException("expected a number, got " + t);
            }
            out.put(new MetricKey(m, c, r, d, year), p.getDoubleValue());
            expect(p.nextToken(), JsonToken.END_ARRAY);
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
        return out;
    }

    private static String next(JsonParser p) throws IOException {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static void expect(JsonToken got, JsonToken want) throws IOException {
        if (got != want) {
            throw new IOException("expected " + want + ", got " + got);
        }
    }
}
