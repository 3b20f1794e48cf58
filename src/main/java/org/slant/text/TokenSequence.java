package org.slant.text;

/**
 * A sentence as the normalised tokens a {@link TokenTrie} matches over. Each matcher decides what
 * "normalised" means (lower case, possessives dropped, currency folded) before it builds the
 * sequence; the trie compares tokens as given.
 */
public interface TokenSequence {
    int size();

    /** Token {@code i}, {@code 0 <= i < size()}. */
    String token(int i);

    /** A view of {@code tokens} (not copied). */
    static TokenSequence of(String[] tokens) {
        return new TokenSequence() {
            @Override
            public int size() {
                return tokens.length;
            }

            @Override
            public String token(int i) {
                return tokens[i];
            }
        };
    }
}
