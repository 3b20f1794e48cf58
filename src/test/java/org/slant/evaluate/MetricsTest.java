package org.slant.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void accuracyAndMacroF1ByHand() {
        Metrics m = new Metrics(List.of("a", "b", "c"));
        // gold a: 2 right, 1 as b; gold b: 1 right; gold c: 1 as a.
        m.add("a", "a");
        m.add("a", "a");
        m.add("a", "b");
        m.add("b", "b");
        m.add("c", "a");
        assertEquals(3.0 / 5, m.accuracy(), 1e-12);
        double fa = 2 * (2.0 / 3) * (2.0 / 3) / (4.0 / 3); // P 2/3, R 2/3
        double fb = 2 * 0.5 * 1.0 / 1.5;                     // P 1/2, R 1
        double fc = 0;
        assertEquals(fa, m.f1("a"), 1e-12);
        assertEquals(fb, m.f1("b"), 1e-12);
        assertEquals((fa + fb + fc) / 3, m.macroF1(), 1e-12);
        assertEquals(1L, m.confusion().get("c").get("a"));
    }

    @Test
    void classAbsentEverywhereIsLeftOutOfMacroF1() {
        Metrics m = new Metrics(List.of("a", "b", "c"));
        m.add("a", "a");
        m.add("b", "b");
        assertEquals(1.0, m.macroF1(), 1e-12);
        assertTrue(Double.isNaN(m.f1("c")));
    }

    @Test
    void unknownLabelIsAnError() {
        Metrics m = new Metrics(List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> m.add("a", "z"));
    }

    @Test
    void pearson() {
        assertEquals(1.0, Metrics.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}), 1e-12);
        assertEquals(-1.0, Metrics.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        assertTrue(Double.isNaN(Metrics.pearson(new double[] {1, 1}, new double[] {1, 2})));
    }

    @Test
    void csvCellsAreQuotedAndFormulasNeutralised() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",'=cmd(),-0.5\n", Csv.row("a", "b,c", "say \"hi\"", "=cmd()", "-0.5"));
    }
}
