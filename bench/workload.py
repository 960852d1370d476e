"""Synthetic workloads for the benchmarks: Danish-looking interview transcripts of a given size.

Deterministic (seeded), so figures from different runs and machines compare.
"""

from __future__ import annotations

import random

WORDS = (
    "jeg du han hun vi de det der og men så altså ikke også bare meget lidt godt rigtig helt "
    "hjem arbejde familie søster bror mor far børn venner nabo kommune sagsbehandler værested "
    "herberg lejlighed penge hjælp tid dag aften weekend sommer vinter alene ensom snakke ringe "
    "besøge savne glad ked træt syg rask drømme håbe ønske tænke føle se gå komme sidde sove "
    "spise drikke kaffe bus by skole job uddannelse læge medicin psykolog kontaktperson støtte"
).split()
SPEAKERS = ("Interviewer", "Informant")


def transcript(rng: random.Random, words: int) -> str:
    """A transcript of about ``words`` words in turns of 20–120 words."""
    turns, written, index = [], 0, 0
    while written < words:
        n = rng.randint(20, 120)
        sentence_words = [rng.choice(WORDS) for _ in range(n)]
        text = " ".join(sentence_words).capitalize() + "."
        turns.append(f"{SPEAKERS[index % 2]}: {text}")
        written += n
        index += 1
    return "\n\n".join(turns)


def documents(count: int, words: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [transcript(rng, words) for _ in range(count)]
