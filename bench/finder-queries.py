#!/usr/bin/env python3
"""Writes N distinct, realistic search addresses for bench/finder, one per line, deterministically.

Single words and pairs from a Dutch vocabulary of the social base and the wijk names of Zwolle, some with a filter,
some asking for page 2, so that no cache of results can stand in for the search.
"""
import random
import sys
import urllib.parse

WORDS = """koffie inloop wandelen taal taalcafe spreekuur geld geldzorgen schulden formulieren digid computer
digitaal maatje buddy eenzaam ontmoeten buurtkamer huiskamer eten maaltijd soep sport bewegen yoga zwemmen fietsen
tuin moestuin natuur muziek zingen koor dansen tekenen schilderen breien naaien handwerk repair reparatie fiets
kinderen jongeren ouderen mantelzorg mantelzorger vrijwilliger vrijwilligerswerk hulp boodschappen vervoer
gezelschap praten luisteren rouw verlies gezondheid dementie geheugen opvoeden ouders baby peuter huiswerk bijles
school werk sollicitatie nederlands leren lezen schrijven rekenen budget toeslag energie kleding voedselbank
weggeefwinkel spelletjes bingo klaverjassen biljart schaken bibliotheek boeken leesclub cultuur museum theater
film uitje bus dagje vakantie zomer winter kerst feest markt buurt buren wijkcentrum inloophuis vrouwen mannen
statushouders nieuwkomers arabisch turks engels pools tigrinya""".split()
WIJKEN = """Binnenstad Diezerpoort Wipstrik Assendorp Kamperpoort Veerallee Westenholte Stadshagen Holtenbroek
Aa-landen Vechtlanden Berkum Marsweteringlanden Schelle Ittersum Soestweteringlanden""".split()
WIJK_CODES = ["WK0193" + c for c in "10 11 12 13 14 20 21 22 30 31 32 40 41 50 51 52".split()]
KINDS = ["ACTIVITY", "WALK_IN_HOUR", "MEETING_PLACE", "SUPPORT_SERVICE", "SCHEME", "VOLUNTEER_VACANCY"]
PARTS = ["MORNING", "AFTERNOON", "EVENING"]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    seen = set()
    while len(seen) < count:
        shape = rng.random()
        if shape < 0.35:
            q = rng.choice(WORDS)
        elif shape < 0.7:
            q = rng.choice(WORDS) + " " + rng.choice(WORDS)
        elif shape < 0.85:
            q = rng.choice(WORDS) + " " + rng.choice(WIJKEN)
        else:
            q = " ".join(rng.sample(WORDS, 3))
        params = {"q": q}
        extra = rng.random()
        if extra < 0.15:
            params["wijk"] = rng.choice(WIJK_CODES)
        elif extra < 0.25:
            params["soort"] = rng.choice(KINDS)
        elif extra < 0.30:
            params["dagdeel"] = rng.choice(PARTS)
        elif extra < 0.35:
            params["gratis"] = "ja"
        if rng.random() < 0.1:
            params["page"] = "2"
        path = "/zoeken?" + urllib.parse.urlencode(params)
        if path not in seen:
            seen.add(path)
            print(path)


if __name__ == "__main__":
    main()
