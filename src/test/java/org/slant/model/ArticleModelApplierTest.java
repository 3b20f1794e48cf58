package org.slant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.slant.analysis.ArticleAnalysis;
import org.slant.analysis.ArticleAnalyzer;
import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.targets.TargetCatalog;

class ArticleModelApplierTest {
    private static final FeatureSpec SPEC = new FeatureSpec("stance", 4, 1, 0, FeatureSpec.TargetMode.NONE, false);

    /** A model whose biases alone decide: AGAINST. */
    private static LinearModel against() {
        return new LinearModel(ModelTask.STANCE, SPEC, List.of("FAVOR", "AGAINST", "NONE"), new double[3][SPEC.size()],
                new double[] {0, 2, 0});
    }

    @Test
    void theArticleModelGivesTheAuthorStanceOnlyForTheTargetsItWasTrainedOn() {
        ArticleAnalysis a = ArticleAnalyzer.standard(200_000).analyze("Editorial: The aid to Ukraine",
                "Congress is debating the aid to Ukraine. NATO allies meet next week.", "Opinion", null, null).orElseThrow();
        ModelApplier applier = new ModelApplier(new ArticleModels(Map.of(), against(), Set.of("ukraine_aid")),
                TargetCatalog.builtIn(), FrameLexicon.builtIn());
        ModelOutputs out = applier.apply(a, "Opinion", "Editorial: The aid to Ukraine");
        AuthorStance aid = out.targets().get("ukraine_aid").author();
        assertEquals("AGAINST", aid.label());
        assertEquals(1, aid.statements(), "the article is one unit, and it takes a side");
        double e = Math.exp(2);
        assertEquals((1 - e) / (e + 2), aid.stance(), 1e-12, "P(FAVOR) - P(AGAINST)");
        assertNull(out.targets().get("nato").author(), "a target it was not trained on keeps the rules' author stance");
        assertNull(out.targets().get("nato").stance(), "no sentence model: the rules' stance stands");
    }
}
