#!/usr/bin/env python3
"""Scores every article of a JSON Lines corpus with the reference Python VADER, sentence by sentence,
for bin/benchmark's side-by-side comparison with `slant analyze`.

Usage: vader_benchmark.py VADER_DIR LEXICON_DIR INPUT...
  VADER_DIR    folder of the reference vaderSentiment.py (read in place, put on sys.path)
  LEXICON_DIR  folder holding vader_lexicon.txt and emoji_utf8_lexicon.txt
  INPUT        .jsonl files or folders of them

Each record's "text" is split into sentences simply: at line breaks, and after . ! or ? followed by
white space and an upper-case letter, digit or opening quote, unless the word before the full stop
is a common title or abbreviation ("Sen.", "Gov.", "U.S.", "Oct.") or an initial. slant's own
splitter knows more cases, so the two counts differ a little; each tool's rate uses its own count. Every sentence is scored with polarity_scores, as slant scores every sentence. Prints one
JSON object: articles, sentences, and the CPU seconds of the scoring loop alone.
"""
import glob
import json
import os
import re
import sys
import time

SENTENCE_END = re.compile(r'(?<=[.!?])\s+(?=[A-Z0-9"\u201c\'(])')


def files(inputs):
    for path in inputs:
        if os.path.isdir(path):
            yield from sorted(glob.glob(os.path.join(path, '**', '*.jsonl'), recursive=True))
        else:
            yield path


ABBREVIATIONS = {'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'st', 'jr', 'sr',
                 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr', 'aug',
                 'sept', 'sep', 'oct', 'nov', 'dec', 'prof', 'pres', 'gov', 'atty', 'rev', 'ft', 'mt'}


def sentences(text):
    for line in text.splitlines():
        line = line.strip()
        start = 0
        for m in SENTENCE_END.finditer(line):
            word = line[start:m.start()].rsplit(None, 1)[-1].rstrip('.').lower() if line[start:m.start()].strip() else ''
            if line[m.start() - 1] == '.' and (word in ABBREVIATIONS or len(word) == 1):
                continue
            if line[start:m.start()].strip():
                yield line[start:m.start()]
            start = m.end()
        if line[start:].strip():
            yield line[start:]


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, os.path.abspath(argv[1]))
    from vaderSentiment import SentimentIntensityAnalyzer
    lexicons = os.path.abspath(argv[2])
    analyzer = SentimentIntensityAnalyzer(lexicon_file=os.path.join(lexicons, 'vader_lexicon.txt'),
                                          emoji_lexicon=os.path.join(lexicons, 'emoji_utf8_lexicon.txt'))
    articles = 0
    count = 0
    started = time.process_time()
    for name in files(argv[3:]):
        with open(name, encoding='utf-8') as f:
            for line in f:
                if not line.strip():
                    continue
                text = json.loads(line).get('text') or ''
                articles += 1
                for sentence in sentences(text):
                    analyzer.polarity_scores(sentence)
                    count += 1
    cpu = time.process_time() - started
    print(json.dumps({'articles': articles, 'sentences': count, 'scoring_cpu_s': round(cpu, 2)}))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
