package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0 | 0",
            "-0.0 | 0",
            "1 | 1",
            "-1 | -1",
            "0.1 | 0.1",
            "0.30000000000000004 | 0.3",
            "1000000 | 1000000",
            "1e15 | 1000000000000000",
            "123456789012345 | 123456789012000",
            "1.23456789012345 | 1.23456789012",
            "0.000123 | 0.000123",
            "1e-7 | 0.0000001",
            "2.5e-10 | 0.00000000025",
            "-1234.5 | -1234.5",
            "3.14159265358979 | 3.14159265359",
            "100 | 100",
            "0.5 | 0.5",
            "2.0000000000005 | 2",
            "999999999999.5 | 1000000000000",
    })
    void formatsWithTwelveSignificantDigitsInPlainNotation(double value, String expected) {
        assertThat(Numbers.format(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesNonFiniteValues(double value) {
        assertThatThrownBy(() -> Numbers.format(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-finite");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-300, 4.9e-324, 1.7976931348623157e308})
    void extremeValuesStayPlainAndParseBack(double value) {
        String text = Numbers.format(value);
        assertThat(text).doesNotContain("E").doesNotContain("e");
        assertThat(Double.parseDouble(text)).isCloseTo(value, org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 12.5, 1.0 / 3, 7e-5, 98765.4321})
    void decimalMatchesFormattedText(double value) {
        assertThat(Numbers.decimal(value).toPlainString()).isEqualTo(Numbers.format(value));
    }
}
