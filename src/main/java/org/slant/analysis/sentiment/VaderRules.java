package org.slant.analysis.sentiment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.slant.analysis.sentiment.VaderLexicon.Word;

/**
 * VADER's rules, as the reference applies them: first each token's valence in context
 * ({@link #valences}: boosters and dampeners with the ALL-CAPS differential, negation with
 * {@code N_SCALAR = -0.74}, "never so/this", "without doubt", "least", "kind of", special-case idioms
 * and "no"), then the text's scores ({@link #polarity}: the contrastive "but" rule, {@code !}/{@code ?}
 * amplification, normalisation and Python's rounding).
 *
 * <p>Expects the tokens of {@link VaderTokenizer}; produces per-token valences and
 * {@link SentimentScores}. Immutable; shares the {@link VaderLexicon} it is given.
 */
final class VaderRules {

    // Empirically derived constants from the paper / reference code.
    private static final double C_INCR = 0.733;
    private static final double N_SCALAR = -0.74;

    private final VaderLexicon lexicon;

    VaderRules(VaderLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Each token lower-cased with its valence in the context of the whole text, exactly what the
     * reference's {@code polarity_scores} sums before the "but" rule. One entry per token.
     *
     * @param lower   the tokens, lower-cased
     * @param valence their valences (0 for boosters, "kind" of "kind of", and words outside the lexicon)
     */
    record Valences(String[] lower, double[] valence) {
    }

    /** The reference's per-token loop of {@code polarity_scores}. */
    Valences valences(VaderTokenizer.Tokens tokens) {
        Sentence s = new Sentence(tokens.tokens(), tokens.size(), lexicon);
        int n = s.n;
        double[] valences = new double[n];
        for (int i = 0; i < n; i++) {
            Word w = s.info[i];
            if (w != null && w.booster()) {
                continue; // boosters modify their neighbours and count as neutral themselves
            }
            if (i < n - 1 && s.lower[i].equals("kind") && s.lower[i + 1].equals("of")) {
                continue;
            }
            valences[i] = s.valence(i);
        }
        return new Valences(s.lower, valences);
    }

    /**
     * The scores of a text from its token valences: the reference's "but" rule, then
     * {@code score_valence}. Rewrites {@code v.valence()} in place, as the reference does its list.
     *
     * @param v    the valences of the text's tokens (at least one token)
     * @param text the text they came from, whose {@code !} and {@code ?} amplify the sum
     */
    static SentimentScores polarity(Valences v, String text) {
        butCheck(v.lower(), v.valence());
        return scoreValence(v.valence(), v.valence().length, countChar(text, '!'), countChar(text, '?'));
    }

    /** The tokens of one text with what the rules need to know about each. */
    private static final class Sentence {
        final int n;
        final String[] lower;
        final Word[] info;
        final boolean[] upper;
        final boolean isCapDiff;

        Sentence(String[] tokens, int n, VaderLexicon lexicon) {
            this.n = n;
            this.lower = new String[n];
            this.info = new Word[n];
            this.upper = new boolean[n];
            int allCaps = 0;
            for (int i = 0; i < n; i++) {
                String lc = tokens[i].toLowerCase(Locale.ROOT);
                lower[i] = lc;
                info[i] = lexicon.word(lc);
                if (isPyUpper(tokens[i])) {
                    upper[i] = true;
                    allCaps++;
                }
            }
            // ALL-CAPS only signals emphasis when some, but not all, tokens are in capitals.
            this.isCapDiff = allCaps > 0 && allCaps < n;
        }

        boolean inLexicon(int i) {
            Word w = info[i];
            return w != null && w.inLexicon();
        }

        boolean isNegated(int i) {
            Word w = info[i];
            return w != null ? w.negation() : lower[i].contains("n't");
        }

        /** The reference's {@code sentiment_valence} for token {@code i}, 0 for non-lexicon tokens. */
        double valence(int i) {
            if (!inLexicon(i)) {
                return 0.0;
            }
            double lexValence = info[i].valence();
            double v = lexValence;
            // "no" before another lexicon word acts as a negator, not as a negative word itself.
            if (lower[i].equals("no") && i != n - 1 && inLexicon(i + 1)) {
                v = 0.0;
            }
            if ((i > 0 && lower[i - 1].equals("no"))
                    || (i > 1 && lower[i - 2].equals("no"))
                    || (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
                v = lexValence * N_SCALAR;
            }
            if (upper[i] && isCapDiff) {
                v = v > 0 ? v + C_INCR : v - C_INCR;
            }
            for (int startI = 0; startI < 3; startI++) {
                int j = i - (startI + 1);
                if (i > startI && !inLexicon(j)) {
                    double s = scalarIncDec(j, v);
                    // Boosters further away count less.
                    if (startI == 1 && s != 0) {
                        s = s * 0.95;
                    }
                    if (startI == 2 && s != 0) {
                        s = s * 0.9;
                    }
                    v = v + s;
                    v = negationCheck(v, startI, i);
                    if (startI == 2) {
                        v = specialIdiomsCheck(v, i);
                    }
                }
            }
            return leastCheck(v, i);
        }

        private double scalarIncDec(int j, double valence) {
            Word w = info[j];
            if (w == null || !w.booster()) {
                return 0.0;
            }
            double scalar = w.boost();
            if (valence < 0) {
                scalar *= -1;
            }
            if (upper[j] && isCapDiff) {
                scalar = valence > 0 ? scalar + C_INCR : scalar - C_INCR;
            }
            return scalar;
        }

        private double negationCheck(double v, int startI, int i) {
            if (startI == 0) {
                if (isNegated(i - 1)) {
                    v = v * N_SCALAR;
                }
            } else if (startI == 1) {
                if (lower[i - 2].equals("never") && (lower[i - 1].equals("so") || lower[i - 1].equals("this"))) {
                    v = v * 1.25;
                } else if (lower[i - 2].equals("without") && lower[i - 1].equals("doubt")) {
                    // "without doubt" affirms rather than negates
                } else if (isNegated(i - 2)) {
                    v = v * N_SCALAR;
                }
            } else {
                // The reference's `A and B or C` binds as `(A and B) or C`: a "so"/"this" right before the
                // word boosts it even without "never"; kept for parity.
                if ((lower[i - 3].equals("never") && (lower[i - 2].equals("so") || lower[i - 2].equals("this")))
                        || (lower[i - 1].equals("so") || lower[i - 1].equals("this"))) {
                    v = v * 1.25;
                } else if (lower[i - 3].equals("without")
                        && (lower[i - 2].equals("doubt") || lower[i - 1].equals("doubt"))) {
                    // as above
                } else if (isNegated(i - 3)) {
                    v = v * N_SCALAR;
                }
            }
            return v;
        }

        /** Only reached with {@code i > 2}, so the three preceding tokens exist. */
        private double specialIdiomsCheck(double v, int i) {
            VaderLexicon.PhraseTable special = VaderLexicon.SPECIAL_PHRASES;
            VaderLexicon.PhraseTable boosters = VaderLexicon.BOOSTER_PHRASES;
            String w0 = lower[i];
            String w1 = lower[i - 1];
            String w2 = lower[i - 2];
            String w3 = lower[i - 3];
            double c;
            if (!Double.isNaN(c = special.get(w1, w0))
                    || !Double.isNaN(c = special.get(w2, w1, w0))
                    || !Double.isNaN(c = special.get(w2, w1))
                    || !Double.isNaN(c = special.get(w3, w2, w1))
                    || !Double.isNaN(c = special.get(w3, w2))) {
                v = c;
            }
            if (n - 1 > i && !Double.isNaN(c = special.get(w0, lower[i + 1]))) {
                v = c;
            }
            if (n - 1 > i + 1 && !Double.isNaN(c = special.get(w0, lower[i + 1], lower[i + 2]))) {
                v = c;
            }
            // Multi-word dampeners ("kind of", "sort of", "just enough") before the word; each adds.
            if (!Double.isNaN(c = boosters.get(w3, w2, w1))) {
                v = v + c;
            }
            if (!Double.isNaN(c = boosters.get(w3, w2))) {
                v = v + c;
            }
            if (!Double.isNaN(c = boosters.get(w2, w1))) {
                v = v + c;
            }
            return v;
        }

        private double leastCheck(double v, int i) {
            if (i > 1 && !inLexicon(i - 1) && lower[i - 1].equals("least")) {
                if (!lower[i - 2].equals("at") && !lower[i - 2].equals("very")) {
                    v = v * N_SCALAR;
                }
            } else if (i > 0 && !inLexicon(i - 1) && lower[i - 1].equals("least")) {
                v = v * N_SCALAR;
            }
            return v;
        }
    }

    /**
     * The reference's {@code _but_check}, including its quirk: it walks the list while rewriting it and
     * locates each value with {@code list.index(value)}, i.e. the FIRST equal value, which may sit on the
     * other side of "but" or have been rewritten already. Reproduced literally because it changes scores.
     */
    private static void butCheck(String[] lower, double[] sentiments) {
        int n = lower.length;
        int bi = -1;
        for (int i = 0; i < n; i++) {
            if (lower[i].equals("but")) {
                bi = i;
                break;
            }
        }
        if (bi < 0) {
            return;
        }
        for (int k = 0; k < n; k++) {
            double sentiment = sentiments[k];
            int si = 0;
            while (sentiments[si] != sentiment) {
                si++;
            }
            if (si < bi) {
                sentiments[si] = sentiment * 0.5;
            } else if (si > bi) {
                sentiments[si] = sentiment * 1.5;
            }
        }
    }

    private static SentimentScores scoreValence(double[] sentiments, int n, int exclamations, int questions) {
        double sum = pythonSum(sentiments, n);
        double punct = amplifyExclamation(exclamations) + amplifyQuestion(questions);
        if (sum > 0) {
            sum += punct;
        } else if (sum < 0) {
            sum -= punct;
        }
        double compound = normalize(sum);

        double posSum = 0.0;
        double negSum = 0.0;
        int neuCount = 0;
        for (int i = 0; i < n; i++) {
            double x = sentiments[i];
            // +1/-1 compensates for neutral words being counted as 1.
            if (x > 0) {
                posSum += x + 1;
            }
            if (x < 0) {
                negSum += x - 1;
            }
            if (x == 0) {
                neuCount++;
            }
        }
        if (posSum > Math.abs(negSum)) {
            posSum += punct;
        } else if (posSum < Math.abs(negSum)) {
            negSum -= punct;
        }
        double total = posSum + Math.abs(negSum) + neuCount;
        double pos = Math.abs(posSum / total);
        double neg = Math.abs(negSum / total);
        double neu = Math.abs(neuCount / total);
        return new SentimentScores(pyRound(neg, 3), pyRound(neu, 3), pyRound(pos, 3), pyRound(compound, 4));
    }

    /**
     * Python's built-in {@code sum} over floats. Since CPython 3.12 it uses Neumaier compensated
     * summation, which can differ in the last bits from a naive loop when large valences cancel. The
     * 18,513 reference rows agree under both, so they do not tell which interpreter made them; current
     * Python is the one researchers run today, so the port follows it.
     */
    static double pythonSum(double[] xs, int n) {
        double hi = 0.0;
        double lo = 0.0;
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double t = hi + x;
            if (Math.abs(hi) >= Math.abs(x)) {
                lo += (hi - t) + x;
            } else {
                lo += (x - t) + hi;
            }
            hi = t;
        }
        return lo != 0.0 && Double.isFinite(lo) ? hi + lo : hi;
    }

    private static double amplifyExclamation(int count) {
        return Math.min(count, 4) * 0.292;
    }

    private static double amplifyQuestion(int count) {
        if (count <= 1) {
            return 0.0;
        }
        return count <= 3 ? count * 0.18 : 0.96;
    }

    /** {@code score / sqrt(score^2 + 15)}: alpha 15 approximates the maximum expected raw sum. */
    static double normalize(double score) {
        double norm = score / Math.sqrt(score * score + 15);
        if (norm < -1.0) {
            return -1.0;
        }
        return Math.min(norm, 1.0);
    }

    /**
     * Python 3's {@code round(x, digits)} for {@code |x| <= ~1e4}: the exact binary value rounded
     * half-to-even, returned as the double nearest that decimal. The fast path is exact whenever
     * {@code x * 10^digits} is clearly away from a .5 tie (its rounding error is ~1e-12 here);
     * otherwise BigDecimal decides on the exact value.
     */
    static double pyRound(double x, int digits) {
        double scale = digits == 3 ? 1e3 : digits == 4 ? 1e4 : Math.pow(10, digits);
        double scaled = x * scale;
        double r = Math.rint(scaled);
        if (Math.abs(Math.abs(scaled - r) - 0.5) > 1e-6) {
            return r / scale;
        }
        double exact = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
        return exact == 0.0 ? Math.copySign(0.0, x) : exact;
    }

    /**
     * Python's {@code str.isupper()}: at least one cased character and no lower- or title-case one.
     * Java's isLowerCase/isUpperCase include Other_Lowercase/Other_Uppercase, as Python's flags do.
     */
    static boolean isPyUpper(String s) {
        boolean cased = false;
        for (int i = 0, len = s.length(); i < len; ) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                if (cp >= 'a' && cp <= 'z') {
                    return false;
                }
                if (cp >= 'A' && cp <= 'Z') {
                    cased = true;
                }
                i++;
                continue;
            }
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            if (Character.isUpperCase(cp)) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    private static int countChar(String s, char c) {
        int count = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            if (s.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }
}
