"""Generated reports of one event by many sources, with known outliers, for the reconcile tests.

Every source states the same facts (who was hurt, how many homes were
emptied, what the damage cost) in its own words, plus one figure of its own;
a planted outlier states one fact with another figure.  The texts are made
from a seed, so a test's corpus is the same on every run.
"""

from __future__ import annotations

import random

# Wordings of each fact; {n} is the figure.  No sentence opens with a figure:
# news style spells those out, and extraction misses a figure after "Friday."
INJURED = ("The fire service said {n} workers were injured.",
           "In all, {n} workers were hurt, the fire service said.",
           "Crews took {n} workers to hospital.")  # fmt: skip
HOMES = ("Police evacuated about {n} homes as smoke spread.",
         "Some {n} homes were evacuated as smoke spread.",
         "Around {n} homes had to be evacuated.")  # fmt: skip
DAMAGE = ("The damage was put at £{n}m.", "The owner estimated the damage at £{n}m.",
          "Repairs would cost £{n}m, the owner said.")  # fmt: skip
OPENERS = ("A fire broke out at a warehouse in {town} on {day}.",
           "Fire crews were called to a warehouse in {town} on {day} night.",
           "A warehouse in {town} was gutted by fire on {day}.")  # fmt: skip
# A figure of something only this source mentions, each of another dimension
# (a source past the sixth repeats one, and may disagree with it).
OWN = ("The warehouse stored {k} pallets of paper.", "The building was {k} years old.",
       "Crews used {k} litres of foam.", "The blaze was visible from {k} miles away.",
       "A crane lifted {k} tonnes of debris.", "The fire burned for {k} minutes.")  # fmt: skip
TOWNS = ("Northfield", "Easton", "Millbrook", "Ashby", "Crowhurst")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def event(rng: random.Random, sources: int, outliers: dict[int, str]) -> dict[str, str]:
    """``sources`` reports of one fire; ``outliers`` maps a source index to the fact it gets wrong.

    The facts are "injured", "homes" and "damage"; an outlier's figure is
    several times the true one.
    """
    injured, homes, damage = rng.randint(5, 40), rng.choice((150, 200, 300)), rng.randint(2, 9)
    town, day = rng.choice(TOWNS), rng.choice(DAYS)
    out = {}
    for s in range(sources):
        wrong = outliers.get(s)
        n_injured = injured * 3 + 1 if wrong == "injured" else injured
        n_homes = homes * 10 if wrong == "homes" else homes
        n_damage = damage * 4 if wrong == "damage" else damage
        sentences = [
            rng.choice(OPENERS).format(town=town, day=day),
            rng.choice(INJURED).format(n=n_injured),
            rng.choice(HOMES).format(n=n_homes),
            rng.choice(DAMAGE).format(n=n_damage),
            OWN[s % len(OWN)].format(k=rng.randint(2, 90) * (s + 1)),
        ]
        out[f"source{s + 1:02d}"] = " ".join(sentences)
    return out


def corpus(
    events: int, sources: int, seed: int = 14
) -> tuple[list[dict[str, str]], set[tuple[str, str, str]]]:
    """JSON-lines records of ``events`` events, and the planted (event, source, fact) outliers.

    One source in each event gets one fact wrong; which, in turn.
    """
    rng = random.Random(seed)
    records, planted = [], set()
    facts = ("injured", "homes", "damage")
    for e in range(events):
        name = f"fire-{e + 1:04d}"
        wrong_source, wrong_fact = e % sources, facts[e % len(facts)]
        texts = event(rng, sources, {wrong_source: wrong_fact})
        planted.add((name, f"source{wrong_source + 1:02d}", wrong_fact))
        records += [{"event": name, "source": s, "text": t} for s, t in texts.items()]
    return records, planted
