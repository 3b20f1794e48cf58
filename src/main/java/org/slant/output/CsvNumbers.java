package org.slant.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a floating-point value reads in the CSV exports: rounded to {@value #SIGNIFICANT_DIGITS}
 * significant digits ({@code 0.0676883}, not {@code 0.06768833333333334}), since a mean of a few
 * dozen articles carries no more; the Parquet tables keep full precision. The shape is Java's
 * ({@code 1.0}, {@code -0.5}, {@code 1.23457E-5}), so a float column still reads as one.
 */
public final class CsvNumbers {
    public static final int SIGNIFICANT_DIGITS = 6;
    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private CsvNumbers() {
    }

    /**
     * The cell for {@code value}: null (an empty cell) for null and NaN; {@code Infinity} and
     * {@code -Infinity} as they are. Plain notation from 0.001 up to 10,000,000, scientific outside.
     */
    public static String format(Double value) {
        if (value == null || value.isNaN()) {
            return null;
        }
        if (value.isInfinite()) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        // The exact binary value is rounded, as printf's %g does, not its shortest decimal spelling.
        BigDecimal rounded = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0.0";
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -3 && exponent < 7) {
            String plain = rounded.toPlainString();
            return plain.indexOf('.') < 0 ? plain + ".0" : plain;
        }
        String digits = rounded.unscaledValue().abs().toString();
        return (rounded.signum() < 0 ? "-" : "") + digits.charAt(0) + "."
                + (digits.length() > 1 ? digits.substring(1) : "0") + "E" + exponent;
    }
}
