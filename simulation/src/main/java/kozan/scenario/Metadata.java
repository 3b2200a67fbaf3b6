package kozan.scenario;

import java.util.List;

public record Metadata(
        @Field(doc = "Short name used in results paths: lower-case letters, digits and dashes, at most 64 characters.") String name,
        @Field(doc = "Human title for reports.", dflt = "null") String title,
        @Field(doc = "What question the scenario answers and which levers it moves.", dflt = "null") String description,
        @Field(doc = "Sources behind the numbers (ids of docs/data-sources.md entries or citations).", dflt = "[]") List<String> sources) {
}
