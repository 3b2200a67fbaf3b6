package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which years the printed table shows import dependence for ({@link ResultTable#dependenceYears}). */
class ResultTableYearsTest {

    @Test
    void aRunCoveringAll2025_2035_2050ShowsThoseThree() {
        assertThat(ResultTable.dependenceYears(List.of(2030, 2035, 2040, 2050, 2059), 2025, 2059))
                .containsExactly(2025, 2035, 2050);
        assertThat(ResultTable.dependenceYears(List.of(), 2020, 2050)).containsExactly(2025, 2035, 2050);
    }

    @Test
    void aShorterRunShowsItsOwnYearsAmongTheFixedAndTargetYearsNeverAnEmptyColumn() {
        // the 2023-2025 export controls: its two target years, 2025 among them
        assertThat(ResultTable.dependenceYears(List.of(2023, 2025), 2023, 2025)).containsExactly(2023, 2025);
        // five years from 2025: its start (a fixed year) and its target year
        assertThat(ResultTable.dependenceYears(List.of(2029), 2025, 2029)).containsExactly(2025, 2029);
        assertThat(ResultTable.dependenceYears(List.of(2040), 2035, 2036)).containsExactly(2035);
        // the 2010 replay (2008-2017)
        assertThat(ResultTable.dependenceYears(List.of(2010, 2012, 2015), 2008, 2017)).containsExactly(2010, 2012, 2015);
        // unsorted, a duplicate, one year after the end, more than three inside: the first and the last two
        assertThat(ResultTable.dependenceYears(List.of(2016, 2009, 2030, 2009, 2011, 2013), 2008, 2017))
                .containsExactly(2009, 2013, 2016);
        // a 2025-2040 run: 2025 and 2035 fixed, 2030-2040 targets
        assertThat(ResultTable.dependenceYears(List.of(2030, 2035, 2040), 2025, 2040)).containsExactly(2025, 2035, 2040);
        // the year before 2025 and the one after it, at the run's ends
        assertThat(ResultTable.dependenceYears(List.of(2024, 2026), 2024, 2024)).containsExactly(2024);
        assertThat(ResultTable.dependenceYears(List.of(2026), 2026, 2030)).containsExactly(2026);
    }

    @Test
    void noTargetYearInsideTheRunKeepsTheFixedYears() {
        assertThat(ResultTable.dependenceYears(List.of(2030), 2008, 2017)).containsExactly(2025, 2035, 2050);
        assertThat(ResultTable.dependenceYears(List.of(), 2008, 2017)).containsExactly(2025, 2035, 2050);
    }
}
