"""Places: named regions in the text, resolved to Kemendagri codes (pipeline.resolve.regions).

The component scans words once. A match is a cue + name ("Kab. Poso", "Kecamatan Cigudeg", "jalan Permindo"), or a
known name without cue (provinces, kabupaten/kota, aliases such as "Sulteng", countries, islands). A second pass uses
the codes found as context: it settles same-named regions ("BOGOR." beside Kecamatan Cigudeg is Kabupaten Bogor),
typos after a cue, and kecamatan/desa names written bare ("Hotel Purwodadi, Kabupaten Grobogan").

Every match becomes a "place" mention, also those inside an organization's name or a title ("Bupati Poso",
"Dinas Pendidikan Provinsi Sumatera Barat"): they give context and jurisdictions, and `to_facts` leaves them out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.state import doc_text as cached_text
from pipeline.extract.english_titles import english_body_words
from pipeline.extract.facts import Facts, Mention, Place
from pipeline.extract.regulations import inside_subject
from pipeline.nlp.state import add_mention, covered, mentions
from pipeline.nlp.ner import common_words
from pipeline.resolve import agencies as ag
from pipeline.resolve import gazetteer as gz
from pipeline.resolve.lexicon import fold, headline_verb, men_form_in_use, vocabulary
from pipeline.resolve import regions as rg
from pipeline.resolve.names import name_abbreviations
from pipeline.tables import load_list, load_tsv

MAX_WORDS = 6
DATELINE_CHARS = 500  # a dateline opens the release: within the first lines
DATELINE_LINES = 3
# Words are letters; a short number before a capitalised word or another number is a word too, for
# names such as "Kelurahan 7 Ulu" or "3-4 Ulu" (the register spells them out: `gazetteer.number_variant`).
_WORD = re.compile(r"se(?=[A-Z])|[^\W\d_]+(?:['’][^\W\d_]+)*|\b\d{1,2}(?=[ \t]+[A-Z]|-\d)")
_JOIN = re.compile(r"[ \t]{1,3}|-| - ")  # gaps inside one name: "Bener Meriah", "Toli-Toli"
_CUE_GAP = re.compile(r"[ \t]{1,3}|\.[ \t]{0,3}")  # "Kab. Poso", "KAB.PEKALONGAN", "Kabupaten Poso"
# a count or a quantifier before a cue makes it a count noun ("di Tiga Kecamatan Sumbawa", "ke lima desa di X", "12
# kecamatan Gowa"): what follows is the region holding them, or nothing, not the name of one; a number after an
# address word or a capitalized word is a unit's ("RT 02 Desa X", "Dusun 3 Desa Y")
_COUNT_WORDS = frozenset("dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belasan puluhan ratusan "
                         "setiap tiap seluruh semua sejumlah beberapa berbagai".split())
_COUNTED_CUES = frozenset({"kecamatan", "desa", "kabupaten", "kota"})
_DATELINE_END = re.compile(r"\s*(?:[,:(–—]|\.\s| -\s|-\s)")
# A line that opens with a town (after an outlet's domain, if any) and a dash: in capitals, named after its river
# mouth, harbour, cape or bay ("Kuala Kapuas –", "Pangkalan Bun –"), or in title case ("Masohi –"). The outlet or the
# desk may also stand between the town and the dash ("AMUNTAI, metro7.co.id –", "MANDAU, PROKOPIM -", "Maumere, Humas
# Polres Sikka –", "Maumere (Humas) –").
_OUTLET_WORD = re.compile(r"(?i)news|pos$|post$|online|media|tv$|times|today|info")
_DATELINE_TOWN = re.compile(r"(?m)^[ \t]*(?:[\w-]+(?:\.[a-z]{2,4}){1,2}[ \t]*,[ \t]*)?"
                            r"(?P<town>[A-Z]{3,}(?:[ \t][A-Z]{3,}){0,2}|"
                            r"[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?)"
                            r"(?:[ \t]*[,|][ \t]*(?:[\w-]+(?:\.[ ]?[A-Za-z]{2,4}){1,2}|[A-Z]{3,}"
                            r"|[A-Z][a-z]+(?:[ \t]+[A-Z][\w/]*){0,3}))?(?:[ \t]*\([^()\n]{2,40}\))?"
                            r"[ \t]*(?:–|—|-{1,3})")
# title-case towns named after a river mouth, harbour, cape or bay need no register name ("Pangkalan Bun")
_LANDFORM_TOWN = re.compile(r"(?:Kuala|Muara|Pangkalan|Tanjung|Teluk|Labuhan|Sungai)[ \t]")
_DATED_TOWN = re.compile(r"(?P<town>[A-Z][a-z]{3,}(?:[ \t][A-Z][a-z]{2,})?)[ \t]*,[ \t]*\d{1,2}[ \t]+"
                         r"(?P<month>[A-Z][a-z]+)\.?(?:[ \t]+\d{4})?[ \t]*(?:–|—|-{1,2})")
_REGION_KIND = re.compile(r"^(?:Kabupaten|Kota|Provinsi)\s+")
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+")
_LANDFORMS = {"sungai", "pulau", "teluk", "gunung", "danau", "selat"}  # cue words that open village names too
_HAMLET_CUES = {"dusun", "dsn", "lingkungan", "jorong", "dukuh", "grumbul"}  # units below a village
_HAMLET_OPENERS = _LANDFORMS | {"kampung"}  # cue words that open a hamlet's name: "Dusun Kampung Baru"
_LISTED_CUES = {"pulau", "gunung", "danau", "sungai", "dusun", "lingkungan", "jorong"}  # "Pulau A, B dan C"
_LOCATIVE = {"di", "ke", "dari", "menuju", "asal", "sekitar", "wilayah", "perairan", "daerah", "kawasan", "warga",
             "masyarakat"}
_LIST_OPENERS = {"yaitu", "yakni", "meliputi"}  # "dua kecamatan yaitu A dan B"
# "rute Selong – Masbagik – Aikmel": the stops of a route, joined by dashes after a route word, are places
_ROUTE_BEFORE = re.compile(r"\b(?i:rute|ruas|jalur|trayek|lintasan)[ \t]+(?:(?:[A-Z][\w']*[ \t]+){0,2}?[A-Z][\w']*"
                           r"[ \t]*[–—-][ \t]*)*$")
# "Kecamatan Woha (47 kasus), Bolo 39 kasus dan Sape": a figure after a listed name, before the comma or "dan"
_LIST_FIGURE = re.compile(r"[ \t]*(?:\([^()\n]{0,40}?\d[^()\n]{0,40}?\)|(?::[ \t]*|(?:sebanyak|sebesar|mencapai|berjumlah)[ \t]+)?"
                          r"(?:Rp\.?[ \t]*)?\d[\d.,]*(?:[ \t]*%)?(?:[ \t]+(?![Dd]an\b|[Ss]erta\b)[A-Za-z/]+){0,2}?)"
                          r"(?=[ \t]*[,;]|[ \t]+(?:dan|serta)\b)")
_AMOUNT = re.compile(r"(?:Rp|RP|IDR|USD)\.?[ \t]?\d")
SEAT_NAMESAKES = 3  # villages or kecamatan elsewhere that make a kabupaten's seat need its region in the release
OPENER_REACH = 12  # lowercase words between a level word and its list's opener ("2 kecamatan yang belum ... yakni")


def _list_opener(text: str, words: list, k: int) -> int | None:
    """The index of the word opening the list of places a level word at k announces: right after it ("kelurahan
    yaitu Perwira"), or after a relative clause in lowercase words ("2 kecamatan yang belum menerima bantuan
    tersebut yakni Seruyan Hilir ..."); no capitalized word, sentence end or bracket in between."""
    for j in range(k + 1, min(len(words) - 1, k + 2 + OPENER_REACH)):
        if text[words[j - 1][1]:words[j][0]].strip(" \t,"):
            return None
        if words[j][2].lower() in _LIST_OPENERS:
            return j if not text[words[j][1]:words[j + 1][0]].strip(" \t:,") else None
        if not words[j][2].islower() and not (words[j][2].isupper() and len(words[j][2]) >= 2):
            return None  # a short form may qualify them: "kecamatan dengan kasus DBD tertinggi yaitu ..."
    return None
_LOCATIVE_WORDS = {"di", "ke", "dari", "menuju", "asal", "sekitar", "warga", "wilayah", "perairan"}  # never a word of a name


@dataclass
class _Cand:
    first: int  # word indexes, inclusive
    last: int
    start: int
    end: int
    key: str
    written: str
    cue: str | None = None  # the cue's table key ("kab")
    cue_kind: str | None = None
    cue_text: str | None = None  # the cue as written ("Kab", "jalan")
    code: str | None = None
    display: str | None = None
    kind: str | None = None
    dateline: bool = False
    evidence: set[str] = field(default_factory=set)
    post_kind: str | None = None  # "Bupati Bima": the region a head's post names is of the post's level
    province: str | None = None  # a town's province (a kabupaten's seat, data/regency_seats.tsv)


@Language.factory("warta_places")
class PlacesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.cues = rg.cues()
        self.capital_cues = {r["cue"] for r in load_tsv("place_cues") if r.get("case") == "capital"}
        self.proper_cues = {r["cue"]: r["proper"] for r in load_tsv("place_cues") if r.get("proper")}
        self.function_words = set(load_list("stopwords_id"))
        self.road_kinds = set(load_list("road_kinds"))
        self.stop = {w for w in load_list("place_stopwords") if " " not in w} | self.function_words
        self.stop_phrases = {w for w in load_list("place_stopwords") if " " in w}
        self.name_heads = set(load_list("place_name_heads"))
        self.calendar = {r["name"].lower() for r in load_tsv("weekdays") + load_tsv("months")}
        self.list_stops = {*self.cues, *self.stop, *self.calendar}  # words after a comma that do not go on a list
        self.abbreviations = {a.rstrip(".").lower() for a in load_list("abbreviations")}
        self.figure_names = set(load_list("figure_names"))
        # Only words that can start a known name open an n-gram lookup (most words cannot).
        self.first_words = dict(gz.region_first_words())
        extra = gz.first_word_keys([r["alias"] for r in load_tsv("region_aliases")] +
                                   [r["alias"] for r in rg.country_rows()] +
                                   [r["alias"] for r in load_tsv("regions_other")])
        for k, n in extra.items():
            self.first_words[k] = max(self.first_words.get(k, 0), n)
        gz.region_index()

    # ------------------------------------------------------------ scanning
    def __call__(self, doc: Doc) -> Doc:
        text = cached_text(doc)
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        if not words:
            return doc
        zone = self._dateline_words(text, words)
        cands = self._first_pass(text, words, zone)
        self._second_pass(text, words, zone, cands)
        _town_suffix(text, words, cands)
        self._regency_seats(text, words, zone, cands)
        cands.extend(self._dateline_towns(text, words, cands))
        cands.extend(self._foreign_towns(text, words, cands))
        cands.extend(self._country_short_forms(text, words, cands))
        cands.extend(self._province_towns(text, words, cands))
        cands.extend(self._dated_towns(text, words, cands))
        _seat_provinces(cands)
        self._areas(text, words, cands)
        cands.sort(key=lambda c: c.start)
        cands.extend(self._named_lists(text, words, cands))
        cands.sort(key=lambda c: c.start)
        starts = {c.first: c for c in cands}
        for c in cands:
            if not (c.code or c.display or c.cue):
                continue
            if not c.code and c.cue and not self._unresolved_ok(text, words, c, starts, zone):
                continue
            if not c.code and "typo" in c.evidence:
                continue
            if self._part_of_longer_name(text, words, c, starts):
                continue
            region = self._region(c)
            in_name = self._in_name(text, words, c, cands) or _UNIT_SLASH.search(text[max(0, c.start - 30):c.start])
            # the word before on the same line: a headline's last word does not qualify a dateline's town
            prev = words[c.first - 1][2].lower() if c.first > 0 and "\n" not in text[words[c.first - 1][1]:c.start] else ""
            state = _UNITARY_STATE.search(text[max(0, c.start - 40):c.start])
            if (f"{prev} {c.written.lower()}" in self.stop_phrases or f"{prev} *" in self.stop_phrases) and not state:
                continue  # "bahasa Indonesia", "budaya Manggarai"
            in_name = in_name and not state
            if c.cue and c.cue.lower() == "negeri" and (not c.code or prev in ("dalam", "luar") or (
                    gz.level_of(c.code) == 4 and gz.village_type(c.code) == "kelurahan")):
                # "produk dalam negeri": the state's, not a Maluku village the register holds; a Negeri is a customary
                # village, never a kelurahan ("Pengadilan Negeri Watampone" beside the dateline "WATAMPONE")
                continue
            if _LANGUAGE_LIST.search(text[max(0, c.start - 160):c.start]):
                continue  # "bahasa Indonesia, Inggris, Jerman, dan Prancis": languages in a list after "bahasa"
            add_mention(doc, Mention(c.start, c.end, text[c.start:c.end], kind="place", data={
                "name": region.name, "kind": region.kind, "code": region.code, "province": region.province_code,
                "path": list(region.path), "cue": c.cue, "written": c.written, "dateline": c.dateline,
                "in_name": in_name, "evidence": sorted(c.evidence),
            }))
        return doc

    def _part_of_longer_name(self, text: str, words: list, c: _Cand, starts: dict) -> bool:
        """A city, country or region written bare and followed, in running text, by a capitalized word that is no
        place, date or function word is the first word of a longer name: a neighbourhood ("Padang Bulan"), a team
        ("Bandung Legend"), a hotel or a league ("Swiss Belhotel", "Asia Qualifiers"). Headlines and other
        title-case lines capitalize every word and say nothing."""
        if c.cue or c.dateline or c.kind not in ("kota", "kabupaten", "negara", "other") or c.last + 1 >= len(words):
            return False
        nxt = words[c.last + 1][2]
        if text[c.end:words[c.last + 1][0]] != " " or not nxt[:1].isupper() or nxt.isupper() or \
                c.last + 1 in starts or nxt.lower() in self.function_words or nxt.lower() in self.calendar or \
                nxt.lower() in self.cues or nxt.lower() in self.stop or _AMOUNT.match(text, words[c.last + 1][0]):
            return False  # "Lombok Tengah Rp980 miliar": the region's figure, no name word
        if c.first > 0 and text[words[c.first - 1][1]:c.start] == " " and (
                words[c.first - 1][2].isupper() or words[c.first - 1][2].lower() in _unit_heads()):
            return False  # "Ketua KPU Majalengka Supriatna": the region closes a body or a post, a name follows
        return not _title_case_line(text, c.start)

    def _dateline_words(self, text: str, words: list[tuple[int, int, str]]) -> set[int]:
        """Word indexes of the place part of a dateline ("PALU –", "Padang, 5 Oktober", "BOGOR.", "KAB.X, Y —").

        Only the words from a line start up to the first separator count, and only when the place starts the line.
        """
        zone: set[int] = set()
        by_start = {w[0]: i for i, w in enumerate(words)}
        starts = [0] + [m.end() for m in re.finditer(r"\n", text[:DATELINE_CHARS])]
        lines = [s for s in starts if text[s:s + 1].strip()][:DATELINE_LINES]
        for line_start in lines:
            i = by_start.get(line_start)
            if i is None or not words[i][2][:1].isupper():
                continue
            head = self._dateline_head(text, words, i)
            if head:
                zone.update(head)
                nxt = head[-1] + 1
                gap = text[words[head[-1]][1]:words[nxt][0]] if nxt < len(words) else ""
                if gap.strip() == "," and words[nxt][2].isupper():
                    zone.update(self._dateline_head(text, words, nxt) or [])  # "KAB.PEKALONGAN, WONOKERTO —"
                elif gap.strip() == "," and words[nxt][2][:1].isupper():
                    town = self._dateline_head(text, words, nxt) or []
                    after = text[words[town[-1]][1]:words[town[-1]][1] + 3] if town else ""
                    if town and re.match(r"\s*[-–—]", after):
                        zone.update(town)  # "Diskominfo, Kotanopan –": the unit that writes, then its town
        return zone

    def _dateline_towns(self, text: str, words: list, cands: list[_Cand]) -> list[_Cand]:
        """A town the register does not hold as a region, written in capitals as the dateline before a dash
        ("SELATPANJANG –", "bakabar.com, KUALA KAPUAS –", "PANGKALAN BUN-Tim ..."): the seat of a kabupaten or a
        kecamatan, named as written. Its first word must open some region or village name of the register
        ("PENGUMUMAN –" is no town)."""
        by_start = {w[0]: i for i, w in enumerate(words)}
        found = []
        for m in _DATELINE_TOWN.finditer(text[:DATELINE_CHARS]):
            first = by_start.get(m.start("town"))
            if first is None or sum(1 for line in text[:m.start()].split("\n") if line.strip()) >= DATELINE_LINES:
                continue
            last = first
            while last + 1 < len(words) and words[last + 1][1] <= m.end("town"):
                last += 1
            head = range(first, last + 1)
            inner = [c for c in cands if c.first <= last and c.last >= first]
            if any(c.first < first or c.last > last or (c.first, c.last) == (first, last) for c in inner):
                continue  # a region of the register ("KOTA BEKASI –") or a longer match
            if any(words[k][2].lower() in self.stop for k in head):
                continue
            if not m.group("town").isupper() and not _LANDFORM_TOWN.match(m.group("town")) and (
                    self._no_town(words[first][2]) or gz.name_key(words[first][2]) not in self._lower_first_words()):
                continue  # in title case only a word of no running text that opens a name of the register ("Masohi")
            if gz.name_key(words[first][2]) not in self._lower_first_words() and not (
                    self._town_word(words[first][2]) and re.match(r"[ \t]*[–—-]", text[m.end("town"):])):
                continue  # "SATUBMR,KOTAMOBAGU–": an unknown word before another is the outlet
            nxt = words[last + 1][2] if last + 1 < len(words) else ""
            if nxt.lower() == words[last][2].lower():
                continue  # "BINCANG-BINCANG": a doubled word, not a dateline
            written = m.group("town")
            key = gz.name_key(written)
            if any(gz.name_key(_REGION_KIND.sub("", gz.name_of(c.code) or "")).startswith(key) for c in cands if c.code):
                continue  # "BIAK –" beside Kabupaten Biak Numfor: the region written short
            cands[:] = [c for c in cands if c not in inner]  # "KUALA KAPUAS": not Kabupaten Kapuas inside a town
            found.append(_Cand(first, last, m.start("town"), m.end("town"), gz.name_key(written), written,
                               display=written.title(), kind="other", dateline=True, evidence={"dateline"}))
        return found

    def _regency_seats(self, text: str, words: list, zone: set[int], cands: list[_Cand]) -> None:
        """The seat of a kabupaten (data/regency_seats.tsv) is a town where things happen: capitalized after a
        locative word ("di Maumere", "tiba di Timika", "dari Masohi"), after "kota" ("kota Ruteng") or as the
        dateline ("MAUMERE –"); named as written, in its kabupaten's province. A seat that is a word of running text
        ("Benteng", "Mulia", "Bula") needs the locative word and no capitalized word after it. A town the register
        already names there (a kecamatan of the document's kabupaten, a longer name) stays as it is."""
        seats, first_words, _ = _regency_seat_table()
        regions = _provinces_and_kabupaten(cands)
        for c in cands:
            if c.cue == "kota" and not c.code and c.cue_kind == "kota" and "town" not in c.evidence:
                name = " ".join(_name_after_cue(text, c))
                if gz.name_key(f"Kota {name}") in seats:
                    name = f"Kota {name}"  # "Kota Pinang": the town's own name
                code = _seat_code(gz.name_key(name), regions)
                if code and not all(_common_word(w) for w in name.split()):
                    c.kind, c.display, c.province = "other", name, code.split(".")[0]
                    c.evidence.add("town")
        by_word = {k: c for c in cands for k in range(c.first, c.last + 1)}
        i = 0
        while i < len(words):
            w = words[i][2]
            if not w[:1].isupper() or gz.name_key(w) not in first_words:
                i += 1
                continue
            hit = next(((j, key, written) for j, key, written in self._ngrams(text, words, i, first_words)
                         if key in seats), None)
            if hit is None:
                i += 1
                continue
            j, key, written = hit
            first, i = i, j + 1
            code = _seat_code(key, regions)
            inner = {id(c): c for k in range(first, j + 1) if (c := by_word.get(k)) is not None}
            if not code or any(c.first < first or c.last > j or (c.first, c.last) == (first, j) for c in inner.values()):
                continue  # "Kecamatan Luwuk", "di Sentani Timur": the register's name stands
            if any(not words[k][2][:1].isupper() for k in range(first, j + 1)):
                continue
            common = all(_common_word(words[k][2]) for k in range(first, j + 1))
            town = _Cand(first, j, words[first][0], words[j][1], key, written, kind="other",
                         display=_title_case(written) if written.isupper() else written,
                         evidence={"town"}, province=code.split(".")[0])
            prev = words[first - 1][2] if first > 0 else ""
            after_locative = prev.lower() in _LOCATIVE_WORDS and text[words[first - 1][1]:town.start] == " "
            nxt = words[j + 1][2] if j + 1 < len(words) else ""
            if not common and self._whole_head(text, words, town, zone):
                town.dateline = True
                town.evidence.add("dateline")
            elif not after_locative or common and (written.isupper() or (
                    nxt[:1].isupper() and text[town.end:words[j + 1][0]] == " ")):
                continue
            cands[:] = [c for c in cands if id(c) not in inner]  # "Sumbawa Besar": not the kabupaten inside
            cands.append(town)
        cands.sort(key=lambda c: c.start)

    def _foreign_towns(self, text: str, words: list, cands: list[_Cand]) -> list[_Cand]:
        """A town the tables do not hold, written between a locative word and a comma before a foreign country:
        "di Bonn, Jerman", "ke Sofia, Bulgaria". Releases name a town abroad by its country."""
        found = []
        by_first = {c.first: c for c in cands}
        for c in cands:
            if c.kind != "negara" or c.code or rg.countries().get(c.key, ("", "ID"))[1] == "ID" or c.first < 3:
                continue
            if text[words[c.first - 1][1]:c.start].strip() != ",":
                continue
            last = c.first - 1
            first = last
            while first > last - 2 and first > 0 and words[first][2][:1].isupper() and \
                    words[first][2].lower() not in self.stop and first not in by_first and \
                    _JOIN.fullmatch(text[words[first - 1][1]:words[first][0]]) is not None:
                if words[first - 1][2].lower() in _LOCATIVE_WORDS or words[first - 1][2] == "Kota":
                    break
                first -= 1
            if first == 0 or words[first - 1][2].lower() not in _LOCATIVE_WORDS and words[first - 1][2] != "Kota" or \
                    not words[first][2][:1].isupper() or first in by_first or \
                    text[words[first - 1][1]:words[first][0]] != " " or \
                    any(words[k][2].lower() in self.stop for k in range(first, last + 1)) or \
                    words[last][2].lower() in english_body_words():
                continue  # "dari Tsingshan Holding Group, Tiongkok": a body abroad, named by its country too
            written = text[words[first][0]:words[last][1]]
            found.append(_Cand(first, last, words[first][0], words[last][1], gz.name_key(written), written,
                               display=written, kind="kota", evidence={"foreign"}))
        return found

    def _country_short_forms(self, text: str, words: list, cands: list[_Cand]) -> list[_Cand]:
        """A country's short form in capitals ("AS", "RRT", data/country_short_forms.tsv) after a locative word ("ke
        AS", "Di AS,") or as an item of a list of countries ("Jepang, Vietnam, dan AS") names that country; elsewhere
        it qualifies a currency, a post or a body ("dolar AS", "Presiden AS")."""
        found = []
        taken = {k for c in cands for k in range(c.first, c.last + 1)}
        countries = {c.first: c for c in cands if c.kind == "negara"} | {c.last: c for c in cands if c.kind == "negara"}
        for i, (start, end, w) in enumerate(words):
            name = _country_short_names().get(w)
            if not name or i in taken or i == 0 or name == "Indonesia":
                continue
            gap = text[words[i - 1][1]:start]
            after_locative = gap == " " and words[i - 1][2].lower() in _LOCATIVE_WORDS
            listed = (re.fullmatch(r",[ \t]*|[ \t]+", gap) and i - 1 in countries) or \
                (gap == " " and words[i - 1][2] in ("dan", "serta") and i > 1 and i - 2 in countries) or \
                (i + 1 < len(words) and re.fullmatch(r",[ \t]*", text[end:words[i + 1][0]]) and i + 1 in countries)
            if not (after_locative or listed):
                continue
            found.append(_Cand(i, i, start, end, gz.name_key(name), w, display=name, kind="negara",
                               evidence={"short form"}))
        return found

    def _areas(self, text: str, words: list, cands: list[_Cand]) -> None:
        """A protected or zoned area: a head of data/place_area_heads.txt, an acronym in brackets, if any, and a
        capitalized name ("Taman Nasional Komodo", "Kawasan Ekonomi Khusus (KEK) Nongsa"). The whole phrase is the
        place; a region named inside it ("Komodo", "Nongsa") is not one of its own."""
        by_start = {w[0]: i for i, w in enumerate(words)}
        for m in _area_heads().finditer(text):
            i = by_start.get(m.end())
            if i is None or not words[i][2][:1].isupper():
                continue
            last = self._capitalized_run(text, words, i, village=True)
            if last is not None:  # "Taman Nasional Wakatobi Gelar Aksi ...": a headline's verb ends the name
                last = next((k - 1 for k in range(i + 1, last + 1) if men_form_in_use(words[k][2])), last)
            if last is None or all(_common_word(w[2]) for w in words[i:last + 1]):
                continue  # "Taman Nasional Indonesia": a kind of park, not a named one
            first = by_start[m.start()]
            written = text[m.start():words[last][1]]
            cands[:] = [c for c in cands if c.last < first or c.first > last]
            cands.append(_Cand(first, last, m.start(), words[last][1], gz.name_key(written), written,
                               display=written, kind="other", evidence={"area"}))

    def _dated_towns(self, text: str, words: list, cands: list[_Cand]) -> list[_Cand]:
        """A title-case town the tables do not hold, opening one of the first lines before a comma, a day and a month
        and then a dash ("Durban, 18 Juli 2025 –", "Tais, 3 Februari 2025 -"): the classic dateline names its town."""
        found = []
        by_start = {w[0]: i for i, w in enumerate(words)}
        lines = [m.start(1) for m in re.finditer(r"(?m)^[ \t]*(\S)", text[:DATELINE_CHARS])][:DATELINE_LINES + 1]
        for start in lines[1:]:
            k = by_start.get(start)
            m = _DATED_TOWN.match(text, start)
            if k is None or not m or any(c.first <= k <= c.last for c in cands):
                continue
            if m.group("month").lower() not in self.calendar:
                continue
            w = m.group("town")
            last = k + len(w.split()) - 1
            if any(self._no_town(words[i][2]) for i in range(k, last + 1)):
                continue
            found.append(_Cand(k, last, start, start + len(w), gz.name_key(w), w, display=w, kind="other",
                               dateline=True, evidence={"town", "dateline"}))
        return found

    def _town_word(self, word: str) -> bool:
        """A word in capitals that can only be a town's name ("OELAMASI –"): long, no word of running text, no
        body's short form, no web outlet."""
        return len(word) >= 6 and not self._no_town(word) and not _OUTLET_WORD.search(word)

    def _no_town(self, word: str) -> bool:
        """A word no unregistered town is named by: a function word, a word of running text, a body's short form, a
        day or a month ("Selasa, 4 Maret 2025 - 10.15 WITA" is a publication line)."""
        return word.lower() in self.stop or word.lower() in self.calendar or _common_word(word) or bool(ag.lookup(word))

    def _province_towns(self, text: str, words: list, cands: list[_Cand]) -> list[_Cand]:
        """A town the register does not hold, written at a line's start or after a locative word and before a comma
        and its province: "Timika, Papua Tengah —", "di Kutacane, Aceh". Releases name a town by its province."""
        found = []
        by_first = {c.first: c for c in cands}
        for c in cands:
            if not c.code or gz.level_of(c.code) != 1 or c.first < 1 or c.cue or \
                    text[words[c.first - 1][1]:c.start].strip() != ",":
                continue
            k = c.first - 1
            w = words[k][2]
            if k in by_first or any(o.first <= k <= o.last for o in cands) or not w.istitle() or len(w) < 4 or \
                    self._no_town(w) or w.lower() in _unit_heads():
                continue  # "di Kemhan, Jakarta": a body's premises
            line_start = k == 0 or "\n" in text[words[k - 1][1]:words[k][0]]
            after_locative = k > 0 and words[k - 1][2] in _LOCATIVE_WORDS and text[words[k - 1][1]:words[k][0]] == " "
            if not (line_start or after_locative):
                continue
            found.append(_Cand(k, k, words[k][0], words[k][1], gz.name_key(w), w, display=w, kind="other",
                               dateline=line_start, evidence={"town"}))
        return found

    @staticmethod
    def _whole_head(text: str, words: list, c: "_Cand", zone: set[int]) -> bool:
        """The match is the whole place part of a dateline (not "Sambutan" of "Sambutan Pj. Gubernur")."""
        if not all(k in zone for k in range(c.first, c.last + 1)):
            return False
        before = text[words[c.first - 1][1]:c.start] if c.first else "\n"
        after = text[c.end:words[c.last + 1][0]] if c.last + 1 < len(words) else ""
        return before.strip(" \t") != "" and bool(_DATELINE_END.match(after))

    @staticmethod
    def _dateline_head(text: str, words: list, i: int) -> list[int] | None:
        j = i
        while j < len(words) and j - i < 4:
            gap = text[words[j][1]:words[j + 1][0]] if j + 1 < len(words) else "\n"
            if "\n" in gap:
                return None
            if _DATELINE_END.match(gap):
                return list(range(i, j + 1))
            j += 1
        return None

    def _ngrams(self, text: str, words: list, i: int, first_words: dict[str, int] | None = None):
        """(last index, key, written) for names starting at word i, longest first."""
        longest = (first_words or self.first_words).get(gz.name_key(words[i][2]), 0)
        if not longest:
            return
        last = i
        while last + 1 < len(words) and last - i + 1 < min(MAX_WORDS, longest) and \
                _JOIN.fullmatch(text[words[last][1]:words[last + 1][0]]):
            last += 1
        for j in range(last, i - 1, -1):
            written = text[words[i][0]:words[j][1]]
            yield j, gz.name_key(written), written

    def _lower_first_words(self) -> dict[str, int]:
        table = getattr(self, "_lower", None)
        if table is None:
            table = dict(gz.region_first_words())
            for k, n in gz.village_first_words().items():
                table[k] = max(table.get(k, 0), n)
            self._lower = table
        return table

    def _cue_at(self, text: str, words: list, i: int) -> tuple[str, str] | None:
        w = words[i][2].lower()
        w = w if w in self.cues else _cue_typos().get(w, w)  # "Kecamatam Dadahup": one letter off a long cue
        if w not in self.cues or i + 1 >= len(words):
            return None
        if w in self.capital_cues and not words[i][2][:1].isupper():
            return None
        if i > 0 and text[words[i - 1][1]:words[i][0]] == "-" and words[i - 1][2].lower() == words[i][2].lower():
            return None  # "Pulau-Pulau Kecil", "Desa-Desa Tertinggal": a doubled noun is a plural, no name
        if i > 0 and self.cues[w][0] in _COUNTED_CUES and self._counted(text, words, i):
            return None
        gap = text[words[i][1]:words[i + 1][0]]
        if not _CUE_GAP.fullmatch(gap) or (gap.startswith(".") and w not in self.abbreviations and w != "kota"):
            return None
        following = words[i + 1][2][:1]
        if not following.isupper() and self.cues[w][0] not in ("provinsi", "kabupaten", "kota") and \
                not (following.isdigit() and self.cues[w][0] == "desa") and \
                not (self.cues[w][0] in ("kecamatan", "desa") and words[i + 1][2].lower() not in self.stop):
            return None  # "kecamatan astambul", "Kecamatan hamparan perak" go on: only a name of the register matches
        return w, self.cues[w][0]

    @staticmethod
    def _counted(text: str, words: list, i: int) -> bool:
        """The cue at i follows a count or a quantifier: "Tiga Kecamatan", "12 kecamatan", "seluruh desa"; not the
        last word of a name ("Pondok Kelapa Dua, Kota Serang") nor a number after an address word ("RT 02 Desa X")."""
        before = words[i - 1][2]
        if not text[words[i - 1][1]:words[i][0]].isspace():
            return False
        if i > 1 and not words[i - 2][2][:1].islower():
            return False
        low = before.lower()
        if low in _COUNT_WORDS:
            return True
        return before.isdigit() and len(before) <= 3 and not (i > 1 and words[i - 2][2].lower() in (
            "rt", "rw", "no", "nomor", "km", "blok", "gang", "lorong", "jalan", "jl"))

    def _capitalized_run(self, text: str, words: list, i: int, limit: int = 4, street: bool = False,
                         village: bool = False, landform: bool = False, hamlet: bool = False) -> int | None:
        """Last index of a run of capitalized words from i (a name the gazetteer may not know). A village's name
        may open with a landform word ("Desa Sungai Melawen", "Desa Pulau Telo"), and so may a street's ("Jalan Gunung
        Sahari", "Jalan Danau Sunter"); no other cue goes inside."""
        j = None
        k = i
        segment = False
        while k < len(words) and k - i < limit:
            w = words[k][2]
            if w[:1].isdigit():  # "7 Ulu", "3-4 Ulu": a number inside the name, never its end
                if k + 1 < len(words) and _JOIN.fullmatch(text[words[k][1]:words[k + 1][0]]):
                    k += 1
                    continue
                break
            initials = street and k == i and w.isupper() and k + 1 < len(words) and words[k + 1][2].istitle()
            # a village or a landform doubled with a hyphen keeps its second half in lowercase: "Desa Api-api",
            # "Sipolu-polu", "Gunung Lewotobi Laki-laki"
            doubled = (village or landform) and k > i and text[words[k - 1][1]:words[k][0]] == "-" and \
                words[k - 1][2].lower().endswith(w.lower())
            # a hamlet's opening cue word needs the word after it, a common one too: "Dusun Kampung Baru"
            named = hamlet and k == i + 1 and words[i][2].lower() in _HAMLET_OPENERS
            if not (w[:1].isupper() or doubled) or w.lower() in self.function_words and not initials and not named \
                    or w in _ADDRESS_NUMBERS:
                break  # "Dusun Krajan RT 02 RW 03": the neighbourhood numbers follow the name; "Jalan DI Panjaitan"
                # opens with a hero's initials
            if village and k > i and len(w) == 1:
                break  # "Kepala Desa Sepahat M Azlan": an initial opens the holder's name
            if w.lower() in self.cues and not ((village or street) and k == i and self.cues[w.lower()][0] == "other"
                                               and w.lower() in _LANDFORMS) \
                    and not (hamlet and k == i and w.lower() in _HAMLET_OPENERS) \
                    and not (village and k == i and w.lower() == "kota" and k + 1 < len(words)
                             and words[k + 1][2][:1].isupper()):  # "Kelurahan Kota Uneng"
                break
            if k > i and not _JOIN.fullmatch(text[words[k - 1][1]:words[k][0]]) and \
                    not (street and self._title_abbreviation(text, words, k - 1)):
                break
            more = k + 1 < len(words) and words[k + 1][2][:1].isupper() \
                and _JOIN.fullmatch(text[words[k][1]:words[k + 1][0]]) is not None
            if k > i and "-" in text[words[k - 1][1]:words[k][0]]:
                segment = True  # "ruas jalan Dulupi - Kotaraja": a road between two places names both ends
            if street and k > i and not more and w.lower() not in _COMPASS and words[k - 1][2] != "Raya" \
                    and not segment and not (k - 1 == i and words[i][2].lower() in _LANDFORMS) \
                    and words[k - 1][2].lower() not in _ACROSS \
                    and (rg.aliases().get(gz.name_key(w))
                                                  or gz.region_index().get(gz.name_key(w))):
                break  # "jalan Permindo Padang": the city after the street's name ("Jalan Medan Merdeka Barat" runs on)
            j = k
            k += 1
        return j

    def _title_abbreviation(self, text: str, words: list, k: int) -> bool:
        """Word k is a title or an initial shortened with a period inside a hero's name that goes on ("Jl. Ir. H.
        Juanda", "Jalan KH. Ahmad Dahlan", "Jalan P. Antasari")."""
        w = words[k][2]
        return (w.lower() in self.abbreviations or w in name_abbreviations() or len(w) <= 3 and w.isupper()) and \
            re.fullmatch(r"\.[ \t]{0,2}", text[words[k][1]:words[k + 1][0]]) is not None and \
            words[k + 1][2][:1].isupper()

    def _first_pass(self, text: str, words: list, zone: set[int]) -> list[_Cand]:
        cands: list[_Cand] = []
        i = 0
        n = len(words)
        while i < n:
            cand = None
            cue = self._cue_at(text, words, i)
            if cue and cue[1] == "kota" and words[i][2] == "Kota" and self._foreign_city_after(text, words, i + 1):
                i += 1  # "Kota Osaka", "Kota Davao, Filipina": a town abroad, read bare from its name
                continue
            if cue and cue[1] != "other":
                cand = self._cued(text, words, i, cue)
            if cand is None:
                cand = self._bare(text, words, i, dateline=i in zone)
            if cand is None and cue and cue[1] == "other":
                cand = self._cued(text, words, i, cue)
            if cand is None:
                i += 1
                continue
            cand.dateline = self._whole_head(text, words, cand, zone)
            if cand.cue and words[i][2].lower() not in self.cues:
                cand.evidence.add("typo")  # a misspelt cue names a place only with a name of the register
            cands.append(cand)
            i = cand.last + 1
        return cands

    def _foreign_city_after(self, text: str, words: list, i: int) -> bool:
        """A town abroad opens at word i: one the tables hold as a foreign city, or a name the register does not
        hold before a comma and a foreign country."""
        for j, key, _ in self._ngrams(text, words, i):
            if rg.countries().get(key, ("", "", ""))[2] == "kota":
                return True
        j = self._capitalized_run(text, words, i, limit=3)
        if j is None or rg.resolve_key(gz.name_key(text[words[i][0]:words[j][1]]), "kota", (), fuzzy=False):
            return False
        m = re.match(r",[ \t]*([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)", text[words[j][1]:words[j][1] + 40])
        if not m:
            return False
        for name in (m.group(1), m.group(1).split()[0]):
            found = rg.countries().get(gz.name_key(name))
            if found and found[2] == "negara" and found[1] != "ID":
                return True
        return False

    def _cued(self, text: str, words: list, i: int, cue: tuple[str, str]) -> _Cand | None:
        word, kind = cue
        start = i + 1
        if kind in ("kecamatan", "desa") and self._names_a_larger_region(words, start, village=kind == "desa"):
            return None  # "Tingkat Kecamatan Kota Serang": a level, then the kota that the loop reads next
        if kind != "other":
            for j, key, written in self._ngrams(text, words, start):
                if kind == "desa":
                    break  # village names need the document's context: second pass
                found = rg.resolve_key(key, kind, (), fuzzy=False)
                if found and found[0]:
                    return _Cand(i, j, words[i][0], words[j][1], key, written, word, kind, words[i][2], found[0],
                                 found[1], found[2], evidence={"cue"})
                if kind == "kecamatan" and (j > start or not words[start][2][:1].isupper()) and \
                        sum(gz.level_of(x) == 3 for x in gz.region_index().get(key, ())) > 1:
                    # "Kecamatan Bukit Raya": a longer name shared by several kecamatan waits for the document's
                    # context (second pass) rather than "Kecamatan Bukit" elsewhere; so does one in lowercase
                    # ("Kecamatan curug"), which no capitalized run would pick up there
                    return _Cand(i, j, words[i][0], words[j][1], key, written, word, kind, words[i][2], kind=kind,
                                 evidence={"cue"})
        if kind == "desa" and not words[start][2][:1].isupper():
            if word not in ("desa", "kelurahan"):
                return None  # "kampung nelayan": a common noun
            # "desa bincau muara" in a text written in lowercase: a village name of the register, resolved
            # against the document's regions in the second pass
            for j, key, written in self._ngrams(text, words, start, self._lower_first_words()):
                if key in gz.village_index():
                    return _Cand(i, j, words[i][0], words[j][1], key, written.title(), word, kind, words[i][2],
                                 kind=kind, evidence={"cue"})
            return None
        if word in ("jalan", "jl", "jln") and words[start][2].lower() in self.road_kinds:
            return None  # "meresmikan Jalan Usaha Tani": a kind of road built, no street's name
        j = self._capitalized_run(text, words, start, street=word in ("jalan", "jl", "jln"),
                                  village=kind in ("kecamatan", "desa"), landform=word in _LANDFORMS,
                                  hamlet=word in _HAMLET_CUES)
        if j is None or re.match(r"-[a-z]", text[words[j][1]:words[j][1] + 2]):
            return None  # "Kawasan Alun-alun": the name would end inside a hyphenated word
        if kind == "other" and j > start and _headline(text, words[i][0]):
            j = _headline_landform_end(text, words, i, start, j)
            if j is None:
                return None
        elif kind == "desa" and j > start and _headline(text, words[i][0]):
            j = _headline_village_end(text, words, i, start, j)
            if j is None:
                return None
        written = text[words[start][0]:words[j][1]]
        if self.proper_cues.get(word) == "unplaced" and _known_place(gz.name_key(written)):
            return None  # "Perairan Kepulauan Seribu": the waters of a region, named on its own (data/place_cues.tsv)
        return _Cand(i, j, words[i][0], words[j][1], gz.name_key(written), written, word, kind, words[i][2],
                     kind=kind, evidence={"cue"})

    def _names_a_larger_region(self, words: list, start: int, village: bool = False) -> bool:
        """The words after a kecamatan/desa cue are a kota or kabupaten cue and its name ("Kota Serang"), and no
        kecamatan bears that whole name ("Kota Jantho" does), nor a village after a village's cue ("Kelurahan Kota
        Uneng")."""
        if start + 1 >= len(words):
            return False
        cue = self.cues.get(words[start][2].lower())
        following = words[start + 1][2]
        if not cue or cue[0] not in ("kota", "kabupaten", "provinsi") or not following[:1].isupper() or \
                following.lower() in self.cues:
            return False
        index = gz.region_index()
        joined = ""
        for k in range(start, min(start + MAX_WORDS, len(words))):
            joined += words[k][2]
            if k > start and (any(gz.level_of(c) == 3 for c in index.get(gz.name_key(joined), ()))
                              or village and gz.name_key(joined) in gz.village_index()):
                return False
        return True

    def _bare(self, text: str, words: list, i: int, dateline: bool = False) -> _Cand | None:
        first = words[i][2]
        capital = first[:1].isupper()
        if first.lower() in self.stop and not capital:
            return None
        # in a dateline ("BATANG –", "Karo, 12 Juni") a region's name is the place even when it is a common word
        stop = self.stop if not dateline else set()
        for j, key, written in self._ngrams(text, words, i):
            if j == i and (first.lower() in stop or len(key) < 3):
                return None
            found = rg.resolve_key(key, None, (), fuzzy=False)
            if not found:
                continue
            code, display, kind = found
            if not capital:
                # lowercase: "jawa tengah", "indonesia"; never a lowercase kabupaten or alias
                if not (kind in ("provinsi", "negara") or (kind == "other" and j > i)):
                    continue
                if rg.aliases().get(key) and kind == "provinsi" and gz.name_key(gz.name_of(code) or "") != key:
                    continue
            return _Cand(i, j, words[i][0], words[j][1], key, written, code=code, display=display, kind=kind)
        return None

    def _second_pass(self, text: str, words: list, zone: set[int], cands: list[_Cand]) -> None:
        # Same-named regions and cue names that need the document's other places (never their own earlier guess).
        _address_pairs(text, cands)
        _post_kinds(text, cands)
        for again in (False, True):  # a village placed in the first round places its kecamatan in the second
            by_key: dict[str, set[str]] = {}
            for c in cands:
                if c.code:
                    by_key.setdefault(c.key, set()).update(gz.path_of(c.code)[:2] + [c.code])
            self._resolve_with_context([c for c in cands if not (again and c.code)], cands, by_key)
        _dateline_kecamatan(cands)
        _local_namesakes(words, cands)
        context = tuple(sorted(set().union(*by_key.values()))) if by_key else ()
        if not context:
            return
        self._longer_local_names(text, words, cands, context)
        self._longer_cued_names(text, words, cands, context)
        self._cue_lists(text, words, cands, by_key)
        self._bare_local_names(text, words, zone, cands, context, by_key)
        self._seat_towns(text, words, zone, cands, context)

    @staticmethod
    def _resolve_with_context(todo: list[_Cand], cands: list[_Cand], by_key: dict[str, set[str]]) -> None:
        for c in todo:
            own = set().union(*(v for k, v in by_key.items() if k != c.key)) if by_key else set()
            if c.cue_kind in ("kecamatan", "desa"):
                # "Kecamatan Wonosobo, Kabupaten Wonosobo": the kabupaten of the same name is context, not a guess
                own |= {x for o in cands if o is not c and o.key == c.key and o.code and o.kind in ("kabupaten", "kota")
                        for x in gz.path_of(o.code)[:2] + [o.code]}
            context_c = tuple(sorted(own))
            post_kind = c.post_kind or next((o.post_kind for o in cands if c.dateline and not c.cue and o.post_kind
                                             and o.key == c.key), None)
            if post_kind and not c.cue and (hit := rg.resolve_key(c.key, post_kind, context_c)) and hit[0]:
                # the dateline beside "Bupati Bima" is the kabupaten, not the kota of the same name
                c.code, c.display, c.kind = hit
                continue
            if c.cue_kind in ("kecamatan", "desa") and not c.code:
                found = rg.resolve_key(c.key, c.cue_kind, context_c)
            elif c.cue_kind in ("provinsi", "kabupaten", "kota") and not c.code:
                found = rg.resolve_key(c.key, c.cue_kind, context_c)
            elif not c.cue and c.kind in ("kabupaten", "kota", "provinsi"):
                found = rg.resolve_key(c.key, None, context_c, dateline=c.dateline)
            else:
                continue
            if found and found[0]:
                c.code, c.display, c.kind = found

    def _bare_local_names(self, text: str, words: list, zone: set[int], cands: list[_Cand],
                          context: tuple[str, ...], by_key: dict[str, set[str]]) -> None:
        """Kecamatan and desa written bare: only inside the document's regions and with a locative cue."""
        taken = {k for c in cands for k in range(c.first, c.last + 1)}
        starts = {c.first: c for c in cands}
        i = 0
        while i < len(words):
            w = words[i][2]
            short = len(w) < 4 and not (i + 1 < len(words) and words[i + 1][2][:1].isupper()
                                        and text[words[i][1]:words[i + 1][0]] == " ")
            lower = w[:1].islower() and self._lowercase_local(text, words, i)
            if i in taken or not (w[:1].isupper() or lower) or w.lower() in self.stop or short:
                i += 1  # a short word opens a name only with another name word after it ("Sei Pasah")
                continue
            hit = None
            for j, key, written in self._ngrams(text, words, i, self._lower_first_words()):
                if any(k in taken for k in range(i, j + 1)):
                    continue
                if lower and any(not words[k][2].islower() for k in range(i, j + 1)):
                    continue
                if lower:
                    written = written.title()
                holder = None if self._list_goes_on(text, words[j][1]) else _holder_of(text, starts, i, key)
                found = holder or rg.resolve_key(key, None, context, fuzzy=False) or _held_by_next(text, starts, j, key)
                if found and found[0] and gz.level_of(found[0]) >= 3:
                    hit = _Cand(i, j, words[i][0], words[j][1], key, written, code=found[0], kind=found[2])
                    break
            if hit is None:
                hit = self._kecamatan_of_province(text, words, i, context, taken)
            if hit is None:
                i += 1
                continue
            evidence = self._locative_evidence(text, words, hit, starts, zone)
            if evidence == {"locative"} and words[hit.first - 1][2].lower() == "masyarakat" and \
                    gz.level_of(hit.code) == 4:
                evidence = set()  # "masyarakat Bugis", "masyarakat Jawa": a people, though villages bear the name
            if evidence:
                hit.evidence = evidence
                hit.dateline = "dateline" in evidence
                cands.append(hit)
                starts[hit.first] = hit
                taken.update(range(hit.first, hit.last + 1))
            i = hit.last + 1
        self._cue_lists(text, words, cands, by_key, bare=True)

    def _lowercase_local(self, text: str, words: list, i: int) -> bool:
        """A name written in lowercase right after a locative ("di daerah martapura", "ke desa bincau"), as releases
        typed without capitals write them; its first word must be no word of running text."""
        if not (i > 0 and words[i - 1][2].lower() in _LOCATIVE and text[words[i - 1][1]:words[i][0]] == " " and
                len(words[i][2]) >= 5 and not _common_word(words[i][2]) and words[i][2] not in _COMPASS and
                words[i][2] not in self.cues):  # "dari timur Indonesia" is a direction
            return False
        # the sentence is typed without capitals: no title-case word but its first (short forms in capitals aside)
        start = max(text.rfind(".", 0, words[i][0]), text.rfind("\n", 0, words[i][0])) + 1
        ends = [k for k in (text.find(". ", words[i][1]), text.find("\n", words[i][1])) if k >= 0]
        sentence = _TITLE_WORD.findall(text, start, min(ends) if ends else len(text))
        return len(sentence) <= 1

    def _seat_towns(self, text: str, words: list, zone: set[int], cands: list[_Cand],
                    context: tuple[str, ...]) -> None:
        """A town of the document's kabupaten that the register names only through its kecamatan or villages
        ("Putussibau" of Putussibau Utara and Putussibau Selatan, "Duri" of Duri Barat): after "kota"
        ("Kota Putussibau", "kota Duri"), a locative word ("di Putussibau") or as the dateline ("Putussibau –")."""
        scope = tuple(k for k in context if gz.level_of(k) == 2 and gz.kind_of(k, gz.name_of(k) or "") == "kabupaten")
        if not scope:
            return
        heads, whole = _local_name_heads(scope)
        heads = heads - _region_name_heads()  # "dari Biak": Kabupaten Biak Numfor written short
        for c in cands:
            if c.cue == "kota" and not c.code and c.cue_kind == "kota":
                name = " ".join(_name_after_cue(text, c))
                if gz.name_key(name) in heads or gz.name_key(name) in whole:
                    c.kind, c.display = "other", name
                    c.evidence.add("town")
        taken = {k for c in cands for k in range(c.first, c.last + 1)}
        for i, (start, end, w) in enumerate(words):
            if i in taken or not w[:1].isupper() or len(w) < 4 or w.lower() in self.stop or _common_word(w) or \
                    gz.name_key(w) not in heads:
                continue
            town = _Cand(i, i, start, end, gz.name_key(w), w.title() if w.isupper() else w, display=None,
                         kind="other", evidence={"town"})
            town.display = town.written
            if self._whole_head(text, words, town, zone):
                town.dateline = True
            elif i == 0 or w.isupper() or words[i - 1][2].lower() not in _LOCATIVE_WORDS or \
                    text[words[i - 1][1]:start] != " ":
                continue
            if i + 1 < len(words) and words[i + 1][2][:1].isupper() and text[end:words[i + 1][0]] == " ":
                continue  # "di Putussibau Utara" is the kecamatan; a longer capitalized name is something else
            cands.append(town)

    def _longer_cued_names(self, text: str, words: list, cands: list[_Cand], context: tuple[str, ...]) -> None:
        """A kecamatan or village of the document's regions whose name goes on with a word that ends a
        capitalized run elsewhere ("Kelurahan Sungai Pinang Dalam", "Desa Koto Baru Atas")."""
        for c in cands:
            if c.cue_kind not in ("kecamatan", "desa") or c.last + 1 >= len(words) or \
                    text[c.end:words[c.last + 1][0]] != " " or not words[c.last + 1][2][:1].isupper():
                continue
            start = c.first + 1 if words[c.first][2].lower() == c.cue else c.first  # a listed name has no cue
            for j, key, written in self._ngrams(text, words, start, self._lower_first_words()):
                if j <= c.last:
                    break
                if any(o is not c and o.first <= j and o.last > c.last for o in cands):
                    continue
                found = rg.resolve_key(key, c.cue_kind, context, fuzzy=False)
                if found and found[0]:
                    c.last, c.end, c.key, c.written = j, words[j][1], key, written
                    c.code, c.display, c.kind = found
                    break

    def _longer_local_names(self, text: str, words: list, cands: list[_Cand], context: tuple[str, ...]) -> None:
        """A city or kabupaten name that opens a longer kecamatan or desa name of the document's regions is that
        kecamatan or desa: "Siak Kecil" in a Bengkalis release, "Padang Bulan" in a Medan one."""
        for c in cands:
            if c.cue or c.dateline or c.kind not in ("kota", "kabupaten") or c.last + 1 >= len(words) or \
                    text[c.end:words[c.last + 1][0]] != " " or not words[c.last + 1][2][:1].isupper():
                continue
            for j, key, written in self._ngrams(text, words, c.first, self._lower_first_words()):
                if j <= c.last:
                    break
                if any(o is not c and o.first <= j and o.last >= c.first for o in cands):
                    continue
                found = rg.resolve_key(key, None, context, fuzzy=False)
                if found and found[0] and gz.level_of(found[0]) >= 3:
                    c.last, c.end, c.key, c.written = j, words[j][1], key, written
                    c.code, c.display, c.kind = found
                    c.evidence.add("local")
                    break

    def _kecamatan_of_province(self, text: str, words: list, i: int, context: tuple[str, ...],
                               taken: set[int]) -> _Cand | None:
        """A kecamatan written bare right after a locative word ("tinggal di Cileunyi") that lies outside the
        kabupaten/kota the document names but inside its province: the one kecamatan of that name there."""
        if i == 0 or words[i - 1][2].lower() not in _LOCATIVE or text[words[i - 1][1]:words[i][0]] != " ":
            return None
        provinces = {k for k in context if gz.level_of(k) == 1}
        for j, key, written in self._ngrams(text, words, i, self._lower_first_words()):
            if any(k in taken for k in range(i, j + 1)) or len(key) < 5:
                continue
            codes = [c for c in gz.region_index().get(key, ()) if gz.level_of(c) == 3 and
                     any(gz.within(c, p) for p in provinces)]
            after = text[words[j][1]:words[j + 1][0] + 1] if j + 1 < len(words) else ""
            if re.fullmatch(r" [A-Z]", after):
                continue  # "di Samudera Hindia": a longer name that only starts like a kecamatan
            if len(codes) == 1 and not rg.resolve_key(key, None, (), fuzzy=False):
                return _Cand(i, j, words[i][0], words[j][1], key, written, code=codes[0], kind="kecamatan")
        return None

    def _cue_lists(self, text: str, words: list, cands: list[_Cand], by_key: dict[str, set[str]],
                   bare: bool = False) -> None:
        """One cue for a list: "Kecamatan Talun, Sragi dan Wonokerto", "Kecamatan (Talun, Sragi, Wonokerto)" name
        three kecamatan; each listed name resolves as the cue's kind inside the document's regions."""
        if bare:  # "dari Rimba Sekampung, Ketam Putih dan Damon": a list after a kecamatan/desa found bare
            heads = [(c.last + 1, None, c.kind, None, c.code, None) for c in cands
                     if not c.cue and c.kind in ("kecamatan", "desa") and c.code]
        else:
            heads = [(c.last + 1, c.cue, c.cue_kind, c.cue_text, c.code, None) for c in cands
                     if c.cue_kind in ("kecamatan", "desa") and c.code]
            # "Lombok Barat (Gunungsari, Lingsar, Narmada)": the kecamatan of a kabupaten in brackets after it
            heads += [(c.last + 1, "kecamatan", "kecamatan", "Kecamatan", None, c.code) for c in cands
                      if c.code and gz.level_of(c.code) == 2 and c.last + 1 < len(words)
                      and re.fullmatch(r"[ \t]*\([ \t]*", text[c.end:words[c.last + 1][0]])
                      and words[c.last + 1][2].lower() not in self.cues]
        for k, w in enumerate(words[:-1] if not bare else []):
            cue = self.cues.get(w[2].lower())
            if cue and cue[0] in ("kecamatan", "desa") and re.fullmatch(r"\s*[(:]\s*", text[w[1]:words[k + 1][0]]):
                heads.append((k + 1, w[2].lower(), cue[0], w[2], None, None))  # "Kecamatan (Talun, ...": no name yet
            elif cue and cue[0] in ("kecamatan", "desa") and (o := _list_opener(text, words, k)) is not None:
                heads.append((o + 1, w[2].lower(), cue[0], w[2], None, None))  # "kelurahan yaitu Perwira dan Pahang"
        for i, cue, kind, cue_text, previous, parent in heads:
            # after a named kecamatan/desa the list goes on only past a comma or "dan" (never a line break:
            # "... Kecamatan Bantargebang\nKOTA BEKASI -"); after "Kecamatan (" the first name comes at once
            first = i if previous is None else -1
            figured = False  # items written with their figures: each a sibling of the one before
            while i < len(words):
                if i != first:
                    gap = text[words[i - 1][1]:words[i][0]]
                    fig = _LIST_FIGURE.match(text, words[i - 1][1])
                    if fig:
                        figured, k = True, i
                        while k < len(words) and words[k][0] < fig.end():
                            k += 1
                        if k >= len(words):
                            break
                        i, gap = k, text[fig.end():words[k][0]].replace(";", ",", 1)  # "A 47 kasus; B 39 kasus"
                    if words[i][2].lower() in ("dan", "serta") and gap.strip() in ("", ","):
                        i += 1
                        if i < len(words) and words[i][2].lower() == "juga" and not text[words[i - 1][1]:words[i][0]].strip():
                            i += 1  # "A, B dan juga C"
                        if i >= len(words):
                            break
                        gap = text[words[i - 1][1]:words[i][0]]
                        if gap.strip():
                            break
                    elif gap.strip() != ",":
                        break
                lower = not words[i][2][:1].isupper()
                if lower and (i == first or words[i][2].lower() in self.stop):
                    break
                hit = None
                for j, key, written in self._ngrams(text, words, i, self._lower_first_words()):
                    context = tuple(sorted(set().union(*(v for k, v in by_key.items() if k != key))))
                    if previous:  # listed items are siblings: "Desa A, B dan C" share A's kecamatan
                        context += tuple(gz.path_of(previous)[:-1])
                    found = rg.resolve_key(key, kind, context, fuzzy=False)
                    if j == i and words[i][2].lower() in self.cues:
                        break  # "Kecamatan X, Kota Samarinda": a new cued place, not a kecamatan called "Kota"
                    if found and found[0] and (not (lower or bare or figured) or _siblings(found[0], previous)) and \
                            (not parent or gz.within(found[0], parent)):
                        # a lowercase item ("Kecamatan Indrapuri, lembah Seulawah, Seulimeum") only beside
                        # its neighbours in the list: a kecamatan of the same kabupaten
                        if lower:
                            written = written.title()
                        hit = _Cand(i, j, words[i][0], words[j][1], key, written, cue, None if bare else kind,
                                    cue_text, found[0], found[1], found[2], evidence={"list"})
                        break
                if hit is None or self._address_of(hit.key, previous, self._list_goes_on(text, hit.end, previous)):
                    break  # "Kapanewon Sewon, Bantul": the kabupaten of the address, not a second kapanewon
                if any(o.first == hit.first and o.last > hit.last and o.code and gz.level_of(o.code) <= 2
                       for o in cands):
                    break  # "Kecamatan Ampibabo, Parigi Moutong": the kabupaten, not the kecamatan its name opens with
                previous = hit.code
                cands[:] = [c for c in cands if c.last < hit.first or c.first > hit.last]
                cands.append(hit)
                i = hit.last + 1

    def _named_lists(self, text: str, words: list, cands: list[_Cand]) -> list[_Cand]:
        """'Pulau Kaledupa, Tomia dan Binongko', 'Dusun Lembah dan Tanjung': after an island's, a landform's or a
        hamlet's cue a list of names closed by "dan"/"serta" names one place of that kind each. An item that is a
        place of its own, a date word or a common word ends the list."""
        taken = {k for c in cands for k in range(c.first, c.last + 1)}
        found: list[_Cand] = []
        for c in cands:
            if c.code or c.cue_kind != "other" or c.cue not in _LISTED_CUES:
                continue
            items, i, closed = [], c.last + 1, False
            while i < len(words) and not closed:
                gap = text[words[i - 1][1]:words[i][0]]
                if words[i][2].lower() in ("dan", "serta") and gap.strip() in ("", ","):
                    closed, i = True, i + 1
                    if i >= len(words) or text[words[i - 1][1]:words[i][0]].strip():
                        break
                elif gap.strip() != ",":
                    break
                j = self._capitalized_run(text, words, i, limit=3, village=True)
                if j is None or any(k in taken for k in range(i, j + 1)) or \
                        words[i][2].lower() in self.list_stops or \
                        all(_common_word(w[2]) for w in words[i:j + 1]):
                    closed = False  # the list ends before its last item: no list
                    break
                items.append((i, j))
                i = j + 1
            if not closed:
                continue
            for a, b in items:
                written = text[words[a][0]:words[b][1]]
                found.append(_Cand(a, b, words[a][0], words[b][1], gz.name_key(written), written, c.cue, "other",
                                   c.cue_text, kind="other", evidence={"cue", "list"}))
        return found

    @staticmethod
    def _address_of(key: str, previous: str | None, listed: bool = False) -> bool:
        """The name is a region that holds the previous item: the address goes on ("Desa X, Muara Kuang" where
        Muara Kuang is X's kecamatan, "Kapanewon Sewon, Bantul"); a village's kecamatan only at the list's end."""
        if not previous:
            return False
        if not listed and gz.level_of(previous) == 4 and any(gz.within(previous, k) for k in gz.region_index().get(key, ())
                                              if gz.level_of(k) == 3):
            return True
        found = rg.resolve_key(key, None, (), fuzzy=False)
        return bool(found and found[0] and gz.level_of(found[0]) <= 2 and gz.within(previous, found[0]))

    def _list_goes_on(self, text: str, end: int, previous: str | None = None) -> bool:
        """More names follow ("X, Y dan Z"), not the next part of an address ("X, Kecamatan Y", or the kabupaten
        that holds the `previous` village: "Desa X, Karangsambung, Kebumen")."""
        m = re.match(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})",
                     text[end:end + 60])
        if not m or m.group(1).split()[0].lower() in self.list_stops:
            return False
        if previous:
            parts = m.group(1).split()
            for k in range(len(parts), 0, -1):
                found = rg.resolve_key(gz.name_key(" ".join(parts[:k])), None, (), fuzzy=False)
                if found and found[0] and gz.level_of(found[0]) <= 2 and gz.within(previous, found[0]):
                    return False
        return True

    def _locative_evidence(self, text: str, words: list, c: _Cand, starts: dict, zone: set[int]) -> set[str]:
        found = set()
        if self._whole_head(text, words, c, zone):
            found.add("dateline")
        if c.first > 0 and words[c.first - 1][2].lower() in _LOCATIVE and \
                text[words[c.first - 1][1]:c.start].strip() == "":
            found.add("locative")
        if _ROUTE_BEFORE.search(text, max(0, c.start - 100), c.start):
            found.add("locative")
        if _event_head_before(text, c.start):
            found.add("event")  # "JPO Ciroyom", "TPST Gedebage": the work or the event is named after the place
        nxt = starts.get(c.last + 1)
        if nxt is not None and nxt.code and text[c.end:nxt.start].strip() in (",", "") and gz.within(c.code, nxt.code):
            found.add("address")
        prev = next((p for p in starts.values() if p.last == c.first - 1), None)
        if prev is not None and prev.code and text[prev.end:c.start].strip() == "," and gz.within(prev.code, c.code):
            found.add("address")  # "Desa X, Muara Kuang": the kecamatan that holds the village
        return found

    # ------------------------------------------------------------ judgements
    def _unresolved_ok(self, text: str, words: list, c: _Cand, starts: dict, zone: set[int]) -> bool:
        """A cue + name the gazetteer does not know: streets and islands always, kecamatan/desa with an address
        or a locative before them ("di Desa X", "Desa X, Kecamatan Y"); provinsi/kabupaten/kota never, except a
        town of the document's kabupaten ("Kota Putussibau")."""
        if "town" in c.evidence:
            return True
        if c.cue_kind == "other":
            # "Kawasan Strategis Pariwisata Nasional", "Perumahan Rakyat": after some cues a name of common words
            # alone is a kind of area (data/place_cues.tsv, column proper)
            proper = self.proper_cues.get(c.cue)
            name = _name_after_cue(text, c)
            if proper == "unit" and _body_word(name[0]):
                return False  # "di Lingkungan Pemkot X", "Lingkungan SMA Negeri 2": a body's or a school's grounds
            return not proper or not all(_common_word(w, core=proper == "core") for w in name)
        if c.cue_kind not in ("kecamatan", "desa"):
            return False
        if rg.cues()[c.cue][1] == "Kampung":
            return self._hamlet(text, words, c, starts)
        if not text[c.start:c.end].split()[-1][:1].isupper():
            return False  # a lowercase name the register does not place in the document's regions
        if c.cue in ("kecamatan", "kec") and any(o.code and gz.level_of(o.code) == 2 for o in starts.values()):
            return False  # the register lists every kecamatan of the kabupaten named: "di Kecamatan Bersinergi dan
            # Terencana" names a programme
        if c.first > 0 and words[c.first - 1][2].lower() in _LOCATIVE and text[words[c.first - 1][1]:c.start].strip() == "":
            return True
        nxt = starts.get(c.last + 1)
        if nxt is not None and bool(nxt.cue) and text[c.end:nxt.start].strip() in (",", ""):
            # "Lomba Desa Tingkat Provinsi X": without a comma, common words before a cue are a title-case phrase
            return text[c.end:nxt.start].strip() == "," or not all(_common_word(w) for w in _name_after_cue(text, c))
        # the end of an address chain: "Desa X, Kecamatan Y" names Y as well, "Dusun X, Desa Y" names Y
        prev = next((p for p in starts.values() if p.last == c.first - 1), None)
        if prev is not None and (prev.cue_kind == "desa" and c.cue_kind == "kecamatan" or
                                 prev.cue in _HAMLET_CUES and c.cue_kind == "desa") \
                and text[prev.end:c.start].strip() in (",", ""):
            return True
        # "Banjir melanda Desa Sidomulyo di Kecamatan X": a village's own name is no common word ("Desa Wisata",
        # "Desa Siaga", "Desa Mandiri" name programmes)
        name = _name_after_cue(text, c)
        return c.cue_kind == "desa" and bool(name) and not any(_common_word(w) for w in name)


    def _hamlet(self, text: str, words: list, c: _Cand, starts: dict) -> bool:
        """A "Kampung X" the register does not hold is a hamlet where people live ("warga Kampung Cibeureum",
        "di Kampung X") when X is no common word ("Kampung KB", "Kampung Tangguh" name programmes) nor a day
        ("pulang ke kampung Ahad malam" goes home)."""
        nxt = starts.get(c.last + 1)
        if nxt is not None and nxt.code and nxt.cue_kind == "kecamatan" and text[c.end:nxt.start].strip() == ",":
            return True  # "Kampung Toleransi Paledang, Kecamatan Lengkong": an address names it
        name = _name_after_cue(text, c)
        before = words[c.first - 1][2].lower() if c.first else ""
        return bool(name) and words[c.first][2][:1].isupper() and before in _LOCATIVE and \
            text[words[c.first - 1][1]:c.start].strip() == "" and \
            not any(_common_word(w) or w.lower() in self.calendar for w in name)

    def _in_name(self, text: str, words: list, c: _Cand, cands: list[_Cand]) -> bool:
        """True when the word before the match continues a capitalized name ("Bupati Poso", "BMKG Jawa Tengah")."""
        if c.first == 0 or c.dateline or "address" in c.evidence:
            return False
        prev = words[c.first - 1][2]
        gap = text[words[c.first - 1][1]:c.start]
        if prev == "Kota" and c.kind == "kota" and not c.code and gap == " " and \
                not (c.first > 1 and words[c.first - 2][2].lower() in _place_name_heads()):
            return False  # "Kota Osaka": a town abroad after its level word ("Wali Kota Osaka" is a post)
        if _event_head_before(text, c.start):
            return False  # "JPO Ciroyom", "PON XX Papua": an event or a public work, not a body
        abbreviated = gap.strip() == "." and prev.lower() in self.abbreviations
        if prev in self.figure_names and gap.strip() in ("", ")"):
            return False  # "NTP Jawa Tengah", "Indeks Pembangunan Manusia (IPM) Kabupaten X": the region measured
        if gap.strip() == ")" and prev[:1].isupper() and "\n" not in gap:  # a line break ends any name
            return True  # "Dinas Kehutanan (Dishut) Provinsi X", "Kantah (BPN) Kabupaten X"
        if gap.strip() and not abbreviated:
            return False
        if "\n" in gap or not prev[:1].isupper() or prev.lower() in self.function_words or prev.lower() in _LOCATIVE_WORDS:
            return False
        if c.cue_kind != "other" and not prev.isupper() and _headline(text, c.start):
            return False  # a headline capitalizes every word: bodies and posts in it are found as such, not here
        for other in cands:
            if other is not c and other.first <= c.first - 1 <= other.last:
                return False  # an address chain: "Desa X Kecamatan Y"
        if c.cue and words[c.first][2][:1].islower():
            return False  # "Kunci kabupaten Grobogan": a lowercase cue is running text, not a name
        if c.cue and c.cue.lower() == "negeri":
            return True  # "Pengadilan Negeri X", "SMA Negeri 1", "Raja Negeri X": state's or a village head's, no address
        if c.cue and rg.cues().get(c.cue, ("",))[0] in ("kecamatan", "desa") \
                and not _headed_run(text, words, c.first - 1):
            return False  # "perumahan Delta Pekayon Kecamatan Bekasi Selatan": an address after a place's name
        opens = c.first == 1 or re.search(r"[.!?:\n]\s*$", text[words[c.first - 2][1]:words[c.first - 1][0]])
        alone = not opens and words[c.first - 2][2][:1].islower()
        if _plain_word(prev) and (opens or alone and not c.cue):
            # "di Perairan Kepulauan Seribu", "Erupsi Gunung Merapi ...": one common word, capitalized, names nothing;
            # a longer run is a name ("Kereta Cepat Jakarta Bandung", "Asta Cita Indonesia"), and so is a common word
            # before a cue inside a sentence ("Peta Jalan ...", "Tanggul Laut ...")
            return False
        return True  # also at a sentence start: "Dishut Kalteng juga ...", "Kantah Bangka Serahkan ..."

    @staticmethod
    def _region(c: _Cand) -> rg.Region:
        if c.code:
            if c.kind in ("kecamatan", "desa"):
                return rg.region(c.code, _written_name(c))
            return rg.region(c.code, c.display)
        if c.kind == "negara":
            return rg.Region(None, c.display or c.written, "negara")
        if c.kind == "other":
            return rg.Region(None, c.display or _written_name(c), "other", province_code=c.province)
        return rg.Region(None, _written_name(c), c.kind or "other")


@lru_cache(maxsize=1)
def _regency_seat_table() -> tuple[dict[str, tuple[str, ...]], dict[str, int], frozenset[str]]:
    """Keys of the kabupaten seats -> the kabupaten codes (data/regency_seats.tsv); keys of their first words -> the
    most words a seat has; and the keys of seats the register also gives to villages or kecamatan of other provinces
    (NAMESAKES or more: "Wonosari", "Benteng"), which the release's regions must confirm."""
    rows = load_tsv("regency_seats")
    seats: dict[str, tuple[str, ...]] = {}
    for r in rows:
        key = gz.name_key(r["seat"])
        if r["code"] not in seats.get(key, ()):
            seats[key] = seats.get(key, ()) + (r["code"],)
    crowded = set()
    for key, codes in seats.items():
        provinces = {c.split(".")[0] for c in codes}
        namesakes = [c for c in gz.region_index().get(key, ()) + gz.village_index().get(key, ())
                     if c.split(".")[0] not in provinces]
        if len(namesakes) >= SEAT_NAMESAKES:
            crowded.add(key)
    return seats, gz.first_word_keys([r["seat"] for r in rows]), frozenset(crowded)


def _provinces_and_kabupaten(cands: list[_Cand]) -> set[str]:
    """The codes of the provinces and kabupaten/kota the document's resolved places lie in."""
    return {x for c in cands if c.code for x in gz.path_of(c.code)[:2]}


def _seat_provinces(cands: list[_Cand]) -> None:
    """A town another rule reads ("Timika" of Timika Jaya beside Kabupaten Mimika, "KUALA KAPUAS –") lies in the
    province of the kabupaten it is the seat of."""
    regions = _provinces_and_kabupaten(cands)
    for c in cands:
        if c.kind == "other" and not c.code and not c.province and (not c.cue or "town" in c.evidence) and \
                (code := _seat_code(gz.name_key(c.display or c.written), regions)):
            c.province = code.split(".")[0]


def _seat_code(key: str, regions: set[str]) -> str | None:
    """The kabupaten whose seat is meant: the only one, or the one the document's regions (its province or the
    kabupaten itself) choose ("Martapura" of Banjar beside Kalimantan Selatan); a seat with many namesakes elsewhere
    only so."""
    seats, _, crowded = _regency_seat_table()
    codes = seats.get(key, ())
    if len(codes) == 1 and key not in crowded:
        return codes[0]
    chosen = [c for c in codes if c in regions or c.split(".")[0] in regions]
    return chosen[0] if len(chosen) == 1 else None


@lru_cache(maxsize=1)
def _event_heads() -> re.Pattern:
    heads = "|".join(re.escape(w) for w in sorted(load_list("place_event_heads"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{heads})(?:[ \t]+(?:[IVXL]+|ke-?\d+|\d+))?[ \t]+$", re.IGNORECASE)


def _event_head_before(text: str, start: int) -> bool:
    return bool(_event_heads().search(text[max(0, start - 30):start]))


def _holder_of(text: str, starts: dict, i: int, key: str) -> tuple[str, None, str] | None:
    """The kecamatan named `key` that holds the village written just before, past a comma ("Desa X, Y")."""
    prev = next((p for p in starts.values() if p.last == i - 1), None)
    if prev is None or not prev.code or gz.level_of(prev.code) != 4 or text[prev.end:].lstrip(" \t")[:1] != ",":
        return None
    holders = [k for k in gz.region_index().get(key, ()) if gz.level_of(k) == 3 and gz.within(prev.code, k)]
    return (holders[0], None, "kecamatan") if holders else None


def _held_by_next(text: str, starts: dict, j: int, key: str) -> tuple[str, None, str] | None:
    """The one kecamatan or village named `key` inside the province or city written right after it, past a comma
    ("Monumen X, Lubang Buaya, Jakarta", "di Kuta, Bali"): an address names its larger region next."""
    nxt = starts.get(j + 1)
    if nxt is None or not nxt.code or gz.level_of(nxt.code) > 2 or text[:nxt.start].rstrip(" \t")[-1:] != ",":
        return None
    codes = [k for k in gz.region_index().get(key, ()) if gz.level_of(k) == 3 and gz.within(k, nxt.code)] or \
        [k for k in gz.village_index().get(key, ()) if gz.within(k, nxt.code)]
    return (codes[0], None, gz.kind_of(codes[0], gz.name_of(codes[0]) or "")) if len(codes) == 1 else None


# a kabupaten's or a kota's head (or its government) named with the region: "Bupati Bima", "Pemkot Kupang"
_REGION_POST = re.compile(r"\b(?:(Bupati|Wabup|Pemkab)|(Wali[ \t]?[Kk]ota|Walkot|Wawali|Pemkot))[ \t]+$")
_REGION_POST_WINDOW = 16


def _post_kinds(text: str, cands: list[_Cand]) -> None:
    """A region written bare after a kabupaten's or kota's post is of that level."""
    for c in cands:
        if c.cue or c.kind not in ("provinsi", "kabupaten", "kota"):
            continue
        m = _REGION_POST.search(text, max(0, c.start - _REGION_POST_WINDOW), c.start)
        if m:
            c.post_kind = "kabupaten" if m.group(1) else "kota"


def _dateline_kecamatan(cands: list[_Cand]) -> None:
    """A dateline read as a kabupaten or kota that lies outside every other region of the document names the one
    kecamatan of that name inside them ("MERANTI –" of a police post in Kecamatan Meranti, Kabupaten Landak)."""
    for c in cands:
        if not c.dateline or c.cue or not c.code or gz.level_of(c.code) > 2:
            continue
        others = [o.code for o in cands if o.code and o.key != c.key]
        if any(gz.within(o, c.code) or gz.within(c.code, o) for o in others):
            continue
        seats = {".".join(o.split(".")[:2]) for o in others if gz.level_of(o) >= 2}
        found = [k for k in gz.region_index().get(c.key, ()) if gz.level_of(k) == 3 and
                 any(gz.within(k, s) for s in seats)]
        if len(found) == 1:
            c.code, c.display, c.kind = found[0], None, "kecamatan"


def _local_namesakes(words: list, cands: list[_Cand]) -> None:
    """A kabupaten or kota written bare after a locative word, in a province no other place of the document lies in,
    is the one kecamatan or village of that name inside the province the document is about ("dari Manggarai menuju
    Tanah Abang" in a Jakarta release names Kelurahan Manggarai, not Kabupaten Manggarai)."""
    for c in cands:
        if c.cue or c.dateline or not c.code or gz.level_of(c.code) != 2 or c.first == 0 or \
                words[c.first - 1][2].lower() not in _LOCATIVE:
            continue
        others = {o.code.split(".")[0] for o in cands if o.code and o.key != c.key}
        if len(others) != 1 or c.code.split(".")[0] in others:
            continue
        province = others.pop()
        found = [k for k in gz.region_index().get(c.key, ()) if gz.level_of(k) == 3 and gz.within(k, province)] + \
            [k for k in gz.village_index().get(c.key, ()) if gz.within(k, province)]
        if len(found) == 1:
            c.code, c.display, c.kind = found[0], None, gz.kind_of(found[0], gz.name_of(found[0]) or "")


@lru_cache(maxsize=64)
def _local_name_heads(scope: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the opening words of the kecamatan and village names inside the scope ("putussibau" of Putussibau
    Utara), and keys of the kecamatan names themselves."""
    heads: set[str] = set()
    names = [gz.regions()[c] for c in gz.inside(scope) if gz.level_of(c) == 3]
    whole = frozenset(gz.name_key(n) for n in names)
    for name in names + [gz.villages()[c] for c in gz.inside(scope, villages_too=True)]:
        parts = name.split()
        heads.update(gz.name_key(" ".join(parts[:k])) for k in range(1, len(parts)))
    return frozenset(heads), whole


@lru_cache(maxsize=1)
def _region_name_heads() -> frozenset[str]:
    """Keys of the opening words of the names of provinces and kabupaten/kota ("biak" of Biak Numfor)."""
    heads: set[str] = set()
    for code, name in gz.regions().items():
        if gz.level_of(code) <= 2:
            parts = gz.bare_name(name).split()
            heads.update(gz.name_key(" ".join(parts[:k])) for k in range(1, len(parts)))
    return frozenset(heads)


def _town_suffix(text: str, words: list, cands: list[_Cand]) -> None:
    """"Kota" right after a kecamatan or village and before no name is the town part of its name as written
    ("Kecamatan Panyabungan Kota", "Martapura Kota"), not a kota cue."""
    starts = {c.first: c for c in cands}
    for c in list(cands):
        k = c.last + 1
        if k in starts and not starts[k].code and starts[k].cue == "kota" and \
                text[words[k][1]:words[k][1] + 1] == ".":
            cands.remove(starts.pop(k))  # "Kota. Warga ...": the sentence ends, no kota is named
        if not c.code or gz.level_of(c.code) < 3 or k >= len(words) or k in starts or \
                words[k][2] not in ("Kota", "KOTA", "kota") or text[c.end:words[k][0]] != " ":
            continue
        if k + 1 < len(words) and words[k + 1][2][:1].isupper() and text[words[k][1]:words[k + 1][0]] == " ":
            continue  # "Kecamatan Mandau Kota Duri": the town that follows
        c.last, c.end = k, words[k][1]
        c.written = text[words[c.first + (1 if c.cue and words[c.first][2].lower() == c.cue else 0)][0]:c.end]


def _address_pairs(text: str, cands: list[_Cand]) -> None:
    """'Kelurahan Geger Kecamatan Turi': a village written with its kecamatan names one village, even where each
    name alone repeats across the country."""
    ordered = sorted(cands, key=lambda c: c.start)
    for a, b in zip(ordered, ordered[1:]):
        if a.cue_kind != "desa" or b.cue_kind != "kecamatan" or a.code and b.code \
                or text[a.end:b.start].strip(" \t") not in ("", ","):
            continue
        districts = [k for k in gz.region_index().get(b.key, ()) if gz.level_of(k) == 3]
        pairs = [(v, k) for v in gz.village_index().get(a.key, ()) for k in districts if gz.within(v, k)]
        if len(pairs) == 1:
            (a.code, b.code), b.kind = pairs[0], "kecamatan"


_ADDRESS_NUMBERS = {"RT", "RW", "Rt", "Rw", "No", "Nomor", "Blok", "Gang", "Gg", "Km", "KM"}
_ACROSS = {"trans", "lintas"}  # "Jalan Trans Papua", "Jalan Lintas Sulawesi": the road runs across the region
_COMPASS = {"utara", "selatan", "barat", "timur", "tengah", "raya"}  # "Jalan Medan Merdeka Barat"


@lru_cache(maxsize=1)
def _country_short_names() -> dict[str, str]:
    return {r["short"]: r["country"] for r in load_tsv("country_short_forms")}


def _capitalized_line(text: str, at: int) -> bool:
    """The line holding `at` capitalizes most of its words (a headline, a list of names)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = re.findall(r"[^\W\d_]+", text[line_start:line_end if line_end >= 0 else len(text)])
    capitals = sum(1 for w in line if w[:1].isupper())
    return capitals * 4 >= len(line) * 3


def _headline(text: str, at: int) -> bool:
    """`at` lies in the release's first line and that line is a headline: short, most words capitalized."""
    end = text.find("\n")
    return (end < 0 or at < end) and len(re.findall(r"[^\W\d_]+", text[:end if end >= 0 else len(text)])) <= 20 \
        and _capitalized_line(text, at)


def _title_case_line(text: str, at: int) -> bool:
    """The line holding `at` is a headline: the release's first line, or a line of mostly capitalized words."""
    return text.rfind("\n", 0, at) < 0 or _capitalized_line(text, at)


def _headed_run(text: str, words: list, last: int) -> bool:
    """The capitalized words that end at word `last` include a head of an organization, a title or a venue
    ("Puskesmas", "Camat", "Kantor"): a kecamatan/desa after them is part of that name."""
    heads = _unit_heads()
    i = last
    while i >= 0 and words[i][2][:1].isupper():
        if words[i][2].lower().rstrip(".") in heads:
            return True
        if i == 0 or text[words[i - 1][1]:words[i][0]] != " ":
            break
        i -= 1
    return False


def _headline_landform_end(text: str, words: list, i: int, start: int, j: int) -> int | None:
    """'Sungai Miu Meluap, ...', 'Gunung Api Ibu Naik Status', 'Warga Dusun X Gotong Royong': a headline capitalizes
    the verb after a river's, a mountain's or a hamlet's name. The name is the one the body writes after the same cue (None when the body names it in other
    words, "Gunung Ibu"); else it ends before the first word of running text."""
    run = [w[2] for w in words[start:j + 1]]
    body = text.find("\n")
    if body >= 0:
        cue = re.escape(words[i][2])
        for m in re.finditer(rf"(?<!\w)(?i:{cue})[ \t]+([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*)", text[body:]):
            named = re.findall(r"[^\s-]+", m.group(1))[:len(run)]  # "Laki-laki" is two words, as the run reads it
            for p in range(len(run)):
                if run[p:p + len(named)] == named:
                    return start + len(named) - 1 if p == 0 else None
    k = start + 1
    while k <= j and not _common_word(words[k][2]):
        k += 1
    return k - 1


def _headline_village_end(text: str, words: list, i: int, start: int, j: int) -> int | None:
    """'Penyaluran BLT-DD di Desa Lemo Berjalan Lancar': a headline capitalizes the verb after a village's name too.
    The name is the one the body writes after a village's cue, else the longest the register holds, else it ends
    before the first word of running text."""
    run = [w[2] for w in words[start:j + 1]]
    best = 0
    body = text.find("\n")
    if body >= 0:
        for m in re.finditer(r"(?<!\w)(?:Desa|Kelurahan|Negeri|Kampung|Nagari|Gampong)[ \t]+([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*)",
                             text[body:]):
            named = m.group(1).split()
            n = 0
            while n < min(len(run), len(named)) and run[n] == named[n]:
                n += 1
            best = max(best, n)
    for n in range(len(run), best, -1):
        if gz.name_key(" ".join(run[:n])) in gz.village_index():
            best = n
            break
    if best:
        return start + best - 1
    if headline_verb(words[start][2]):
        return None  # "Musyawarah Desa Bahas Rancangan Perdes": the headline's verb after a cue word names no village
    k = start + 1
    while k <= j and not _common_word(words[k][2]):
        k += 1
    return k - 1


def _name_after_cue(text: str, c: _Cand) -> list[str]:
    if "list" in c.evidence:
        return text[c.start:c.end].split()  # "Dusun Lembah dan Tanjung": a later item is written without its cue
    return text[c.start:c.end].split()[len(c.cue.split()):]


@lru_cache(maxsize=65536)
def _known_place(key: str) -> bool:
    """A region's, an alias's or a country's name, as the register and the country table write it."""
    return bool(gz.region_index().get(key) or rg.aliases().get(key) or rg.countries().get(key))


def _common_word(word: str, core: bool = False) -> bool:
    """A word of the core vocabulary, or (unless `core`) one running text writes in lowercase."""
    return fold(word) in vocabulary() or not core and fold(word) in common_words()


def _plain_word(word: str) -> bool:
    """A word running text writes in lowercase that heads no body, post or facility and is no institution word."""
    low = word.lower()
    return low in common_words() and low not in _unit_heads() and low not in _place_name_heads() \
        and fold(word) not in vocabulary()


@lru_cache(maxsize=1)
def _cue_typos() -> dict[str, str]:
    """Misspellings one letter off the long cues of a region's level ("kebupaten", "kecamatam", "kelurhan",
    "privinsi") -> the cue; words of the language are never misspellings."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    cues = rg.cues()
    typos: dict[str, str] = {}
    for cue, (kind, _) in cues.items():
        if kind == "other" or len(cue) < 8:
            continue
        splits = [(cue[:k], cue[k:]) for k in range(len(cue) + 1)]
        variants = {a + b[1:] for a, b in splits if b} | {a + c + b[1:] for a, b in splits if b for c in letters} | \
            {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} | {a + c + b for a, b in splits for c in letters}
        for v in variants:
            if v not in cues and not _common_word(v):
                typos.setdefault(v, cue)
    return typos


@lru_cache(maxsize=1)
def _area_heads() -> re.Pattern:
    heads = sorted(load_list("place_area_heads"), key=len, reverse=True)
    alternatives = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in heads)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:[ \t]*\([A-Z][A-Za-z]{{1,8}}\))?[ \t]+(?=[A-Z])")


@lru_cache(maxsize=1)
def _place_name_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_list("place_name_heads"))


@lru_cache(maxsize=1)
def _regional_body_words() -> frozenset[str]:
    return frozenset(a.lower() for a in ag.regional_bodies())


def _body_word(word: str) -> bool:
    """A word that opens a body's, a post's or a facility's name: a head, a short form or an acronym."""
    low = word.lower()
    return word.isupper() or low in _unit_heads() or low in _place_name_heads() or low in _regional_body_words() \
        or bool(ag.lookup(word))


@lru_cache(maxsize=1)
def _unit_heads() -> frozenset[str]:
    return frozenset(r["head"].split()[0].lower() for t in ("org_heads", "title_heads", "venue_heads")
                     for r in load_tsv(t))


def _siblings(code: str, previous: str | None) -> bool:
    """Both codes lie in one kabupaten/kota."""
    return bool(previous) and gz.level_of(code) >= 3 and code.split(".")[:2] == previous.split(".")[:2]


_ROMAN_NUMERAL = re.compile(r"[IVXL]+")


def _title_case(written: str) -> str:
    """'DUSUN II' -> 'Dusun II': title case that keeps a Roman numeral as written."""
    return " ".join(w if _ROMAN_NUMERAL.fullmatch(w) else w.title() for w in written.split(" "))


def _written_name(c: _Cand) -> str:
    """Kecamatan/desa/streets as written, with the cue spelled out ("Kec. Cigudeg" -> "Kecamatan Cigudeg")."""
    name = _title_case(c.written) if c.written.isupper() or c.written.islower() else c.written
    if not c.cue:
        return name
    kind, expand = rg.cues()[c.cue]
    if expand == "=":
        cue = c.cue_text or c.cue
        return f"{cue}. {name}" if c.cue in ("jl", "jln") else f"{cue} {name}"
    if expand:
        return f"{expand} {name}"
    return {"provinsi": name, "kabupaten": f"Kabupaten {name}", "kota": f"Kota {name}"}.get(kind, name)


# A military or police unit numbered before a slash and the town it sits in: "Danramil 02/Tebingtinggi",
# "Kodim 0207/Simalungun". The town is part of the unit's name.
_UNIT_SLASH = re.compile(r"\b[A-Z][A-Za-z]+[ \t]+\d{1,4}[ \t]*/[ \t]*$")
# "Negara Kesatuan Republik Indonesia" names the country itself, not a post or a body of it.
_UNITARY_STATE = re.compile(r"\bNegara\s+Kesatuan\s+Republik\s+$", re.IGNORECASE)
_LANGUAGE_ITEM = r"[A-Z][\w-]*\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)"
# "bahasa Indonesia, Inggris, dan ...", "berbahasa Arab dan Inggris", "bahasa asing seperti Inggris dan Mandarin"
_LANGUAGE_LIST = re.compile(rf"\b(?:[Bb]er)?[Bb]ahasa\s+(?:(?:[a-z]+\s+){{0,2}}(?:seperti|yaitu|yakni|antara\s+lain)\s+"
                            rf"(?:{_LANGUAGE_ITEM})*|(?:{_LANGUAGE_ITEM})+)$")


# ---------------------------------------------------------------- assembly
_FILTER_KINDS = ("organization", "title", "person", "venue")


def _kept(doc: Doc, m: Mention) -> bool:
    if m.data.get("dateline"):
        return True
    if _after_venue(doc, m):
        return True
    if m.data.get("cue") and m.data.get("kind") in ("kecamatan", "desa") and covered(doc, (m.start, m.end), ("venue",)) \
            and not (m.data.get("in_name") and m.data["cue"].lower() == "negeri"):
        return True  # the address part of a venue: "Balai Pertemuan Desa Garantung" (not "Pengadilan Negeri X")
    if m.data.get("in_name"):
        return False
    if inside_subject(cached_text(doc), m.start, m.end) and not (m.data.get("code") and any(
            o.data.get("region_code") == m.data["code"] for o in mentions(doc, "organization"))):
        # "Perda ... tentang Pembentukan Kecamatan X": the regulation's words, no place of the release, unless a
        # body of that region acts in it ("RPJMD Kabupaten X" beside "DPRD Kabupaten X")
        return False
    if m.data.get("cue") and not m.data.get("code") and any(
            t.start < m.start < t.end < m.end for t in mentions(doc, "title")):
        return False  # "Kadis Pemberdayaan Masyarakat dan Desa Yuhelmi": the cue word ends a post, no village follows
    if _region_after_locative(doc, m):
        return not covered(doc, (m.start, m.end), ("title", "person", "venue"))
    if "list" in (m.data.get("evidence") or ()) and m.data.get("code") and all(
            p.data.get("how") == "ner" for p in mentions(doc, "person") if p.start < m.end and m.start < p.end):
        # "Desa Talabiu 120 KK, Naru 90 KK dan Keli": a sibling village in the list, though the model reads a person
        return not covered(doc, (m.start, m.end), ("organization", "title", "venue"))
    return not covered(doc, (m.start, m.end), _FILTER_KINDS)


def _region_after_locative(doc: Doc, m: Mention) -> bool:
    """"ke Sultra", "di Sultra": a region's bare name after a locative word is the place even where the text also
    uses it as the short name of its government (an organization mention of exactly these words)."""
    text = cached_text(doc)
    before = re.search(r"(\w+)[ \t]+$", text[max(0, m.start - 20):m.start])
    if not before or before.group(1).lower() not in _LOCATIVE_WORDS or not m.data.get("code"):
        return False
    orgs = [o for o in mentions(doc, "organization") if o.start < m.end and m.start < o.end]
    return bool(orgs) and all((o.start, o.end) == (m.start, m.end) for o in orgs)


def _short_form_of(text: str, m: Mention, dropped: list[Mention]) -> bool:
    """A region's short form in brackets right after its name inside a title or an organization goes with it:
    "Gubernur Sulawesi Tenggara (Sultra)", "Pemkab Konawe Selatan (Konsel)"."""
    return any(d.end <= m.start and re.fullmatch(r"\s*\(\s*", text[d.end:m.start]) and d.data.get("code") and
               d.data.get("code") == m.data.get("code") for d in dropped[-3:])


def _after_venue(doc: Doc, m: Mention) -> bool:
    """A place written right after a venue or a street ("Torau Resort-Tentena", "Hotel X Purwodadi")."""
    text = cached_text(doc)
    anchors = [v.end for v in mentions(doc, "venue")]
    anchors += [p.end for p in mentions(doc, "place") if p.data.get("kind") == "other" and p.data.get("cue")]
    return any(a <= m.start and text[a:m.start].strip(" ,-–") == "" and m.start - a <= 3 for a in anchors)


def to_facts(doc: Doc, facts: Facts) -> None:
    found = mentions(doc, "place")
    cue_names: dict[str, str] = {}
    capitals: set[str] = set()
    for m in found:  # a kecamatan/desa named with its cue anywhere names it everywhere, as running text writes it
        if m.data.get("code") and m.data.get("cue") and m.data.get("kind") in ("kecamatan", "desa"):
            code, upper = m.data["code"], m.text.isupper()
            if code not in cue_names or code in capitals and not upper:
                cue_names[code] = m.data["name"]  # "DESA SIDONDO" in a headline, "Desa Sidondo I" in the body
                capitals.discard(code)
                if upper:
                    capitals.add(code)
    places: dict[str, Place] = {}
    text = cached_text(doc)
    dropped: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        if not _kept(doc, m) or _short_form_of(text, m, dropped):
            dropped.append(m)
            continue
        d = m.data
        key = d.get("code") or _country_key(d) or gz.name_key(d["name"])
        name = cue_names.get(d.get("code") or "", d["name"])
        place = places.get(key)
        if place is None:
            places[key] = Place(name=name, kind=d["kind"], code=d.get("code"), spans=[(m.start, m.end)],
                                path=list(d.get("path") or []), province=d.get("province"))
            continue
        place.spans.append((m.start, m.end))
        if d["kind"] in ("provinsi", "kabupaten", "kota") and len(name) > len(place.name):
            place.name = name  # "DKI Jakarta" over "Jakarta"
        elif d["kind"] == "negara" and len(name) < len(place.name):
            place.name = name  # "Ceko" over "Republik Ceko": a country by its short name
    _merge_short_streets(places)
    _merge_bare_islands(places)
    _merge_town_namesakes(places)
    facts.places.extend(places.values())


def _merge_town_namesakes(places: dict[str, Place]) -> None:
    """A town the register does not know, written exactly as a place it resolved elsewhere in the text, is that
    place: "Kota Larantuka" in the body of a release datelined "LARANTUKA" (a kecamatan) names one town."""
    coded = {gz.name_key(p.name): k for k, p in places.items() if p.code}
    for k, p in list(places.items()):
        other = coded.get(gz.name_key(p.name))
        if other is not None and not p.code and p.kind == "other" and other != k:
            places[other].spans = sorted(places[other].spans + places.pop(k).spans)


def _merge_bare_islands(places: dict[str, Place]) -> None:
    """An island written once with its head and once without ("Pulau Jawa", "Jawa") is one place, by its fuller
    name."""
    headed = {gz.name_key(p.name[len("Pulau "):]): k for k, p in places.items()
              if not p.code and p.kind == "other" and p.name.startswith("Pulau ")}
    for k, p in list(places.items()):
        other = headed.get(gz.name_key(p.name))
        if other is not None and not p.code and p.kind == "other" and other != k:
            place = places.pop(k)
            places[other].spans = sorted(places[other].spans + place.spans)


def _country_key(d: dict) -> str | None:
    """One country however it is written ("Republik Ceko" and "Ceko", "Tiongkok" and "China")."""
    if d["kind"] != "negara":
        return None
    found = rg.countries().get(gz.name_key(d["name"]))
    return f"iso:{found[1]}" if found and found[2] == "negara" else None


_STREET = re.compile(r"^(?:Jalan|Jl\.|Jln\.)\s+", re.IGNORECASE)


def _merge_short_streets(places: dict[str, Place]) -> None:
    """A street written again without the rank or title of its hero is the same street ("Jalan Sudirman" after
    "Jalan Jenderal Sudirman")."""
    streets = {k: _STREET.sub("", p.name).split() for k, p in places.items() if not p.code and _STREET.match(p.name)}
    for k, short in streets.items():
        if len(short) == 0 or short[-1].lower() in _COMPASS:
            continue
        longer = [o for o, words in streets.items() if len(words) > len(short) and
                  [w.lower() for w in words[-len(short):]] == [w.lower() for w in short]]
        if len(longer) == 1 and k in places:
            places[longer[0]].spans.extend(places.pop(k).spans)
