package org.slant.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.slant.analysis.frames.Frame;
import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.frames.FrameScorer;

class FrameEvaluationTest {
    private static final FrameScorer SCORER = new FrameScorer(FrameLexicon.parse(new ByteArrayInputStream((
            "political\tsenators\t2\npolicy_prescription\tplan\t2\nlegality\tcourt\t2\neconomic\tcost\t2\n")
            .getBytes(StandardCharsets.UTF_8)), "t.tsv"));

    @Test
    void acceptedLabelsCountAsCorrectAndAreCreditedInF1() {
        List<FrameEvaluation.Item> items = List.of(
                new FrameEvaluation.Item("1", "senators", Frame.POLICY_PRESCRIPTION, Set.of(Frame.POLITICAL)),
                new FrameEvaluation.Item("2", "plan", Frame.POLICY_PRESCRIPTION),
                new FrameEvaluation.Item("3", "court", Frame.CRIME_PUNISHMENT),
                new FrameEvaluation.Item("4", "cost", Frame.ECONOMIC));
        FrameEvaluation.Result r = FrameEvaluation.evaluate(items, SCORER);
        assertEquals(4, r.n());
        assertEquals(0.75, r.accuracy(), 1e-9);
        assertEquals(0.5, r.strict().accuracy(), 1e-9);
        // Credited: political 1/1, policy 1/1, economic 1/1, crime 0 (gold only), legality 0 (predicted only).
        assertEquals(3.0 / 5, r.macroF1(), 1e-9);
        assertEquals(1L, r.confusion().get("political").get("political"));
        assertEquals(List.of("policy_prescription -> political: 1", "crime_punishment -> legality: 1"), r.topConfusions(5));
        assertTrue(r.outcomes().get(0).correct());
    }

    @Test
    void runReadsAcceptsColumnSkipsUnknownLabelsAndWritesPredictions() throws Exception {
        List<LabeledItem> rows = List.of(
                new LabeledItem("a", "The senators met", "policy_prescription", Map.of("label_accepts", "policy_prescription|political")),
                new LabeledItem("b", "Nothing here", "Other", Map.of()),
                new LabeledItem("c", "It will cost", "money", Map.of()));
        StringWriter predictions = new StringWriter();
        Map<String, Object> out = FrameEvaluation.run(rows, new ArrayList<>(), SCORER, predictions);
        assertEquals("frame", out.get("task"));
        assertEquals(2L, out.get("n"));
        assertEquals(1, out.get("skipped"));
        assertEquals(1.0, (double) out.get("accuracy"), 1e-9);
        assertEquals(0.5, (double) out.get("strict_accuracy"), 1e-9);
        assertEquals("id,gold,predicted,score\na,policy_prescription,political,1.0000\nb,other,other,0.0000\n", predictions.toString());
        assertTrue(out.get("skipped_examples").toString().contains("label 'money' is not a frame id"));
    }
}
