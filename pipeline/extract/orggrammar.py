"""The organization-name grammar: HEAD + BODY over tokens.

HEAD is a row of data/org_heads.tsv or an acronym of the registry (data/agencies.tsv, data/regional_bodies.tsv).
BODY depends on the head:
- portfolio: institutional words (data/institution_words.txt and the tables' own words), acronyms, "dan"/","
  between such words, nested bodies, then an optional jurisdiction ("Provinsi Sulawesi Tengah", "Kab. Poso",
  "Sulteng") which ends the name;
- named: as portfolio, plus proper-name words ("Politeknik Tanjung Karang", "PT. Poso Energi");
- agency: a ministry or agency, then a jurisdiction ("Kanwil Kemenag Prov. Jawa Tengah");
- place: only a jurisdiction ("Pemkab Poso", "TP PKK Kabupaten Purbalingga").
A name never crosses a line break, a bracket, a lowercase word other than a connector, an honorific, a position
head, or a second head after "dan" (two bodies in a row); "Kabupaten/Kota" and "se-Provinsi" make it generic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.nlp.ner import common_words, name_openers
from pipeline.resolve import agencies
from pipeline.resolve.gazetteer import name_key, village_index
from pipeline.resolve.fuzzy import correct_word, misspelt_region
from pipeline.resolve.regions import other_regions
from pipeline.resolve.lexicon import fold, is_vocab, match_place, men_form_in_use, place_index, vocabulary
from pipeline.resolve.names import birth_order_run, given_words, honorific_re, is_name_word, noble_openers
from pipeline.resolve.tokens import PhraseTable, Tok, glued, same_line_gap, tokenize, unit_slash
from pipeline.tables import load_list, load_set, load_tsv

CONNECTORS = {"dan", "&"}
# the words that open a company's registered name ("PT X", "Perumda Y")
COMPANY_OPENERS = frozenset({"PT", "Perum", "Perumda"})
NER_CONTEXT = 4  # tokens on each side of a stretch the trained NER reads: its tok2vec's receptive field
NATIONAL = {"ri", "indonesia", "republik", "nasional", "pusat"}


@dataclass
class Head:
    text: str
    kind: str
    unit: str
    body: str
    needs: bool
    agency: agencies.Agency | None = None
    regional: agencies.RegionalBody | None = None


@dataclass
class OrgParse:
    start: int  # token index
    end: int  # token index after the name
    head: Head
    head_end: int
    jurisdiction: tuple[int, int] | None = None  # token range
    jur_prefix: str | None = None
    generic: bool = False
    body_words: list[int] = field(default_factory=list)
    parent_at: int | None = None  # token index where a parent organization's name starts inside this one


_COMMITTEES = frozenset({"Panitia"})
_ORDINAL = re.compile(r"ke-?\d{1,4}")


@lru_cache(maxsize=1)
def region_prefixes() -> dict[str, str]:
    """Folded cue -> kind (provinsi, kabupaten, kota, kecamatan, desa)."""
    out = {}
    for r in load_tsv("place_cues"):
        # Maluku's village cue "negeri" is "state" inside bodies' and posts' names ("Menteri Dalam Negeri")
        if r["kind"] in ("provinsi", "kabupaten", "kota", "kecamatan", "desa") and r["cue"] != "negeri":
            out[r["cue"]] = r["kind"]
    return out


@lru_cache(maxsize=1)
def head_table() -> PhraseTable:
    entries = []
    for r in load_tsv("org_heads"):
        h = Head(r["head"].rstrip("."), r["kind"], r["unit"], r["body"], r["needs"] == "yes")
        entries.append((h.text, h))
    return PhraseTable(entries)


@lru_cache(maxsize=1)
def acronym_table() -> PhraseTable:
    entries = []
    for a in agencies.agencies():
        for form in (a.name, *a.acronyms):
            entries.append((form, Head(form, a.kind, a.name, "agencyname", False, agency=a)))
    heads = head_table()
    for acr, rb in agencies.regional_bodies().items():
        entries.append((acr, Head(acr, "government", rb.unit, "regional", rb.needs_place, regional=rb)))
        full = rb.name
        if not heads.match(full, tokenize(full), 0):
            # "Satuan Lalu Lintas Polres X": a unit whose word opens no body by itself, spelled out, reads as its
            # acronym does
            entries.append((full, Head(full, "government", rb.unit, "regional", rb.needs_place, regional=rb)))
    return _AcronymTable(entries)


class _AcronymTable(PhraseTable):
    """The listed acronyms, and a one-word acronym built of a unit's syllable and known portfolio short forms."""

    def match(self, text: str, toks: list[Tok], i: int):
        m = super().match(text, toks, i)
        if m or i >= len(toks) or not toks[i].is_word:
            return m
        rb = agencies.composed_body(toks[i].text)
        if rb is None:
            return None
        # a Pusat is named further by its field and its parent ("Pusbang Literasi ... Kementerian X")
        mode = "portfolio" if rb.unit == "Pusat" else "regional"
        return i + 1, Head(rb.acronym, "government", rb.unit, mode, mode == "portfolio", regional=rb)


@lru_cache(maxsize=1)
def portfolio_table() -> PhraseTable:
    """The portfolios of regional bodies ("Lingkungan Hidup"), matched in any case; two words at least."""
    rows = {r["portfolio"] for r in load_tsv("regional_bodies")}
    return PhraseTable([(r, r) for r in rows if " " in r and "," not in r], fold_case=True)


@lru_cache(maxsize=1)
def _area_heads() -> PhraseTable:
    """Heads of protected or zoned areas' names (data/place_area_heads.txt)."""
    return PhraseTable([(r, True) for r in load_list("place_area_heads")])


@lru_cache(maxsize=1)
def office_classes() -> PhraseTable:
    """A regional office's type or class between its name and its seat (data/office_classes.txt)."""
    return PhraseTable([(r, True) for r in load_list("office_classes")])


@lru_cache(maxsize=1)
def body_phrases() -> PhraseTable:
    """Fixed phrases of body names that hold a lowercase word (data/body_phrases.txt)."""
    return PhraseTable([(r, True) for r in load_list("body_phrases")])


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Folded first words of position heads that are not also words of body names."""
    org_words = {fold(w) for r in load_tsv("org_heads") for w in r["head"].split()}
    # a multi-word head counts only as a whole (title_phrases): "Tenaga" of "Tenaga Ahli" is also "Tenaga Kerja"
    heads = {fold(r["head"]) for r in load_tsv("title_heads") if " " not in r["head"]}
    return frozenset(heads - org_words - {"pusat", "ketua"} | {"ketua", "kepala", "wakil"})


@lru_cache(maxsize=1)
def title_phrases() -> PhraseTable:
    """Multi-word position heads ("Guru Besar", "Staf Ahli"), which end a body name when they match whole."""
    patrons = set(load_list("patron_posts"))  # "Pokja Bunda PAUD X": a programme's group is named after its patron
    return PhraseTable([(r["head"], True) for r in load_tsv("title_heads") if " " in r["head"]
                        and r["head"] not in patrons])


@lru_cache(maxsize=1)
def bidang_heads() -> frozenset[str]:
    """Folded last words of position heads after which 'Bidang ...' is a portfolio."""
    return frozenset(fold(r["head"].split()[-1]) for r in load_tsv("title_heads") if r["bidang"] == "yes")


def _is_prefix(tok: Tok) -> str | None:
    if not tok.is_word:
        return None
    # "Privinsi Sulawesi Tenggara": a misspelt region word still opens a jurisdiction
    return region_prefixes().get(fold(tok.text)) or region_prefixes().get(fold(correct_word(tok.text)))


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a[:-1] for a in load_list("abbreviations") if a.endswith(".") and "." not in a[:-1])


@lru_cache(maxsize=1)
def _dotted_heads() -> frozenset[str]:
    """One-word abbreviated heads of a regional government ("Pemprov", "Pemkab", "Setda", "Setdakot"): releases
    often write them with a dot ("Pemprov. Sultra"), which is then no full stop when a place follows."""
    heads = {r["head"] for r in load_tsv("org_heads")
             if r["body"] == "place" and " " not in r["head"] and r["head"] != r["unit"].split()[0]}
    heads |= {r["acronym"] for r in load_tsv("regional_bodies") if r["needs_place"] == "yes"}
    return frozenset(heads)


def _skip_dot(text: str, toks: list[Tok], j: int) -> int:
    """Step over the dot of an abbreviation ("Prov.", "PT.", "prov."), never over a full stop."""
    if j < len(toks) and toks[j].text == "." and glued(text, toks[j - 1], toks[j]) \
            and (toks[j - 1].text in _abbreviations() or toks[j - 1].text.capitalize() in _abbreviations()):
        return j + 1
    return j


def _dotted_place(text: str, toks: list[Tok], j: int) -> int | None:
    """Index of the place after the dot of an abbreviated head ("Pemkab. Agam"), else None: only a known place
    follows such a dot, anything else makes it a full stop ("oleh Pemkab. Apabila ...")."""
    if not (j + 1 < len(toks) and toks[j].text == "." and glued(text, toks[j - 1], toks[j])
            and toks[j - 1].text in _dotted_heads() and same_line_gap(text, toks[j], toks[j + 1])):
        return None
    jur = _jurisdiction(text, toks, j + 1, 3)
    return j + 1 if jur and not jur[2] else None


def _next(text: str, toks: list[Tok], j: int) -> int | None:
    """Index of the token continuing the phrase at j (same line, spaces only), else None."""
    if j >= len(toks) or j == 0:
        return None
    if not same_line_gap(text, toks[j - 1], toks[j]):
        return None
    return j


def _closing_portfolio_list(text: str, toks: list[Tok], k: int) -> int:
    """From k: portfolio items (capitalized words, acronyms) and commas, then "dan"/"&" and one to three more items,
    then a region's level word, the end of the clause or a lowercase word (its verb): the rest of one body's list
    of portfolios (its end, else 0)."""
    n, joined = k, False
    while n < len(toks) and n - k < 10 and same_line_gap(text, toks[n - 1], toks[n]):
        t = toks[n]
        if t.text in CONNECTORS:
            if joined or n == k:
                return 0
            joined, last = True, n
        elif t.text == ",":
            if joined:
                break
        elif not (_body_word(text, t) and len(t.text) > 1) or _is_prefix(t):
            break  # a name word ("Kepala Dinas X, Budi Lamarauna dan ...") is the holder, not a portfolio
        elif acronym_table().match(text, toks, n) or _government_head_at(text, toks, n):
            return 0  # "Dinas Kesehatan, Dinas Sosial dan BPBD ...": a list of bodies, not of one body's portfolios
        n += 1
    if not joined or n - last < 2 or n - last > 4:
        return 0
    closed = n >= len(toks) or _is_prefix(toks[n]) is not None or toks[n].text in (",", ".", ")", ";", "(") \
        or not same_line_gap(text, toks[n - 1], toks[n]) or _bare_region_closes(text, toks, n) \
        or toks[n].is_word and toks[n].text.islower() and toks[n].text not in CONNECTORS  # the clause's verb
    return n if closed else 0


def _bare_region_closes(text: str, toks: list[Tok], n: int) -> bool:
    """A region written bare at n closes the clause ("... Perdagangan dan Perindustrian Sidrap, Andi ...")."""
    m = match_place([x.text for x in toks[n:n + 3]], 0, max_level=2)
    return m > 0 and (n + m >= len(toks) or toks[n + m].text in (",", ".", ")", ";")) \
        and same_line_gap(text, toks[n - 1], toks[n])


# corps marks that are also words: an honorific only right after a rank ("Kolonel Laut"), a word of a name
# elsewhere ("Kelompok Tani Sinar Laut")
_CORPS_WORDS = frozenset({"Laut", "Udara", "Darat"})


# a task force named by its function belongs to the body written after it ("Satgas Pangan Polres X"); named by
# the unit it is formed from ("Satgas Yonif 512"), it is no unit of that one
_TASK_FORCES = frozenset({"Satuan Tugas"})


def _government_head_at(text: str, toks: list[Tok], k: int) -> bool:
    """A government body's head opens at k ("Dinas", "Badan"); "Koperasi" may name a portfolio too."""
    m = head_table().match(text, toks, k)
    return m is not None and m[1].kind == "government"


def _se_word(t: Tok) -> bool:
    """'se-Kabupaten', 'seKota', 'se': every region of a kind, not one region."""
    low = t.text.lower()
    return low.startswith("se-") or (low.startswith("se") and len(low) > 4 and t.text[2:3].isupper()) or low == "se"


def _jurisdiction(text: str, toks: list[Tok], j: int, max_level: int) -> tuple[int, str | None, bool] | None:
    """(end index, prefix kind, generic) of a jurisdiction at j: 'Provinsi X', 'Kab. X', bare 'X', 'se-X'."""
    t = toks[j]
    if _se_word(t):
        return j + 1, None, True
    kind = _is_prefix(t)
    if kind:
        k = _skip_dot(text, toks, j + 1)
        if k < len(toks) and toks[k].text == "/":
            return k, kind, True
        if k >= len(toks) or not same_line_gap(text, toks[k - 1], toks[k]) or not toks[k].is_word:
            return None
        if _se_word(toks[k]):  # "Kabupaten se-Sulawesi Tengah"; not "Kota Serang", "Kabupaten Semarang"
            return k + 1, kind, True
        if toks[k].text in ("dan", "atau", "serta") and k + 1 < len(toks) and _is_prefix(toks[k + 1]):
            return k, kind, True  # "BPN Kabupaten dan Kota": every kabupaten and kota, not one
        if not toks[k].cap:
            return None
        if _is_prefix(toks[k]):
            n = _kota_kecamatan(text, toks, k) if kind == "kecamatan" else 0
            if n:
                return k + n, kind, False  # "KUA Kecamatan Kota Masohi": many kecamatan are named "Kota X"
            return None  # "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten X": "Desa" ends the portfolio
        words = [x.text for x in toks[k:k + 5]]
        n = match_place(words, 0, max_level=4)
        if kind == "desa":
            n = max(n, _village_words(text, toks, k))  # "Kelompok Tani X Desa Labuan Panimba": villages are no place words
            if not n and fold(toks[k].text) in common_words() and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit():
                return None  # "Rencana Kerja Pemerintah Desa Tahun 2026": the plan's year, no village
            if not n and _government_head_at(text, toks, k):
                return None  # "Bidang Pemerintahan Desa Dinas PMD X": a portfolio's word, then the unit's body
        if not n and kind == "kota" and _no_city(toks[k].text):
            return None  # "Puskesmas Bangkinang Kota Muhammad Ridwan": every kota is in the register
        return k + (n or 1), kind, False
    if t.cap and fold(t.text) not in NATIONAL:
        words = [x.text for x in toks[j:j + 5]]
        n = match_place(words, 0, max_level=max_level)
        longer = match_place(words, 0, max_level=3) if n and max_level < 3 else 0
        if longer > n and fold(words[longer - 1]) in _COMPASS:
            n = longer  # "Ketua TP PKK Bekasi Selatan": the kecamatan named after its kota, not the kota
        if n:
            return j + n, None, False
        if misspelt_region(t.text) and j + 1 < len(toks) and toks[j + 1].cap and toks[j + 1].is_word \
                and same_line_gap(text, t, toks[j + 1]):
            # "Setdakot Tanjunhbalai Darwansyah", "Pemprov. Sulta Muh. Ilyas": a region written with one typo, and
            # the holder's name after it (one unknown word before lowercase may be the name itself)
            return j + 1, None, False
    return None


def other_area_end(text: str, toks: list[Tok], k: int) -> int | None:
    """End of an area of no Kemendagri unit at token k ("Nusa Tenggara", a regional office's merged provinces
    "Suluttenggomalut"), written on the same line."""
    for n in (3, 2, 1):
        if k + n > len(toks) or not all(t.cap for t in toks[k:k + n]) or \
                any(not same_line_gap(text, toks[j], toks[j + 1]) for j in range(k, k + n - 1)):
            continue
        if name_key(" ".join(t.text for t in toks[k:k + n])) in other_regions():
            return k + n
    return None


_COMPASS = frozenset({"utara", "selatan", "barat", "timur", "tengah"})


def _region_of_words(toks: list[Tok], j: int, max_level: int = 2) -> bool:
    """A region's name of two or more words opens at j, its first word also a body word ("Dinas Sosial Tanah
    Datar", "Stasiun Manggarai dan Tanah Abang", where "Tanah" is a portfolio's word in "Pendaftaran Tanah")."""
    return match_place([x.text for x in toks[j:j + 4]], 0, max_level=max_level) >= 2


def _kota_kecamatan(text: str, toks: list[Tok], k: int) -> int:
    """Words from k ("Kota Masohi", "Kota Juang") that name a kecamatan of the register opening with "Kota"."""
    return _registered_words(text, toks, k, "kecamatan") if fold(toks[k].text) == "kota" else 0


def _region_start(toks: list[Tok], p: OrgParse, j: int, end: int) -> int:
    """Where a region ending at `end` begins when the bare place read at j is only its last words: the body words
    before j that open with it a province or a kabupaten are that region's, no longer the body's."""
    for k in range(max(p.head_end, j - 3), j):
        if all(x in p.body_words for x in range(k, j)) and toks[k].cap \
                and match_place([x.text for x in toks[k:end]], 0, max_level=2) == end - k:
            p.body_words[:] = [x for x in p.body_words if x < k]
            return k
    return j


def _village_words(text: str, toks: list[Tok], k: int) -> int:
    """Capitalized words from k (two or three) that name a village of the register, 0 when none."""
    return _registered_words(text, toks, k, "desa")


def _registered_words(text: str, toks: list[Tok], k: int, kind: str) -> int:
    """How many words from k (three, else two; those after the first capitalized, on one line) name a region of
    the register of that kind, 0 when none."""
    for n in (3, 2):
        if k + n > len(toks) or not all(toks[x].is_word and toks[x].cap and same_line_gap(text, toks[x - 1], toks[x])
                                        for x in range(k + 1, k + n)):
            continue
        if _registered(" ".join(t.text for t in toks[k:k + n]), kind):
            return n
    return 0


def _province_name(words: list[Tok]) -> bool:
    """The words are a province's own name (not a short form or another region's)."""
    key = tuple(fold(w.text) for w in words)
    return bool(key) and place_index().get(key[0], {}).get(key) == 1


def _second_province(text: str, toks: list[Tok], j: int, k: int) -> int | None:
    """End of a second province joined by "dan" to the province at j..k ("Maluku dan Maluku Utara"), else None."""
    if not (k + 1 < len(toks) and toks[k].text == "dan" and _province_name(toks[j:k])
            and same_line_gap(text, toks[k - 1], toks[k]) and same_line_gap(text, toks[k], toks[k + 1])):
        return None
    n = match_place([x.text for x in toks[k + 1:k + 5]], 0, max_level=1)
    return k + 1 + n if n and _province_name(toks[k + 1:k + 1 + n]) else None


def _no_city(word: str) -> bool:
    """No kota of the register is called `word`, even misspelt."""
    return not _registered(word, "kota")


@lru_cache(maxsize=4096)
def _registered(name: str, kind: str) -> bool:
    """The register holds a region of this kind by this name (typos allowed)."""
    from pipeline.resolve.regions import resolve_key

    found = resolve_key(name_key(name), kind, ())
    return bool(found and found[0])


def _inside_head(text: str, toks: list[Tok], j: int) -> bool:
    """Token j ends a body's head begun by the word before it: "Jenderal" in "Direktorat Jenderal" is no rank."""
    hm = head_table().match(text, toks, j - 1) if j > 0 else None
    return hm is not None and hm[0] > j


def _is_honorific(text: str, tok: Tok) -> bool:
    return bool(honorific_re().match(text, tok.start)) and tok.text not in ("TNI",)


# "Rp21": a sum glued to its currency, as "Rp" alone is in org_name_stops.txt
_SUM_GLUED = re.compile(r"Rp\d")


@lru_cache(maxsize=1)
def _name_stops() -> frozenset[str]:
    return frozenset(load_list("org_name_stops"))


@lru_cache(maxsize=1)
def _named_places() -> frozenset[str]:
    """The last word of each named-after head ("bandara", "udara", "pelabuhan"): a place that takes a name."""
    return frozenset(h.split()[-1] for h in load_set("named_after_heads"))


def _past_patron(text: str, toks: list[Tok], j: int, p: OrgParse) -> int:
    """'RSUD dr. M. Haulussy', 'RSUD Prof. Dr. H. Aloei Saboe': a hospital bears its patron's name, honorifics
    and initials included; the name's words are read on from the index returned."""
    k = j
    while k < len(toks) and _is_honorific(text, toks[k]) and (k == j or same_line_gap(text, toks[k - 1], toks[k])):
        k += 2 if k + 1 < len(toks) and toks[k + 1].text == "." else 1
    if k == j:
        return j
    while k + 1 < len(toks) and len(toks[k].text) <= 2 and toks[k].text.isupper() and toks[k + 1].text == ".":
        k += 2  # "dr. T.C. Hillers": initials
    if k >= len(toks) or not (toks[k].cap and toks[k].is_word) or not same_line_gap(text, toks[k - 1], toks[k]):
        return j
    p.body_words.extend(x for x in range(j, k) if toks[x].is_word)
    p.end = k
    return k


@lru_cache(maxsize=1)
def seated_forms() -> tuple[str, ...]:
    return tuple(f for f in load_list("seated_with_di") if not f.endswith("<negara>"))


@lru_cache(maxsize=1)
def foreign_mission_heads() -> tuple[str, ...]:
    """Posts and missions a foreign state sends, longest first (the "<negara>" lines of `seated_with_di.txt`)."""
    return tuple(sorted((f[:-len("<negara>")].strip() for f in load_list("seated_with_di") if f.endswith("<negara>")),
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def state_names() -> tuple[str, ...]:
    """Countries' names and short forms as releases write them, longest first."""
    return tuple(sorted({r["alias"] for r in load_tsv("countries") if r["kind"] == "negara"}
                        | {r["short"] for r in load_tsv("country_short_forms")}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _foreign_mission_re() -> re.Pattern[str]:
    """'Kedutaan Besar Jepang', 'Konsulat Jenderal RRT': a foreign state's mission, seated in a town as Indonesia's
    are."""
    return re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, foreign_mission_heads()))})\s+"
                      rf"(?:{'|'.join(map(re.escape, state_names()))})$")


def seat_after_di(text: str, toks: list[Tok], k: int, surface: str) -> tuple[int, int, str | None] | None:
    """(seat start, seat end, level) of "di" and a place at token k after a body named with its seat so
    (`seated_with_di.txt`: "Balai Besar POM di Mataram", "KBRI di Canberra")."""
    if k + 1 >= len(toks) or toks[k].text != "di" or not same_line_gap(text, toks[k - 1], toks[k]) \
            or not same_line_gap(text, toks[k], toks[k + 1]) or not toks[k + 1].cap \
            or not (" ".join(surface.split()).endswith(seated_forms()) or _foreign_mission_re().search(surface)):
        return None
    jur = _jurisdiction(text, toks, k + 1, 3)
    if not jur or jur[2]:
        return None
    return k + 1, jur[0], jur[1]


def _merged_portfolios(text: str, toks: list[Tok], j: int) -> int:
    """'Dinsos PPPA Kabupaten X', 'Dinkes PPKB X': a body's short form, then the short forms of the portfolios
    merged into it, then its region. The token where the region starts, else `j`."""
    k = j
    while k < len(toks) and k - j < 2 and toks[k].is_word and toks[k].cap \
            and fold(toks[k].text) in agencies.portfolio_abbreviations() and same_line_gap(text, toks[k - 1], toks[k]):
        k += 1
    return k if k > j and k < len(toks) and _jurisdiction(text, toks, k, 3) else j


def parse_at(text: str, toks: list[Tok], i: int, head: Head, head_end: int) -> OrgParse:
    """Extend a head at token i (ending at head_end) over its body."""
    p = OrgParse(i, head_end, head, head_end)
    mode = head.body
    if mode in ("agencyname", "regional"):
        # an acronym or official name: only a jurisdiction may follow (regional offices, regional bodies)
        allow_jur = mode == "regional" or (head.agency is not None and head.agency.regional)
        j = _next(text, toks, _dotted_place(text, toks, head_end) or _skip_dot(text, toks, head_end))
        cls = office_classes().match(text, toks, j) if mode == "regional" and j is not None else None
        if cls and cls[0] < len(toks) and same_line_gap(text, toks[cls[0] - 1], toks[cls[0]]):
            p.end = cls[0]  # "KPPBC Tipe Madya Pabean C Ternate": the office's type, then its seat
            j = cls[0]
        if mode == "regional" and j is not None:
            j = _merged_portfolios(text, toks, j)
        seat = seat_after_di(text, toks, j, text[toks[i].start:toks[head_end - 1].end]) if j is not None else None
        if allow_jur and seat is not None:
            p.end, p.jur_prefix, p.jurisdiction = seat[1], seat[2], (seat[0], seat[1])  # "BBPOM di Mataram"
        elif allow_jur and j is not None:
            jur = _jurisdiction(text, toks, j, 3 if mode == "regional" else 2)
            if jur and jur[2] and mode == "agencyname":
                pass  # "BPN Kabupaten dan Kota": the national body itself, named for all its offices
            elif jur:
                p.end, p.jur_prefix, p.generic = jur[0], jur[1], jur[2]
                p.jurisdiction = (j, jur[0])
            elif head.agency is not None and toks[j].cap and toks[j].is_word and _lone_word(text, toks, j) \
                    and fold(toks[j].text) not in NATIONAL and not _body_word(text, toks[j]) \
                    and fold(toks[j].text) not in _name_stops() \
                    and fold(toks[j].text) not in common_words() and not any(ch.isdigit() for ch in toks[j].text) \
                    and not _is_honorific(text, toks[j]) and not _holder_word(text, toks, i, j):
                # "Kemenag Katingan"; not "Kominfo Uji 76 Lulusan", a title-case headline's verb, nor an amount
                # ("Bappeda Rp2,5 miliar")
                p.end, p.jurisdiction = j + 1, (j, j + 1)
        if j is not None and p.end == head_end and head.agency is not None and head.agency.parent:
            up = acronym_table().match(text, toks, j)
            if up and up[1].agency is not None and _is_ancestor(up[1].agency.name, head.agency):
                p.end, p.parent_at = up[0], j  # "Baloghan Kemhan", "Ditjen Pothan Kemhan": a unit and its ministry
        if j is not None and p.end == head_end and head.unit in subunit_kinds():
            parent = _parent_org(text, toks, j)
            if parent is not None:
                p.end, p.parent_at = parent.end, j
        elif j is not None and p.end == head_end and head.kind == "government" \
                and toks[j].text in _legislature_openers():
            parent = _parent_org(text, toks, j)  # "Banggar DPRD Kabupaten X": an organ of the legislature
            if parent is not None and parent.head.unit in load_set("legislatures"):
                p.end, p.parent_at = parent.end, j
        branch = _branch_end(text, toks, _next(text, toks, p.end)) if p.end < len(toks) else None
        if branch:
            p.end = branch
        elif head.kind == "company" and (unit := _company_unit_end(text, toks, p.end)):
            p.end = unit  # "PLN Unit Pelaksana Pelayanan Pelanggan Kupang": the company's unit written in full
        return p
    j = _dotted_place(text, toks, head_end) or _skip_dot(text, toks, head_end)
    if mode == "named" and fold(head.text) in load_set("named_after_heads"):
        j = _past_patron(text, toks, j, p)
    if mode == "portfolio" and head.unit.startswith("Balai") and (area := _area_heads().match(text, toks, j)):
        # "Balai Taman Nasional Lore Lindu", "Balai Besar Cagar Alam X": the office that manages a named area
        n = area[0]
        while n < len(toks) and n - area[0] < 4 and toks[n].cap and toks[n].is_word and not toks[n].upper \
                and same_line_gap(text, toks[n - 1], toks[n]) and not _starts_head(text, toks, n) \
                and not _is_honorific(text, toks[n]) and not (n > area[0] and men_form_in_use(toks[n].text)):
            n += 1  # "Balai Taman Nasional Wakatobi Gelar Aksi ...": a headline's verb after the area's name ends it
        if n > area[0]:
            p.body_words.extend(k for k in range(j, n) if toks[k].is_word)
            p.end = n
            return p
    if mode == "portfolio":
        # "Dinas Lingkungan hidup", "Dinas Pemberdayaan perempuan dan ...": a registered portfolio keeps its
        # words when the text writes some of them in lowercase
        pm = portfolio_table().match(text, toks, j)
        if pm and any(not toks[k].cap for k in range(j, pm[0]) if toks[k].is_word and toks[k].text not in CONNECTORS):
            p.body_words.extend(k for k in range(j, pm[0]) if toks[k].is_word)
            p.end = j = pm[0]
    if mode == "place" and j < len(toks) and (cls := office_classes().match(text, toks, j)) and cls[0] < len(toks) \
            and same_line_gap(text, toks[cls[0] - 1], toks[cls[0]]) and toks[cls[0]].cap and toks[cls[0]].is_word:
        p.end = j = cls[0]  # "Pengadilan Negeri Kelas IA Mataram": a court's class, then its seat
    unknown = 0
    titled = _after_post(text, toks, i)  # the body of a post: its holder may follow
    while j < len(toks):
        jj = _next(text, toks, j)
        if jj is None:
            break
        t = toks[j]
        if t.text == "/" and p.body_words and p.end == j and j + 1 < len(toks) and _slashed_pair(text, toks, j):
            p.body_words.append(j + 1)  # "Unit Kerja Pengadaan Barang/Jasa": two words of one portfolio
            p.end = j = j + 2
            continue
        if not t.is_word and t.text != "&":  # "Dinas Kelautan & Perikanan": the ampersand joins like "dan"
            if t.text == "," and mode in ("portfolio", "named") and p.body_words and j + 1 < len(toks):
                # "Badan Meteorologi, Klimatologi, dan Geofisika": a comma between body words
                k = j + 1
                if k < len(toks) and toks[k].text.lower() == "dan":
                    k += 1
                if mode == "portfolio" and k < len(toks) and _body_word(text, toks[k]) and not _starts_head(text, toks, k) \
                        and not toks[k].upper and not _starts_org(text, toks, k) and not name_opener_at(text, toks, k) \
                        and not _street_at(text, toks, k):
                    # "Bidang Bina Marga, dan PPK ...", "Ditjen GTK, Kemendikdasmen": an acronym is the next body
                    j = k
                    continue
                closing = _closing_portfolio_list(text, toks, k) if k < len(toks) and toks[k - 1].text == "," else 0
                if closing and mode == "named" and toks[closing].text != "(" if closing < len(toks) else mode == "named":
                    closing = 0  # a named body's list of fields only before its own bracket ("Stasiun X, Y dan Z (S)")
                if closing:
                    # "Dinas Perdagangan, Koperasi dan UKM Kabupaten Wajo": merged portfolios, a head word or an
                    # acronym among them, closed by "dan" and the region or the clause's end
                    p.body_words.extend(x for x in range(k, closing) if toks[x].is_word and toks[x].text not in CONNECTORS)
                    p.end = j = closing
                    continue
            break
        low = t.text.lower()
        if not t.cap and j > i and toks[j - 1].cap:
            bp = body_phrases().match(text, toks, j - 1)
            if bp:  # "... dan Pengabdian kepada Masyarakat": a fixed phrase of body names
                p.body_words.extend(k for k in range(j, bp[0]) if toks[k].is_word)
                p.end = j = bp[0]
                continue
        if mode == "portfolio" and p.body_words and not t.cap:
            run = _lowercase_portfolio(text, toks, j, titled)
            if run:  # "Ka. Dinas Sumber daya air & bina marga, Ka. Dinas ...": a portfolio written in lowercase
                p.body_words.extend(k for k in range(j, run) if toks[k].is_word and toks[k].text not in CONNECTORS)
                p.end = j = run
                continue
        if low in _name_stops() or _SUM_GLUED.match(t.text):
            break
        if p.body_words and t.cap and t.is_word and not t.upper and j + 1 < len(toks) \
                and _ROMAN_UNIT.fullmatch(toks[j + 1].text) and same_line_gap(text, t, toks[j + 1]) \
                and not name_opener_at(text, toks, j + 1, nobles_only=True):
            # "Balai Besar Wilayah Sungai Sumatera III", "Balai Wilayah Sungai Kalimantan I": a national body's
            # regional office is numbered within its island or region
            p.body_words.extend((j, j + 1))
            p.end = j + 2
            j += 2
            continue
        explicit = _is_prefix(t) or _se_word(t)
        chapter = head.unit.startswith("Dewan Pimpinan")  # a party's chapter ends with its region
        # "Kepala Puskesmas Tinombo Hadijah Lasaba": a body named by its seat alone, then its holder's name
        # a numbered school is named by its seat after its number too ("Kepala SMP Negeri 2 Tinombo Hadijah")
        office = head.kind == "government" or head.kind == "education" and p.end == j and bool(p.body_words) \
            and toks[p.body_words[-1]].text.isdigit()
        seated = titled and not p.body_words and p.end == j and office \
            and not _body_word(text, t) and _holder_after_place(text, toks, j, office)
        if explicit or mode == "place" or seated or (p.body_words and (not _body_word(text, t) or _region_of_words(toks, j)) and (
                mode != "named" or chapter or _lone_word(text, toks, j) or titled and _holder_after_place(text, toks, j, office)
                or office and head.kind == "education")):
            # "SMP Negeri 2 Poso Raih Juara ...": a numbered school's seat closes its name before a headline's words
            jur = _jurisdiction(text, toks, j, 3 if mode == "named" or head.unit in district_units() else 2)
            if not jur and p.body_words and t.cap and _lone_word(text, toks, j):
                jur = _jurisdiction(text, toks, j, 3)
            if not jur and p.body_words and mode == "agency" and (n := other_area_end(text, toks, j)):
                jur = (n, None, False)  # "Kanwil DJP Nusa Tenggara": a national body's area of no Kemendagri unit
            if jur and jur[1] is None and mode == "named":
                j = _region_start(toks, p, j, jur[0])  # "Bank Pembangunan Daerah Nusa Tenggara Timur", not "Timur"
            if jur:
                p.jurisdiction = (j, jur[0])
                p.jur_prefix, p.generic = jur[1], jur[2]
                p.end = jur[0]
                if jur[1] is None and head.unit == "Pemerintah" and _province_name(toks[j:jur[0]]):
                    p.jur_prefix = "provinsi"  # "Pemerintah Sulawesi Tenggara", "Pemerintah Aceh": a province's
                k = jur[0]
                if mode == "place" and jur[1] is None and k < len(toks) and toks[k].text == "Kota" \
                        and same_line_gap(text, toks[k - 1], toks[k]) and not _jurisdiction(text, toks, k, 2) \
                        and not _no_city(" ".join(x.text for x in toks[j:k])):
                    # "Polresta Kupang Kota", "Polres Bima Kota": the unit serving the kota that shares a kabupaten's name
                    p.end = k + 1
                elif mode == "named" and head.kind == "company" and jur[1] is None and (m := _second_province(text, toks, j, k)):
                    # "PT Bank Pembangunan Daerah Maluku dan Maluku Utara": a regional bank two provinces own
                    p.body_words.extend(x for x in range(j, m) if toks[x].is_word)
                    p.jurisdiction, p.end = None, m
                elif mode == "place" and k < len(toks) and (cls := office_classes().match(text, toks, k)) \
                        and same_line_gap(text, toks[k - 1], toks[k]):
                    p.end = cls[0]  # "Pengadilan Negeri Makassar Kelas IA Khusus": the class after the seat
                break
            if titled and _town_seat(t, toks[j - 1]) and _holder_after_place(text, toks, j, office):
                p.jurisdiction, p.end = (j, j + 1), j + 1  # "Kepala Rutan Kelas IIB Ampana Yohanes X membuka"
                break
        if mode == "place":
            if not head.unit.startswith("Pemerintah"):
                # "Setda Pemkot Baubau", "Inspektorat Pemprov Sultra": a regional unit named with its government
                gov = head_table().match(text, toks, j)
                parent = _parent_org(text, toks, j) if gov and gov[1].unit.startswith("Pemerintah") else None
                if parent is not None and parent.jurisdiction:
                    p.end, p.parent_at = parent.end, j
                    break
            movement = acronym_table().match(text, toks, j)
            if movement and movement[1].agency is not None and movement[1].kind == head.kind \
                    and _next(text, toks, movement[0]) is not None:
                jur = _jurisdiction(text, toks, movement[0], 3)
                if jur and not jur[2]:  # "Kwarcab Pramuka Sorong": the movement the chapter belongs to, then its place
                    p.jurisdiction, p.jur_prefix, p.end = (movement[0], jur[0]), jur[1], jur[0]
                    break
            # a place-bodied head takes one unknown capitalized word as its place ("Pemprov Kaltara")
            ranked = j + 1 < len(toks) and same_line_gap(text, t, toks[j + 1]) and (
                _is_honorific(text, toks[j + 1]) or _starts_org(text, toks, j + 1))  # "Polsek X Polresta Y"
            # "Ketua Pengadilan Agama Tilamuta Rahmat Ladiku menerima ...": the seat, then the holder's name
            held = titled and _holder_after_place(text, toks, j, office)
            if t.cap and (_lone_word(text, toks, j) or ranked or held) and not _is_honorific(text, t) \
                    and not _is_prefix(t) and not is_vocab(t.text):  # "Polsek Loura Brigpol X": a rank opens the name after the place
                p.jurisdiction = (j, j + 1)
                p.end = j + 1
            break
        if low in CONNECTORS:
            k = j + 1
            if k < len(toks) and same_line_gap(text, t, toks[k]) and _body_word(text, toks[k]) \
                    and not _region_of_words(toks, k, 3) \
                    and not _starts_org(text, toks, k) and p.body_words and not _registered_body(text, toks, k) \
                    and not (mode == "named" and toks[k].upper and toks[k].text.isalpha()) \
                    and not _facility_named_at(text, toks, k):
                # "PT Taspen dan BPJS": an acronym after "dan" in a proper name is a second body
                j = k
                continue
            break
        if _is_honorific(text, t) and not (t.upper and fold(t.text) in vocabulary()) \
                and not (is_vocab(t.text) and t.text in _CORPS_WORDS and not _is_honorific(text, toks[j - 1])) \
                and not _inside_head(text, toks, j):
            break
        if mode == "portfolio" and t.cap:
            pm = portfolio_table().match(text, toks, j)
            if pm and any(fold(toks[k].text) in title_words() for k in range(j, pm[0])):
                # "Bagian Protokol dan Komunikasi Pimpinan": a registered portfolio holds a post's word
                p.body_words.extend(k for k in range(j, pm[0]) if toks[k].is_word)
                p.end = j = pm[0]
                continue
        if not t.upper and (fold(t.text) in title_words() or title_phrases().match(text, toks, j)) \
                and not (t.cap and mode == "named" and p.body_words and t.text in load_set("trade_words")
                         and head.unit in load_set("open_name_heads")):
            break
        if (head.unit in subunit_kinds() or _numbered_group(toks, p, j)
                or p.body_words and head.unit in _TASK_FORCES) and t.cap:
            # "Bidang Pemerintahan Bappeda Kota X", "Biro Infohan Setjen Kemhan": a unit followed by the body it
            # belongs to is named with it; up to two words the tables do not know may name the unit itself
            k = j
            while k < len(toks) and k - j < 2 and not p.body_words and toks[k].cap and toks[k].is_word \
                    and not _body_word(text, toks[k]) and not _starts_org(text, toks, k) \
                    and not _is_honorific(text, toks[k]) and fold(toks[k].text) not in title_words() \
                    and (k == j or same_line_gap(text, toks[k - 1], toks[k])):
                k += 1
            if (p.body_words or k > j) and k < len(toks) and (k == j or same_line_gap(text, toks[k - 1], toks[k])):
                parent = _parent_org(text, toks, k)
                if parent is not None:
                    p.body_words.extend(range(j, k))
                    p.end, p.parent_at = parent.end, k
                    break
        if mode == "portfolio" and (p.body_words or _numbered_school_at(text, toks, j)):
            nested = head_table().match(text, toks, j)
            reg = acronym_table().match(text, toks, j)
            if nested and nested[1].body == "named" and not (reg and " " in reg[1].text):
                mode = "named"  # "... Majelis Ulama Indonesia" is a registered name, not a proper name to run on
        if mode == "named" and not p.body_words and head.unit not in subunit_kinds() and _placed_body_at(text, toks, j):
            break  # "Seksi Pelayanan Koperasi Dinas Koperasi UKM Kabupaten X": a word of a unit, then its body
        if mode == "named" and p.body_words and (t.text == "Kantor" or t.text in branch_offices()) \
                and (branch := _branch_end(text, toks, j)):
            p.body_words.extend(range(j, branch))  # "Perum Bulog Kantor Cabang Palu": the body's branch office
            p.end = branch
            break
        if mode == "named" and p.body_words and head.unit not in subunit_kinds() and _starts_head(text, toks, j) \
                and (head_table().match(text, toks, j)[1].body in ("agency", "place")
                     or any(toks[k].text[:1].isdigit() for k in p.body_words)):
            break  # "Lapas Kelas IIB Garut Kanwil Kemenkumham ...": the office it belongs to is a second body
        if mode == "named" and _ROMAN_UNIT.fullmatch(t.text) and _slash_name_after(text, toks, j):
            # "Kodam XVII/Cenderawasih", "Lantamal IV/Tanjungpinang": a numbered unit's name after its slash
            k = j + 2
            if toks[k].text.isdigit():  # "Denpom XIV/3 Kendari": a numbered detachment, then its seat
                p.body_words.extend((j, k))
                p.end = j = k + 1
                continue
            while k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].is_word and k + 1 - j < 5 \
                    and same_line_gap(text, toks[k], toks[k + 1]) and not _is_honorific(text, toks[k + 1]) \
                    and fold(toks[k + 1].text) not in name_openers():
                k += 1
            p.body_words.extend(range(j, k + 1))
            p.end = k + 1
            break
        if p.body_words and name_opener_at(text, toks, j, nobles_only=True):
            break
        if mode == "named" and head.unit in _COMMITTEES and p.body_words and _ORDINAL.fullmatch(t.text):
            p.body_words.append(j)  # "Panitia HUT RI ke-79 Kabupaten X": the ordinal of the event it runs
            p.end = j = j + 1
            continue
        if mode == "named" and head.kind == "company" and p.body_words and fold(t.text) in _named_places():
            unknown = 0  # "PT Angkasa Pura Indonesia Bandara Sultan Babullah": a firm's office named by its airport
        if _body_word(text, t):
            p.body_words.append(j)
            p.end = j + 1
            j = _skip_dot(text, toks, j + 1)
            continue
        if j == head_end and head.unit in subunit_kinds() and t.text in _UNIT_LETTERS \
                and text[t.end:t.end + 1] != "." and same_line_gap(text, toks[j - 1], t):
            p.body_words.append(j)  # "Komisi C", "Komisi A DPRD X": a unit designated by a letter
            p.end = j = j + 1
            continue
        if t.text[:1].isdigit() and mode == "named":
            if head.kind == "education" and j == head_end and _YEAR.fullmatch(t.text):
                break  # "Duta SMA 2025": a year after a school's head is no school's number
            p.body_words.append(j)
            p.end = j + 1
            j += 1
            slashed = False
            if j + 1 < len(toks) and toks[j].text == "/" and toks[j + 1].cap and unit_slash(text, t, toks[j], toks[j + 1]):
                p.body_words.append(j + 1)
                p.end = j + 2
                j += 2
                slashed = True
            if head.kind != "education":
                # "Yonif 751/VJS", "Koramil 04/Siantar Barat": a numbered unit's name ends with its number (and the
                # name after its slash), or a place
                unknown = max(unknown, 2) if slashed else 4
                if slashed and head.kind == "government":
                    # "Kodim 1306/Donggala Gelar Karya Bakti": a seat that is a kabupaten or kota (a kecamatan for a
                    # Koramil) ends the name; a kecamatan's name may open a battalion's longer one ("Yonif 823/Raja X")
                    n = j - 1
                    while n + 1 < len(toks) and n + 1 - (j - 1) < 5 and toks[n + 1].cap and toks[n + 1].is_word \
                            and same_line_gap(text, toks[n], toks[n + 1]):
                        n += 1
                    level = 3 if head.unit in district_units() else 2
                    seat = match_place([t.text for t in toks[j - 1:n + 1]], 0, max_level=level)
                    if seat:
                        p.body_words.extend(range(j, j - 1 + seat))
                        p.end = j = j - 1 + seat
                        unknown = 4
            continue
        if mode == "named" and head.kind == "government" and t.cap and j >= 2 and toks[j - 2].text == "Kelas" \
                and CLASS_MARK.fullmatch(toks[j - 1].text) and p.end == j:
            # "Lapas Kelas IIB Ternate Terima Kunjungan": after the class, a region is the seat and ends the name
            n = j
            while n + 1 < len(toks) and n + 1 - j < 4 and toks[n + 1].cap and toks[n + 1].is_word \
                    and same_line_gap(text, toks[n], toks[n + 1]):
                n += 1
            seat = match_place([x.text for x in toks[j:n + 1]], 0)
            if seat:
                p.body_words.extend(range(j, j + seat))
                p.end = j = j + seat
                unknown = 4
                continue
        if mode == "named" and p.body_words and titled and _holder_follows(text, toks, j):
            break  # "Rektor Universitas Mulawarman Siti Aminah mengatakan": the holder's name ends the body's
        if t.cap and mode in ("named",) and unknown < 4 and is_name_word(t.text) is not None \
                and not (p.body_words and _starts_org(text, toks, j)):  # "Lapas X Kanwil Y": a second body
            unknown += 1
            p.body_words.append(j)
            p.end = j + 1
            j = _skip_dot(text, toks, j + 1)
            continue
        if t.cap and mode == "agency" and p.body_words and _lone_word(text, toks, j):
            p.jurisdiction = (j, j + 1)
            p.end = j + 1
        break
    if mode == "named" and head.unit in _COMMITTEES and p.body_words and p.end < len(toks) \
            and _ORDINAL.fullmatch(toks[p.end].text) and same_line_gap(text, toks[p.end - 1], toks[p.end]):
        p.body_words.append(p.end)  # "Panitia Hari Jadi Sinjai ke-461": the ordinal after the event's place
        p.end += 1
    return p


def _placed_body_at(text: str, toks: list[Tok], j: int) -> bool:
    """A government body named with its region starts at token j ("Dinas Koperasi UKM Kabupaten X"); not a
    village's ("Koperasi Unit Desa Makmur")."""
    hm = head_table().match(text, toks, j)
    if not (hm and hm[1].kind == "government" and hm[1].body in ("portfolio", "place", "agency")):
        return False
    parent = _parent_org(text, toks, j)
    return parent is not None and parent.jurisdiction is not None and parent.jur_prefix not in ("desa", "kecamatan")


def _lowercase_portfolio(text: str, toks: list[Tok], j: int, titled: bool) -> int | None:
    """End of a run of lowercase portfolio words at j ('daya air & bina marga', 'rakyat, kawasan pemukiman &
    pertanahan'), joined by 'dan', '&' or commas, when the run closes the name: a punctuation mark, the line's end,
    a place, an acronym or (after a post) the holder's name follows. Else None: lowercase words that go on are
    the sentence's."""
    k = j
    end = None
    while k < len(toks) and same_line_gap(text, toks[k - 1], toks[k]):
        t = toks[k]
        if t.text in CONNECTORS or t.text == ",":
            k += 1
            continue
        if t.is_word and t.text[:1].islower() and is_vocab(t.text) and t.text not in function_words() \
                and t.text.capitalize() not in head_table().by_first \
                and not _is_prefix(t):  # "Kementerian Sosial dan pemerintah daerah", "Dinas Sosial kabupaten/kota"
            k += 1
            end = k
            continue
        break
    if end is None:
        return None
    if end < len(toks) and toks[end].text in CONNECTORS and end + 1 < len(toks) and toks[end + 1].upper \
            and same_line_gap(text, toks[end], toks[end + 1]):
        return end  # "... pengendalian penduduk dan KB": the acronym ends the portfolio
    if end == len(toks) or not same_line_gap(text, toks[end - 1], toks[end]):
        return end
    nxt = toks[end]
    if not nxt.is_word:
        return end if nxt.text in ",.;:/)" else None
    if nxt.text[:1].islower():
        return None
    if nxt.upper or _is_prefix(nxt) or match_place([x.text for x in toks[end:end + 4]], 0) or titled:
        return end
    return None


def _holder_word(text: str, toks: list[Tok], i: int, j: int) -> bool:
    """The unknown word j after the body at i is its holder's one-word name, not the body's seat: a list of
    officials goes on after it ("Kasubbag ... Bappeda Emilda dan Kabag ...", "..., Sekretaris ..."), or the body
    follows a post and the clause goes on in lowercase ("Kepala Bappeda Emilda mengatakan")."""
    k = j + 1
    if k >= len(toks) or not same_line_gap(text, toks[j], toks[k]):
        return False
    nxt = toks[k]
    if nxt.text in (",", "dan", "serta") and k + 1 < len(toks) and same_line_gap(text, nxt, toks[k + 1]):
        if _post_at(text, toks, k + 1):
            return True
    return nxt.is_word and nxt.text[:1].islower() and nxt.text not in ("dan", "serta") and _after_post(text, toks, i)


def _is_ancestor(name: str, agency: agencies.Agency) -> bool:
    """`name` is the body `agency` belongs to, directly or through its parents."""
    seen = 0
    while agency is not None and agency.parent and seen < 5:
        if agency.parent == name:
            return True
        agency = agencies.lookup(agency.parent)
        seen += 1
    return False


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    return frozenset(load_list("stopwords_id"))


@lru_cache(maxsize=1)
def branch_words() -> frozenset[str]:
    return frozenset(load_list("org_branch_words"))


@lru_cache(maxsize=1)
def branch_offices() -> frozenset[str]:
    return frozenset(load_list("org_branch_offices"))


_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMERAL = re.compile(r"(?:[IVX]{1,5}|\d{1,3})$")


def unit_area_end(text: str, toks: list[Tok], n: int) -> int:
    """'UP3 Flores Bagian Barat', 'UP3 Sumba': a company's unit code is followed by its area, which may be an
    island or a part of one and no region: one proper word outside the vocabulary, then 'Bagian' and a compass
    word. Returns n when none is there."""
    if n >= len(toks) or not same_line_gap(text, toks[n - 1], toks[n]):
        return n
    t = toks[n]
    if not (t.is_word and t.cap and not t.upper and t.text.isalpha()) or is_vocab(t.text) \
            or fold(t.text) in name_openers() or _is_honorific(text, t):
        return n
    e = n + 1
    if e + 1 < len(toks) and toks[e].text == "Bagian" and fold(toks[e + 1].text) in _COMPASS \
            and same_line_gap(text, toks[e - 1], toks[e]) and same_line_gap(text, toks[e], toks[e + 1]):
        e += 2
    return e


def _company_unit_end(text: str, toks: list[Tok], j: int) -> int | None:
    """The end of a company's unit written in full after the company's name, 'Unit' and vocabulary words, then
    its region or area ("Unit Induk Wilayah Maluku"), or None."""
    if j >= len(toks) or toks[j].text != "Unit" or not same_line_gap(text, toks[j - 1], toks[j]):
        return None
    n = j + 1
    while n < len(toks) and n - j < 6 and toks[n].is_word and toks[n].cap and not toks[n].upper \
            and is_vocab(toks[n].text) and match_place([toks[n].text], 0) == 0 \
            and same_line_gap(text, toks[n - 1], toks[n]):
        n += 1
    if n == j + 1 or n >= len(toks) or not same_line_gap(text, toks[n - 1], toks[n]):
        return None
    jur = _jurisdiction(text, toks, n, 3)
    if jur and not jur[2]:
        return jur[0]
    e = unit_area_end(text, toks, n)
    return e if e > n else None


def _branch_end(text: str, toks: list[Tok], j: int | None) -> int | None:
    """The end of a branch written after a body ("Cabang Samarinda", "Wilayah XI", "Kantor Cabang Palu"), or None."""
    if j is not None and j + 2 < len(toks) and toks[j].text == "Kantor" and toks[j + 1].text in branch_words() \
            and same_line_gap(text, toks[j], toks[j + 1]):
        j += 1  # "Perum Bulog Kantor Cabang Palu": the branch's office, written with its word
    if j is None or j + 1 >= len(toks) or toks[j].text not in branch_words() and toks[j].text not in branch_offices() \
            or not same_line_gap(text, toks[j], toks[j + 1]):
        return None
    nxt = toks[j + 1]
    if _NUMERAL.match(nxt.text):
        if j + 2 < len(toks) and same_line_gap(text, nxt, toks[j + 2]) \
                and (jur := _jurisdiction(text, toks, j + 2, 3)) and not jur[2]:
            return jur[0]  # "Kantor Wilayah VI Makassar": the numbered office, then its seat
        return j + 2
    jur = _jurisdiction(text, toks, j + 1, 3)
    if jur and not jur[2]:
        # "UIW Maluku dan Maluku Utara": a company's regional unit serves two provinces
        return _second_province(text, toks, j + 1, jur[0]) or jur[0]
    if nxt.cap and nxt.is_word and _lone_word(text, toks, j + 1) and not _is_honorific(text, nxt):
        return j + 2
    if toks[j].text in branch_offices() and (e := unit_area_end(text, toks, j + 1)) > j + 2:
        return e  # "PLN UP3 Flores Bagian Barat"
    return None


_UNIT_LETTERS = frozenset("ABCDEFGH")
def _numbered_group(toks: list, p, j: int) -> bool:
    """'Pokja II TP PKK Kota X': a group numbered right after its head is a unit of the body named after it."""
    return j == p.head_end + 1 and bool(_ROMAN_UNIT.fullmatch(toks[p.head_end].text))


_ROMAN_UNIT = re.compile(r"[IVX]{1,5}")  # "Kodam I/Bukit Barisan", "Lantamal IV/Tanjungpinang"
CLASS_MARK = re.compile(r"[IV]{1,3}[AB]?|[1-3][AB]?")  # a prison's class: "Lapas Kelas IIB", "Rutan Kelas 1"


def _slash_name_after(text: str, toks: list[Tok], j: int) -> bool:
    """A slash and a capitalized name follow token j without spaces ("I/Bukit Barisan")."""
    return j + 2 < len(toks) and toks[j + 1].text == "/" and toks[j + 1].start == toks[j].end \
        and (toks[j + 2].cap or toks[j + 2].text.isdigit()) and toks[j + 2].start == toks[j + 1].end  # "XIV/3"


@lru_cache(maxsize=1)
def name_openers() -> frozenset[str]:
    """Words that open persons' names (the list shipped with the NER)."""
    from pipeline.nlp.ner import name_openers as shipped

    return shipped()


def _holder_follows(text: str, toks: list[Tok], j: int) -> bool:
    """A person's name starts at j: a word that opens names, two to four name words, then the clause goes on in
    lowercase (the body's name written without a comma before its holder's)."""
    if fold(toks[j].text) not in name_openers():
        return False
    k = j
    while k < len(toks) and k - j < 4 and toks[k].is_word and toks[k].cap and not toks[k].upper \
            and is_name_word(toks[k].text) and (k == j or same_line_gap(text, toks[k - 1], toks[k])):
        k += 1
    if not (k - j >= 2 and _officials_go_on(text, toks, k)):
        return False
    # "Universitas Sultan Ageng Tirtayasa Budi Santoso hadir": the last opener starts the name
    return not any(fold(toks[m].text) in name_openers() and k - m >= 2 for m in range(j + 1, k))


def _holder_after_place(text: str, toks: list[Tok], j: int, office: bool = False) -> bool:
    """'Rektor Universitas Sumatera Utara Muryanto Amin, Wakil ...', 'Manajer PT PLN Rayon Bengkalis Andiko Bestari
    mengucapkan': a place at j closes the body of a post, and two or three name words after it, which the clause
    or the list of officials goes on after, are the holder's."""
    n = match_place([x.text for x in toks[j:j + 4]], 0) or _town_seat(toks[j], toks[j - 1] if j else None)
    if not n:
        return False
    a = k = j + n
    while k < len(toks) and k - a < 3 and toks[k].is_word and toks[k].cap and not toks[k].upper \
            and is_name_word(toks[k].text) and not match_place([toks[k].text], 0) \
            and same_line_gap(text, toks[k - 1], toks[k]):
        k += 1
    # "Hadir Kepala Lapas Poso Yusran.": many holders go by one name; a company's name may go on after its region
    one = office and k < len(toks) and toks[k].text != "," and not _is_honorific(text, toks[a])
    return k - a >= (1 if one else 2) \
        and (_officials_go_on(text, toks, k) or _speech_ends(text, toks, k) or _sentence_ends(text, toks, k))


def _town_seat(t: Tok, before: Tok | None = None) -> int:
    """1 when t names a town the register knows as a kelurahan or desa ("Pengadilan Agama Labuha", "Rutan Ampana"):
    courts and offices are seated in towns that are no region; a word that opens persons' names is not one."""
    if before is not None and re.fullmatch(r"[A-Z]", before.text):
        return 0  # "Ketua Komisi C Rahmat Dunggili": a unit named by its letter has no seat; a name follows
    f = fold(t.text)
    return int(t.cap and t.is_word and not t.upper and f in village_index() and f not in name_openers()
               and not is_vocab(t.text) and f not in common_words())


def _sentence_ends(text: str, toks: list[Tok], k: int) -> bool:
    """'... disambut Kepala SDN 1 Luwuk Yeti Lasantu.': the holder's name closes the sentence."""
    return k < len(toks) and toks[k].text == "." and toks[k].start == toks[k - 1].end \
        and (k + 1 >= len(toks) or not same_line_gap(text, toks[k], toks[k + 1]) or toks[k + 1].cap)


def _speech_ends(text: str, toks: list[Tok], k: int) -> bool:
    """'…,” kata Kepala Puskesmas X Hadijah Lasaba.': after a quote's speech verb, the sentence ends with the holder."""
    if k < len(toks) and toks[k].text not in (".", ","):
        return False
    line = text.rfind("\n", 0, toks[k - 1].start) + 1
    return bool(re.search(r"[”\"][ \t]*,?[ \t]*[a-z]+[ \t]+[A-Z][^”\"]*$", text[line:toks[k - 1].start]))


def _officials_go_on(text: str, toks: list[Tok], k: int) -> bool:
    """After a holder's name ending before k: the clause goes on in lowercase, or a list of officials goes on
    ("..., dan Romo X", "..., Ketua Y ...")."""
    if k >= len(toks) or not same_line_gap(text, toks[k - 1], toks[k]):
        return False
    if toks[k].is_word and toks[k].text[:1].islower():
        return True
    return toks[k].text == "," and k + 1 < len(toks) and (toks[k + 1].text == "dan" or _post_at(text, toks, k + 1))


def _post_at(text: str, toks: list[Tok], k: int) -> bool:
    """A position head starts at token k ("Kepala", "Direktur Utama")."""
    return fold(toks[k].text) in title_words() or title_phrases().match(text, toks, k) is not None


def _after_post(text: str, toks: list[Tok], i: int) -> bool:
    """A position head ends right before token i ("Kepala", "Direktur Utama", "Ketua Dewan Pembina")."""
    if i > 0 and fold(toks[i - 1].text) in title_words():
        return True
    return any((m := title_phrases().match(text, toks, k)) and m[0] == i for k in range(max(0, i - 3), i))


def _parent_org(text: str, toks: list[Tok], j: int) -> OrgParse | None:
    """The organization named at token j, when it names one on its own ("Polres Minahasa Utara", "BNPB")."""
    cands = []
    for table in (head_table(), acronym_table()):
        m = table.match(text, toks, j)
        if m and m[1].body != "byline":
            cands.append(parse_at(text, toks, j, m[1], m[0]))
    good = prefer_registered(toks, [q for q in cands if not q.generic and (not q.head.needs or q.body_words or q.jurisdiction
                                                                    or q.parent_at is not None)
                              and not (q.head.text in ("Pemerintah", "Pemerintahan") and not q.jur_prefix)])
    return max(good, key=lambda q: q.end) if good else None


def prefer_registered(toks: list[Tok], parses: list[OrgParse]) -> list[OrgParse]:
    """'Majelis Ulama Indonesia Asrorun ...': a registered body's full name does not run on into a proper name,
    so a named head's longer parse at the same place gives way to it ("... Republik Indonesia" may follow)."""
    full = [p for p in parses if p.head.body == "agencyname" and p.head.agency is not None
            and p.head.text == p.head.agency.name and " " in p.head.text]
    if not full:
        return parses
    end = max(p.end for p in full)
    named = {p.head.text for p in full}  # a registered name that is also a named head opens its own name (BUMDes)
    return [p for p in parses if p.head.body != "named" or p.head.text in named
            or all(fold(t.text) in NATIONAL for t in toks[end:p.end] if t.is_word)]


@lru_cache(maxsize=1)
def district_units() -> frozenset[str]:
    return frozenset(load_list("district_units"))


@lru_cache(maxsize=1)
def _legislature_openers() -> frozenset[str]:
    return frozenset(w.split()[0] for w in load_set("legislatures"))


@lru_cache(maxsize=1)
def subunit_kinds() -> frozenset[str]:
    return frozenset(load_list("subunit_kinds"))


@lru_cache(maxsize=1)
def building_heads() -> PhraseTable:
    """Multi-word venue heads ("Balai Kota", "Balai Pertemuan"): a building, though its first word heads bodies."""
    return PhraseTable([(r["head"], True) for r in load_tsv("venue_heads")
                        if " " in r["head"] and r["position"] == "prefix"])


@lru_cache(maxsize=1)
def _facility_words() -> frozenset[str]:
    return frozenset(r["head"] for r in load_tsv("venue_heads")
                     if " " not in r["head"] and r["position"] in ("prefix", "both") and r["head"][:1].isupper())


def _facility_named_at(text: str, toks: list[Tok], k: int) -> bool:
    """'Rumah Sakit Umum Daerah X dan Pelabuhan Y': after "dan" a facility's head and its name is a second place
    visited, no word of the body's name (a region's level word after it keeps it one: "Dinas Kebersihan dan Pasar
    Kota X", and so do a unit's working area and the body the unit belongs to: "UPT Jalan dan Jembatan Wilayah II",
    "Bidang Jalan dan Jembatan Dinas PUPR X")."""
    return toks[k].text in _facility_words() and k + 1 < len(toks) and same_line_gap(text, toks[k], toks[k + 1]) \
        and toks[k + 1].cap and toks[k + 1].is_word and not _is_prefix(toks[k + 1]) \
        and not _numbered_area(toks, k + 1) and not _starts_head(text, toks, k + 1)


def _slashed_pair(text: str, toks: list[Tok], j: int) -> bool:
    """A slash glued between two capitalized words of a portfolio ("Barang/Jasa", "Sarana/Prasarana"); not between
    levels of region ("Kabupaten/Kota") nor before a short form ("Dinas Kesehatan/Dinkes")."""
    a, b = toks[j - 1], toks[j + 1]
    return glued(text, a, toks[j]) and glued(text, toks[j], b) and a.cap and b.cap and not a.upper \
        and not b.upper and _body_word(text, b) and not _is_prefix(a) and not _is_prefix(b) \
        and not _starts_org(text, toks, j + 1) and fold(b.text) not in title_words()


def _numbered_area(toks: list[Tok], k: int) -> bool:
    """'Wilayah II', 'Wilayah Sumbawa': the numbered or named working area of a unit (UPT, Satker, Balai)."""
    return toks[k].text == "Wilayah"


def _street_at(text: str, toks: list[Tok], k: int) -> bool:
    """'Dinas Kesehatan, Jalan Sam Ratulangi No. 5': a street's cue and its name after a body's comma is the
    address of its office, no portfolio of the body ("Dinas Pekerjaan Umum, Jalan dan Jembatan" is one)."""
    return fold(toks[k].text) in ("jalan", "jl", "jln") and k + 1 < len(toks) \
        and same_line_gap(text, toks[k], toks[k + 1]) and toks[k + 1].cap and toks[k + 1].is_word \
        and fold(toks[k + 1].text) not in CONNECTORS


def _numbered_school_at(text: str, toks: list[Tok], k: int) -> bool:
    """'Komite MIN 1 Bantaeng': a school's short head and its number right after a body's head name the body's
    school whole."""
    hm = head_table().match(text, toks, k) if toks[k].cap else None  # "Komite MTsN 1 X", "Komite SMA Negeri 2 X"
    return hm is not None and hm[0] < len(toks) and toks[hm[0]].text.isdigit() \
        and (toks[k].upper or hm[1].kind == "education")


def name_opener_at(text: str, toks: list[Tok], k: int, nobles_only: bool = False) -> bool:
    """'Kepala Dinas Sosial, Lalu Ahmad', 'Kepala Dinas Sosial NTB Lalu Hamdani': a given name that is a common word
    too (a title of nobility only, with nobles_only), then a capitalized word of no body on the line, opens the
    holder's name; with a body's word or as a region's first word it is the body's ("Satuan Lalu Lintas", "Raja
    Ampat")."""
    if k + 1 < len(toks) and toks[k].text in ("I", "Ni") and same_line_gap(text, toks[k], toks[k + 1]) \
            and birth_order_run([toks[k].text, toks[k + 1].text]):
        return True  # "Kadis Kesehatan X I Komang Adi": a Balinese particle, no roman numeral of the body
    words = {fold(w) for w in noble_openers()} if nobles_only else given_words()
    return fold(toks[k].text) in words and k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].cap \
        and not toks[k + 1].upper and same_line_gap(text, toks[k], toks[k + 1]) and not _body_word(text, toks[k + 1]) \
        and not match_place([toks[k].text, toks[k + 1].text], 0)


def _body_word(text: str, t: Tok) -> bool:
    if not t.is_word:
        return False
    if t.upper and t.text.isalpha() and 2 <= len(t.text) <= 8:
        return True
    if t.upper and any(c.isdigit() for c in t.text) and t.text[0].isalpha():
        return True  # P4S, P2KB
    if t.cap and (is_vocab(t.text) or is_vocab(correct_word(t.text))):
        return True
    return t.cap and fold(correct_word(t.text)) in agencies.acronym_words()


def _registered_body(text: str, toks: list[Tok], k: int) -> bool:
    """A national body's acronym starts at token k ("Kementerian Pertahanan dan TNI": two bodies)."""
    am = acronym_table().match(text, toks, k)
    return bool(am and am[1].agency is not None and toks[k].upper)


def _lone_word(text: str, toks: list[Tok], j: int) -> bool:
    """toks[j] is a capitalized word not followed by another capitalized word on the line."""
    if not toks[j].cap or not toks[j].is_word:
        return False
    if len(toks[j].text) == 1 and text[toks[j].end:toks[j].end + 1] == ".":
        return False  # "Kadis Kominfo M. Ridwan": an initial opens the holder's name
    k = j + 1
    if k < len(toks) and same_line_gap(text, toks[j], toks[k]) and toks[k].is_word and toks[k].cap:
        return False
    return True


def _starts_org(text: str, toks: list[Tok], k: int) -> bool:
    return _starts_head(text, toks, k) or acronym_table().match(text, toks, k) is not None


def _starts_head(text: str, toks: list[Tok], k: int) -> bool:
    m = head_table().match(text, toks, k)
    if m and not (m[1].body == "byline"):
        return True
    return False


def after_bidang_head(text: str, toks: list[Tok], i: int) -> bool:
    """True when token i ('Bidang') follows a position whose 'Bidang ...' is a portfolio (Asisten II Bidang)."""
    j = i - 1
    steps = 0
    for m in range(i - 1, max(0, i - 5), -1):
        # "Staf Ahli Bupati Poso Bidang Ekonomi": the principal's region comes between
        jur = _jurisdiction(text, toks, m, 2) if toks[m].cap else None
        if jur and jur[0] == i and not jur[2] and fold(toks[m - 1].text) in _position_words():
            j = m - 1
            break
    while j >= 0 and steps < 6:
        word = toks[j].text
        if word == ")" and steps == 0:
            # "Staf Ahli Menteri Pertahanan (Sahli Menhan) Bidang Sosial": the post's short form in brackets
            k = next((k for k in range(j - 1, max(-1, j - 6), -1) if toks[k].text == "("), None)
            if k is not None:
                j = k - 1
                continue
        if fold(word) in bidang_heads():
            return True
        # "Staf Ahli Menteri Pertahanan Bidang Politik": the principal's post with its portfolio comes between
        principal = is_vocab(word) and not _starts_head(text, toks, j)
        if not (word in ("I", "II", "III", "IV", "V", "1", "2", "3", "4", "Satu", "Dua", "Tiga", "Empat", "Lima")
                or fold(word) in title_words() or fold(word) in _position_words() or principal):
            return False
        j -= 1
        steps += 1
    return False


@lru_cache(maxsize=1)
def _position_words() -> frozenset[str]:
    """Folded words of position heads ("Staf Ahli Bupati Bidang ...": Bupati is the principal, not a unit)."""
    return frozenset(fold(w) for r in load_tsv("title_heads") for w in r["head"].split())
