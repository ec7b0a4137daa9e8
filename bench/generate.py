#!/usr/bin/env python3
"""Writes N short, varied diplomatic reports for the ingest benchmark.

usage: generate.py N OUT_DIR [SEED]

Documents are built from templates (telephone calls, meetings, MoU signings, loans and grants)
over a fixed list of country pairs and invented officials, with dates spread over 2019-2024.
About a third of the events are reported twice, by "both sides", in different words, so that
the store's clustering has real work to do. Deterministic for a given SEED.
"""
import datetime
import os
import random
import sys

COUNTRIES = [
    ("Indonesia", "Indonesian", "Jakarta"), ("Australia", "Australian", "Canberra"), ("Japan", "Japanese", "Tokyo"),
    ("Viet Nam", "Vietnamese", "Hanoi"), ("Thailand", "Thai", "Bangkok"), ("India", "Indian", "New Delhi"),
    ("Singapore", "Singaporean", "Singapore"), ("Malaysia", "Malaysian", "Kuala Lumpur"), ("Kenya", "Kenyan", "Nairobi"),
    ("Norway", "Norwegian", "Oslo"), ("Brazil", "Brazilian", "Brasilia"), ("Chile", "Chilean", "Santiago"),
    ("Germany", "German", "Berlin"), ("Philippines", "Philippine", "Manila"), ("Cambodia", "Cambodian", "Phnom Penh"),
]
GIVEN = ["Anna", "Rafael", "Mei", "Tomas", "Amina", "Kenji", "Lucia", "Arjun", "Sofia", "Daniel", "Nadia", "Hugo"]
FAMILY = ["Larsen", "Okafor", "Santos", "Tanaka", "Haddad", "Kowalski", "Moreno", "Lindqvist", "Mensah", "Varga"]
SUBJECTS = ["renewable energy", "fisheries management", "vocational training", "digital government", "port logistics",
            "clean water supply", "disaster risk reduction", "customs cooperation", "health research", "tourism promotion"]


def person(rng):
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def call(rng, a, b, day, pa, pb, reporter):
    when = day.strftime("%d %B %Y").lstrip("0")
    if reporter == 0:
        return (f"{a[2].upper()}, {when} - {a[1]} Minister of Foreign Affairs {pa} held a telephone conversation "
                f"today with {b[1]} Foreign Minister {pb}. The two ministers discussed {rng.choice(SUBJECTS)} "
                f"and agreed to meet later in the year.\n")
    return (f"{b[2].upper()}, {when} - Foreign Minister {pb} spoke by telephone today with {a[1]} Minister of "
            f"Foreign Affairs {pa} about {rng.choice(SUBJECTS)} and regional issues.\n")


def meeting(rng, a, b, day, pa, pb, reporter):
    when = day.strftime("%d %B %Y").lstrip("0")
    return (f"{a[2].upper()}, {when} - {a[1]} Minister of Trade {pa} met {b[1]} Minister of Industry {pb} in "
            f"{a[2]} today to review cooperation on {rng.choice(SUBJECTS)}.\n\nDuring the meeting, the two "
            f"ministers welcomed the growth of bilateral trade.\n")


def signing(rng, a, b, day, pa, pb, reporter):
    when = day.strftime("%d %B %Y").lstrip("0")
    s1, s2 = rng.sample(SUBJECTS, 2)
    return (f"{a[2].upper()}, {when} - {a[0]} and {b[0]} today signed a Memorandum of Understanding on {s1} "
            f"and an agreement on {s2}, in the presence of {a[1]} Minister {pa} and {b[1]} Minister {pb}.\n")


def loan(rng, a, b, day, pa, pb, reporter):
    when = day.strftime("%d %B %Y").lstrip("0")
    amount = rng.choice([5, 12, 20, 50, 120])
    return (f"{a[2].upper()}, {when} - The Government of {a[0]} has decided to provide a loan of USD {amount} "
            f"million to {b[0]} for a {rng.choice(SUBJECTS)} project, Minister {pa} announced after meeting "
            f"{b[1]} Minister {pb}.\n")


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    n, out = int(argv[1]), argv[2]
    rng = random.Random(int(argv[3]) if len(argv) > 3 else 7)
    os.makedirs(out, exist_ok=True)
    kinds = [call, meeting, signing, loan]
    i = 0
    while i < n:
        a, b = rng.sample(COUNTRIES, 2)
        day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(6 * 365))
        kind = rng.choice(kinds)
        pa, pb = person(rng), person(rng)
        reports = 2 if (kind is call and rng.random() < 0.66) else 1
        for r in range(reports):
            if i >= n:
                break
            with open(os.path.join(out, f"doc-{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(kind(rng, a, b, day, pa, pb, r))
            i += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
