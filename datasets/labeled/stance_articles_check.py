#!/usr/bin/env python3
"""Validate stance_articles_dev.jsonl, stance_articles_test.jsonl, stance_articles_test2.jsonl,
stance_articles_test3.jsonl, stance_articles_test4.jsonl, stance_articles_test5.jsonl, stance_articles_test6.jsonl and stance_articles_test7.jsonl and print
their counts.

Usage (from the project root):  python3 datasets/labeled/stance_articles_check.py
Exits 1 if any line breaks a rule below; the count tables in STANCE_ARTICLES.md are its output.
"""
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from statistics import median

HERE = Path(__file__).resolve().parent
SETS = {"dev": ("stance_articles_dev.jsonl", "sad"), "test": ("stance_articles_test.jsonl", "sat"),
        "test2": ("stance_articles_test2.jsonl", "sat2"), "test3": ("stance_articles_test3.jsonl", "sat3"),
        "test4": ("stance_articles_test4.jsonl", "sat4"), "test5": ("stance_articles_test5.jsonl", "sat5"),
        "test6": ("stance_articles_test6.jsonl", "sat6"), "test7": ("stance_articles_test7.jsonl", "sat7")}
# Publication dates allowed per set; the third to seventh test sets also cover 2025 events.
DEFAULT_DATES = (date(2023, 1, 1), date(2024, 12, 31))
DATE_RANGES = {"test3": (date(2023, 1, 1), date(2025, 12, 31)),
               "test4": (date(2023, 1, 1), date(2025, 12, 31)),
               "test5": (date(2023, 1, 1), date(2025, 12, 31)),
               "test6": (date(2023, 1, 1), date(2025, 12, 31)),
               "test7": (date(2023, 1, 1), date(2025, 12, 31))}
FIELDS = ["id", "outlet", "published", "title", "section", "url", "author", "text",
          "target", "label", "genre", "note"]
LABELS = ["FAVOR", "AGAINST", "NONE"]
GENRES = ["opinion", "news"]
OPINION_SECTIONS = {"Opinion", "Editorials", "Commentary", "Letters"}
OPINION_PREFIX = re.compile(r"^(Opinion|Editorial|Op-Ed|Commentary|Letters|Analysis):", re.I)
MIN_WORDS, MAX_WORDS = 250, 700


def check_record(rec, lineno, prefix, errors, dates=DEFAULT_DATES):
    where = f"line {lineno}"
    missing = [f for f in FIELDS if not isinstance(rec.get(f), str) or not rec[f].strip()]
    extra = [f for f in rec if f not in FIELDS]
    if missing:
        errors.append(f"{where}: missing or empty fields {missing}")
        return
    if extra:
        errors.append(f"{where}: unexpected fields {extra}")
    rid = rec["id"]
    where = f"{where} ({rid})"
    if not re.fullmatch(re.escape(prefix) + r"-\d{3}", rid):
        errors.append(f"{where}: id must look like {prefix}-001")
    if rec["target"] != "ukraine_aid":
        errors.append(f"{where}: target {rec['target']!r} is not ukraine_aid")
    if rec["label"] not in LABELS:
        errors.append(f"{where}: label {rec['label']!r} not in {LABELS}")
    if rec["genre"] not in GENRES:
        errors.append(f"{where}: genre {rec['genre']!r} not in {GENRES}")
    try:
        d = date.fromisoformat(rec["published"])
        lo, hi = dates
        if not lo <= d <= hi:
            errors.append(f"{where}: published {d} outside {lo.year}-{hi.year}")
    except ValueError:
        errors.append(f"{where}: published {rec['published']!r} is not an ISO date")
        d = None
    url = rec["url"]
    m = re.fullmatch(r"https://www\.[a-z0-9-]+\.com/([a-z]+)/(\d{4})/(\d{2})/[a-z0-9-]+", url)
    if not m:
        errors.append(f"{where}: url {url!r} is not https://www.<outlet>.com/<section>/<yyyy>/<mm>/<slug>")
    else:
        if m.group(1) != rec["section"].lower():
            errors.append(f"{where}: url section {m.group(1)!r} differs from section {rec['section']!r}")
        if d and (int(m.group(2)), int(m.group(3))) != (d.year, d.month):
            errors.append(f"{where}: url date differs from published")
    opinion_section = rec["section"] in OPINION_SECTIONS
    if opinion_section != (rec["genre"] == "opinion"):
        errors.append(f"{where}: section {rec['section']!r} does not match genre {rec['genre']!r}")
    if rec["genre"] == "news" and OPINION_PREFIX.match(rec["title"]):
        errors.append(f"{where}: news title carries an opinion prefix")
    text = rec["text"]
    if "\n\n\n" in text or re.search(r"(?<!\n)\n(?!\n)", text):
        errors.append(f"{where}: paragraphs must be separated by exactly one blank line")
    if text != text.strip():
        errors.append(f"{where}: text has leading or trailing whitespace")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append(f"{where}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    return words


def load(name, errors):
    file_name, prefix = SETS[name]
    records = []
    raw = (HERE / file_name).read_bytes()
    try:
        lines = raw.decode("utf-8").split("\n")
    except UnicodeDecodeError as e:
        errors.append(f"{file_name}: not UTF-8 ({e})")
        return records
    if lines and lines[-1] == "":
        lines.pop()
    for lineno, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{file_name} line {lineno}: not JSON ({e})")
            continue
        if not isinstance(rec, dict):
            errors.append(f"{file_name} line {lineno}: not a JSON object")
            continue
        sub = []
        words = check_record(rec, lineno, prefix, sub, DATE_RANGES.get(name, DEFAULT_DATES))
        errors.extend(f"{file_name} {e}" for e in sub)
        if words is not None:
            rec["_words"] = words
            records.append(rec)
    ids = Counter(r["id"] for r in records)
    errors.extend(f"{file_name}: id {i} appears {n} times" for i, n in ids.items() if n > 1)
    return records


def table(records):
    out = ["| label | opinion | news | total | share |", "|---|---:|---:|---:|---:|"]
    n = len(records)
    for label in LABELS:
        row = [r for r in records if r["label"] == label]
        by_genre = Counter(r["genre"] for r in row)
        out.append(f"| {label} | {by_genre['opinion']} | {by_genre['news']} | {len(row)} | "
                   f"{100 * len(row) / n:.1f}% |")
    genres = Counter(r["genre"] for r in records)
    out.append(f"| **total** | {genres['opinion']} | {genres['news']} | {n} | 100% |")
    return out


def main():
    errors = []
    data = {name: load(name, errors) for name in SETS}
    outlets = {name: {r["outlet"] for r in recs} for name, recs in data.items()}
    for name, names in outlets.items():
        if not 8 <= len(names) <= 10:
            errors.append(f"{name}: {len(names)} outlets, expected 8-10")
    set_names = list(SETS)
    for i, a in enumerate(set_names):
        for b in set_names[i + 1:]:
            shared = outlets[a] & outlets[b]
            if shared:
                errors.append(f"outlets in both {a} and {b}: {sorted(shared)}")
            shared_ids = {r["id"] for r in data[a]} & {r["id"] for r in data[b]}
            if shared_ids:
                errors.append(f"ids in both {a} and {b}: {sorted(shared_ids)}")

    for name, recs in data.items():
        if not recs:
            continue
        words = [r["_words"] for r in recs]
        sections = Counter(r["section"] for r in recs)
        print(f"### `{SETS[name][0]}`: {len(recs)} articles, {len(outlets[name])} outlets, "
              f"{min(words)}-{max(words)} words (median {median(words):.0f})\n")
        print("\n".join(table(recs)))
        print("\nsections: " + ", ".join(f"{s} {c}" for s, c in sorted(sections.items())))
        per_outlet = Counter(r["outlet"] for r in recs)
        print("outlets: " + ", ".join(f"{o} {c}" for o, c in sorted(per_outlet.items())))
        prefixed = sum(1 for r in recs if r["genre"] == "opinion" and OPINION_PREFIX.match(r["title"]))
        opinion = sum(1 for r in recs if r["genre"] == "opinion")
        print(f"opinion titles with a prefix: {prefixed} of {opinion}\n")

    if errors:
        print(f"{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("all lines valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
