package org.slant.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CsvNumbersTest {
    @Test
    void aMeanIsCutToSixSignificantDigits() {
        assertEquals("0.0676883", CsvNumbers.format(0.06768833333333334));
        assertEquals("-0.923756", CsvNumbers.format(-0.9237556452224885));
        assertEquals("0.110349", CsvNumbers.format(0.11034872724936867));
        assertEquals("0.0175", CsvNumbers.format(0.017499999999999998));
    }

    @Test
    void shortValuesAndWholeNumbersKeepTheirFloatShape() {
        assertEquals("1.0", CsvNumbers.format(1.0));
        assertEquals("-0.5", CsvNumbers.format(-0.5));
        assertEquals("0.25", CsvNumbers.format(0.25));
        assertEquals("3.0", CsvNumbers.format(3.0));
        assertEquals("100.0", CsvNumbers.format(100.0));
        assertEquals("0.0", CsvNumbers.format(0.0));
        assertEquals("0.0", CsvNumbers.format(-0.0));
        assertEquals("1.0", CsvNumbers.format(0.9999999), "rounding up carries into a new digit");
    }

    @Test
    void tinyAndHugeValuesAreScientificAsJavaWritesThem() {
        assertEquals("0.00123457", CsvNumbers.format(0.0012345678));
        assertEquals("1.23457E-4", CsvNumbers.format(0.00012345678));
        assertEquals("-2.0E-17", CsvNumbers.format(-2.0000000001e-17));
        assertEquals("1234570.0", CsvNumbers.format(1234567.0));
        assertEquals("1.23457E7", CsvNumbers.format(12345678.0));
    }

    @Test
    void nanAndNullAreEmptyCellsInfinityIsKept() {
        assertNull(CsvNumbers.format(Double.NaN));
        assertNull(CsvNumbers.format(null));
        assertEquals("Infinity", CsvNumbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", CsvNumbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void everyCellParsesBackWithinHalfAUnitOfTheSixthDigit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double x = (random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(-20, 20));
            String cell = CsvNumbers.format(x);
            double back = Double.parseDouble(cell);
            assertTrue(Math.abs(back - x) <= 5e-6 * Math.abs(x), x + " -> " + cell);
            String mantissa = new BigDecimal(cell).stripTrailingZeros().unscaledValue().abs().toString();
            assertTrue(mantissa.length() <= CsvNumbers.SIGNIFICANT_DIGITS, x + " -> " + cell);
        }
    }
}
