"""Venues: named facilities where something happens ("Gedung Krida Bhakti", "Torau Resort", "Pendopo Dipokusumo").

A venue is either a head word from data/venue_heads.tsv with a capitalized name after it (prefix heads: "Gedung X") or
before it (postfix heads: "Rocky Plaza Hotel"). The name runs over capitalized words, "(HOB)"-style acronyms and
"of"/"dan" between capitals; it stops at punctuation, lowercase words, break words (data/venue_terms.tsv) and at
a bare city written after it ("... Kemendagri Jakarta", "Torau Resort-Tentena"), which becomes the venue's place.
Region names that belong to the name stay ("Kantor Gubernur Kaltim", "KUA Kecamatan Wonokerto").
Or it is any capitalized name after a locative word ("di", "bertempat di") followed by a comma and a place or a
weekday: releases write "di <facility>, <city>, <day>" whatever the facility's head ("di Aston Kartika, Jakarta").
"""
from __future__ import annotations

import re
from functools import lru_cache
from difflib import SequenceMatcher

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.event_phrases import channel_alternation
from pipeline.extract.facts import Facts, Mention, Venue
from pipeline.nlp.state import doc_text as cached_text
from pipeline.nlp.state import add_mention, mentions
from pipeline.resolve.regions import countries
from pipeline.resolve.gazetteer import name_key, village_index, within
from pipeline.resolve.names import name_abbreviations
from pipeline.tables import load_list, load_tsv

_TOKEN = re.compile(r"\([A-Z][A-Za-z0-9]{1,12}\)|[A-Z]\.(?:[A-Z]\.)+(?=[ \t][A-Z])|[^\W_]+(?:[-'’][^\W_]+)*|\S")
_CONNECTORS = {"of", "dan", "&", "de", "du", "la", "the"}
MAX_NAME_WORDS = 12
MAX_LOCATED_WORDS = 7


_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")  # "Ibu Rina": a form of address before the name it opens


def _capital(word: str) -> bool:
    # "d'Maleo", "d’Bale": a brand's elided article before its capital is still a name word
    return word[:1].isupper() or word[:1].isdigit() or word.startswith("(") or \
        (word[1:2] in ("'", "’") and word[2:3].isupper())


@Language.factory("warta_venues")
class VenuesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        rows = load_tsv("venue_heads")
        self.heads = {r["head"].lower(): r for r in rows}
        alternatives = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(self.heads, key=len, reverse=True))
        self.head_re = re.compile(rf"(?<![\w-])(?:{alternatives})(?!\w)", re.IGNORECASE)
        terms = load_tsv("venue_terms")
        self.triggers = sorted((t["word"] for t in terms if t["kind"] == "trigger"), key=len, reverse=True)
        # a floor may stand between the trigger and the building: "di Lt. 2 Kantor Bupati X", "di lantai II Gedung Y"
        self.trigger_re = re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, self.triggers))})\s+"
                                     rf"(?:(?:Lantai|Lt\.?)[ \t]*(?:[IVX]+|\d+)[ \t]+)?$", re.IGNORECASE)
        self.breaks = {t["word"].lower() for t in terms if t["kind"] == "break"}
        self.owners = {t["word"].lower() for t in terms if t["kind"] == "owner"}
        self.local_units = {t["word"].lower() for t in terms if t["kind"] == "local"}
        self.branches = {t["word"].lower() for t in terms if t["kind"] == "branch"}
        self.generic = {t["word"].lower() for t in terms if t["kind"] == "generic"}
        self.served = {t["word"].lower() for t in terms if t["kind"] == "served"}
        self.unnamed = self.generic | {t["word"].lower() for t in terms if t["kind"] == "sport"}
        self.premises = {t["word"].lower() for t in terms if t["kind"] == "premise"}
        self.rooms = {t["word"].lower() for t in terms if t["kind"] == "room"}
        self.common = {t["word"].lower() for t in terms if t["kind"] == "common"}
        self.bodies = {t["word"].lower() for t in terms if t["kind"] == "body"}
        self.ranks = {t["word"].lower() for t in terms if t["kind"] == "rank"}
        held = "|".join(re.escape(t["word"]) for t in terms if t["kind"] == "held")
        self.held_re = re.compile(rf"(?<![\w-])(?:{held})(?:[ \t]+(?:pula|juga|kembali))?[ \t]+$", re.IGNORECASE)
        near = "|".join(re.escape(t["word"]) for t in terms if t["kind"] == "near")
        side = "|".join(re.escape(t["word"]) for t in terms if t["kind"] == "side")
        self.near_re = re.compile(rf"(?<![\w-])(?:{near})(?:\s+(?:{side}))?\s+$", re.IGNORECASE)
        patient = "|".join(re.escape(t["word"]) for t in terms if t["kind"] == "patient")
        # a time may stand before the "di" ("meninggal dunia pada Rabu malam di RSUD X")
        self.patient_re = re.compile(rf"(?<![\w-])(?:{patient})(?:\s+dunia)?(?:\s+(?:pada|sejak)(?:\s+\w+){{1,3}})?"
                                     r"\s+(?:di|ke)\s+$", re.IGNORECASE)
        winner = "|".join(re.escape(t["word"]) for t in terms if t["kind"] == "winner")
        self.winner_re = re.compile(rf"(?<![\w-])(?:{winner})(?:\s+oleh)?\s+$", re.IGNORECASE)
        self.premise_re = re.compile(
            rf"(?:^|\s)(?:{'|'.join(map(re.escape, self.triggers))})\s+(?:{'|'.join(map(re.escape, self.premises))})\s+$",
            re.IGNORECASE)
        # "mengikuti rakor via Zoom dari Kantor Bupati X": an office an event is followed from is where it is held
        channels = channel_alternation(remote=True)
        self.followed_re = re.compile(rf"(?<![\w-])(?:{channels})\b[^.,;\n]{{0,20}}?\bdari\s+$", re.IGNORECASE)
        self.cues = {r["cue"] for r in load_tsv("place_cues")}
        # posts held over one region ("Sekretaris Daerah", "Bupati"): a cued region after them is the post's
        self.posts = {r["head"].lower() for r in load_tsv("title_heads") if r.get("takes") == "place"}
        self.full_heads = {r["head"].lower(): r["full"] for r in rows if r.get("full")}
        self.name_heads = set(load_list("place_name_heads"))
        self.head_words = {w for h in self.heads for w in h.split()}  # "Balai" of "Balai Kota Bengkulu"
        self.function_words = set(load_list("stopwords_id"))
        locatives = sorted((t["word"] for t in terms if t["kind"] == "locative"), key=len, reverse=True)
        self.locative_re = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, locatives))})\s+(?=[A-Z])",
                                      re.IGNORECASE)
        # words that never start or fill a located name: titles, weekdays, months, streets, function words
        self.calendar = {r["name"].lower() for r in load_tsv("weekdays") + load_tsv("months")}
        self.not_names = self.name_heads | self.function_words | self.breaks | self.calendar
        self.addresses = self.breaks & {w.lower() for w in load_list("honorifics")}
        self.months = {r["name"].lower() for r in load_tsv("months")}
        self.date_heads = {w.split("-")[-1] for w in load_list("date_name_heads")}  # heads named after a day

    def __call__(self, doc: Doc) -> Doc:
        text = cached_text(doc)
        skip_until = _headline_end(doc, text)
        places = sorted(mentions(doc, "place"), key=lambda m: m.start)
        orgs = [(o.start, o.end) for o in mentions(doc, "organization")]
        taken_until = 0
        for m in self.head_re.finditer(text):
            if m.start() < max(skip_until, taken_until):
                continue
            if any(a < m.start() < b for a, b in orgs):
                continue  # "Dinas Pekerjaan Umum dan Penataan Ruang": a word of an organization's name
            head = re.sub(r"\s+", " ", m.group()).lower()
            row = self.heads[head]
            capital = m.group()[:1].isupper()
            before = text[max(0, m.start() - 40):m.start()]
            trigger = self.trigger_re.search(before) or self.premise_re.search(before)
            if not capital and head in self.common:
                continue
            # "di sekitar Hotel X, Duri": a landmark that places something else; it still anchors the address after it
            landmark = bool(self.near_re.search(before)) and not self.premise_re.search(before)  # "halaman belakang"
            # "dirawat di RSUD X", "meninggal di Rumah Sakit Y": where a patient lies, not where something is held
            landmark = landmark or bool(self.patient_re.search(before))
            if self.winner_re.search(before):
                continue  # "Juara I diraih Posyandu Cempaka": a unit that won a contest, not where it was held
            scope = _SCOPE.search(before)
            if scope and not self.held_re.search(text, max(0, m.start() - 60), m.start() - len(scope.group())):
                continue  # "ASN di lingkungan Kantor Kemenag X": the body's staff, not where something is held
            if trigger and row["trigger"] in ("visit", "office") and trigger.group().split()[0].lower() == "dari" \
                    and not self.followed_re.search(before):
                trigger = None  # "dosen dari Universitas X", "pegawai dari Kantor Regional": where one comes from
            # "di ruang kerja gubernur, Kantor Gubernur X": a room in lowercase words, then the building it is in
            trigger = trigger or _ROOM_BEFORE.search(before)
            triggered = bool(trigger) or self._chained(text, m.start(), taken_until)
            if capital and not triggered and row["position"] == "prefix" and self._inside_title(text, m.start()):
                continue  # "Rencana Detail Tata Ruang", "Persetujuan Bangunan Gedung": a word of a longer name
            if not capital and head in self.premises:
                at = m.end() + 1
                side = _WORD_SPACE.match(text, at)
                if side and f"{head} {side.group(1).lower()}" in self.premises:
                    at = side.end()  # "di halaman belakang Kantor X": a side of the grounds
                if self.head_re.match(text, at):
                    continue  # "di halaman Istana Merdeka", "di halaman kantor Dinas X": the venue is the building
            if row["trigger"] in ("yes", "office", "visit") and not triggered:
                continue
            if row["trigger"] == "room" and capital:
                short = re.match(r"[ \t]+([A-Z]{2,})\b", text[m.end():m.end() + 20])
                if short and short.group(1).lower() not in self.rooms:
                    continue  # "Ruang GTK", "Ruang SDM": a platform named after a body, not a room
            if row["trigger"] == "room" and not triggered:
                kind = re.match(r"[ \t]+([^\W\d_]+)", text[m.end():])
                if not kind or kind.group(1).lower() not in self.rooms:
                    continue  # "Ruang Digital", "Ruang Murid": a platform or a phrase, not a room
            if row["trigger"] == "office":
                nxt = re.match(r"\s+([^\W_]+)", text[m.end():])
                if not nxt or nxt.group(1).lower() in self.branches:
                    continue
            span = None
            if row["position"] in ("postfix", "both") and capital:
                span = self._postfix(text, m)
            if span is None and row["position"] in ("prefix", "both"):
                if capital:
                    span = self._prefix(text, m.start(), m.end(), places, orgs)
                elif triggered:
                    span = self._owner_hall(text, m.start(), m.end(), places)
                    if span is None and re.match(r" [A-Z]", text[m.end():m.end() + 2]):
                        span = self._prefix(text, m.start(), m.end(), places, orgs)  # "di aula Mapolda Sultra"
                    if span is None:
                        span = self._room_of(text, m, places, orgs)  # "di ruang rapat Bupati Sleman"
            if span is None and capital and row["position"] in ("prefix", "both"):
                span = self._room_in(text, m, places, orgs)  # "Aula merah putih Rujab Gubernur X"
            if span is None:
                continue
            if self._generic(text[m.end():span[1]]) or self._served(m.group(), text[m.end():span[1]]):
                if triggered:
                    taken_until = span[1]  # "di Ruang Rapat Lantai 2 Kantor Bupati X": the building holds the room
                continue
            if not triggered and _in_place_list(text, span, places):
                continue  # "Kecamatan Darussalam, Mesjid Raya, Kuta Baro": a district named after its mosque
            start, end = span
            place = _place_after(text, end, places)
            name = text[start:end]
            if not capital:  # "hotel Flamengo", "aula kantor camat Banawa": a facility's name, written lowercase
                name = " ".join(w if w in self.function_words else w[:1].upper() + w[1:] for w in name.split(" "))
            add_mention(doc, Mention(start, end, text[start:end], kind="venue", data={
                "name": name, "head": m.group(), "place": place.data.get("name") if place else None,
                "landmark": landmark,
            }))
            taken_until = end
        self._located(doc, text, skip_until, places, orgs)
        return doc

    def _chained(self, text: str, start: int, taken_until: int) -> bool:
        """A head right after a venue just read, past a comma or a floor, names the building around it: "Ruang
        Rapat Hang Tuah, Kantor Bupati X", "Ruang Crystal Lantai III Mercure Hotel"; past "dan" it is a second venue
        of the same trigger ("Gedung A dan Gedung B")."""
        if not taken_until or start - taken_until > 16:
            return False
        return bool(_CHAIN.fullmatch(text[taken_until:start]) or _COORDINATED.fullmatch(text[taken_until:start]))

    def _inside_title(self, text: str, start: int) -> bool:
        """The head follows a capitalized word of the same line that is neither a function word nor a trigger:
        the head is a word inside a longer name ("Tata Ruang", "Bangunan Gedung", "Tinjauan Lapangan")."""
        if _STREET_BEFORE.search(text[max(0, start - 12):start]):
            return True  # "Jl. Mesjid Atas": a street named after a building
        prev = re.search(r"([^\W\d_]+)[ \t]$", text[max(0, start - 40):start])
        if not prev or not prev.group(1)[:1].isupper() or prev.group(1).isupper():
            return False
        word = prev.group(1).lower()
        if word in self.function_words or word in self.head_words or word in self.premises or \
                word in self.not_names or any(t.split()[-1] == word for t in self.triggers):
            return False
        line_start = text.rfind("\n", 0, start) + 1
        sentence = re.search(r"(?:^|[.!?:;\"“”]\s+)([^\W\d_]+)[ \t]+$", text[line_start:start])
        return not sentence  # the capital of a sentence's first word says nothing

    def _located(self, doc: Doc, text: str, skip_until: int, places: list[Mention],
                 orgs: list[tuple[int, int]]) -> None:
        """'di Aston Kartika Grogol, Jakarta', 'di President Lounge, Batavia Tower, Jakarta': a capitalized name
        after a locative word and before a comma and a place names where something happens, whatever its head."""
        found = [(v.start, v.end) for v in mentions(doc, "venue")]
        place_at = {p.start: p for p in places}
        org_at = {a for a, _ in orgs}
        org_end = {a: b for a, b in sorted(orgs, key=lambda o: o[1])}  # the longest body read from there
        for m in self.locative_re.finditer(text):
            pos = m.end()
            names = []
            if self.patient_re.search(text[max(0, m.start() - 40):m.end()]):
                continue  # "dirawat di RS Kasih Ibu, Kupang": where a patient lies
            bodies = set()
            held = bool(self.held_re.search(text, max(0, m.start() - 30), m.start())) \
                or m.group(0).rstrip().endswith(":")  # "Tempat : SMA Negeri 1 X": the field says where it is held
            while pos < len(text) and len(names) < 2:
                end = self._name_run(text, pos, opens_body=pos in org_at)
                if end is not None and org_end.get(pos, 0) >= end and not re.search(r"[,.;:\n]", text[end:org_end[pos]]):
                    end = org_end[pos]  # "di KUA Kecamatan X, Senin", "di SKB Kota Depok": the body's region is its name
                    bodies.add(pos)
                # a protected or zoned area (places.py) is a facility where something happens: "di Taman X, Y"
                area = pos in place_at and "area" in place_at[pos].data.get("evidence", ())
                if end is None or pos in place_at and not area or any(a <= pos < b for a, b in found):
                    break
                names.append((pos, end))
                comma = re.match(r"\s*,\s*", text[end:])
                if not comma and _DATED_AFTER.match(text, _BLANKS.match(text, end).end()):
                    comma = _BLANKS.match(text[end:])  # "di X Selasa (16/7)": the dated weekday closes the name
                if not comma:
                    if not (held and len(names) == 1 and self._held_name(text, pos, end, org_at)):
                        names = []
                    break
                pos = end + comma.end()
                if pos in place_at or _WEEKDAY_AFTER.match(text, pos):
                    break  # "di Bappeda X, Senin (3/3)": the day closes the list of names
            else:
                names = []
            place = place_at.get(pos)
            if held and len(names) == 1 and place is None and not _WEEKDAY_AFTER.match(text, pos):
                place = _NO_PLACE  # "berlangsung di Mahkamah Konstitusi (MK)."
            if names and place is None and len(names) == 1 and _WEEKDAY_AFTER.match(text, pos):
                start, end = names[0]  # "di Mahkamah Konstitusi (MK), Senin (15/7/2019)"
                inner = next((p for p in places if start < p.start and p.end == end and _city_like(p)), None)
                if inner is not None and (start in bodies or _named_after_town(text[start:inner.start], inner)):
                    inner = None  # "di MAN 2 Kupang, Senin", "di UPT BPS Kupang, Senin": the town names the unit
                if inner is not None:  # "di Rizen Premiere Bogor,(14/6)": the city closes the name
                    names, place = [(start, start + len(text[start:inner.start].rstrip(" ,")))], inner
                elif self._weekday_ok(text[start:end]) or start in bodies:  # "di Kemhan, Senin": a body's premises
                    place = _NO_PLACE
            if not names or place is None or names[0][0] < skip_until:
                continue
            if _NEIGHBOURHOOD.match(text, names[0][0]):
                continue  # "di RT 05 RW 03 Kelurahan X": a neighbourhood's numbers, no facility
            if any(names[0][0] < a < names[-1][1] for a, _ in found):
                continue  # "di Lingkungan Balaikota X": the facility inside is already read
            if place.data.get("kind") == "negara" and place.data.get("code") != "ID" and place.data.get("name") != "Indonesia":
                continue  # "di Gaza, Palestina": a foreign town, not a facility
            if len(names) == 1 and place.data.get("kind") == "provinsi" and place.data.get("code") not in _CITY_PROVINCES \
                    and re.fullmatch(r"[A-Z][a-z]+", text[names[0][0]:names[0][1]]):
                continue  # "di Kuta, Bali": one word before a province is a town
            if _village_of(text[names[0][0]:names[0][1]], places):
                continue  # "terletak di Batu Ralang, Kecamatan X": a village of a region the text names
            for start, end in names:
                add_mention(doc, Mention(start, end, text[start:end], kind="venue", data={
                    "name": text[start:end], "head": None, "place": place.data.get("name"),
                }))
                found.append((start, end))

    def _held_name(self, text: str, start: int, end: int, org_at: set[int]) -> bool:
        """After a verb of holding, a body or a name of two words that closes the clause is where it was held."""
        closes = re.match(r"[ \t]*(?:[.;:\n]|$|(?:pada|sejak|selama|hingga|mulai|yang|dan)\b)", text[end:])
        return bool(closes) and (start in org_at or len(text[start:end].split()) >= 2)

    def _weekday_ok(self, name: str) -> bool:
        """Before a date alone, only a name of two words or more, or an acronym, reads as a facility."""
        return len(name.split()) >= 2 or _acronym(name)

    def _served(self, head: str, rest: str) -> bool:
        """'Posyandu Lansia': a posyandu named only by whom it serves is the service held there."""
        words = re.findall(r"[^\W\d_]+", rest)
        return head.lower() == "posyandu" and bool(words) and all(w.lower() in self.served for w in words)

    def _generic(self, rest: str) -> bool:
        """'Gelanggang Olahraga', 'Gedung Serba Guna': only kind words after the head, no name."""
        words = re.findall(r"[^\W\d_]+", rest)
        return bool(words) and all(w.lower() in self.generic for w in words)

    def _name_run(self, text: str, pos: int, opens_body: bool = False) -> int | None:
        """End of the capitalized words from pos ('Pusdikkav Pussenkav', 'Mahkamah Konstitusi (MK)'), or None.
        A break word may open the name of a body ("di Kementerian Pertahanan RI, Jakarta": its premises)."""
        end = None
        count = 0
        i = pos
        while count < MAX_LOCATED_WORDS:
            tok = _TOKEN.match(text, i)
            if not tok:
                break
            word = tok.group()
            if word.lower() in _CONNECTORS and count:
                nxt = _TOKEN.match(text, tok.end() + 1)
                if not (nxt and _capital(nxt.group()) and text[tok.end():tok.end() + 1] == " "):
                    break
            elif not (_capital(word) and (word[:1].isalnum() or (word.startswith("(") and len(word) > 2))):
                break
            elif count and word.lower() in self.calendar:
                break  # "di Mahkamah Konstitusi (MK) Selasa (16/7)": the date after the name, without a comma
            elif word.lower() in self.not_names and not (opens_body and not count and word.lower() in self.breaks | self.name_heads) \
                    or not count and word.lower().rstrip(".") in self.cues:
                return None
            count += 1
            end = tok.end()
            gap = re.match(r"[ \t]?", text[end:])
            if not gap.end():
                break
            i = end + gap.end()
        if end is None or count >= MAX_LOCATED_WORDS or not re.search(r"[^\W\d_]{2,}", text[pos:end]):
            return None
        return end

    def _postfix(self, text: str, m: re.Match) -> tuple[int, int] | None:
        """'Rocky Plaza Hotel': capitalized words right before the head, back to a trigger or punctuation."""
        words = list(re.finditer(r"[^\W_]+(?:[-'’][^\W_]+)*", text[max(0, m.start() - 80):m.start()]))
        base = max(0, m.start() - 80)
        start = None
        pos = m.start()
        for w in reversed(words):
            gap = text[base + w.end():pos]
            if gap not in (" ", "  ") or not _capital(w.group()) or w.group().lower() in self.function_words:
                break
            if w.group().lower() in self.heads and self.heads[w.group().lower()]["position"] != "postfix":
                break
            if w.group().lower() in self.breaks or w.group().lower() in self.calendar or \
                    _FLOOR_BEFORE.search(text[max(0, base + w.end() - 20):base + w.end()]):
                break  # "Ruang Crystal Lantai III Mercure Hotel": the hotel's name starts after the floor
            start = base + w.start()
            pos = start
        if start is None:
            return None
        end = m.end()
        acronym = re.match(r"[ \t]*\([A-Z][A-Z0-9]{1,9}\)", text[end:])
        if acronym:
            end += acronym.end()  # "Bali International Convention Centre (BICC)": its short form stays
        if _FLOOR_BEFORE.search(text[max(0, start - 20):start].rstrip()):
            return start, end  # the name follows a floor: "Lantai III Mercure Hotel"
        before = text[max(0, start - 2):start]
        if start > 0 and "\n" not in before and before.strip() in ("",) and start >= 1:
            # a capitalized word before the name that is not a trigger: part of a longer title, skip it
            prev = re.search(r"([^\W_]+)\s*$", text[max(0, start - 30):start])
            if prev and _capital(prev.group(1)) and prev.group(1).lower() not in self.function_words:
                return None
        return start, end

    def _prefix(self, text: str, start: int, pos: int, places: list[Mention],
                orgs: list[tuple[int, int]], head: str | None = None) -> tuple[int, int] | None:
        """'Gedung X Y (XY) ...': the name after a prefix head (and after a room's kind words, when given)."""
        head = head if head is not None else text[start:pos]
        row = self.heads[re.sub(r"\s+", " ", head).lower()]
        city_named = row.get("city") == "name"
        office = row["trigger"] == "office"
        end = pos
        count = 0
        i = pos
        prev_word = ""
        while count < MAX_NAME_WORDS:
            if count and (prev_word in name_abbreviations() or prev_word in _patron_titles()) \
                    and text.startswith(". ", i) and text[i + 2:i + 3].isupper():
                i += 1  # "Gedung Moch. Lamadjido", "Aula H. Madilaoe": a patron's abbreviated name or title
            elif count and prev_word.lower() == "lt" and _FLOOR_AFTER_DOT.match(text, i):
                i += 1  # "Aula Lt. II Kantor Bupati X": the floor written short is the floor written out
            if count and text.startswith(",", i) and (body := next((b for a, b in orgs if pos <= a < i < b), None)):
                end = i = body  # "Kantor Dinas Tanaman Pangan, Hortikultura dan X": a comma within the body's name
                continue
            gap = re.match(r"[ \t]*", text[i:])
            j = i + gap.end()
            slashed = gap.end() == 0 and i != pos and bool(_UNIT_SLASH.match(text, i)) and prev_word[:1].isdigit()
            if slashed:
                j = i + 1  # "Makodim 0833/Kota Malang": a numbered unit's seat after its slash is its name
            elif gap.end() == 0 and i != pos or gap.end() > 2:
                break
            tok = _TOKEN.match(text, j)
            if not tok:
                break
            word = tok.group()
            if word.lower() in _CONNECTORS:
                nxt = _TOKEN.match(text, tok.end() + 1) if tok.end() < len(text) else None
                if not count and word.lower() in _AND and nxt and self.head_re.match(text, nxt.start()):
                    break  # "di Puskesmas dan RSUD": two heads without a name
                if nxt and nxt.group()[:1].isdigit():
                    break  # "Pelabuhan X dan 12 tempat pendaratan ikan": a count, no part of the name
                if not (nxt and _capital(nxt.group()) and text[tok.end():tok.end() + 1] == " "):
                    break
                if count and word.lower() in _AND and (self.head_re.match(text, nxt.start()) or
                                                       any(text.startswith(p.text, nxt.start()) for p in places)):
                    break  # "Gedung A dan Gedung B", "Stasiun A dan B" (B a place of the release): two venues
                i = tok.end()
                continue
            if not (_capital(word) and (word[:1].isalnum() or (word.startswith("(") and len(word) > 2))):
                break
            if word[:1].isdigit() and re.match(r"[.,]\d", text[tok.end():tok.end() + 2]):
                break  # "di Terminal X 12.870 penumpang": the venue's figure, no number of its name
            dated = count == 1 and _DAY.fullmatch(prev_word) and re.split(r"[\s-]", head.lower())[-1] in self.date_heads
            office_body = word.lower() in self.bodies and (prev_word.lower() == "kantor" or
                                                           prev_word.lower() in self.branches)
            # "Posyandu Kasih Ibu, Kelurahan X": a form of address that opens no name after it ends the venue's own
            addressed = word.lower() in self.addresses and not _NAME_AFTER.match(text, tok.end())
            if count and (word.lower() in self.breaks or word.lower() in self.calendar) and not (
                    dated and word.lower() in self.months) and not office_body and not addressed:
                # "Rumah Makan X Kamis Pagi": the date after the name; "Alun-alun 19 November" is a name;
                # "Aula Kantor Kementerian Agama X": after an office word the ministry is the office's body
                break
            if count >= 2 and word.lower() in _TITLE_WORDS and prev_word.lower() not in self.head_words and \
                    prev_word.lower() not in self.rooms and prev_word.lower() not in _DEPUTY:
                break  # "di Gelora Bung Karno Gubernur X ...": a title after a proper name opens a new phrase
            prev_word = word
            place = next((p for p in places if p.start == j), None)
            if place is not None and count and not slashed and not (city_named and not place.data.get("cue")) and \
                    self._place_ends_name(text[pos:j].split(), place, start if office else start + 1, j, orgs):
                break
            if place is not None and place.end > tok.end():
                tok_end = place.end
            else:
                tok_end = tok.end()
            count += 1
            end = i = tok_end
        if count == 0 or not (re.search(r"(?<!\()\b[^\W\d_]{2,}", text[pos:end]) or
                              re.fullmatch(r"\s*[A-Z]\d?", text[pos:end])):  # "Gedung B", "Gedung C2"
            return None
        # A trailing owner acronym is the owner, not the name: "Gedung Radius Prawiro DJPK".
        words = text[pos:end].split()
        if len(words) >= 3 and words[-1].isupper() and words[-1].isalpha() and len(words[-1]) >= 3 and \
                words[-2].lower() not in self.name_heads and words[-2].lower().rstrip(".") not in self.cues and \
                not self._building_of(words[:-1]) and not (
                    words[-2].isupper() and len(words[-2]) >= 2 and not all(w.isupper() for w in words)):
            # "Ruang Kerja Kepala BKN": the head of the BKN; "Kampus PKN STAN": two short forms name one body;
            # "Gedung II Kantor Pusat BPS", "Aula Gedung Utama BPOM": the body whose office or building it is;
            # after a region's cue it is the region's short form ("Gedung DPRD Provinsi NTB")
            end = pos + text[pos:end].rstrip().rfind(" ")
        return start, end

    def _building_of(self, words: list[str]) -> bool:
        """The words end in a head, alone or with kind or branch words after it ("Gedung", "Gedung Utama", "Kantor
        Pusat", "Kantor Wilayah"): a short form after them is the body the building or office belongs to."""
        for word in reversed(words):
            w = word.lower()
            if w in self.head_words:
                return True
            if w not in self.generic and w not in self.branches and w not in _OFFICE_RANKS:
                return False
        return False

    def _place_ends_name(self, words: list[str], place: Mention, pos: int, j: int,
                         orgs: list[tuple[int, int]]) -> bool:
        """Whether a place written after the name so far is where the venue stands rather than part of its name.

        A bare city after the name is its place ("... Kemendagri Jakarta"; islands and provinces stay: "Stadion
        Utama Riau"), except after a class ("Aula Lapas Kelas I Surabaya"). A cued region ("Kota Kendari") after a
        proper name is its place ("Hotel Srikandi Kota Kendari"), while after an office it belongs to the office
        ("Kantor DKPP Kota Bandung", "Kantor Diskominfo Prov. Sultra", "Balai Kota Bengkulu"). A village written bare
        after the name is part of it: mosques and halls are named after their village.
        """
        last = words[-1].lower()
        if last in self.name_heads:
            return False
        tail = " ".join(words).lower()
        if place.data.get("cue") and any(tail == h or tail.endswith(" " + h) for h in self.posts):
            return False  # "Ruang Rapat Sekretaris Daerah Kabupaten X": the region of the post whose room it is
        if all(w.lower() in self.ranks for w in words):
            return False  # "Masjid Agung Kendari", "Masjid Raya Bengkalis": the town's own mosque is named after it
        if not place.data.get("cue"):
            if place.data.get("kind") == "desa":
                return False  # a bare village names the mosque or hall ("Masjid Baiturrahman Lamreung Kecamatan X")
            if place.data.get("kind") == "kota" and not place.data.get("code") and _foreign_city(place):
                return False  # a bare foreign city names a hall at home ("Pendopo Serambi Madinah", "Gedung Kairo")
            classed = len(words) >= 2 and words[-2].lower() == "kelas" and _CLASS.fullmatch(words[-1])
            if any(a < j < b for a, b in orgs) and not (place.data.get("code") or "").startswith(_CAPITAL_CODE):
                # "Mushalla Kankemenag Abdya": the region of the body the hall belongs to; the capital after a
                # national body is where it stands ("Gedung Djuanda I Kemenkeu Jakarta")
                return False
            if _acronym(words[-1]) and words[-1].isalpha() and len(words[-1]) >= 3 and \
                    not (place.data.get("code") or "").startswith(_CAPITAL_CODE):
                return False  # "Gedung LAMR Bengkalis", "LPP RRI Padang": a body's short form and its region
            return _city_like(place) and not classed
        if _acronym(words[-1]) or last in self.head_words:
            return False
        if place.data.get("kind") in ("desa", "kecamatan") and words and all(w.lower() in self.unnamed for w in words):
            return False  # "Lapangan Sepak Bola Desa X": a facility of no name of its own is named by its village
        # the office's name runs on over the region ("Kantor [DKPP Kota Bandung]", "[Kantor Kemenag Kabupaten X]");
        # a facility that is itself an organization keeps its region apart ("[Pesantren X Kecamatan Y]")
        return not any(pos <= a < j < b for a, b in orgs)

    def _room_of(self, text: str, m: re.Match, places: list[Mention],
                 orgs: list[tuple[int, int]]) -> tuple[int, int] | None:
        """'di ruang rapat Bupati Sleman', 'di ruang kerja Gubernur': a lowercase head, the room's kind in lowercase
        words, and the capitalized owner whose room it is."""
        kinds = re.match(r"(?:[ \t]+([a-z]+)){1,2}?[ \t]+(?=[A-Z])", text[m.end():])
        if not kinds or not all(w in self.rooms for w in kinds.group().split()):
            room = re.match(r"(?:[ \t]+[a-z]+){1,2}?(?=[ \t]+kantor[ \t])", text[m.end():])
            if room and all(w in self.rooms for w in room.group().split()):
                return self._local_office(text, m.start(), m.end() + room.end())  # "di ruang rapat kantor desa X"
            return None
        span = self._prefix(text, m.start(), m.end() + kinds.end() - 1, places, orgs, head=m.group())
        return span

    def _room_in(self, text: str, m: re.Match, places: list[Mention],
                 orgs: list[tuple[int, int]]) -> tuple[int, int] | None:
        """'Aula merah putih Rujab Gubernur X': a room's name written in lowercase between its head and the building
        it is in; the room and the building are one venue."""
        words = re.match(r"(?:[ \t]+[a-z]+){1,3}[ \t]+", text[m.end():])
        if not words or any(w in self.function_words or w in self.heads for w in words.group().split()):
            return None
        inner = self.head_re.match(text, m.end() + words.end())
        if not inner or not inner.group()[:1].isupper() or self.heads[re.sub(r"\s+", " ", inner.group()).lower()][
                "position"] not in ("prefix", "both"):
            return None
        span = self._prefix(text, inner.start(), inner.end(), places, orgs)
        return (m.start(), span[1]) if span else None

    def _owner_hall(self, text: str, start: int, pos: int, places: list[Mention]) -> tuple[int, int] | None:
        """'di aula setdakab': a lowercase head with an office word, and the region it serves when one follows ('di
        kantor bupati Luwu'); 'di aula kantor camat Banawa': the office of a local post or unit in lowercase, with
        the place it serves."""
        m = _OWNER_WORD.match(text, pos)
        if m and _spaced(m.group(1)) in self.owners:
            # the region may open inside the post's words: "kantor wali [kota Palopo]"
            region = next((p for p in places if m.start(1) < p.start <= m.end() + 1 < p.end + 1
                           and text[p.start - 1] in " \t"), None)
            return start, region.end if region is not None else m.end()
        return self._local_office(text, start, pos)

    def _local_office(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        office = text[start:pos].lower() == "kantor"
        m = (_LOCAL_OWNER if office else _LOCAL_OFFICE).match(text, pos)
        if m and _spaced(m.group(1)) in self.owners | self.local_units:
            return start, m.end()
        return None


_WORD_SPACE = re.compile(r"(\w+)[ \t]+")


def _spaced(words: str) -> str:
    return re.sub(r"[ \t]+", " ", words)


# "kantor camat Banawa", "kantor desa Ganti": a local office in lowercase and the capitalized place it serves
_OWNER_WORD = re.compile(r"[ \t]+(wali[ \t]+kota|[a-z]+)")  # a post's word, "wali kota" written in two words too
_LOCAL_OWNER = re.compile(_OWNER_WORD.pattern + r"(?:[ \t]+[A-Z][\w'’-]*){1,3}")
_LOCAL_OFFICE = re.compile(r"[ \t]+kantor" + _LOCAL_OWNER.pattern)
_ROOM_BEFORE = re.compile(r"(?:^|\s)di[ \t]+(?:ruang|ruangan)(?:[ \t]+[a-z]+){1,2}[ \t]*,[ \t]*"
                          r"(?:(?:Lantai|Lt\.?)[ \t]*(?:[IVX]+|\d+)[ \t]*,?[ \t]*)?$")
_SCOPE = re.compile(r"(?<![\w-])di[ \t]+lingkungan[ \t]+$", re.IGNORECASE)  # "pegawai di lingkungan X"
_OFFICE_RANKS = {"pusat", "regional"}  # "Kantor Pusat X", "Kantor Regional X"
_CHAIN = re.compile(r"\s*,\s*|\s*,?\s*(?:Lantai|Lt\.?)\s*(?:[IVX]+|\d+)\s*,?\s*")  # ", " or " Lantai II "
_AND = {"dan", "&"}
_COORDINATED = re.compile(r"\s*,?\s*(?:dan|serta|&)\s+")  # "Gedung A dan Gedung B": the same trigger for both
_TITLE_WORDS = {"gubernur", "wagub", "bupati", "wabup", "walikota", "wali", "camat", "lurah", "kepala", "menteri",
                "presiden", "kapolres", "kapolda", "dandim", "sekda"}
_FLOOR_AFTER_DOT = re.compile(r"\.[ \t]*(?:[IVX]+|\d+)\b")  # "Lt. 2", "Lt. II"
_DEPUTY = {"wakil"}  # "Ruang Rapat Wakil Bupati": the deputy's post is one title
_FLOOR_BEFORE = re.compile(r"\b(?:Lantai|Lt\.?)\s*(?:[IVX]+|\d+)$")
_STREET_BEFORE = re.compile(r"\b(?:Jl|Jln|Jalan)\.?[ \t]*$", re.IGNORECASE)
_CLASS = re.compile(r"[IV]{1,3}[AB]?|\d[AB]?")  # "Kelas I", "Kelas IIA", "Kelas 1"
_BLANKS = re.compile(r"[ \t]*")
# neighbourhood units ("RT 05 RW 03") and a road's kilometre post ("KM 62 Desa X"): a point, no facility
_NEIGHBOURHOOD = re.compile(r"(?:RT|RW|Rt|Rw)\b|(?:KM|Km|Kilometer)\.?[ \t]*\d")
_DATED_AFTER = re.compile(r"(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)[ \t]*"
                          r"(?:(?:[Pp]agi|[Ss]iang|[Ss]ore|[Mm]alam)[ \t]*)?)?\(\d{1,2}/\d{1,2}")
# a day closes the facility's name: a weekday, a numeric date in brackets, or a written date ("7-8 Maret 2025")
_WEEKDAY_AFTER = re.compile(r"(?:pada[ \t]+(?:hari[ \t]+)?)?\(?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)\b"
                            r"|\(\d{1,2}/\d{1,2}|(?:(?:pada[ \t]+)?tanggal[ \t]+)?\d{1,2}(?:[ \t]*(?:-|–|s\.?[ \t]*d\.?|sampai"
                            r"(?:[ \t]+dengan)?|hingga)[ \t]*\d{1,2})?[ \t]+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|"
                            r"Agustus|September|Oktober|November|Desember)\b")


class _NoPlace:
    data: dict = {}


_NO_PLACE = _NoPlace()

# Provinces that read as a city after a venue name.
_CITY_PROVINCES = {"31"}


_UNIT_SLASH = re.compile(r"/(?=[A-Z]|\d)")  # "1417/Kota Kendari", "1605/04 Oebobo"
_DAY = re.compile(r"[1-9]|[12]\d|3[01]")
_CAPITAL_CODE = "31"  # DKI Jakarta, the seat of the national bodies


@lru_cache(maxsize=1)
def _patron_titles() -> frozenset[str]:
    """Forms of address that open a name (`name_anchoring_honorifics.txt`: H., Dr., Prof.): written with a dot after
    a hall's head, they open the name of the person the hall is named after."""
    return frozenset(load_list("name_anchoring_honorifics"))


def _foreign_city(place: Mention) -> bool:
    row = countries().get(name_key(place.data.get("name") or ""))
    return bool(row) and row[1] != "ID" and row[2] == "kota"


def _village_of(name: str, places: list[Mention]) -> bool:
    """The name is a village of the gazetteer inside a region the text names."""
    codes = [p.data["code"] for p in places if p.data.get("code")]
    return any(within(v, c) for v in village_index().get(name_key(name), ()) for c in codes)


def _named_after_town(before: str, town: Mention) -> bool:
    """A number or a body's short form right before a town: the town is part of the name ("SMP Negeri 2 Kupang",
    "MAN 2 Kupang", "UPT BPS Kupang"), not where the venue stands; the capital after a national body is its place."""
    words = before.split()
    if len(words) < 2:
        return False
    last = words[-1]
    if re.fullmatch(r"\d{1,3}[A-Z]?|[IVX]{1,4}", last):
        return True
    return _acronym(last) and last.isalpha() and len(last) >= 3 and \
        not (town.data.get("code") or "").startswith(_CAPITAL_CODE)


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _city_like(place: Mention) -> bool:
    kind = place.data.get("kind")
    return kind in ("kota", "kabupaten", "kecamatan", "desa") or place.data.get("code") in _CITY_PROVINCES


def _headline_end(doc: Doc, text: str) -> int:
    """End of the headline when the text starts with it (its title-case words are not venue names)."""
    title = doc._.title
    if title and text.startswith(title) and len(text) > len(title) + 200:
        return len(title)
    return 0


def _in_place_list(text: str, span: tuple[int, int], places: list[Mention]) -> bool:
    """The name is an item of a list of regions: a region before it and a list separator on both sides."""
    start, end = span
    before = re.search(r"(?:,|\s(?:dan|serta))\s+$", text[max(0, start - 8):start])
    if not before or not re.match(r"\s*(?:,|(?:dan|serta)\s)", text[end:end + 8]):
        return False
    sep = start - len(before.group())
    return any(p.end == sep and p.data.get("kind") in _REGION_KINDS for p in places)  # a street is no region


_REGION_KINDS = {"provinsi", "kabupaten", "kota", "kecamatan", "desa"}


def _place_after(text: str, end: int, places: list[Mention]) -> Mention | None:
    for p in places:
        if end <= p.start <= end + 3 and text[end:p.start].strip(" ,-–") == "":
            return p
    return None


def to_facts(doc: Doc, facts: Facts) -> None:
    venues: dict[str, Venue] = {}
    headed: set[str] = set()
    for m in sorted(mentions(doc, "venue"), key=lambda m: m.start):
        if m.data.get("landmark"):
            continue
        key = _key(m.data.get("name") or m.text)
        venue = venues.get(key)
        if venue is None:
            venues[key] = Venue(name=m.data.get("name") or m.text, spans=[(m.start, m.end)], place=m.data.get("place"))
        else:
            venue.spans.append((m.start, m.end))
            venue.place = venue.place or m.data.get("place")
        if m.data.get("head"):
            headed.add(key)
    # A name that is the start of a longer one is that venue written short ("Gedung Serba Guna" for "Gedung Serba
    # Guna Pendopo Rawa Makmur").
    # A name without the office's class is the same office ("Lapas Amuntai" for "Lapas Kelas IIB Amuntai").
    for key in list(venues):
        longer = next((k for k in venues if k != key and (k.startswith(key + " ") or _CLASS_WORDS.sub(" ", k) == key)),
                      None)
        if longer is not None:
            venues[longer].spans.extend(venues.pop(key).spans)
    # A name misspelt once is the same venue ("Masji Alfaizin Lampenerut", "Masjid Alfaizin Lampeuneurut"); the
    # writing read after a head word is kept.
    for key in list(venues):
        other = next((k for k in venues if k != key and _misspelt(key, k)), None)
        if other is not None and (other in headed or key not in headed):
            venues[other].spans = sorted(venues[other].spans + venues.pop(key).spans)
    facts.venues.extend(sorted(venues.values(), key=lambda v: min(v.spans)))  # in the order the text names them
    _premises_to_bodies(facts)


def _misspelt(a: str, b: str) -> bool:
    """The same words but for letters inside long ones ("masji"/"masjid", "lampenerut"/"lampeuneurut")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or wa == wb:
        return False
    return all(x == y or x[:1] == y[:1] and min(len(x), len(y)) >= 4 and x.isalpha() and y.isalpha() and
               SequenceMatcher(None, x, y).ratio() >= 0.8 for x, y in zip(wa, wb))


def _premises_to_bodies(facts: Facts) -> None:
    """'di Kantor DKPP Kota Bandung': a body's office named only where something is held is the venue, and the
    body is the organization, not the office (offices that are bodies of their own, Kantor Wilayah or Kantor
    Pertanahan, have their own heads)."""
    spans = [s for v in facts.venues for s in v.spans]
    kept: list = []
    for o in facts.organizations:
        if not (o.unit_kind == "Kantor" and o.spans and o.name.startswith(_OFFICE)
                and all(any(a <= s and e <= b for a, b in spans) for s, e in o.spans)):
            kept.append(o)
            if o.unit_kind == "Kantor" and o.name.startswith(_OFFICE) \
                    and any(any(a <= s and e <= b for a, b in spans) for s, e in o.spans):
                _body_named_apart(o)
            continue
        inner = o.name[len(_OFFICE):]
        if inner == o.jurisdiction:
            continue  # "Kantor Desa Sukamulya": the village is a place, its office the venue
        key = (o.key or "").removeprefix("kantor ")
        body_spans = [(s + len(_OFFICE), e) for s, e in o.spans]
        same = next((b for b in facts.organizations if b is not o and (
            b.key == key or inner.lower() in {n.lower() for n in (b.name, *b.aliases)})), None)
        if same is not None:
            same.spans = sorted(set(same.spans) | set(body_spans))
            continue
        o.name, o.key, o.unit_kind, o.spans = inner, key or None, None, body_spans
        o.aliases = [a.removeprefix(_OFFICE) for a in o.aliases]
        kept.append(o)
    facts.organizations[:] = kept


_OFFICE = "Kantor "


def _body_named_apart(o) -> None:
    """'Kepala BPBD Provinsi X ... di Kantor BPBD Provinsi X': the body is written without its office elsewhere
    too, so the office where something is held does not name it."""
    inner = o.name[len(_OFFICE):]
    if inner.casefold() in {a.casefold() for a in o.aliases}:
        o.name = inner
        o.aliases = [a for a in o.aliases if a.casefold() != inner.casefold()]
        o.unit_kind, o.key = None, (o.key or "").removeprefix("kantor ") or None


_CLASS_WORDS = re.compile(r" kelas (?:i{1,3}|iv)[ab]? ")
_CLASS_NUMBER = re.compile(r"\bkelas ([123])([ab]?)\b")


def _key(name: str) -> str:
    """Case and the heads' short forms folded: "Rujab Gubernur" and "Rumah Jabatan Gubernur" are one venue; an
    office's class in Arabic or Roman numerals is one class ("Lapas Kelas 1", "Lapas Kelas I")."""
    words = re.sub(r"\s+", " ", name.lower()).strip()
    words = _CLASS_NUMBER.sub(lambda m: "kelas " + "i" * int(m.group(1)) + m.group(2), words)
    first, _, rest = words.partition(" ")
    full = _full_heads().get(first)
    return f"{full} {rest}".strip() if full else words


def _full_heads() -> dict[str, str]:
    return {r["head"].lower(): r["full"].lower() for r in load_tsv("venue_heads") if r.get("full")}
