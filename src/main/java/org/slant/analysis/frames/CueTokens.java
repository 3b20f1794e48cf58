package org.slant.analysis.frames;

import java.util.List;
import java.util.Locale;

import org.slant.text.WordTokenizer;

/**
 * Turns text into the normalised tokens that cues are matched against, so that cues in a lexicon
 * file and words in a sentence are compared in the same form.
 *
 * <p>Expects: a sentence (any string) or one word of a cue. Produces: {@link WordTokenizer} tokens,
 * lower-cased (root locale), with curly apostrophes made straight and a final {@code 's} removed
 * ({@code Kyiv’s} → {@code kyiv}), and any token that starts with a currency sign ({@code $60.5},
 * {@code €5}) replaced by {@link #MONEY}. Immutable and thread-safe.
 */
final class CueTokens {
    /** The pseudo-word that stands for any amount of money; usable as a cue. */
    static final String MONEY = "<money>";

    private final WordTokenizer tokenizer;

    CueTokens(WordTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The normalised tokens of {@code text}; never {@code null}. */
    String[] tokens(String text) {
        List<String> raw = tokenizer.tokenize(text);
        String[] out = new String[raw.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalize(raw.get(i));
        }
        return out;
    }

    static String normalize(String token) {
        if (Character.getType(token.codePointAt(0)) == Character.CURRENCY_SYMBOL) {
            return MONEY;
        }
        String t = token.toLowerCase(Locale.ROOT);
        if (t.indexOf('\u2019') >= 0 || t.indexOf('\u02BC') >= 0) {
            t = t.replace('\u2019', '\'').replace('\u02BC', '\'');
        }
        // Possessives carry the same cue as the bare noun ("Kyiv's allies", "the nation's budget").
        if (t.length() > 2 && t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }
}
