package org.slant.analysis.frames;

import java.util.List;

/**
 * Single-thread throughput of {@link FrameScorer#scoreSentence} and {@link FrameScorer#analyze} on
 * news-like sentences (written for this benchmark). Not a test: run after {@code mvn -q -o test-compile} with
 * {@code java -cp target/test-classes:target/classes org.slant.analysis.frames.FrameThroughput [seconds]}.
 */
public final class FrameThroughput {
    private FrameThroughput() {
    }

    /** Realistic sentences of typical news length (about 25 words), on several issues. */
    static List<String> sampleSentences() {
        return List.of(
                "House Speaker Mike Johnson said on Tuesday that he would not bring the $95 billion foreign aid package to the floor without new border security measures.",
                "Pentagon officials warned that U.S. stockpiles of 155mm artillery shells had fallen to levels that could take years to replenish.",
                "A Gallup poll released this week found that 41% of Americans believe the United States is doing too much to help Ukraine.",
                "“We have a moral obligation to stand with people who are fighting for their freedom,” the senator told reporters outside the Capitol.",
                "European allies have pledged more than $100 billion in military and financial assistance since Russia’s full-scale invasion in February 2022.",
                "Critics argue that sending taxpayer dollars overseas makes little sense while families at home struggle with rising grocery bills.",
                "The Supreme Court agreed on Monday to hear a challenge to the state’s ban on so-called ghost guns, setting up a major Second Amendment case.",
                "Federal prosecutors charged three men with smuggling night-vision goggles through Turkey in violation of export controls.",
                "Hospitals in Kharkiv have treated hundreds of civilians wounded in the latest wave of missile strikes, local health officials said.",
                "Since the power plant was hit, residents of the eastern district have spent most evenings without heat, light or running water.",
                "Some Republicans fear that a drawn-out fight over the supplemental could hurt the party’s chances in the November midterms.",
                "Analysts said the new sanctions would do little to dent Moscow’s oil revenue as long as India and China keep buying its crude.",
                "The proposal would require background checks for all gun sales, including transactions between private sellers at gun shows.",
                "Immigration courts face a backlog of more than three million cases, and some asylum seekers wait years for a hearing.",
                "The governor signed the bill into law on Friday, saying it would cut property taxes for about two million homeowners.",
                "Thousands of protesters marched through downtown on Saturday, chanting slogans and carrying signs calling for a ceasefire.",
                "For many residents of the small mountain town, hunting is a family tradition handed down over generations.",
                "Officials said the meeting had been moved to a larger room after the original one filled up within minutes.",
                "The study found that the tax credit reduced child poverty by nearly a third in the first year it was in effect.",
                "Diplomats in Brussels privately worry that Washington’s credibility with its partners will suffer if the aid stalls.",
                "Wealthy countries have been accused of a double standard for welcoming Ukrainian refugees while turning away those from Syria and Afghanistan.",
                "The company reported a 12 percent rise in quarterly profit, driven by strong demand for its air-defense systems.",
                "Doctors say e-cigarette use among teenagers has fallen, but nicotine addiction remains a serious public health concern.",
                "The agency said it lacked the staff and funding to inspect more than a fraction of the plants it is responsible for.",
                "In a statement, the White House accused congressional Republicans of playing politics with national security.",
                "The mayor said the new bus lanes had cut commute times for thousands of workers who rely on public transit.",
                "He was sentenced to 12 years in prison for his role in the scheme, which defrauded investors of more than $40 million.",
                "Lawmakers in both parties said they expected a vote before the Easter recess, though no date has been set.",
                "The ruling found that the state legislature had exceeded its authority under the constitution when it redrew the districts.",
                "Farmers warned that stricter enforcement could drive up produce prices as growers struggle to find enough workers.",
                "The report, published on Thursday, runs to more than 300 pages and includes a dozen appendices.",
                "Russian forces have intensified their attacks around Avdiivka, according to the Institute for the Study of War.");
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10.0;
        long t0 = System.nanoTime();
        FrameScorer scorer = new FrameScorer(FrameLexicon.builtIn());
        System.out.printf("lexicon (%d cues) loaded in %.1f ms%n", scorer.lexicon().size(), (System.nanoTime() - t0) / 1e6);
        List<String> sentences = sampleSentences();
        String[] corpus = sentences.toArray(new String[0]);
        long words = 0;
        for (String s : corpus) {
            words += new org.slant.text.WordTokenizer().count(s);
        }
        System.out.printf("%d sentences, mean %.1f words%n", corpus.length, (double) words / corpus.length);
        run(scorer, corpus, 3.0, "warm-up");
        run(scorer, corpus, seconds, "scoreSentence");
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long done = 0;
        double sink = 0;
        do {
            sink += scorer.analyze(sentences).totalWeight();
            done += corpus.length;
        } while (System.nanoTime() < deadline);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("analyze (articles of %d sentences): %,.0f sentences/s (checksum %.1f)%n", corpus.length, done / elapsed, sink);
    }

    private static void run(FrameScorer scorer, String[] corpus, double seconds, String label) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long scored = 0;
        double sink = 0;
        do {
            for (String s : corpus) {
                sink += scorer.scoreSentence(s)[0];
            }
            scored += corpus.length;
        } while (System.nanoTime() < deadline);
        double elapsed = (System.nanoTime() - start) / 1e9;
        // Printing the checksum keeps the JIT from discarding the work.
        System.out.printf("%s: %,d sentences in %.2f s = %,.0f sentences/s (checksum %.1f)%n", label, scored, elapsed, scored / elapsed, sink);
    }
}
