"""Synthetic documents with realistic Facts, for store benchmarks and crash tests (no extraction needed).

`synthetic(i)` is deterministic: the same index always gives the same Document and Facts, so a load that is
interrupted and redone can be compared with a clean one. Each document carries 29 fact rows
(persons, titles, organizations, aliases, places, venues, dates, themes, topics, representations, events,
event roles), spread over names, places and dates so that the analyst views have real work to do.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from pipeline.extract.facts import (DateSpan, Event, Facts, Organization, Person, Place, Representation, Role,
                                    Theme, Title, Topic, Venue)
from pipeline.normalize.document import make_document

FIRST = ["Mira", "Abdul", "Rudi", "Nurul", "Ratna", "Ahmad", "Siti", "Budi", "Dewi", "Hendra", "Made", "Yohanes"]
LAST = ["Yuliastuti", "Latjare", "Dewanto", "Hidayati", "Saputra", "Rahayu", "Santoso", "Lestari", "Wijaya",
        "Manurung", "Sitepu", "Tanjung", "Nasution", "Siregar", "Ginting", "Permana"]
PROVINCES = [("72", "Sulawesi Tengah"), ("33", "Jawa Tengah"), ("35", "Jawa Timur"), ("64", "Kalimantan Timur"),
             ("12", "Sumatera Utara"), ("52", "Nusa Tenggara Barat"), ("11", "Aceh"), ("51", "Bali")]
PORTFOLIOS = ["Perindustrian dan Perdagangan", "Kesehatan", "Pendidikan", "Komunikasi dan Informatika",
              "Pertanian", "Sosial", "Perhubungan", "Pariwisata"]
TOPICS = ["perindustrian", "kesehatan", "pendidikan", "komunikasi_informatika", "pertanian", "sosial",
          "perhubungan", "pariwisata"]
EVENT_KINDS = ["rapat_koordinasi", "bimtek", "sosialisasi", "pelatihan", "peresmian", "apel"]



def synthetic(i: int, version: str = "bench+0") -> tuple:
    """(Document, Facts) number i."""
    rng = random.Random(i)
    code, province = rng.choice(PROVINCES)
    kab_code = f"{code}.{rng.randrange(1, 20):02d}"
    kabupaten = f"Kabupaten Contoh {kab_code}"
    portfolio = rng.choice(PORTFOLIOS)
    org = f"Dinas {portfolio} Provinsi {province}"
    start = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365))
    end = start + timedelta(days=rng.randrange(0, 3))
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
    text = (f"Rilis {i}\n\n{org} menggelar rapat koordinasi di {kabupaten}, {province} pada "
            f"{start.isoformat()}. Hadir {', '.join(names)}. Nomor {i}.")
    document = make_document(text, f"synthetic/{i:08d}.txt", title=f"Rilis {i}", published=end.isoformat())
    span = (0, 5)
    persons = [Person(name=n, titles=[Title(text=f"Kepala Bidang {j}", head="Kepala", organization=org,
                                            region_code=code, span=span)],
                      spans=[span, span], honorifics=["Dr."] if j == 0 else [], degrees=["M.Si."])
               for j, n in enumerate(names)]
    organizations = [
        Organization(name=org, aliases=[f"Dinas {j}", f"D{j}"], kind="government", spans=[span], key=f"org-{code}-{j}",
                     unit_kind="Dinas", portfolio=portfolio, jurisdiction=province, region_code=code)
        for j in range(3)]
    places = [Place(name=province, kind="provinsi", code=code, spans=[span], path=[code]),
              Place(name=kabupaten, kind="kabupaten", code=kab_code, spans=[span], path=[code, kab_code],
                    province=code),
              Place(name="Indonesia", kind="negara", spans=[span])]
    dates = [DateSpan(text=start.isoformat(), start=start.isoformat(), end=end.isoformat(), span=span)
             for _ in range(3)]
    event = Event(name=f"Rapat Koordinasi {portfolio} {i}", kind=rng.choice(EVENT_KINDS), start=start.isoformat(),
                  end=end.isoformat(), place=kabupaten, place_code=kab_code, venue="Hotel Contoh", organizer=org,
                  roles=[Role(role="organizer", name=org, span=span), Role(role="opened_by", name=names[0], span=span)],
                  span=span)
    facts = Facts(
        document_id=document.id, source=document.source, extractor_version=version, published=end.isoformat(),
        title=document.title, persons=persons, organizations=organizations, places=places,
        venues=[Venue(name="Hotel Contoh", spans=[span], place=kabupaten)], dates=dates,
        themes=[Theme(text=f"Sinergi {portfolio}", span=span)],
        topics=[Topic(label=rng.choice(TOPICS), score=0.8), Topic(label=rng.choice(TOPICS), score=0.2)],
        representations=[Representation(principal="Gubernur", representative=names[1], span=span)],
        main_event=event)
    return document, facts
