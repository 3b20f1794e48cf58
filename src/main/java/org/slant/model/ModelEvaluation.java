package org.slant.model;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slant.analysis.frames.Frame;
import org.slant.analysis.frames.FramePrediction;
import org.slant.analysis.stance.Prediction;
import org.slant.evaluate.EvaluationTask;
import org.slant.evaluate.FrameEvaluation;
import org.slant.evaluate.LabelEvaluation;
import org.slant.evaluate.LabeledData;
import org.slant.evaluate.LabeledItem;

/**
 * {@code evaluate --model DIR}: scores labelled data with a trained model instead of the rules, with the
 * same metrics, skips and prediction file as the rules' evaluation of the task (frames credit accepted
 * labels the same way). The result names the model folder and its SHA-256.
 */
public record ModelEvaluation(ModelCard card, LinearModel model, Featurizer featurizer) implements EvaluationTask {
    @Override
    public Map<String, Object> run(LabeledData.Loaded data, Writer predictions) throws IOException {
        ModelTask task = model.task();
        Map<String, Object> result;
        if (task == ModelTask.FRAME) {
            result = FrameEvaluation.run(data.items(), data.skipped(), text -> {
                Prediction p = model.predict(featurizer, Example.of(text));
                return new FramePrediction(Frame.fromId(p.label()), p.score(), 0);
            }, predictions);
        } else {
            // Numeric sentiment gold is classed as evaluate classes it; other labels pass as written.
            List<LabeledItem> items = new ArrayList<>(data.items().size());
            for (LabeledItem i : data.items()) {
                String gold = task.gold(i);
                items.add(new LabeledItem(i.id(), i.text(), gold == null ? i.label() : gold, i.extra(), i.location()));
            }
            result = LabelEvaluation.run(task.id(), task.labels(), items, data.skipped(),
                    item -> model.predict(featurizer, task.example(item)), predictions);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", result.remove("task"));
        out.put("model", card.dir().toString());
        out.put("model_sha256", card.sha256());
        out.putAll(result);
        return out;
    }
}
