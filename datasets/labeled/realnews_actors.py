#!/usr/bin/env python3
"""Real-news actor stance rows, kept as ids and labels only; the texts are read in place.

The Narrative Frames Corpus (../shared/data/narrative_frames, Frermann et al. 2023) holds the full
text of 428 climate-change articles whose outlets hold the copyright, so this repository keeps no
sentence of it: `stance_realnews_actors.tsv` names each row by article id, sentence number (under
the splitter below, which is this script's own, not slant's) and the first 12 hex digits of the
sentence's SHA-1, so that a changed source is noticed rather than mislabelled.

Usage (from the project root):
  python3 datasets/labeled/realnews_actors.py build [--half dev|test] [--mentions] > /tmp/realnews.tsv
      the labelled rows with their texts, as `slant evaluate --task stance --data` reads them;
      --mentions: as `--task target-sentiment` reads them instead (the actor's first mention as
      target_from/target_to, FAVOR/AGAINST/NONE as positive/negative/neutral)
  python3 datasets/labeled/realnews_actors.py newsmtsc > /tmp/newsmtsc_actors.tsv
      NewsMTSC's rows whose target is one of these actors by name (../shared/data/newsmtsc, MIT),
      its sentiment toward the person read as stance (rule 5 of STANCE_GUIDELINES.md)
  python3 datasets/labeled/realnews_actors.py sample SEED N > rows.tsv
      how the rows were drawn (once, before labelling): sentences that name a catalog actor
"""
import csv
import hashlib
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "data" / "narrative_frames" / "articles.tsv"
LABELS = HERE / "stance_realnews_actors.tsv"

# A plain splitter: an end mark, closing quotes, space, then a capital or an opening quote.
SPLIT = re.compile(r'(?<=[.!?])["\u201d\u2019]?\s+(?=["\u201c\u2018]?[A-Z])')

# Who a sentence names, by the words a reader would search for; a sentence is drawn for an actor
# only when it names it (the rows measure stance given a mention, not mention finding).
ACTORS = {
    "trump": re.compile(r"\bTrump\b(?!\s+(?:Tower|Organization|Jr|Media))(?<!Ivanka Trump)(?<!Melania Trump)"
                        r"(?<!Eric Trump)(?<!Lara Trump)"),
    "republicans": re.compile(r"\b(?:Republicans|Republican Party|GOP)\b"),
    "democrats": re.compile(r"\b(?:Democrats|Democratic Party)\b"),
    "biden_administration": re.compile(r"\bBiden\b(?<!Hunter Biden)(?<!Jill Biden)"),
    "harris": re.compile(r"\bKamala Harris\b"),
}
# NewsMTSC's targets are the mention itself; these are the ones that name an actor outright.
NEWSMTSC = HERE.parents[2] / "shared" / "data" / "newsmtsc" / "train.tsv"
NEWSMTSC_TARGETS = {
    "trump": re.compile(r"^(?:Donald (?:J\. )?Trump|Trump|President (?:Donald )?Trump)$"),
    "republicans": re.compile(r"^(?:Republicans|GOP|Republican Party|House Republicans|Senate Republicans)$"),
    "democrats": re.compile(r"^(?:Democrats|Democratic Party|House Democrats|Senate Democrats)$"),
    "biden_administration": re.compile(r"^(?:(?:Joe )?Biden|President Biden)$"),
    "harris": re.compile(r"^(?:Kamala )?Harris$"),
}
SENTIMENT = {"FAVOR": "positive", "AGAINST": "negative", "NONE": "neutral"}
QUOTA = {"trump": 120, "republicans": 70, "democrats": 70, "biden_administration": 30, "harris": 10}


def articles():
    csv.field_size_limit(1 << 30)
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is missing: the real-news rows read their texts from ../shared/data")
    with open(CORPUS, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            yield row["id"], row["text"]


def sentences(text):
    return [s.strip() for s in SPLIT.split(text) if s.strip()]


def digest(sentence):
    return hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:12]


def half(article_id):
    """dev or test, by article, so that no article has rows in both."""
    return "dev" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def sample(seed, n):
    candidates = {a: [] for a in ACTORS}
    for aid, text in articles():
        for i, s in enumerate(sentences(text)):
            if not 40 <= len(s) <= 400:
                continue
            for actor, pattern in ACTORS.items():
                if pattern.search(s):
                    candidates[actor].append((aid, i, s))
    rng = random.Random(seed)
    per_article = {}
    out = []
    total = sum(QUOTA.values())
    for actor, rows in candidates.items():
        rng.shuffle(rows)
        want = round(QUOTA[actor] * n / total)
        for aid, i, s in rows:
            if want == 0:
                break
            if per_article.get(aid, 0) >= 3:  # spread the rows over many articles and outlets
                continue
            per_article[aid] = per_article.get(aid, 0) + 1
            out.append((aid, i, digest(s), actor, s))
            want -= 1
    rng.shuffle(out)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["id", "article_id", "sentence", "sha1", "target", "half", "text"])
    for k, (aid, i, h, actor, s) in enumerate(out, 1):
        w.writerow([f"rna-{k:04d}", aid, i, h, actor, half(aid), s])


def build(only, mentions):
    texts = {aid: sentences(text) for aid, text in articles()}
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if mentions:
        w.writerow(["id", "text", "target", "target_from", "target_to", "label"])
    else:
        w.writerow(["id", "text", "label", "target", "hard_case", "note", "holder", "half"])
    with open(LABELS, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if only and row["half"] != only:
                continue
            s = texts[row["article_id"]][int(row["sentence"])]
            if digest(s) != row["sha1"]:
                sys.exit(f"{row['id']}: article {row['article_id']} sentence {row['sentence']} is not the one labelled")
            if mentions:
                m = ACTORS[row["target"]].search(s)
                w.writerow([row["id"], s, m.group(0), m.start(), m.end(), SENTIMENT[row["label"]]])
            else:
                w.writerow([row["id"], s, row["label"], row["target"], row["hard_case"], row["note"], row["holder"],
                            row["half"]])


def newsmtsc():
    if not NEWSMTSC.exists():
        sys.exit(f"{NEWSMTSC} is missing: these rows are read from ../shared/data")
    stance = {v: k for k, v in SENTIMENT.items()}
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["id", "text", "label", "target"])
    with open(NEWSMTSC, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for actor, pattern in NEWSMTSC_TARGETS.items():
                if pattern.search(row["target"].strip()):
                    w.writerow([row["id"], row["text"], stance[row["label"]], actor])


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "sample":
        sample(int(sys.argv[2]), int(sys.argv[3]))
    elif len(sys.argv) >= 2 and sys.argv[1] == "build":
        args = sys.argv[2:]
        build(args[args.index("--half") + 1] if "--half" in args else None, "--mentions" in args)
    elif sys.argv[1:] == ["newsmtsc"]:
        newsmtsc()
    else:
        sys.exit(__doc__)
