package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

/** The adaptation defaults used in code are the @Field defaults a scenario file gets (one set of values). */
class AdaptationSpecTest {

    @Test
    void defaultsInCodeEqualTheFieldDefaults() throws Exception {
        AdaptationSpec d = AdaptationSpec.defaults();
        for (RecordComponent c : AdaptationSpec.class.getRecordComponents()) {
            Field f = c.getAnnotation(Field.class);
            double expected = Double.parseDouble(f.dflt());
            double actual = ((Number) c.getAccessor().invoke(d)).doubleValue();
            assertThat(actual).as(c.getName()).isEqualTo(expected);
        }
    }
}
