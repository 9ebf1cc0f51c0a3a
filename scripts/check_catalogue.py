#!/usr/bin/env python3
"""Checks src/main/resources/catalogue/*.yaml against docs/catalogue-format.md and the seed texts.

A transcriber's aid: the Java tests (CatalogueProvenanceTests, CatalogueCompletenessTests) are the gate.
Usage: python3 scripts/check_catalogue.py [file.yaml ...]
"""
import glob
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = os.path.join(ROOT, "src/main/resources/catalogue")
SEEDS = os.path.join(ROOT, "src/main/resources/seeds")
if not os.path.isdir(SEEDS):
    SEEDS = os.path.join(ROOT, "../shared/seeds")

COMPARATORS = {"GE", "GT", "LE", "LT", "EQ", "APPROX", "RANGE", "NEGATIVE_GROWTH", "NOT_BELOW_BASE",
               "ELIMINATE", "ASSIGNED", "STABLE_OR_BETTER", "MILESTONE"}
MEASURES = {"LEVEL", "DECLINE_FROM_BASE", "INCREASE_FROM_BASE", "ABSOLUTE_CHANGE"}
DIRECTIONS = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER", "NONE"}
NATURES = {"BINDING", "EXPECTED"}
KINDS = {"PLAN", "MEASURES", "TASK_DIVISION", "IMPLEMENTATION_PLAN"}
CODE = re.compile(r"^\d{3}-(T\d{2}|L\d{4}[a-z]?)$")
WS = re.compile(r"\s+")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def seed_lines(document, cache={}):
    if document not in cache:
        with open(os.path.join(SEEDS, document), encoding="utf-8") as f:
            cache[document] = f.read().split("\n")
    return cache[document]


def check_quote(where, document, source):
    if not isinstance(source, dict) or "lines" not in source or "quote" not in source:
        err(where, "source needs lines [a, b] and quote")
        return
    a, b = source["lines"]
    lines = seed_lines(document)
    if not (1 <= a <= b <= len(lines)):
        err(where, f"lines {a}-{b} outside 1-{len(lines)} of {document}")
        return
    text = WS.sub("", "".join(lines[a - 1:b]))
    pos = 0
    for fragment in str(source["quote"]).split(" … "):
        f = WS.sub("", fragment)
        if not f:
            err(where, "empty quote fragment")
            return
        i = text.find(f, pos)
        if i < 0:
            err(where, f"quote fragment not in {document}:{a}-{b}: {fragment[:60]}")
            return
        pos = i + len(f)


def main(files):
    concepts, codes, plans = {}, set(), {}
    docs = {}
    data = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            d = yaml.safe_load(f)
        data.append((os.path.basename(path), d))
        for c in d.get("concepts") or []:
            where = f"{os.path.basename(path)} concept {c.get('code')}"
            if c.get("code") in concepts:
                err(where, f"defined again (first in {concepts[c['code']]})")
            concepts[c.get("code")] = os.path.basename(path)
            for k in ("code", "name", "unit", "direction", "definition"):
                if c.get(k) is None:
                    err(where, f"missing {k}")
            if c.get("direction") not in DIRECTIONS:
                err(where, f"direction {c.get('direction')}")
        if d.get("plan"):
            p = d["plan"]
            if d["planCode"] in plans:
                err(path, f"second plan header for {d['planCode']}")
            plans[d["planCode"]] = p
            docs[d["planCode"]] = p["document"]
            if p.get("kind") not in KINDS:
                err(path, f"plan kind {p.get('kind')}")
    for name, d in data:
        pc = d.get("planCode")
        if pc is None:  # concepts.yaml
            continue
        if pc not in docs:
            err(name, f"no plan header for planCode {pc}")
            continue
        if d.get("plan"):
            check_quote(f"{name} plan", docs[pc], d["plan"].get("source"))
        for t in d.get("targets") or []:
            where = f"{name} {t.get('code')}"
            code = t.get("code", "")
            if not CODE.match(code) or not code.startswith(pc + "-"):
                err(where, "code format")
            if code in codes:
                err(where, "duplicate code")
            codes.add(code)
            for k in ("name", "region", "concept", "measure", "unit", "direction", "target", "source"):
                if k not in t:
                    err(where, f"missing {k}")
            if t.get("concept") not in concepts:
                err(where, f"unknown concept {t.get('concept')}")
            if t.get("measure") not in MEASURES:
                err(where, f"measure {t.get('measure')}")
            if t.get("direction") not in DIRECTIONS:
                err(where, f"direction {t.get('direction')}")
            if t.get("nature") is not None and t.get("nature") not in NATURES:
                err(where, f"nature {t.get('nature')}")
            if not re.match(r"^\d{6}$", str(t.get("region", ""))):
                err(where, f"region {t.get('region')}")
            tg = t.get("target") or {}
            if tg.get("comparator") not in COMPARATORS:
                err(where, f"comparator {tg.get('comparator')}")
            if tg.get("comparator") in {"GE", "GT", "LE", "LT", "EQ", "APPROX", "RANGE"} and tg.get("value") is None:
                err(where, f"comparator {tg.get('comparator')} needs a value")
            if tg.get("comparator") == "EQ" and t.get("direction") != "NONE":
                err(where, "EQ is for a figure with no better direction; use GE or LE")
            if tg.get("comparator") == "RANGE" and tg.get("upper") is None:
                err(where, "RANGE needs upper")
            if not tg.get("text"):
                err(where, "target.text missing")
            if not tg.get("year"):
                err(where, "target.year missing")
            check_quote(where, docs[pc], t.get("source"))
            bl = t.get("baseline")
            if bl and bl.get("source"):
                check_quote(where + " baseline", docs[pc], bl["source"])
    counts = {}
    for name, d in data:
        if d.get("planCode") is None:
            continue
        counts[d.get("planCode")] = counts.get(d.get("planCode"), 0) + len(d.get("targets") or [])
    for e in errors:
        print(e)
    print(f"{len(files)} files, {len(concepts)} concepts, targets per plan: {dict(sorted(counts.items()))}, "
          f"total {sum(counts.values())}; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or sorted(glob.glob(os.path.join(CATALOGUE, "*.yaml")))))
