package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.portrayal.inspector.PropertyInspector;
import sim.util.Bag;

/** MASON 18's JFreeChart-1.0 property inspectors are out of reach; what stays in the menu loads. */
class ChartMenuTest {

    private static List<String> names() {
        Bag b = PropertyInspector.getPropertyInspectorClassNames();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < b.numObjs; i++) {
            out.add(String.valueOf(b.objs[i]));
        }
        return out;
    }

    private static Throwable rootLinkageError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LinkageError) {
                return c;
            }
        }
        return null;
    }

    @Test
    void chartingInspectorsAreRemovedAndTheRestLoads() throws Exception {
        MasonCompat.removeChartingInspectors();
        MasonCompat.removeChartingInspectors();
        assertThat(names()).containsExactly("sim.portrayal.inspector.StreamingPropertyInspector");
        for (String n : names()) {
            assertThat(Class.forName(n, true, getClass().getClassLoader())).isNotNull();
        }
    }

    @Test
    void theRemovedInspectorsReallyCannotLoadWithJFreeChart15() {
        // why they are removed: the chart generator they open needs JFreeChart 1.0's org.jfree.ui
        assertThatThrownBy(() -> Class.forName("sim.util.media.chart.TimeSeriesChartGenerator", true,
                getClass().getClassLoader()).getDeclaredConstructor().newInstance())
                .satisfies(t -> assertThat(rootLinkageError(t)).isNotNull());
    }
}
