package org.slant.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.frames.FrameScorer;

/** {@code evaluate --task frame} with the given cue lexicon. */
public record FrameTask(FrameLexicon lexicon) implements EvaluationTask {
    @Override
    public Map<String, Object> run(LabeledData.Loaded data, Writer predictions) throws IOException {
        return FrameEvaluation.run(data.items(), data.skipped(), new FrameScorer(lexicon), predictions);
    }
}
