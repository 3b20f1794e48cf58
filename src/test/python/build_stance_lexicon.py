#!/usr/bin/env python3
"""Widen slant's stance predicate lexicon from WordNet 3.0.

Reads the Debian package wordnet-base (/usr/share/wordnet: index.* and data.*), starts from a
seed list of word senses that carry a stance (support/opposition actions, praise/criticism verbs,
evaluative adjectives and nouns), follows WordNet relations from each seed synset, keeps only the
lemmas for which the seed sense is one of their two most frequent senses (WordNet orders a lemma's
senses by tagged frequency), removes the lemmas a hand review found wrong in news text (DROP
below, with reasons) and the phrases predicates.tsv already lists by hand, and writes the result
as the generated section at the end of predicates.tsv (between the BEGIN/END markers), in the
lexicon's own format. The build does not run this script; run it again after changing the seeds:

    apt-get install -y wordnet-base
    python3 src/test/python/build_stance_lexicon.py            # rewrites the section in place
    python3 src/test/python/build_stance_lexicon.py --review   # prints candidates with glosses

Relations followed (WordNet pointer symbols):
  verbs       synonyms in the seed synset; troponyms (~, "to X in some manner"), one level;
              verb group ($, senses WordNet groups as similar)
  adjectives  synonyms; similar-to (&, head <-> satellite adjectives)
  nouns       synonyms only (noun hyponyms drift quickly off the evaluative sense)
Weights: synonyms of a seed keep 0.8 of its polarity, words reached by a relation 0.6, so
hand-written rows (mostly 1) stay the stronger cues.

WordNet 3.0 Copyright 2006 by Princeton University; see WORDNET-LICENSE.txt beside predicates.tsv.
"""
import os
import re
import sys

WN = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "main", "resources", "org", "slant", "analysis", "stance",
                       "predicates.tsv")
BEGIN = "# === BEGIN WordNet 3.0 section"
END = "# === END WordNet 3.0 section"
POS = {"v": "verb", "a": "adj", "n": "noun"}

# (sense as lemma.pos.N in WordNet 3.0's sense order, polarity, kind in predicates.tsv)
SEEDS = [
    # support actions on an issue
    ("support.v.3", 1, "act"),      # be behind; approve of (back, endorse, plump for)
    ("back.v.3", 1, "act"),         # give support or one's approval to (second)
    ("champion.v.1", 1, "act"),     # protect or fight for as a champion
    ("advocate.v.2", 1, "act"),     # speak, plead, or argue in favour of
    ("approve.v.1", 1, "act"),      # give sanction to
    ("bolster.v.1", 1, "act"),      # support and strengthen
    ("fund.v.6", 1, "act"),         # furnish money for
    ("ratify.v.1", 1, "act"),       # approve and express assent
    # opposition actions on an issue
    ("oppose.v.1", -1, "act"),      # be against; express opposition to
    ("oppose.v.2", -1, "act"),      # fight against or resist strongly
    ("obstruct.v.1", -1, "act"),    # hinder or prevent the progress of
    ("hinder.v.1", -1, "act"),      # be a hindrance or obstacle to
    ("thwart.v.1", -1, "act"),      # hinder or prevent (efforts, plans)
    ("veto.v.1", -1, "act"),        # vote against; refuse to endorse
    ("reject.v.2", -1, "act"),      # refuse to accept
    ("withhold.v.1", -1, "act"),    # hold back; refuse to hand over
    ("stall.v.3", -1, "act"),       # deliberately delay an event or action
    ("scrap.v.1", -1, "act"),       # dispose of (something useless)
    ("slash.v.4", -1, "act"),       # cut drastically
    ("abolish.v.1", -1, "act"),     # do away with
    ("repeal.v.1", -1, "act"),      # annul by recalling or rescinding
    ("sabotage.v.1", -1, "act"),    # destroy property or hinder normal operations
    # praise and criticism (any target)
    ("praise.v.1", 1, "eval"),
    ("commend.v.1", 1, "eval"),
    ("applaud.v.2", 1, "eval"),
    ("admire.v.1", 1, "eval"),
    ("criticize.v.1", -1, "eval"),
    ("condemn.v.1", -1, "eval"),
    ("denounce.v.1", -1, "eval"),
    ("denounce.v.2", -1, "eval"),
    ("deride.v.1", -1, "eval"),
    ("belittle.v.2", -1, "eval"),   # disparage
    ("castigate.v.1", -1, "eval"),  # censure severely
    ("ridicule.v.1", -1, "eval"),
    ("berate.v.1", -1, "eval"),
    ("vilify.v.1", -1, "eval"),
    # evaluative adjectives (any target)
    ("wasteful.a.1", -1, "eval"),
    ("reckless.a.1", -1, "eval"),
    ("foolish.a.1", -1, "eval"),
    ("futile.a.1", -1, "eval"),
    ("futile.a.2", -1, "eval"),
    ("corrupt.a.2", -1, "eval"),
    ("incompetent.a.3", -1, "eval"),
    ("irresponsible.a.1", -1, "eval"),
    ("shameful.a.1", -1, "eval"),
    ("disgraceful.a.1", -1, "eval"),
    ("misguided.a.1", -1, "eval"),
    ("ineffective.a.1", -1, "eval"),
    ("counterproductive.a.1", -1, "eval"),
    ("cowardly.a.1", -1, "eval"),
    ("dishonest.a.1", -1, "eval"),
    ("effective.a.1", 1, "eval"),
    ("wise.a.2", 1, "eval"),
    ("prudent.a.1", 1, "eval"),
    ("essential.a.1", 1, "eval"),
    ("admirable.a.1", 1, "eval"),
    ("courageous.a.1", 1, "eval"),
    ("competent.a.1", 1, "eval"),
    ("commendable.a.1", 1, "eval"),
    ("worthwhile.a.1", 1, "eval"),
    ("beneficial.a.1", 1, "eval"),
    ("sensible.a.1", 1, "eval"),
    ("successful.a.1", 1, "eval"),
    ("honorable.a.1", 1, "eval"),
    # evaluative nouns (any target)
    ("lifeline.n.2", 1, "eval"),
    ("boon.n.1", 1, "eval"),
    ("bargain.n.2", 1, "eval"),
    ("fiasco.n.1", -1, "eval"),
    ("blunder.n.1", -1, "eval"),
    ("folly.n.2", -1, "eval"),
    ("disgrace.n.1", -1, "eval"),
    ("sham.n.1", -1, "eval"),
    ("boondoggle.n.1", -1, "eval"),
    ("waste.n.2", -1, "eval"),
]

# Hand review: lemmas the relations reach whose everyday news sense is not a stance, or that fire
# on neutral reports. Each with the reason it was dropped.
DROP = {
    "second": "ordinal number far more often than 'second a motion'",
    "plunk for": "rare; 'plunk' alone inflects wrongly",
    "indorse": "spelling variant, absent from news",
    "sanction": "'sanctions' is itself a target; the verb is ambiguous (approve / penalise)",
    "okay": "interjection", "o.k.": "interjection",
    "fight": "war reports: 'Ukraine fights Russia' is no stance on a policy",
    "fight back": "war reports", "fight down": "war reports", "defend": "already hand-written with its actor sense",
    "pit": "noun sense dominates", "match": "noun sense dominates",
    "block": "hand-written", "blockade": "military sense in war reports", "embarrass": "emotional sense",
    "stymy": "spelling variant",
    "queer": "slur in other senses", "cross": "movement sense dominates", "foil": "noun sense",
    "baffle": "puzzle sense dominates", "bilk": "defraud, not obstruct", "scotch": "whisky",
    "spoil": "food sense", "frustrate": "emotional sense",
    "negative": "adjective far more often", "blackball": "club membership",
    "refuse": "already hand-written as a negator", "decline": "'declined to comment' is no stance; also falls",
    "pass up": "rare", "turn down": "hand-written",
    "keep back": "rare",
    "procrastinate": "personal habit, not policy", "shillyshally": "rare", "dilly-dally": "rare",
    "dillydally": "rare", "drag one's feet": "hand-written with POSS", "drag one's heels": "hand-written with POSS",
    "junk": "noun ('junk bonds')", "trash": "noun",
    "cut down": "also 'cut down on' spending: hand-written 'cut'",
    "do away with": "kept as phrase? no: 'do' would be the indexed word and 'do' fires everywhere",
    "get rid of": "indexed on 'get'",
    "knock": "physical sense dominates", "pick apart": "rare",
    "reprobate": "rare noun", "objurgate": "rare", "excoriate": "kept",
    "stigmatise": "spelling variant", "mark": "mark an anniversary", "brand": "noun (a brand)",
    "minimize": "'minimize casualties' is good", "denigrate": "kept", "derogate": "rare",
    "diminish": "intransitive 'support diminished'",
    "chasten": "rare", "correct": "adjective 'correct' is praise of a claim, not a target",
    "roast": "cooking", "guy": "noun", "blackguard": "noun", "rib": "noun", "make fun": "needs 'of'",
    "poke fun": "needs 'at'", "jest at": "rare", "laugh at": "kept",
    "clap": "physical", "spat": "noun (a spat)", "acclaim": "kept",
    "look up to": "kept",
    "good": "far too general", "critical": "'critical of' is criticism; opposite polarity",
    "important": "too general", "necessary": "'the necessary votes' is procedure",
    "heady": "intoxicating", "rash": "skin rash", "dopy": "rare", "dopey": "rare", "goosey": "rare",
    "goosy": "rare", "gooselike": "rare", "jerky": "beef jerky", "anserine": "rare",
    "vain": "vanity sense", "sleeveless": "clothing", "bootless": "rare", "otiose": "rare",
    "crooked": "physical sense", "bungling": "kept", "clumsy": "physical sense",
    "fumbling": "physical", "black": "colour", "inglorious": "rare", "opprobrious": "rare",
    "shocking": "reports of shocking events are not evaluations of the target",
    "scandalous": "kept", "ill-conceived": "kept", "uneffective": "rare", "ineffectual": "kept",
    "fearful": "afraid, not cowardly", "efficacious": "kept", "effectual": "kept",
    "judicious": "kept", "indispensable": "hand-written", "all-important": "kept",
    "applaudable": "rare", "laudable": "kept", "praiseworthy": "kept",
    "reasonable": "hand-written", "deal": "a deal is neutral", "buy": "verb sense",
    "steal": "verb sense", "blessing": "religious sense", "debacle": "kept",
    "blooper": "rare", "bloomer": "clothing", "bungle": "kept", "pratfall": "kept",
    "foul-up": "kept", "fuckup": "profanity, absent from news", "flub": "kept", "botch": "kept",
    "boner": "vulgar", "boo-boo": "rare", "stupidity": "kept", "betise": "rare",
    "foolishness": "kept", "imbecility": "rare", "shame": "'a shame that X happened' laments events",
    "ignominy": "kept", "fake": "kept", "postiche": "rare", "dissipation": "physics sense",
    "wastefulness": "kept", "life line": "palmistry", "line of life": "palmistry",
    "hold up": "hand-written", "fend for": "'fend for themselves'",
    "stand": "'stand' alone fires on 'stand trial', 'stand by'",
    "uphold": "kept", "plump for": "kept",
    "back up": "traffic sense ('backed up')", "endorse": "hand-written", "support": "hand-written",
    "back": "hand-written", "advocate": "kept",
    "recommend": "kept", "urge": "hand-written with its embedded action", "preach": "religious",
    "o.k": "interjection", "approve": "hand-written", "ratify": "kept", "sign": "hand-written",
    "validate": "kept", "corroborate": "evidence sense",
    "finance": "noun ('finance ministers')", "bankroll": "kept", "subsidize": "kept", "subsidise": "kept",
    "underwrite": "insurance sense", "sponsor": "hand-written",
    "obstruct": "kept", "impede": "kept", "hamper": "kept", "handicap": "noun sense",
    "hobble": "kept", "stymie": "kept",
    "oppose": "hand-written", "resist": "war reports ('Ukraine resisted the assault')",
    "protest": "kept",
}

# Second review, of the generated candidates: words that are too general, have a different
# everyday sense in war and politics reporting, or are too rare to matter.
DROP.update({w: "review: " + why for why, words in {
    "too general or another sense dominates": "able in game sound lecture reserve yellow chicken bold "
        "downright herald cheer contest cashier visa warrant envy flatter gush stunt fend",
    "military or economic sense in war reporting": "drive back fight off repulse rebuff withstand defeat "
        "hold out stand firm flourishing thriving prospering prosperous booming roaring palmy winning "
        "victorious tear apart",
    "indexed on a light verb that fires everywhere": "do nothing have words keep to oneself call down",
    "elections, not a position on a policy": "vote out",
    "physical, medical or sports sense": "close up obturate occlude immobilise immobilize no hit "
        "triple crown short circuit hard hitting",
    "rare, archaic or slang": "ambidextrous beguiling blackguardly blandish boffo brush down caitiff "
        "countermine criminate dastard freewheeling freeze off grubstake gritty happy go lucky "
        "harum scarum impelling picaresque preachify sermonise sermonize moralise moralize prudential "
        "recalcitrate renegue on reproof repugn rough and ready self made sonnet spunky sure fire "
        "trenchant stultify carefree slaphappy devil may care advertise advertize disappoint",
}.items() for w in words.split()})
for multi in ["do nothing", "have words", "keep to oneself", "call down", "drive back", "fight off",
              "hold out", "stand firm", "tear apart", "vote out", "close up", "no hit", "triple crown",
              "short circuit", "hard hitting", "brush down", "freeze off", "happy go lucky", "harum scarum",
              "renegue on", "rough and ready", "self made", "sure fire", "devil may care"]:
    DROP[multi] = "review: multiword, see above"


def index(pos):
    out = {}
    with open(os.path.join(WN, "index." + POS[pos])) as f:
        for line in f:
            if line.startswith(" "):
                continue
            p = line.split()
            ptrs = int(p[3])
            out[p[0]] = p[6 + ptrs:]
    return out


def data(pos):
    out = {}
    with open(os.path.join(WN, "data." + POS[pos])) as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields, _, gloss = line.partition("|")
            p = fields.split()
            n = int(p[3], 16)
            words = [re.sub(r"\(.*\)$", "", p[4 + 2 * k]).lower() for k in range(n)]
            k = 4 + 2 * n
            count = int(p[k])
            ptrs = []
            for j in range(count):
                sym, off, ppos = p[k + 1 + 4 * j], p[k + 2 + 4 * j], p[k + 3 + 4 * j]
                ptrs.append((sym, off, "a" if ppos == "s" else ppos))
            out[p[0]] = (words, ptrs, gloss.strip())
    return out


def main(review):
    idx = {p: index(p) for p in POS}
    dat = {p: data(p) for p in POS}
    follow = {"v": ("~", "$"), "a": ("&",), "n": ()}
    cands = {}  # lemma -> (polarity, kind, seed, via, offset, pos)
    for seed, pol, kind in SEEDS:
        lemma, pos, n = seed.rsplit(".", 2)
        off = idx[pos][lemma][int(n) - 1]
        reached = [(off, 0.8, "synonym")]
        for sym, o, ppos in dat[pos][off][1]:
            if sym in follow[pos] and ppos == pos:
                reached.append((o, 0.6, {"~": "troponym", "$": "verb group", "&": "similar"}[sym]))
        for o, w, via in reached:
            for word in dat[pos][o][0]:
                senses = idx[pos].get(word, [])
                if o not in senses[:2]:
                    continue  # the stance sense is not one of the lemma's two most frequent
                prev = cands.get(word)
                if prev is None or abs(prev[0]) < w:
                    cands[word] = (pol * w, kind, seed, via, o, pos)
    hand = set()
    with open(LEXICON) as f:
        inside = False
        for line in f:
            if line.startswith(BEGIN):
                inside = True
            elif line.startswith(END):
                inside = False
            elif not inside and line.strip() and not line.startswith("#"):
                hand.add(line.split("\t")[0].strip())
    rows = []
    for word, (pol, kind, seed, via, off, pos) in sorted(cands.items()):
        phrase = word.replace("_", " ").replace("-", " ")
        reason = DROP.get(word.replace("_", " ")) or DROP.get(phrase)
        if reason and not reason.startswith("kept"):
            continue
        if phrase in hand or "'" in phrase or "." in phrase or not phrase.replace(" ", "").isalpha():
            continue
        rows.append((phrase, pol, kind, seed, via, dat[pos][off][2]))
    if review:
        for r in rows:
            print(f"{r[0]:24} {r[1]:+.1f} {r[2]:5} {r[3]:20} {r[4]:10} {r[5][:70]}")
        print(len(rows), "rows", file=sys.stderr)
        return
    section = [BEGIN + " (generated by src/test/python/build_stance_lexicon.py; do not edit by hand) ===\n",
               "# Built from WordNet 3.0 (Princeton University; licence in WORDNET-LICENSE.txt beside this\n",
               "# file): the seed senses listed in the script, their synonyms (weight 0.8 of the seed's\n",
               "# polarity), verb troponyms and verb groups and adjective similar-to sets (0.6); only lemmas\n",
               "# whose seed sense is among their two most frequent WordNet senses; hand-reviewed (the\n",
               "# script's DROP list gives each rejected word and why). " + str(len(rows)) + " rows.\n"]
    for phrase, pol, kind, seed, via, _ in rows:
        section.append(f"{phrase}\t{pol:g}\t{kind}\n")
    section.append(END + " ===\n")
    with open(LEXICON) as f:
        lines = f.readlines()
    if any(l.startswith(BEGIN) for l in lines):
        b = next(i for i, l in enumerate(lines) if l.startswith(BEGIN))
        e = next(i for i, l in enumerate(lines) if l.startswith(END))
        lines[b:e + 1] = section
    else:
        lines += ["\n"] + section
    with open(LEXICON, "w") as f:
        f.writelines(lines)
    print(f"wrote {len(rows)} rows to {os.path.normpath(LEXICON)}", file=sys.stderr)


if __name__ == "__main__":
    main("--review" in sys.argv)
