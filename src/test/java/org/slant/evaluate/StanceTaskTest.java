package org.slant.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slant.analysis.targets.Target;
import org.slant.analysis.targets.TargetCatalog;

class StanceTaskTest {

    @Test
    void unknownTargetIsMatchedByItsNameAndItsLongerWords() {
        TargetCatalog builtIn = TargetCatalog.builtIn();
        String id = StanceTask.adHocId("Hillary Clinton");
        assertEquals("adhoc_hillary_clinton", id);
        TargetCatalog withAdHoc = StanceTask.withAdHoc(builtIn, id, "Hillary Clinton");
        Target t = withAdHoc.get(id).orElseThrow();
        assertEquals(List.of("Hillary Clinton", "Hillary", "Clinton"), t.aliases());
        assertEquals(builtIn.targets().size() + 1, withAdHoc.targets().size());
    }

    @Test
    void rowsWithoutUsableTargetAreSkippedWithTheirReason() throws IOException {
        LabeledData.Loaded data = new LabeledData.Loaded(List.of(
                new LabeledItem("1", "The Senate voted to approve the aid to Ukraine.", "FAVOR", Map.of("target", "ukraine_aid")),
                new LabeledItem("2", "Some text.", "NONE", Map.of()),
                new LabeledItem("3", "Some text.", "NONE", Map.of("target", "!!!"))), List.of());
        Map<String, Object> r = new StanceTask(TargetCatalog.builtIn(), false).run(data, null);
        assertEquals(1L, ((Number) r.get("n")).longValue());
        assertEquals(List.of("id 2: no 'target' column value",
                "id 3: target '!!!' has no letters or digits, so no text can mention it"), r.get("skipped_examples"));
    }
}
