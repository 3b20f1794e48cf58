package org.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slant.ingest.CsvRecordReader;
import org.slant.ingest.RawRecord;
import org.slant.ingest.ReadResult;

class LanguageIdentifierTest {
    private final LanguageIdentifier id = new LanguageIdentifier();

    @Test
    void newsInCommonLanguages() {
        Map<String, String> texts = Map.of(
                "en", "The Senate approved the aid package on Tuesday after a long debate, and the House is expected to vote next week.",
                "de", "Der Bundestag hat am Dienstag nach langer Debatte das Hilfspaket für die Ukraine gebilligt. Die Opposition kritisierte die Entscheidung.",
                "es", "El Senado aprobó el martes el paquete de ayuda para Ucrania tras un largo debate. La oposición criticó la decisión.",
                "fr", "Le Sénat a approuvé mardi le paquet d'aide à l'Ukraine après un long débat. L'opposition a critiqué la décision.",
                "it", "Il Senato ha approvato martedì il pacchetto di aiuti per l'Ucraina dopo un lungo dibattito. L'opposizione ha criticato la decisione.",
                "ru", "Сенат во вторник одобрил пакет помощи Украине после долгих дебатов. Оппозиция раскритиковала это решение.");
        texts.forEach((lang, text) -> assertEquals(lang, id.detect(text).language(), text));
        // Close relatives may be confused with each other (Dutch/Afrikaans), never with English.
        String dutch = id.detect("De Senaat heeft dinsdag na een lang debat het hulppakket voor Oekraïne goedgekeurd. "
                + "De oppositie bekritiseerde het besluit.").language();
        assertTrue(dutch.equals("nl") || dutch.equals("af"), dutch);
    }

    @Test
    void tooShortToTell() {
        assertEquals(LanguageIdentifier.UNDETERMINED, id.detect("Fine.").language());
    }

    @Test
    void everyRealEnglishArticleOfTheNarrativeFramesCorpusIsEnglish() throws Exception {
        Path data = Path.of("../shared/data/narrative_frames/articles.tsv");
        assumeTrue(Files.exists(data), "../shared/data not present: real-article language test skipped");
        int n = 0;
        try (var in = Files.newInputStream(data)) {
            Iterator<ReadResult> it = CsvRecordReader.tsv().read(in, data.toString());
            while (it.hasNext()) {
                if (it.next() instanceof RawRecord r) {
                    LanguageIdentifier.Detected d = id.detect(r.fields().get("text"));
                    assertEquals("en", d.language(), r.location());
                    assertEquals("function-words", d.method(), r.location());
                    n++;
                }
            }
        }
        assertEquals(428, n);
    }
}
