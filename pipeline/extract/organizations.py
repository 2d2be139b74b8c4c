"""Organizations: the org-name grammar (orggrammar.py) at every head, acronym definitions "Name (ACR)",
datelines and bylines; then one entry per organization with a canonical key (resolve/agencies.py)."""
from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract import orggrammar as g
from pipeline.extract.english_titles import english_body_words
from pipeline.extract.facts import Facts, Mention, Organization
from pipeline.extract.regulations import inside_subject
from pipeline.nlp.state import add_mention, mentions
from pipeline.resolve import agencies, bylines
from pipeline.resolve.gazetteer import name_key
from pipeline.resolve.names import honorific_re, is_name_word
from pipeline.resolve.fuzzy import correct_phrase, correct_region_phrase, correct_word
from pipeline.resolve.lexicon import common_words, fold, headline_verb, is_vocab, match_place, men_form_in_use, \
    passive_in_use
from pipeline.resolve.tokens import Tok, doc_text, find_all, tokenize
from pipeline.tables import load_list, load_set, load_tsv

_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
_DEFINITION = re.compile(r"[ \t]*,?[ \t]*\([ \t]*([A-Z][A-Za-z0-9\-]{1,14}(?:[ \t][A-Z][A-Z0-9]{0,5})?)[ \t]*\)")
_LEGAL_FORMS = {"Persero", "Perseroda", "Perum", "Perumda"}
_GENERIC_ALONE = {"humas"}
_GENERIC_PLACES = re.compile(r"\)?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:di|se)[ \t]+(?:setiap[ \t]+|seluruh[ \t]+|tiap[ \t]+)?"
                             r"(?:provinsi|kabupaten|kota)[ \t]*/", re.IGNORECASE)

# a count or a quantifier before a body's head: several bodies of that kind ("9 Kantor Urusan Agama", "setiap
# Dinas"); a four-digit number is a year ("2021 Dinas Kominfo ..."), a number after a capitalized word is a unit's
# ("Grup 5 Komando Pasukan Khusus")
_COUNTED = re.compile(r"(?<![\w/.,-])(?:(\d{1,3})|(?i:dua|tiga|empat|lima|enam|tujuh|"
                      r"delapan|sembilan|sepuluh|belasan|puluhan|ratusan|setiap|tiap|seluruh|semua|sejumlah|beberapa|"
                      r"berbagai|para))[ \t]+$")


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """Words of running text and of bodies' heads and levels: what a body of a kind is called, no proper name."""
    from pipeline.nlp.ner import common_words

    heads = {w.lower() for r in g.load_tsv("org_heads") for w in r["head"].split()}
    return frozenset(common_words() | heads | {"provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan"})


_PERWAKILAN = "Perwakilan "
_COUNT_BEFORE = re.compile(r"(?<![\w/.,-])\d{1,4}[ \t]+$")
# a suspect, a victim or a minor is written by initials, an age in brackets or an alias after them ("berinisial
# MA alias Cuppi (23)", "tersangka MK (30)")
_AGE_OR_ALIAS_AFTER = re.compile(r"[ \t]*(?:\([ \t]*\d{1,2}(?:[ \t]*(?:th|thn|tahun))?[ \t]*\)|alias[ \t])")
_INITIALS_CUE_BEFORE = re.compile(r"\b(?:ber)?inisial[ \t]*:?[ \t]*$", re.IGNORECASE)


def _counted(text: str, start: int) -> bool:
    m = _COUNTED.search(text, max(0, start - 20), start)
    if m is None:
        return False
    before = text[max(0, m.start() - 30):m.start()].split()
    return not (m.group(1) and before and before[-1][:1].isupper())


def _generic_words(name: str) -> bool:
    """Every word of the name names a kind ("Kantor Urusan Agama", "Dinas Kesehatan kabupaten"), none a proper name."""
    words = re.findall(r"[^\W\d_]+", name)
    return bool(words) and all(w.lower() in _kind_words() for w in words)


try:  # the region resolver is written alongside; without it jurisdictions stay as written
    from pipeline.resolve.gazetteer import name_key
    from pipeline.resolve.regions import countries, resolve_place
except ImportError:  # pragma: no cover
    resolve_place = countries = None  # type: ignore[assignment]


def _region(text: str):
    if resolve_place is None or not text:
        return None
    try:
        return resolve_place(text)
    except Exception:  # a resolver failure must not lose the organization
        return None


@Language.factory("warta_organizations", default_config={"ner": False, "model": None})
class OrganizationFinder:
    def __init__(self, nlp: Language, name: str, ner: bool, model: str | None):
        self.name = name
        self.ner = ner  # the `ner` setting: the trained model may tell where a body's holder begins
        self.model = model
        g.head_table(), g.acronym_table(), g.title_words()

    def _persons(self, doc: Doc):
        """A function (start, end) -> the PER spans the trained NER finds in that stretch of the doc, or None."""
        if not self.ner:
            return None
        from pipeline.nlp.ner import default_ner_path, load_ner

        try:
            ner = load_ner(Path(self.model) if self.model else default_ner_path(), words_only=True)
        except (OSError, FileNotFoundError):  # no trained model shipped
            return None

        def persons(start: int, end: int) -> list[tuple[int, int]]:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                return []
            a, b = max(0, span.start - g.NER_CONTEXT), min(len(doc), span.end + g.NER_CONTEXT)
            window = doc[a:b]
            tagged = ner(Doc(ner.vocab, words=[t.text for t in window], spaces=[bool(t.whitespace_) for t in window]))
            return [(window[e.start].idx, window[e.end - 1].idx + len(window[e.end - 1].text))
                    for e in tagged.ents if e.label_ == "PER"]
        return persons

    def __call__(self, doc: Doc) -> Doc:
        text = _without_head_short_forms(doc_text(doc))
        recased, lines = _recased_caps_lines(text)
        token = _RECASED.set(lines)
        try:
            toks = tokenize(recased)
            for m in find(recased, toks, self._persons(doc)):
                add_mention(doc, m)
        finally:
            _RECASED.reset(token)
        return doc


_RECASED: ContextVar[tuple[tuple[int, int], ...]] = ContextVar("recased_lines", default=())


_CAPS_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


@lru_cache(maxsize=1)
def _cased_forms() -> dict[str, str]:
    """Upper-cased acronym or head word -> the way the tables write it ("KOMINFO" -> "Kominfo", "PT" -> "PT")."""
    words = [w for form in agencies.all_acronyms() for w in form.split()]
    words += [w for row in g.load_tsv("org_heads") for w in row["head"].split() if w[:1].isupper()]
    out: dict[str, str] = {}
    for w in words:  # a form in ordinary case ("Kodim") wins over the same head in capitals ("KODIM")
        if w.upper() not in out or out[w.upper()].isupper() and not w.isupper():
            out[w.upper()] = w
    return out


def _recased_caps_lines(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """'DISKOMINFO SULTRA BINCANG-BINCANG BERSAMA AWAK MEDIA', '... PENGHARGAAN DARI PT TASPEN CABANG KENDARI':
    a line written all in capitals hides which words are acronyms; it is read in title case (offsets kept), the
    tables' acronyms in their own case and function words in lowercase, like a title-case headline. Returns the
    text and the spans of the lines read so."""
    spans, a = [], 0
    for line in text.split("\n"):
        if _caps_line_text(line):
            spans.append((a, a + len(line)))
        a += len(line) + 1
    if not spans:
        return text, ()
    forms, small = _cased_forms(), g.function_words()

    def case(m: re.Match) -> str:
        w = m.group(0)
        if w in forms:
            return forms[w]
        if w.lower() in small:
            return w.lower()
        # a short word the tables do not know stays an acronym ("PPU"); longer words are words
        return w.capitalize() if len(w) > 3 or is_vocab(w) or match_place([w.capitalize()], 0) else w

    out = list(text)
    for a, b in spans:
        out[a:b] = _CAPS_WORD.sub(case, text[a:b])
    return "".join(out), tuple(spans)


def _all_capitals(line: str) -> bool:
    return sum(c.isalpha() for c in line) >= 12 and line.upper() == line


def _caps_line_text(line: str) -> bool:
    return len([w for w in line.split() if w[:1].isalpha()]) >= 2 and _all_capitals(line)


_HEAD_BRACKET = re.compile(r"(?<=[A-Za-z]) \(([A-Z][A-Za-z]{2,9})\)(?= +[A-Z0-9])")


@lru_cache(maxsize=1)
def _heads_in_full() -> dict[str, tuple[str, ...]]:
    """Short heads that are their own unit ("Kodim") -> the heads written in full for them."""
    out: dict[str, list[str]] = {}
    for r in g.load_tsv("org_heads"):
        if r["unit"] != r["head"] and " " in r["head"]:
            out.setdefault(r["unit"], []).append(r["head"])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _heads_by_initials() -> dict[str, tuple[str, ...]]:
    """Initials -> the heads of several capitalized words they abbreviate ("DPD" -> "Dewan Pimpinan Daerah")."""
    out: dict[str, list[str]] = {}
    for r in g.load_tsv("org_heads"):
        words = r["head"].split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            out.setdefault("".join(w[0] for w in words), []).append(r["head"])
    return {k: tuple(v) for k, v in out.items()}


def _without_head_short_forms(text: str) -> str:
    """'Kantor Wilayah (Kanwil) Kementerian Agama ...', 'Satuan Tugas (Satgas) Yonif 733/X': a head followed by
    its own short form in brackets goes on after them; the bracket is blanked (offsets kept) so the name is read
    whole."""
    def blank(m: re.Match) -> str:
        hm = g.head_table().match(m.group(1), tokenize(m.group(1)), 0)
        if hm is None:
            # "Dewan Pimpinan Daerah (DPD) Partai X": the initials of the head written in full just before
            full = _heads_by_initials().get(m.group(1), ())
            return " " * len(m.group(0)) if any(text.endswith(h, 0, m.start()) for h in full) else m.group(0)
        if hm[1].unit == hm[1].text:
            # "Komando Distrik Militer (Kodim) 1306/X": the head in full whose unit is the short form
            if not any(text.endswith(h, 0, m.start()) for h in _heads_in_full().get(hm[1].text, ())):
                return m.group(0)
        elif not text.endswith(hm[1].unit, 0, m.start()):
            return m.group(0)
        return " " * len(m.group(0))
    return _HEAD_BRACKET.sub(blank, text)


def find(text: str, toks: list[Tok], persons=None) -> list[Mention]:
    """persons: (start, end) -> PER spans of the trained NER there (see _holder_in_name), or None."""
    out: list[Mention] = []
    taken: set[tuple[int, int]] = set()
    inner: set[int] = set()  # token right after an accepted head: its body, not a nested unit
    parsed: list[tuple[g.OrgParse, Mention]] = []
    firsts = _head_firsts()
    toks = _cased_heads(toks, firsts)
    head_cover = 0  # tokens inside a multi-word head ("TP PKK") are not heads of their own
    for i, t in enumerate(toks):
        first = t.text[:1]
        if not first.isupper() and t.text not in ("pemerintah", "pemerintahan"):
            continue
        if i < head_cover:
            continue
        if t.text not in firsts and len(t.text) < 7 and t.text not in ("pemerintah", "pemerintahan"):
            continue
        parse = _best_parse(text, toks, i)
        if parse is None or _degree_after_name(text, toks, i, parse):
            continue
        if parse.head.unit.startswith("Dewan Pimpinan") and parse.head_end == i + 1 \
                and (chapter := _best_parse(text, toks, i + 1)) is not None and chapter.end == parse.end \
                and chapter.head.agency is not None and chapter.head.kind == "association":
            parse = chapter  # "DPC HNSI Sikka": the chapter of a registered association, keyed as the body there
        if parse.head.body in ("named", "portfolio") and parse.end > parse.head_end + 1 and _headline_line(text, t.start):
            parse = _before_headline_verb(text, toks, parse)
            if parse is None or _unity_of(text, toks, parse):
                continue
        parse = _before_passive(toks, parse)
        if parse is None:
            continue
        if parse.end > parse.head_end and parse.parent_at != parse.head_end \
                and not _numbered_unit_at(text, toks, parse.head_end) and parse.head.unit != "Fraksi":
            inner.add(parse.head_end)
            if parse.head.body == "place" and parse.jurisdiction:
                inner.update(range(parse.head_end, parse.jurisdiction[0]))  # "Kwarda Gerakan Pramuka Jawa Tengah"
        hm = g.head_table().match(text, toks, i)
        if hm and parse.end > hm[0] and parse.parent_at != hm[0] and not _numbered_unit_at(text, toks, hm[0]) \
                and parse.head.unit != "Fraksi":
            inner.add(hm[0])
        # "Sekretariat PT Bank X": the company a unit of any body is named with is named in its own right
        if i in inner and not (parse.head.kind == "company" and t.text in g.COMPANY_OPENERS):
            if not _names_parent(text, toks, i):
                continue
            am = g.acronym_table().match(text, toks, i)  # the national body itself, not its office again
            parse = g.OrgParse(i, am[0], am[1], am[0])
        head_cover = max(head_cover, parse.head_end)
        if parse.head.kind == "company" and (court := _high_court(text, toks, parse)) is not None:
            parse = court
        if parse.head.kind == "company":
            parse.end = _company_tail(text, toks, parse.end)
            head_cover = max(head_cover, parse.end)  # "PT PLN (Persero) Unit Induk ...": its unit, not another body
        elif parse.head.unit in _UNITS_OF_ANY_BODY and parse.end > parse.head_end:
            parse.end = _company_tail(text, toks, parse.end)  # "Unit Layanan PT PLN (Persero) UP3 X": the company's unit
        parse.end = _initials_tail(text, toks, parse)
        _seated_at_di(text, toks, parse)
        if persons is not None:
            parse.end = _holder_in_name(text, toks, parse, persons)
        if _holder_after_generic_head(text, toks, parse):
            continue
        m = _mention(text, toks, parse)
        if m and parse.head.agency is not None and parse.head.kind == "association":
            m = _with_chapter_level(text, toks, parse.start, m)
        if m and m.data.get("jurisdiction") and m.data.get("agency") in load_set("representative_offices") \
                and text.endswith(_PERWAKILAN, 0, m.start) \
                and not text[m.start - len(_PERWAKILAN) - 1:m.start - len(_PERWAKILAN)].isalnum():
            # "Perwakilan BKKBN Provinsi X": the body's office in the province is named so
            s = m.start - len(_PERWAKILAN)
            m = Mention(s, m.end, text[s:m.end], kind=m.kind, source=m.source, data=m.data)
        if m and _dinas_head_before(text, toks, parse):
            continue  # "Kadis Kominfo": the region's dinas of that portfolio, not the ministry
        if m and parse.jurisdiction is None and _GENERIC_PLACES.match(text, m.end):
            continue  # "TPID (...) di kabupaten/kota": the bodies of every region, not one organization
        if m and parse.jurisdiction is None and _counted(text, m.start) \
                and _generic_words(m.text):
            continue  # "kepada 9 Kantor Urusan Agama", "setiap Dinas Pendidikan": bodies of a kind, none by name
        if m and parse.head.unit == "Unit" and _COUNT_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue  # "45 Unit Rumah", "12 Unit Mobil": after a count, "unit" is the word things are counted by
        if m and (m.start, m.end) not in taken:
            taken.add((m.start, m.end))
            out.append(m)
            parsed.append((parse, m))
    _shared_jurisdiction(text, toks, parsed)
    _outer_definitions(out)
    # words after a body's bracket that complete its name ("(BPSDMP) Kominfo Surabaya") are not another body
    conts = [m.data["continuation_span"] for m in out if m.data.get("continuation_span")]
    out = [m for m in out if not any(a <= m.start and m.end <= b for a, b in conts)]
    # "(Bappeda Litbang)": a registered short form inside a body's bracketed short form of two words is part of it
    # ("(Kemhan RI)" keeps "Kemhan": the same body, its alias)
    defs = [(m.data["definition_span"], m.data.get("key")) for m in out if m.data.get("definition_span")]
    out = [m for m in out if not any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b)
                                     and m.data.get("key") != key for (a, b), key in defs)]
    _placed_definitions(out)
    out.extend(_national_governments(text, toks, taken))
    out.extend(_english_names(text, toks, taken))
    out.extend(_foreign_companies(text, toks, taken))
    local = _local_acronyms(text, toks, out, taken)
    out = [m for m in out if not any(a.start <= m.start and m.end <= a.end and (a.start, a.end) != (m.start, m.end)
                                     for a in local)] + local
    out.extend(_board_units(text, toks, out, taken))
    out.extend(_credit_orgs(text, toks, taken))
    out.extend(_media_outlets(text, toks, out, taken))
    writers = [m.data["writer"] for m in out if m.data.get("writer")]
    out = [m for m in out if not any(m.start < b and a < m.end for a, b in writers)]  # "KPU Arf": KPU's writer
    return _trim_run_ons(text, toks, out)


@lru_cache(maxsize=1)
def _dinas_post_heads() -> dict[str, str]:
    return {r["head"]: r["unit"] for r in g.load_tsv("title_heads") if r["unit"] in ("Dinas", "Bidang")}


def _dinas_head_before(text: str, toks: list[Tok], p: g.OrgParse) -> bool:
    """'Kadis Kominfo', 'Sekdis Kemensos': a ministry's bare short form right after the short post of a dinas (or of
    a dinas's bidang, for a ministry with no office of its own in the regions) names the dinas of its portfolio."""
    a = p.head.agency
    if a is None or a.kind != "government" or p.jurisdiction is not None or p.start == 0 or p.end != p.head_end:
        return False
    unit = _dinas_post_heads().get(toks[p.start - 1].text)
    if unit is None or not g.same_line_gap(text, toks[p.start - 1], toks[p.start]):
        return False
    return unit == "Dinas" or not a.regional or a.dinas


def _high_court(text: str, toks: list[Tok], p: g.OrgParse) -> g.OrgParse | None:
    """'Ketua PT Malut', 'Aula PT Maluku Utara': "PT" and a province's name alone is its Pengadilan Tinggi; no company
    is named by a province alone."""
    if p.head.text != "PT" or p.end <= p.head_end:
        return None
    jur = g._jurisdiction(text, toks, p.head_end, 2)
    if not jur or jur[1] is not None or jur[2] or jur[0] != p.end:
        return None
    code = _region_code(text[toks[p.head_end].start:toks[p.end - 1].end])
    if code is None or "." in code:
        return None
    hm = g.head_table().match("Pengadilan Tinggi", tokenize("Pengadilan Tinggi"), 0)
    if hm is None:
        return None
    return g.OrgParse(p.start, p.end, hm[1], p.head_end, jurisdiction=(p.head_end, p.end))


@lru_cache(maxsize=1)
def _chapter_levels() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(x.split()) for x in load_list("chapter_levels"))


def _with_chapter_level(text: str, toks: list[Tok], i: int, m: Mention) -> Mention:
    """'DPD KNPI Kabupaten X', 'PC GP Ansor Y': the level of a registered association's chapter written before it is
    part of the chapter's name; the chapter is the body in its region, so it keeps the body's key."""
    for n in (2, 1):
        if i - n < 0 or tuple(t.text for t in toks[i - n:i]) not in _chapter_levels():
            continue
        if not all(g.same_line_gap(text, a, b) for a, b in zip(toks[i - n:i], toks[i - n + 1:i + 1])):
            continue
        start = toks[i - n].start
        return Mention(start, m.end, text[start:m.end], kind=m.kind, source=m.source, data=m.data)
    return m


def _holder_in_name(text: str, toks: list[Tok], p: g.OrgParse, persons) -> int:
    """'Direktur PT Soldi Arman Lubis yang ...', 'Ketua Pembina Yayasan Tarumajaya Indra Wijaya Masri, dan
    ...': after a post, a company's or foundation's own name is open-ended and is written without a comma before
    its holder's; the body ends where the holder's name begins, which the trained NER tells. Only a name of two
    words or more that closes the body after one word of its own at least; the end of the parse otherwise."""
    if p.head.body != "named" or p.head.unit not in load_set("open_name_heads") or p.end - p.head_end < 2 \
            or not g._after_post(text, toks, p.start):
        return p.end
    last = toks[p.end - 1]
    if p.end + 1 < len(toks) and toks[p.end].text == "," and toks[p.end].start == last.end \
            and toks[p.end + 1].cap and g.same_line_gap(text, toks[p.end], toks[p.end + 1]) \
            and not g._post_at(text, toks, p.end + 1) and not g._starts_org(text, toks, p.end + 1):
        return p.end  # "Direktur Perumda Air Minum Wae Mbeliling, Yohanes ...": the holder is named after the comma
    for s, e in persons(toks[p.head_end].start, last.end):
        k = _token_from(toks, s)
        if k == p.end and _initial(last) and p.end - 1 > p.head_end + 1:
            return p.end - 1  # "PT Bumi Sentosa I Made Sudarsana": the initial before the name is its first word
        if k is None or toks[k].start != s or not (p.head_end < k <= p.end - 2) or e < last.end:
            continue
        while k - 1 > p.head_end and _initial(toks[k - 1]):
            k -= 1  # "I Wayan Suardana": a Balinese name's particle, or an initial, opens the holder's name
        words = [t for t in toks[k:p.end] if not _initial(t)]
        if len(words) >= 2 and not match_place([t.text for t in words], 0) and all(
                t.is_word and t.cap and not t.upper and t.text.lower() not in english_body_words() for t in words):
            return k
    return p.end


def _holder_after_generic_head(text: str, toks: list[Tok], p: g.OrgParse) -> bool:
    """'Ketua Panitia Hendra Gunawan', 'Ketua Satgas Rudi Lamada': a generic head ("Panitia", "Satgas") names its
    body by what it does; after a post, a run of name words only (no word of institutional vocabulary, acronym or
    place) right after it is the post's holder, and there is no body's name."""
    if p.head.body != "named" or p.head.unit not in load_set("function_named_heads") or p.end == p.head_end or not g._after_post(text, toks, p.start):
        return False
    words = [t.text for t in toks[p.head_end:p.end]]
    return all(t.cap and not t.upper and is_name_word(t.text) and not is_vocab(t.text)
               for t in toks[p.head_end:p.end]) and not any(match_place(words, j) for j in range(len(words)))


def _initial(t: Tok) -> bool:
    return len(t.text) == 1 and t.text.isupper()


_LIST_GAP = re.compile(r"[ \t]*\)?[ \t]*(?:,[ \t]*(?:dan|serta)?|dan|serta|&)[ \t]*", re.IGNORECASE)


def _shared_jurisdiction(text: str, toks: list[Tok], parsed: list[tuple[g.OrgParse, Mention]]) -> None:
    """'Dinas Kesehatan, Dinas Sosial dan Dinas PPPA Kabupaten X', 'BPKAD dan Inspektorat Kota Y': a list of
    regional bodies written with one region after the last names each of them in that region."""
    run: list[tuple[g.OrgParse, Mention]] = []
    for p, m in sorted(parsed, key=lambda pm: pm[1].start):
        if run and not ((gap := _LIST_GAP.fullmatch(text, run[-1][1].end, m.start)) and gap.group(0).strip()):
            run = []
        if p.head.kind != "government":
            run = []
            continue
        if run and p.jurisdiction is None and p.parent_at is not None and p.head.unit in g.subunit_kinds() \
                and toks[p.end - 1].end == m.end:
            # "Komisi I dan Komisi IV DPRD Provinsi X": units listed before the last belong to its body too
            for q, o in run:
                if q.head.unit in g.subunit_kinds() and q.parent_at is None and q.jurisdiction is None:
                    o.data.update(_with_parent(text, toks, q, p.parent_at, p.end))
            run = []
            continue
        if p.jurisdiction is None:
            if p.head.body in ("portfolio", "regional") or p.head.agency is not None and p.head.agency.local:
                run.append((p, m))
            else:
                run = []
            continue
        if run and (p.head.body in ("portfolio", "regional", "agencyname")
                    or p.head.unit in load_set("regional_government_units")) and p.jurisdiction[1] == p.end \
                and toks[p.end - 1].end == m.end:
            k, jur = p.jurisdiction[0], (p.jurisdiction[1], p.jur_prefix, False)
            for q, o in run:
                placed = _placed_at(text, toks, q, k, jur)
                if placed.get("jurisdiction") and (placed.get("region_code") or "x.x.x").count(".") <= 1:
                    o.data.update({x: placed[x] for x in ("expanded", "key", "jurisdiction", "region_code")
                                   if x in placed})
                    o.data["continuation"] = text[toks[k].start:m.end]
        run = []


def _outer_definitions(found: list[Mention]) -> None:
    """'Persatuan Purnawirawan Angkatan Darat (PPAD)': a bracket after two names ending together defines the
    longer; the body named inside it keeps no short form."""
    for m in found:
        d = m.data.get("definition")
        if d and any(o.end == m.end and o.start < m.start and o.data.get("definition") == d for o in found):
            for k in ("definition", "continuation", "continuation_span"):
                m.data.pop(k, None)


def _placed_definitions(found: list[Mention]) -> None:
    """'Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten X': the short form in the bracket names the body of
    the region written after it, so it does not also stand for the same body of another region ("BPBD Provinsi
    Y" later is another organization)."""
    for m in found:
        cont, code = m.data.get("continuation_span"), m.data.get("region_code")
        if not (cont and code and m.data.get("definition")):
            continue
        for o in found:
            if m.end < o.start and o.end <= cont[0] and o.text == m.data["definition"] \
                    and not o.data.get("region_code"):
                o.data["region_code"] = code


def _cased_heads(toks: list[Tok], firsts: frozenset[str]) -> list[Tok]:
    """'DINAS Kesehatan Kota X', 'PEMERINTAH Kabupaten Y': a release's first word is often written in capitals; a
    head word in capitals before a word in ordinary case is read in its usual case."""
    out = None
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else Tok(t.end, t.end, "")
        word = t.text.capitalize()
        # "DENPOM XIV/3", "KODIM 1417": a one-word head in capitals before its number
        if t.upper and len(t.text) >= 4 and word in firsts and (nxt.cap and not nxt.upper or (
                g._ROMAN_UNIT.fullmatch(nxt.text) or nxt.text.isdigit())
                and g.head_table().match(word, [Tok(0, len(word), word)], 0) is not None
                or _lone_capitals(toks, i) and _standalone_acronym(word)):
            out = out or list(toks)
            out[i] = Tok(t.start, t.end, t.text.capitalize())
    return out or toks


def _standalone_acronym(word: str) -> bool:
    """A registered one-word acronym that names its body without a place ("Diskominfotik", not "Prokopim")."""
    m = g.acronym_table().match(word, [Tok(0, len(word), word)], 0)
    return m is not None and not m[1].needs


def _lone_capitals(toks: list[Tok], i: int) -> bool:
    """'#DISKOMINFOTIK', '... oleh KEMENAG.': a word in capitals among words that are not, which the tables
    write in ordinary case as one word, is that word (a headline in capitals is re-cased as a whole)."""
    return all(not (toks[k].is_word and toks[k].upper and len(toks[k].text) > 1)
               for k in (i - 1, i + 1) if 0 <= k < len(toks))


def _trim_run_ons(text: str, toks: list[Tok], found: list[Mention]) -> list[Mention]:
    """A body is written the same way each time it is named. A mention that is another mention's text plus
    capitalized words naming no place, body or nation ran on into what follows the body: the person after it
    ("Ketua Koperasi Tani Maju Sarwani", when the text names Sarwani again or the body follows a post) or, in a
    title-case headline, its verb ("Dinas Ketahanan Pangan Percepat Penyaluran ..."). It is cut back to the
    shorter form."""
    forms = {m.text: m for m in found if " " in m.text}
    if len(forms) < 2:
        return found
    for m in list(forms.values()):
        words = m.text.split()
        for k in range(2, len(words)):  # "Dinas Ketahanan Pangan" of "Dinas Ketahanan Pangan Kabupaten Garut"
            if fold(words[k].rstrip(".")) in g.region_prefixes() or match_place(words[k:], 0) == len(words) - k:
                forms.setdefault(" ".join(words[:k]), m)
                break
    headline_end = text.find("\n")
    out = []
    for m in found:
        short = max((f for f in forms if len(f) < len(m.text) and m.text.startswith(f + " ")), key=len, default=None)
        if short is not None and not m.data.get("definition") \
                and _runs_on(text, toks, found, m, m.text[len(short) + 1:], m.start < headline_end):
            n = forms[short]
            m = Mention(m.start, m.start + len(short), short, kind=m.kind, source=m.source, data=dict(n.data))
        out.append(m)
    return out


def _runs_on(text: str, toks: list[Tok], found: list[Mention], m: Mention, rest: str, in_headline: bool) -> bool:
    words = rest.split()
    first = words[0]
    if not first[:1].isupper() or any(c.isdigit() for c in rest) or fold(first) in g.NATIONAL:
        return False
    if fold(first.rstrip(".")) in g.region_prefixes() or match_place(words, 0):
        return False
    rtoks = tokenize(rest)
    if g.head_table().match(rest, rtoks, 0) or g.acronym_table().match(rest, rtoks, 0):
        return False
    if (cls := g.office_classes().match(rest, rtoks, 0)) and cls[0] == len(rtoks):
        return False  # "Pengadilan Negeri X Kelas IA": the office's class written after its seat
    if in_headline:
        return True
    # the words after the body are named again outside every body: a person's name, not the body's
    short = m.text[:len(m.text) - len(rest)].rstrip()
    for p in find_all(text, first):
        if text[:p[0]].rstrip().endswith(short):
            continue  # "Koperasi Desa Merah Putih Sidera Resmi ...": the body's own word where it was read short
        if not (m.start <= p[0] < m.end) and not any(o.start <= p[0] < o.end for o in found):
            return True
    # "Ketua Koperasi Tani Maju Sarwani, Direktur ...": after a post, up to three words the body is named without
    # elsewhere, then the list or the clause goes on, are its holder's name
    k, e = _token_from(toks, m.start), _token_from(toks, m.end)
    return k is not None and len(words) <= 3 and g._after_post(text, toks, k) \
        and (e is None or not g.same_line_gap(text, toks[e - 1], toks[e]) or toks[e].text in (",", ".")
             or toks[e].is_word and toks[e].text[:1].islower())


def _numbered_unit_at(text: str, toks: list[Tok], k: int) -> bool:
    """A numbered unit starts at token k ("Satgas Yonif 733/Masariku"): the body formed from it names it, and the
    unit is listed on its own."""
    hm = g.head_table().match(text, toks, k)
    return bool(hm and hm[1].body == "named" and hm[0] < len(toks) and toks[hm[0]].text[:1].isdigit())


# Heads whose body is the national body they belong to: "Kanwil Kemenag ...", "Setjen Kemhan" name Kemenag, Kemhan
_PARENT_BODY_UNITS = {"Kantor Wilayah", "Kantor", "Sekretariat Jenderal", "Inspektorat Jenderal"}


def _names_parent(text: str, toks: list[Tok], i: int) -> bool:
    """Token i, the body of the head before it, is a registry body that head belongs to."""
    am = g.acronym_table().match(text, toks, i) if i > 0 else None
    if am is None or am[1].agency is None or am[1].agency.local:
        return False  # "Kantor BPBD Provinsi X": a body only the regions have is no national parent
    k = i - 1
    if toks[k].text == "." and k > 0:
        k -= 1
    for start in range(max(0, k - 2), k + 1):
        hm = g.head_table().match(text, toks, start)
        if hm and hm[0] in (i, k + 1) and hm[1].unit in _PARENT_BODY_UNITS:
            return True
    return False


@lru_cache(maxsize=1)
def _degrees() -> frozenset[str]:
    return frozenset(d.replace(".", "").upper() for d in load_list("degrees"))


def _degree_after_name(text: str, toks: list[Tok], i: int, p: g.OrgParse) -> bool:
    """'Saharuddin MA, pejabat ...', 'Nasaruddin Umar, MA menekankan': an acronym that is also a degree, right
    after a capitalized name (or its comma), is the degree."""
    if p.end != p.head_end or p.head.body != "agencyname" or toks[i].text.upper() not in _degrees():
        return False
    k = i - 1
    if k >= 0 and toks[k].text == "," and g.same_line_gap(text, toks[k], toks[i]):
        k -= 1
    return k >= 0 and toks[k].is_word and toks[k].cap and not toks[k].upper \
        and g.head_table().match(text, toks, k) is None and toks[k].end + 2 >= toks[k + 1].start \
        and not is_vocab(toks[k].text) and fold(toks[k].text) not in g.title_words()


def _best_parse(text: str, toks: list[Tok], i: int) -> g.OrgParse | None:
    cands = []
    t = toks[i]
    hm = g.head_table().match(text, toks, i)
    if hm is None and t.text in ("pemerintah", "pemerintahan"):
        hm = g.head_table().match(text, [Tok(t.start, t.end, t.text.capitalize())] + toks[i + 1:i + 2], 0)
        if hm:
            hm = (i + 1, hm[1])
    if hm and hm[1].body != "byline":
        cands.append(g.parse_at(text, toks, i, hm[1], hm[0]))
    am = g.acronym_table().match(text, toks, i)
    if am and am[0] == i + 1 and (_defined_otherwise(text, t.text, am[1]) or _other_sense(text, t, am[1])):
        am = None  # "Peraturan Baris Berbaris (PBB)", "membayar PBB": the release gives the acronym a meaning of its own
    if am and am[0] == i + 1 and am[1].agency is not None and t.text in _region_alias_words() \
            and am[1].agency.name not in text and not _international_before(toks, i):
        am = None  # "Bupati OKI": a region's short form, unless the body is named or its context says so
    if am and am[0] == i + 1 and am[0] < len(toks) and (fold(t.text), toks[am[0]].text) in _FIXED_PHRASES:
        am = None  # '"Antara lain Bandara ...': "antara lain" (among others) opening a sentence, not the agency
    if am:
        cands.append(g.parse_at(text, toks, i, am[1], am[0]))
    if not cands and t.cap and len(t.text) >= 7:
        fixed = correct_word(t.text)  # "Kemeterian", "Kemenlumham"
        if fixed != t.text:
            toks2 = toks[:i] + [Tok(t.start, t.end, fixed)] + toks[i + 1:]
            return _best_parse(text, toks2, i)
    for p in cands:  # a name its bracketed acronym spells whole is read whole before it is judged
        if p.head.body in ("agencyname", "regional"):
            continue  # a registered name is whole already ("Dewan Perwakilan Rakyat" is not "... Rakyat Daerah")
        n = _initials_tail(text, toks, p)
        p.body_words.extend(k for k in range(p.end, n) if toks[k].is_word)
        p.end = n
    for p in cands:
        if p.head.body == "agencyname" and p.end + 1 < len(toks) and g._is_prefix(toks[p.end]) \
                and toks[p.end + 1].text == "(" and g.same_line_gap(text, toks[p.end - 1], toks[p.end]):
            # "Badan Narkotika Nasional Provinsi (BNNP) X": the level word of a registered body's regional office,
            # its region written after the bracket
            p.end += 1
    good = [p for p in cands if _acceptable(text, toks, p)]
    if not good:
        return None
    good = g.prefer_registered(toks, good)
    return max(good, key=lambda p: (p.end, p.head.body in ("agencyname", "regional")))


_FIXED_PHRASES = {("antara", "lain")}


@lru_cache(maxsize=1)
def _region_alias_words() -> frozenset[str]:
    return frozenset(r["alias"] for r in g.load_tsv("region_aliases") if " " not in r["alias"])


@lru_cache(maxsize=1)
def _international_cues() -> tuple[str, ...]:
    return tuple(load_list("international_cues"))


def _international_before(toks: list[Tok], i: int) -> bool:
    """'negara anggota OKI', 'Sekretaris Jenderal OKI': a short form an international body shares with a region."""
    before = " ".join(t.text.lower() for t in toks[max(0, i - 3):i])
    return (" " + before).endswith(tuple(" " + c for c in _international_cues()))

_BRACKETED_ACRONYM = re.compile(r"\([ \t]*([A-Z]{2,6})[ \t]*\)")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][\w’'\-]*[ \t]+){1,8})$")
_LOOKBACK = 160  # eight words and their spaces


@lru_cache(maxsize=4)
def _local_definitions(text: str) -> dict[str, list[list[str]]]:
    """Acronym -> the words before its brackets that spell it: "Purchasing Managers' Index (PMI)"."""
    out: dict[str, list[list[str]]] = {}
    # brackets first, words after: one pattern with both backtracks over every word of the text
    for m in _BRACKETED_ACRONYM.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, m.start() - _LOOKBACK), m.start())
        if not before:
            continue
        acr = m.group(1)
        words = [w for w in re.split(r"[\s\-]+", before.group(1)) if w and w.lower() not in g.CONNECTORS][-len(acr):]
        if len(words) == len(acr) and "".join(w[0] for w in words).upper() == acr:
            out.setdefault(acr, []).append(words)
            # "Calon Pekerja Migran Indonesia (CPMI)": the words after a qualifier spell the shorter form too
            for k in range(1, len(acr) - 2):
                out.setdefault(acr[k:], []).append(words[k:])
    return out


def _defined_otherwise(text: str, acronym: str, head: g.Head) -> bool:
    """The release spells a registered acronym out as words that share none with the body's name."""
    spelled = _local_definitions(text).get(acronym)
    if not spelled or head.unit in text:
        return False
    # "Program Magang Indonesia (PMI)" is not the Palang Merah Indonesia: a country's or a level's word is shared
    # by many names and tells nothing
    name = set(re.split(r"[\s\-]+", fold(head.unit))) - _SHARED_NAME_WORDS
    return all(not any(fold(w) in name for w in words) for words in spelled)


_SHARED_NAME_WORDS = frozenset({"indonesia", "nasional", "republik", "daerah", "pusat"})


@lru_cache(maxsize=1)
def _other_senses() -> dict[str, re.Pattern[str]]:
    """Short form -> the words that tell its other sense (data/acronym_other_senses.tsv)."""
    return {r["acronym"]: re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in r["words"].split("|")), re.IGNORECASE)
        for r in load_tsv("acronym_other_senses")}


def _other_sense(text: str, t: Tok, head: g.Head) -> bool:
    """'pajak PPh Badan dan PBB', 'membayar PBB-P2 sebelum jatuh tempo': a release that uses a registered short form
    for a thing of another sense (the land tax) in a sentence with that sense's words means that thing wherever it
    writes the short form, unless it writes the body's name out."""
    words = _other_senses().get(t.text)
    if words is None or head.unit in text:
        return False
    for m in re.finditer(r"(?<![\w-])%s(?![\w])" % re.escape(t.text), text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [k for k in (text.find(". ", m.end()), text.find("\n", m.end())) if k >= 0]
        if words.search(text, start, min(ends) if ends else len(text)):
            return True
    return False


def _acceptable(text: str, toks: list[Tok], p: g.OrgParse) -> bool:
    if p.generic or _unity_of(text, toks, p):
        return False
    h = p.head
    if h.text in ("Pemerintah", "Pemerintahan") and not p.jur_prefix:
        return False
    if h.kind == "education" and h.text == h.unit and " " not in h.text and not p.body_words and p.jur_prefix:
        return False  # "guru SMK Kabupaten X": a school level within a region, not one school
    if p.body_words and not p.jurisdiction and p.parent_at is None and h.unit not in g.subunit_kinds() \
            and all(toks[k].text.lower() in load_set("org_category_words") for k in p.body_words):
        return False  # "Badan Publik", "Rumah Sakit Pemerintah": a kind of body, not one body
    if _category_phrase(text, toks, p):
        return False
    if h.body == "named" and p.head_end < len(toks) and fold(toks[p.head_end].text) in load_set("org_merit_words"):
        return False  # "Lomba Gapoktan Berprestasi", "KWT Teladan": a contest's category of bodies, not one body
    if h.body == "named" and h.needs and h.unit in g.subunit_kinds() and (
            not p.body_words or (nxt := g.head_table().match(text, toks, p.head_end)) and nxt[1].kind == "government"):
        return False  # "Seluruh Fraksi DPRD X": a unit that takes its own name, named by its body alone
    if h.needs and not p.body_words and not p.jurisdiction and p.parent_at is None:
        # "Gabungan Kelompok Tani (Gapoktan) Sumber Rejeki", "Pemerintah Kota (Pemkot) Bandung": the body or the
        # place follows the acronym
        d = _DEFINITION.match(text, toks[p.end - 1].end)
        if not (d and d.group(1) not in _post_heads()  # "Komandan Batalyon (Danyon) X": the post's short form
                and (h.body == "named" or h.body == "place" and d.group(1)[0] == h.text[0])
                and _continuation(text, toks, d.end(), p)):  # "Rencana ... Pemerintah Daerah (RKPD)" is no body
            return False
    elif h.body == "place" and h.needs and not p.jurisdiction and p.parent_at is None:
        return False
    elif h.body == "place" and not p.jurisdiction and p.parent_at is None and _level_follows(text, toks, p.end):
        return False  # "TP PKK Desa", "TP-PKK Tingkat Provinsi": the body at every place of a level, not one body
    if h.unit == "Kantor" and p.end > p.head_end and _regional_body_at(text, toks, p.head_end):
        return False  # "Kantor Pemkab Kapuas", "Kantor Diskominfo Sultra": the body's office building, not a body
    if h.unit == "Kantor" and _unnamed_office(text, toks, p):
        return False  # "Kantor Desa", "Kantor Sekretariat": the office of a body the release leaves unnamed
    if h.text == "Kantor" and p.jurisdiction and p.jurisdiction[0] == p.head_end and p.end == p.jurisdiction[1] \
            and p.jur_prefix in ("desa", "kecamatan"):
        return False  # "meresmikan Kantor Desa Susupu": a village's or a kecamatan's office building, not a body
    if p.start > 0 and toks[p.start - 1].text.lower() in _DRESS_WORDS:
        return False  # "Pakaian Dinas Upacara", "Seragam Dinas Harian": a uniform, not a body
    if h.unit == "Pusat" and p.start > 0 and toks[p.start - 1].text.lower() == "kantor":
        return False  # "Kantor Pusat LAN": the body's headquarters, not a "Pusat" unit
    hm = g.head_table().match(text, toks, p.start)
    bm = g.building_heads().match(text, toks, p.start)
    if bm and hm and bm[0] > hm[0]:
        return False  # "Balai Kota Bengkulu", "Balai Pertemuan Desa X": a building, not the body "Balai ..."
    if h.body == "portfolio" and h.needs and not p.body_words and not p.parent_at:
        return False  # "Pusat Kecamatan X": a portfolio head needs its portfolio, a place alone is not one
    if h.regional is not None and h.regional.needs_place and not p.jurisdiction:
        return False
    if h.text == "Bidang" and g.after_bidang_head(text, toks, p.start):
        return False
    if h.unit == "Bidang" and _fund_before(toks, p.start):
        return False  # "DAK Fisik Bidang Kesehatan": the field a transfer fund is earmarked for, not a unit
    if h.unit == "Bidang" and p.start > 1 and toks[p.start - 1].text in _FIELD_PREPOSITIONS \
            and toks[p.start - 2].is_word and p.parent_at is None:
        return False  # "Perkuat Kemitraan Di Bidang Pertahanan": a title-case headline's field of work, not a unit
    if h.unit.startswith("Dewan Pimpinan") and p.start > 0 and toks[p.start - 1].text == ")":
        return False  # "Himpunan X (HX) DPC Y": the chapter of the association just named, within its name
    if h.unit == "Majelis" and p.head_end < len(toks) and toks[p.head_end].text.lower() == "hakim":
        return False  # "Majelis Hakim": the bench of judges a court forms for one case, not a body
    if h.unit == "Tim" and not _task_team(text, toks, p):
        return False
    if h.text in _event_heads() and _reads_as_event(text, toks, p):
        return False
    if h.body == "named" and len(p.body_words) >= 3 and _caps_line(text, toks[p.start].start):
        return False  # "SMK NEGERI IKUTI RAPAT KERJA": in an all-caps headline every word looks like an acronym
    if h.body == "named" and h.needs and p.body_words and all(toks[k].text.isdigit() for k in p.body_words) \
            and h.kind != "education" and not p.jurisdiction:
        # a number alone names no body ("SMA Negeri 72" is named by its number; "Kodim 1418 Kabupaten Mamuju" by
        # its number and its region)
        return False
    if p.end == p.head_end == p.start + 1 and toks[p.start].text.isupper() \
            and (_AGE_OR_ALIAS_AFTER.match(text, toks[p.start].end)
                 or _INITIALS_CUE_BEFORE.search(text, max(0, toks[p.start].start - 14), toks[p.start].start)):
        return False  # "tersangka berinisial MK (30)": a person's initials, not the body of that short form
    if h.body == "agencyname" and h.kind == "education" and p.end == p.head_end and _slashed_term(text, toks, p):
        return False  # "desain UI/UX": a university's short form glued by a slash to a word naming no body is a term
    return True


def _fund_before(toks: list[Tok], i: int) -> bool:
    """A budget's short form (figure_names.txt: DAK, DAU) ends right before token i, past at most two capitalized
    words that qualify it ("DAK Fisik Reguler") and its bracket ("Dana Alokasi Khusus (DAK) Fisik")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        word = toks[k].text
        if word in load_set("figure_names"):
            return True
        if not (word == ")" or toks[k].is_word and word[:1].isupper() and not word.isupper() and i - k <= 3):
            return False
    return False


@lru_cache(maxsize=1)
def _category_phrases() -> tuple[frozenset[str], frozenset[str]]:
    rows = load_list("org_category_phrases")
    return (frozenset(r for r in rows if not r.startswith("+")),
            frozenset(r[1:] for r in rows if r.startswith("+")) | load_set("org_category_words"))


def _category_phrase(text: str, toks: list[Tok], p: g.OrgParse) -> bool:
    """'Lembaga Keuangan Mikro', 'Lembaga Swadaya Masyarakat', 'Badan Layanan Umum Kemenkeu': a kind of institution
    (org_category_phrases.txt), with only category words after it, names no one body."""
    ends = [k for k in (p.jurisdiction[0] if p.jurisdiction else None, p.parent_at) if k is not None]
    end = min(ends, default=p.end)
    for k in range(p.start, end):  # "... Umum Kemenkeu": the body the kind belongs to ends it too
        if k > p.start and g.acronym_table().match(text, toks, k):
            end = k
            break
    words = [fold(w) for t in toks[p.start:end] if t.is_word for w in t.text.split("-")]
    phrases, tails = _category_phrases()
    for n in range(len(words), 1, -1):
        if " ".join(words[:n]) in phrases:
            return all(w in tails for w in words[n:])
    return False


def _task_team(text: str, toks: list[Tok], p: g.OrgParse) -> bool:
    """'Tim Analis Cagar Budaya', 'Tim Penyusun Kebijakan ...': a team named by its task (two words at least,
    numbers aside) is a body; 'Tim Penilai', 'Tim Terpadu' are any panel, 'Tim BPTD ...', 'Tim Asistensi BSSN' the
    staff of the body they name, 'Tim Sepak Bola Kota X' a squad. A name the grammar stops short of (a word it
    does not know follows: 'Tim Analisis Media dan Konten') is left out rather than cut."""
    words = [k for k in p.body_words if toks[k].text.lower() not in g.CONNECTORS and toks[k].text.isalpha()
             and not g._ROMAN_UNIT.fullmatch(toks[k].text)]  # "Tim Gugus III": a numbered squad
    if len(words) < 2 or any(g._starts_org(text, toks, k) for k in words):
        return False
    if any(toks[k].text.lower() in load_set("team_sports") for k in words):
        return False
    k = p.end
    if k < len(toks) and toks[k].text in g.CONNECTORS:
        k += 1
    return not (k < len(toks) and g.same_line_gap(text, toks[k - 1], toks[k]) and toks[k].is_word and toks[k].cap)


def _level_follows(text: str, toks: list[Tok], j: int) -> bool:
    """A level of government ("Desa", "Kecamatan", "Tingkat ...") follows token j-1 on its line."""
    return j < len(toks) and g.same_line_gap(text, toks[j - 1], toks[j]) \
        and (toks[j].text.lower() == "tingkat" or g._is_prefix(toks[j]) is not None)


def _slashed_term(text: str, toks: list[Tok], p: g.OrgParse) -> bool:
    a, b = toks[p.start].start, toks[p.end - 1].end
    for m in (re.match(r"/([A-Za-z]+)", text[b:]), re.search(r"([A-Za-z]+)/\Z", text[max(0, a - 20):a])):
        if m and not g.acronym_table().match(m.group(1), tokenize(m.group(1)), 0) \
                and not g.head_table().match(m.group(1), tokenize(m.group(1)), 0):
            return True
    return False


_DRESS_WORDS = {"pakaian", "seragam"}


def _unnamed_office(text: str, toks: list[Tok], p: g.OrgParse) -> bool:
    """"Kantor" and one word that is itself a kind of body or of village, with no name after it."""
    if p.end != p.head_end + 1 or p.body_words != [p.head_end] or p.jurisdiction or p.parent_at is not None:
        return False
    w = toks[p.head_end].text
    hm = g.head_table().match(text, toks, p.head_end)
    return fold(w) in g.region_prefixes() or w in g.branch_words() or (hm is not None and hm[0] == p.end)


_UNITY_HEADS = {"Persatuan", "Kesatuan"}


def _unity_of(text: str, toks: list[Tok], p: g.OrgParse) -> bool:
    """'Persatuan Indonesia', 'Persatuan Nasional', 'Persatuan ASEAN': the unity of a nation or of a body, not an
    association; an association's name says who it unites ('Persatuan Wartawan Indonesia')."""
    if p.head.text not in _UNITY_HEADS or not p.body_words or p.jurisdiction:
        return False
    k = p.head_end
    while k < p.end:
        am = g.acronym_table().match(text, toks, k)
        if am and am[0] <= p.end:
            k = am[0]
        elif fold(toks[k].text) in g.NATIONAL or fold(toks[k].text) == "bangsa" or match_place([toks[k].text], 0):
            k += 1
        else:
            return False
    return True


def _regional_body_at(text: str, toks: list[Tok], k: int) -> bool:
    """A regional government or one of its dinas/badan starts at token k."""
    hm = g.head_table().match(text, toks, k)
    if hm and (hm[1].body == "place" or hm[1].unit in ("Dinas", "Badan")):
        return True
    am = g.acronym_table().match(text, toks, k)
    return bool(am and am[1].regional is not None)


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    return frozenset(load_list("org_event_heads"))


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """Last words of the event cues that come right before an event's name (menggelar, menghadiri, acara, dalam)."""
    return frozenset(r["cue"].split()[-1] for r in g.load_tsv("event_cues") if r["kind"] in ("trigger", "attend", "context"))


@lru_cache(maxsize=1)
def _event_kind_names() -> tuple[str, ...]:
    heads = {fold(h) for h in _event_heads()}
    return tuple(fold(r["cue"]) for r in g.load_tsv("event_kinds")
                 if fold(r["cue"]).split()[0] in heads and " " in r["cue"].strip())


_FIELD_PREPOSITIONS = {"Di", "Dalam", "Pada"}
_MEMBER_WORDS = {"anggota", "pengurus", "pembentukan", "koordinator", "sekretaris", "bendahara", "pembina"}


def _reads_as_event(text: str, toks: list[Tok], p: g.OrgParse) -> bool:
    """'menghadiri Forum Bisnis', 'Forum Merdeka Barat 9', 'Forum Investasi Tahun 2024': an event, not a body."""
    if p.start > 0 and fold(toks[p.start - 1].text) in _event_words():
        return True
    if _headline_line(text, toks[p.start].start):
        return True
    # a body is named with its jurisdiction, defines its acronym, or has members and leaders ("Ketua Forum X")
    member = p.start > 0 and (fold(toks[p.start - 1].text) in g.title_words() or fold(toks[p.start - 1].text)
                              in _MEMBER_WORDS)
    defined = _DEFINITION.match(text, toks[p.end - 1].end) is not None
    if not (p.jurisdiction or member or defined) or (len(p.body_words) < 2 and not p.jurisdiction):
        return True
    phrase = fold(text[toks[p.start].start:toks[p.end - 1].end])
    if any(phrase.startswith(k) for k in _event_kind_names()):
        return True  # "Forum Group Discussion" is the name of a kind of event
    if any(toks[k].text[:1].isdigit() for k in p.body_words):
        return True
    nxt = toks[p.end] if p.end < len(toks) else None
    return nxt is not None and g.same_line_gap(text, toks[p.end - 1], nxt) and (
        nxt.text[:1].isdigit() or fold(nxt.text) in ("tahun", "ke", "ke-"))


@lru_cache(maxsize=1)
def _headline_predicates() -> frozenset[str]:
    """Words that open a title-case headline's predicate (`predicate` rows of event_cues.tsv)."""
    return frozenset(r["cue"].lower() for r in load_tsv("event_cues") if r["kind"] == "predicate")


def _before_headline_verb(text: str, toks: list[Tok], p: g.OrgParse) -> g.OrgParse | None:
    """'Majelis Syura X Bahas Penguatan ...', 'Yayasan Y Gelar Lomba ...': a title-case headline capitalizes its
    verb too; a named body ends before it (a verb right after the head leaves no body)."""
    for k in range(p.head_end, p.end):
        # a word running text also writes bare ("Gelar", "Ikuti") is the verb right after the body's seat; a word
        # that opens a headline's predicate ("Raih", "Terima", "Hadir") ends the body wherever it stands
        if headline_verb(toks[k].text) or k > p.head_end and men_form_in_use(toks[k].text) \
                and (_place_ends_at(toks, p.head_end, k) or _proper_name_before(toks, p, k)) \
                or k > p.head_end and toks[k].text.lower() in _headline_predicates():
            if k == p.head_end:
                return None
            p.end = k
            p.body_words = [b for b in p.body_words if b < k]
            if p.jurisdiction and p.jurisdiction[1] > k:
                p.jurisdiction = None  # "... Teknologi Tepat Guna": a place word after the verb is no seat of the body
            return p
    return p


def _before_passive(toks: list[Tok], p: g.OrgParse) -> g.OrgParse | None:
    """'Kepala Puskesmas Dilantik', 'Kantor Camat Baru Diresmikan': running text writes a passive verb in lower
    case, so a capitalized one inside a body's name is a title-case headline's verb; the body ends before it."""
    for k in range(p.head_end, p.end):
        if passive_in_use(toks[k].text):
            if k == p.head_end:
                return None
            p.end = k
            p.body_words = [b for b in p.body_words if b < k]
            if p.jurisdiction and p.jurisdiction[1] > k:
                p.jurisdiction = None
            return p
    return p


def _proper_name_before(toks: list[Tok], p: g.OrgParse, k: int) -> bool:
    """'BUMDes Maju Bersama Gelar Pasar Murah': a proper name (a word of no body's vocabulary) ends the body and the
    verb has its object after it; words closed by the body's seat ('Hari Jadi Kota Bima') are the body's own."""
    return k + 1 < p.end and not (p.jurisdiction and p.jurisdiction[0] > k) \
        and any(toks[j].text[:1].isupper() and not is_vocab(toks[j].text) for j in range(p.head_end, k))


def _place_ends_at(toks: list[Tok], lo: int, k: int) -> bool:
    words = [t.text for t in toks[lo:k]]
    return any(match_place(words, j) == len(words) - j for j in range(max(0, len(words) - 4), len(words)))


def _caps_line(text: str, pos: int) -> bool:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b >= 0 else len(text)]
    if any(s <= pos < e for s, e in _RECASED.get()):
        return True  # a line in capitals, read in title case
    return _all_capitals(line)


def _mention(text: str, toks: list[Tok], p: g.OrgParse, source: str = "rule") -> Mention | None:
    start, end = toks[p.start].start, toks[p.end - 1].end
    if p.end < len(toks) and toks[p.end].text == "." and toks[p.end].start == end and p.end == p.head_end \
            and toks[p.end - 1].text in g._abbreviations():
        end += 1  # "PT." written alone keeps its dot
    surface = text[start:end]
    data = describe(text, toks, p)
    d = _DEFINITION.match(text, end) or _head_short_definition(text, end, p) or _regional_short(text, end, surface) \
        or _initials_and_last_word(text, end, surface)
    if d and honorific_re().fullmatch(f"({d.group(1)})"):
        d = None  # "Mayjen TNI (Purn)": a retired officer's mark, not the body's acronym
    if d and _other_body(d.group(1), p):
        d = None  # "Pangkalan TNI AU (Lanud) X": the short form of the body the name ends, not the name's
    party = None
    if d and p.head.unit == "Fraksi" and d.group(1)[:1].upper() != "F":
        party, d = d, None  # "Fraksi Partai Keadilan Sejahtera (PKS) DPRD X": the party's short form
    if d and _spelled_from_before(text, toks, p, d.group(1)):
        d = None  # "Kesatuan Pengamanan Rutan (KPR) X": the bracket names a unit that opens before the body
    if d and d.group(1) != surface:
        if d.group(1) not in _post_heads() and not _post_short(text, toks, p, d.group(1)):
            data["definition"] = d.group(1)  # "Kepala Dinas Kesehatan (Kadinkes) Kabupaten X": the post's
            if " " in d.group(1):
                data["definition_span"] = [d.start(1), d.end(1)]
        cont = _continuation(text, toks, d.end(), p)
        if cont:
            data["continuation"] = text[cont[0]:cont[1]]
            data["continuation_span"] = list(cont)
            placed = _placed_after_bracket(text, toks, p, cont) or _branch_after_bracket(text, toks, p, cont)
            if placed:
                data.update({k: placed[k] for k in ("expanded", "key", "jurisdiction", "region_code")})
            owner = _owner_kind_after_bracket(text, toks, p, cont)
            if owner:
                data["kind"] = owner  # "Unit Donor Darah (UDD) PMI Kota X": a unit of an association
        else:
            parent = _parent_after_bracket(text, toks, d.end(), p)
            data.update(parent or {})
            if parent and (owner := _owner_kind_after_bracket(text, toks, p, (d.end(), d.end()))):
                data["kind"] = owner  # "Pusat Kajian X (PKX) Fakultas Hukum Universitas Y": a unit of a university
    elif party:
        data["definition"] = f"Fraksi {party.group(1)}"  # the fraksi is then written "Fraksi PKS"
        data.update(_parent_after_bracket(text, toks, party.end(), p) or {})
    elif not d and (b := _BRACKET.match(text, end)):
        # "Biro Informasi Pertahanan (Karo Infohan) Setjen Kemhan": a post's short form in the bracket
        data.update(_parent_after_bracket(text, toks, b.end(), p) or {})
    elif not d and (placed := _spelled_out_in_bracket(text, toks, p, end)):
        data.update({k: placed[k] for k in ("expanded", "key", "jurisdiction", "region_code", "continuation",
                                            "continuation_span") if k in placed})
    elif not d and _spouse_body(p):
        data.update(_parent_after_bracket(text, toks, end, p) or {})  # "DWP Dinas Sosial Kabupaten X"
    return Mention(start, end, surface, kind="organization", source=source, data=data)


def _owner_kind_after_bracket(text: str, toks: list[Tok], p: g.OrgParse, cont: tuple[int, int]) -> str | None:
    """The kind of the registered body a unit of any body is named with after its bracket."""
    k = _token_from(toks, cont[0])
    if k is None or p.head.unit not in _UNITS_OF_ANY_BODY:
        return None
    am = g.acronym_table().match(text, toks, k)
    if am is None or am[1].agency is None or am[1].agency.kind not in _KINDS_PASSED_ON:
        hm = g.head_table().match(text, toks, k)  # "(PKX) Fakultas Hukum Universitas Y": a faculty's unit
        return hm[1].kind if hm and hm[1].kind == "education" else None
    return am[1].agency.kind


def _place_short_after_place(surface: str, short: str) -> bool:
    """A bracket that names a place, after a name that ends in a place, is that place's short form."""
    sw, words = short.split(), surface.replace(".", " ").split()
    if not sw or match_place(sw, 0) != len(sw):
        return False
    return any(k + match_place(words, k) == len(words) for k in range(max(1, len(words) - 4), len(words)))


# the word after the head may be a short form with a lowercase letter ("Kanwil DJPb")
_HEAD_SHORT_DEFINITION = re.compile(
    r"[ \t]*\([ \t]*([A-Z][A-Za-z]{1,11}[ \t](?:[A-Z][a-z][A-Za-z]{1,14}|[A-Z]{2,6}[a-z]))[ \t]*\)")


def _head_short_definition(text: str, end: int, p: g.OrgParse) -> re.Match | None:
    """'Badan Pengembangan dan Pembinaan Bahasa (Badan Bahasa)', 'Satuan Tugas Teritorial (Satgas Ter)': the head
    (or its short form) and one word of the name is the body's short form."""
    d = _HEAD_SHORT_DEFINITION.match(text, end)
    if d is None:
        return None
    short = d.group(1).split()[0]
    hm = g.head_table().match(short, [Tok(0, len(short), short)], 0)
    if hm is None:
        # "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah (Bappeda Litbang)": the short form of
        # a body of the same head, and a word for the portfolio the name adds
        hm = g.acronym_table().match(short, [Tok(0, len(short), short)], 0)
        if hm is not None and hm[1].unit.split()[0] == p.head.unit and hm[1].unit != p.head.unit \
                and fold(hm[1].unit) != fold(text[d.start():d.end()]):
            return d
        return None
    return d if hm[1].unit == p.head.unit else None


_WORD_AND_REGION = re.compile(r"[ \t]*\([ \t]*([A-Z][a-z]+[ \t]([A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?))[ \t]*\)")


_INITIALS_AND_WORD = re.compile(r"[ \t]*\([ \t]*([A-Z]{2,6}[ \t]([A-Z][a-z]{3,}))[ \t]*\)")


def _initials_and_last_word(text: str, end: int, surface: str) -> re.Match | None:
    """'Partai Demokrasi Indonesia Perjuangan (PDI Perjuangan)': the initials of the name's first words and its
    last word written out are the body's short form."""
    d = _INITIALS_AND_WORD.match(text, end)
    words = surface.split()
    if d is None or len(words) < 3 or d.group(2) != words[-1]:
        return None
    initials = d.group(1).split()[0]
    firsts = "".join(w[0] for w in words[:-1] if w[:1].isupper())
    return d if initials in firsts else None


def _regional_short(text: str, end: int, surface: str) -> re.Match | None:
    """'PT Bank Pembangunan Daerah Sulawesi Tengah (Bank Sulteng)': a word of the name and its region's short form
    in the bracket are the body's short form."""
    d = _WORD_AND_REGION.match(text, end)
    if d is None or d.group(1).split()[0] not in surface.split() \
            or _region_code(d.group(2)) is None and not all(map(_region_code, d.group(2).split())):
        return None  # "(Bank Maluku Malut)": the short forms of both provinces a bank belongs to
    return d


def _other_body(short: str, p: g.OrgParse) -> bool:
    """A registered body's bracket holds the short form of another registered body or unit."""
    if p.head.agency is None:
        return False
    other = agencies.lookup(short)
    if other is not None:
        return other.name != p.head.agency.name
    hm = g.head_table().match(short, tokenize(short), 0)
    # "Tim Penggerak Pemberdayaan Kesejahteraan Keluarga (TP PKK)": a head that names this body is its short form
    return hm is not None and hm[0] == len(tokenize(short)) \
        and p.head.agency.name not in (hm[1].unit, hm[1].agency and hm[1].agency.name)


def _spelled_from_before(text: str, toks: list[Tok], p: g.OrgParse, short: str) -> bool:
    """'Kepala Kesatuan Pengamanan Lapas (KPLP) X': the bracket after a named body spells capitalized words written
    before its head as well (the head in full too: Lapas, Lembaga Pemasyarakatan), so it is a larger unit's short
    form, and what follows it is no part of the body's name."""
    acr = _spelled_acronym(short)
    if p.head.body != "named" or p.body_words or not acr.isalnum() or not acr.isupper() \
            or acr[0].lower() == toks[p.start].text[0].lower():
        return False
    tails = ([t.text for t in toks[p.start:p.end]], p.head.unit.split() + [t.text for t in toks[p.head_end:p.end]])
    s = p.start
    while s > 0 and p.start - s < 4 and toks[s - 1].is_word and toks[s - 1].cap \
            and g.same_line_gap(text, toks[s - 1], toks[s]) and not g._is_honorific(text, toks[s - 1]):
        s -= 1
        before = [t.text for t in toks[s:p.start]]
        if before[0][0].lower() == acr[0].lower() and any(_spells(before + tail, acr) for tail in tails):
            return True
    return False


@lru_cache(maxsize=1)
def _post_heads() -> frozenset[str]:
    return frozenset(r["head"] for r in g.load_tsv("title_heads"))


@lru_cache(maxsize=1)
def _post_prefixes() -> dict[str, str]:
    return {r["post"]: r["prefix"] for r in g.load_tsv("post_short_prefixes")}


def _post_short(text: str, toks: list[Tok], p: g.OrgParse, short: str) -> bool:
    """'Komandan Komando Wilayah TNI AL (Dankowil)': after a body named right after a post, a bracket that opens
    with the post's short syllable and names no registered body is the post's short form."""
    k, prefix = p.start - 1, None
    while k >= 0 and p.start - k <= 4 and g.same_line_gap(text, toks[k], toks[k + 1]) and toks[k].cap:
        prefix = _post_prefixes().get(toks[k].text)
        if prefix:
            break  # "Komandan Komando Wilayah TNI AL (Dankowil)": the post a few words before the body
        k -= 1
    if not prefix or not short.startswith(prefix) or len(short) < len(prefix) + 3 or not short[len(prefix)].islower():
        return False
    if short[:3].lower() == toks[p.start].text[:3].lower():
        return False  # "Kepala Kantor Pertanahan (Kantah)": the body's own short form opens as its name does
    return agencies.lookup(short) is None and agencies.regional(short.split()[0]) is None


_SPELLED_OUT = re.compile(r"[ \t]*\)[ \t]*")


def _spelled_out_in_bracket(text: str, toks: list[Tok], p: g.OrgParse, end: int) -> dict | None:
    """'Disdukcapil (Dinas Kependudukan dan Pencatatan Sipil) Kota Palu': the name spelled out in a bracket after
    the short form is placed by the jurisdiction written after the bracket, as the short form is."""
    c = _SPELLED_OUT.match(text, end)
    if not c or text[c.start():c.end()].strip() != ")" or p.start < 2 or toks[p.start - 1].text != "(":
        return None
    if p.end - p.start < 2:
        return None  # "Badan Siber dan Sandi Negara (BSSN)", "Pangkalan TNI AU (Lanud) X": a short form in it
    for j in range(max(1, p.start - 5), p.start - 1):
        # "Bappeda Kabupaten X (Badan Perencanaan Pembangunan Daerah)": the short form's region is the name's
        jur = g._jurisdiction(text, toks, j, 3)
        if jur and not jur[2] and jur[0] == p.start - 1 and _short_form(toks[j - 1]) \
                and "\n" not in text[toks[j - 1].end:toks[j].start] \
                and not any(match_place([x.text for x in toks[y:jur[0]]], 0) == jur[0] - y for y in range(max(0, j - 3), j)):
            # a headline's last word is no short form; nor, in "... Daerah Sulawesi Tengah (Bank Sulteng)", is a
            # region's last word
            return {**_placed_at(text, toks, p, j, jur),
                    "continuation": text[toks[j].start:toks[jur[0] - 1].end]}
    if not _short_form(toks[p.start - 2]):
        return None
    k = _token_from(toks, c.end())
    if k is None or toks[k].start != c.end():
        return None
    jur = g._jurisdiction(text, toks, k, 3)
    if not jur or jur[2]:
        return None
    span = (toks[k].start, toks[jur[0] - 1].end)
    return {**_placed_at(text, toks, p, k, jur), "continuation": text[span[0]:span[1]], "continuation_span": list(span)}


def _short_form(t: Tok) -> bool:
    return t.is_word and t.text[:1].isupper() and fold(t.text) not in common_words()


def _placed_after_bracket(text: str, toks: list[Tok], p: g.OrgParse, cont: tuple[int, int]) -> dict | None:
    """'Badan Pusat Statistik (BPS) Provinsi Jawa Tengah': a jurisdiction after the bracket places the body, so it
    is the same organization as 'BPS Provinsi Jawa Tengah'."""
    k = _token_from(toks, cont[0])
    if k is None:
        return None
    seat = g.seat_after_di(text, toks, k, text[toks[p.start].start:toks[p.end - 1].end])
    if seat is not None and toks[seat[1] - 1].end == cont[1]:
        return _spliced(text, toks, p, k, seat[1], jurisdiction=(p.end + seat[0] - k, p.end + seat[1] - k),
                        jur_prefix=seat[2])
    if (cls := _class_after_bracket(text, toks, k)) is not None and toks[cls[1] - 1].end == cont[1]:
        return _spliced(text, toks, p, k, cls[1], jurisdiction=(p.end + cls[0] - k, p.end + cls[1] - k),
                        jur_prefix=cls[2])
    jur = g._jurisdiction(text, toks, k, 3)
    if not jur or jur[2] or toks[jur[0] - 1].end != cont[1]:
        n = _area_end(text, toks, k)
        if n and toks[n - 1].end == cont[1]:
            return _placed_at(text, toks, p, k, (n, None))  # "Kanwil Direktorat Jenderal Pajak (DJP) Nusa Tenggara"
        return None
    return _placed_at(text, toks, p, k, jur)


def _area_end(text: str, toks: list[Tok], k: int) -> int | None:
    return g.other_area_end(text, toks, k)


def _branch_after_bracket(text: str, toks: list[Tok], p: g.OrgParse, cont: tuple[int, int]) -> dict | None:
    """'Bank Indonesia (BI) Perwakilan Provinsi X': the same office as 'Bank Indonesia Perwakilan Provinsi X'."""
    k = _token_from(toks, cont[0])
    if k is None or toks[k].text not in g.branch_words():
        return None
    n = _token_from(toks, cont[1])
    return _spliced(text, toks, p, k, len(toks) if n is None else n)


def _spliced(text: str, toks: list[Tok], p: g.OrgParse, k: int, end: int, **fields) -> dict:
    """Parse p read on with tokens k..end written apart from it (after its bracket, after a list)."""
    q = g.OrgParse(p.start, p.end + end - k, p.head, p.head_end, body_words=p.body_words, **fields)
    return describe(text, toks[:p.end] + toks[k:end], q)


def _placed_at(text: str, toks: list[Tok], p: g.OrgParse, k: int, jur: tuple) -> dict:
    return _spliced(text, toks, p, k, jur[0], jurisdiction=(p.end, p.end + jur[0] - k), jur_prefix=jur[1])


def _with_parent(text: str, toks: list[Tok], p: g.OrgParse, k: int, end: int) -> dict:
    """Unit p named with the body at tokens k..end (written elsewhere)."""
    data = {key: value for key, value in _spliced(text, toks, p, k, end, parent_at=p.end).items()
            if key in ("expanded", "key", "jurisdiction", "region_code", "parent")}
    return {**data, "continuation": text[toks[k].start:toks[end - 1].end]}


def _spouse_body(p: g.OrgParse) -> bool:
    """A wives' organisation ("Dharma Wanita Persatuan", "Bhayangkari"): its units are named with the office or
    command they belong to ("DWP Dinas Kesehatan Kota X")."""
    unit = fold(p.head.unit or p.head.text)
    return any(unit == b or unit.startswith(b + " ") for b in load_set("spouse_bodies"))


def _parent_after_bracket(text: str, toks: list[Tok], pos: int, p: g.OrgParse) -> dict | None:
    """'Unit Layanan Pengadaan (ULP) Setda Pemkot Baubau', 'Biro Informasi Pertahanan (Karo Infohan) Setjen Kemhan':
    a unit's bracket may stand between it and the body it belongs to; the unit is named with that body, which
    stays an organization of its own."""
    if p.parent_at is not None or p.jurisdiction is not None:
        return None
    k = _token_from(toks, pos)
    if k is None or text[pos:toks[k].start] != " ":
        return None
    parent = g._parent_org(text, toks, k)
    if parent is None:
        return None
    if p.head.unit not in g.subunit_kinds() and not _spouse_body(p) \
            and not (p.head.kind == "government" and parent.head.unit in load_set("legislatures")):
        return None  # "Badan Anggaran (Banggar) DPRD Kabupaten X": a legislature's organ is named with it
    return _with_parent(text, toks, p, k, parent.end)


_SPELLED_CONNECTORS = {"dan", "&", "of", "and", "untuk", "bagi", "kepada", "for", "the"}


def _initials_tail(text: str, toks: list[Tok], p: g.OrgParse) -> int:
    """'Badan Pelaksana Otorita Labuan Bajo Flores (BPOLBF)', 'Forum Silaturahmi Lurah (FORSIL)', 'Asosiasi
    Internet of Things Indonesia (ASIOTI)': capitalized words up to a bracketed acronym spelled by the first
    letters of every word of the whole name belong to the name (a post's word, 'Lurah', included)."""
    n = p.end
    while n < len(toks) and n - p.end < 6 and g.same_line_gap(text, toks[n - 1], toks[n]) and toks[n].is_word \
            and (toks[n].cap or toks[n].text in _SPELLED_CONNECTORS and n + 1 < len(toks) and toks[n + 1].cap):
        n += 1
    if n == p.end or not toks[n - 1].cap:
        return p.end
    d = _DEFINITION.match(text, toks[n - 1].end)
    if not d or "," in text[toks[n - 1].end:d.start(1)]:
        return p.end
    initials = "".join(t.text[0] for t in toks[p.start:n] if t.is_word and t.text.lower() not in g.CONNECTORS)
    acronym = _spelled_acronym(d.group(1)).upper()
    if initials.upper() == acronym and len(initials) >= 3:
        return n
    if len(acronym) >= 4 and " " not in acronym and _spells([t.text for t in toks[p.start:n] if t.is_word], acronym):
        return n
    # "Satuan Tugas Percepatan Program Strategis Pemerintah (Satgas P2SP)": the head's short form, then the initials
    # of the rest of the name
    short, _, rest = d.group(1).partition(" ")
    hm = g.head_table().match(short, [Tok(0, len(short), short)], 0)
    if rest and hm and hm[1].unit == p.head.unit:
        initials = "".join(t.text[0] for t in toks[p.head_end:n] if t.is_word and t.text.lower() not in g.CONNECTORS)
        if initials.upper() == _spelled_acronym(rest).upper() and len(initials) >= 2:
            return n
    return p.end


def _spelled_run_end(text: str, toks: list[Tok], s: int, e: int) -> int:
    """'Pacific Institute for Coastal Resilience Studies (PICRS)': capitalized words and
    connectors after an English name's head run on to a bracketed acronym that the whole run spells; the run opens
    with a connector ('Bank Umum Konvensional (BUK)' is Indonesian word order, the head first)."""
    if e >= len(toks) or toks[e].text not in _SPELLED_CONNECTORS:
        return e
    n = e
    while n < len(toks) and n - e < 10 and g.same_line_gap(text, toks[n - 1], toks[n]) and toks[n].is_word \
            and (toks[n].cap or toks[n].text in _SPELLED_CONNECTORS and n + 1 < len(toks)
                 and (toks[n + 1].cap or toks[n + 1].text in _SPELLED_CONNECTORS)):
        n += 1
    if n == e or not toks[n - 1].cap:
        return e
    d = _DEFINITION.match(text, toks[n - 1].end)
    acronym = _spelled_acronym(d.group(1)) if d else ""
    if len(acronym) >= 3 and acronym.isalnum() and _spells([t.text for t in toks[s:n] if t.is_word], acronym):
        return n
    return e


def _spelled_run_start(text: str, toks: list[Tok], s: int, e: int) -> int:
    """'Senior Advisory Group (SAG)': a word that opens a post elsewhere belongs to the name when the short form
    in brackets after it spells it too."""
    d = _DEFINITION.match(text, toks[e - 1].end)
    acronym = _spelled_acronym(d.group(1)) if d else ""
    if len(acronym) < 3 or not acronym.isalnum() \
            or _spells([t.text for t in toks[s:e] if t.is_word], acronym):
        return s
    for n in (s - 1, s - 2):
        if n < 0 or not (toks[n].is_word and toks[n].cap and not toks[n].upper) \
                or not g.same_line_gap(text, toks[n], toks[n + 1]):
            return s
        if _spells([t.text for t in toks[n:e] if t.is_word], acronym):
            return n
    return s


def _spells(words: list[str], acronym: str) -> bool:
    """'Forum Silaturahmi Lurah' spells FORSIL, 'Sekolah Staf dan Komandan Angkatan Darat' Seskoad: the acronym is
    the opening letters of every word in turn (one at least; a connector may give none)."""
    words = [w.lower() for w in words]
    acronym = acronym.lower()

    @lru_cache(maxsize=None)
    def go(i: int, a: int) -> bool:
        if i == len(words):
            return a == len(acronym)
        w = words[i]
        if w in _SPELLED_CONNECTORS and go(i + 1, a):
            return True
        n = 0
        while a + n < len(acronym) and n < len(w) and acronym[a + n] == w[n]:
            n += 1
            if go(i + 1, a + n):
                return True
        return False
    return len(words) >= 2 and go(0, 0)


def _spelled_whole(text: str, toks: list[Tok], pos: int, p: g.OrgParse) -> bool:
    """'PT Sinar Samudra Agro Teknologi (SSAT) Juwita': the bracket ending at pos spells the initials of the name
    (or of its body), so a company's name is whole and the word after the bracket is not part of it (other bodies
    name their seat or patron there: 'Perhimpunan Pelajar Indonesia (PPI) Prancis', 'RSPPN Soedirman')."""
    acr = text[text.rfind("(", 0, pos) + 1:pos].strip(" \t)")
    if not acr.isalnum():
        return False
    acr = _spelled_acronym(acr).upper()
    for a in (p.start, p.head_end):
        initials = "".join(t.text[0] for t in toks[a:p.end] if t.is_word and t.text.lower() not in g.CONNECTORS)
        if len(initials) >= 3 and initials.upper() == acr:
            return True
    return False


def _spelled_acronym(acronym: str) -> str:
    """'BP2MI' -> 'BPPMI', 'DP3A' -> 'DPPPA': a digit after a letter repeats it (Indonesian acronyms)."""
    return re.sub(r"([A-Za-z])([2-9])", lambda m: m.group(1) * int(m.group(2)), acronym)


def _company_tail(text: str, toks: list[Tok], j: int) -> int:
    """'PT PLN (Persero) Unit Induk Wilayah Sumatera Selatan, Jambi dan Bengkulu', 'PT Bank X Tbk': the legal
    form belongs to the name, and after '(Persero)' the company's regional unit does too."""
    def at(n: int, word: str | None = None) -> bool:
        return n < len(toks) and g.same_line_gap(text, toks[n - 1], toks[n]) and (word is None or toks[n].text == word)

    def branch(j: int) -> int:
        k = j + 1 if at(j, "Kantor") and at(j + 1) and toks[j + 1].text in g.branch_words() else j
        # "(Persero) Kantor Wilayah X": the branch's office, written with its word
        if not (at(k) and (toks[k].text == "Unit" or toks[k].text in g.branch_words()
                           or toks[k].text in g.branch_offices())):  # "(Persero) Rayon X", "(Persero) UP3 X"
            return j
        if toks[k].text in g.branch_offices():  # its seat or code only: "UP3 Gorontalo", "UIW S2JB"
            if not at(k + 1):
                return k + 1
            if toks[k + 1].text.isupper() and toks[k + 1].text[:1].isalpha():
                return k + 2
            n = k + 1 + match_place([t.text for t in toks[k + 1:k + 6]], 0)
            if n == k + 1:
                n = g.unit_area_end(text, toks, k + 1)  # "UP3 Flores Bagian Barat": an island's part, no region
            # "UIW Maluku dan Maluku Utara": a regional unit of two provinces
            return (g._second_province(text, toks, k + 1, n) if n > k + 1 else None) or n
        n = k
        # "(Persero) Regional 4 Ambon": a numbered branch, its number right after its word
        while at(n) and (toks[n].is_word and toks[n].cap or n == k + 1 and toks[n].text.isdigit()
                         or (toks[n].text in (",", "dan") and at(n + 1) and
                             match_place([t.text for t in toks[n + 1:n + 4]], 0))):
            n += 1
        return n

    if at(j, "Tbk"):
        return branch(g._skip_dot(text, toks, j + 1))  # "PT Bank X Tbk Cabang Y": a listed company's branch
    if not (at(j, "(") and at(j + 1) and toks[j + 1].text in _LEGAL_FORMS and at(j + 2, ")")):
        return j
    j += 3
    if at(j, "Tbk"):
        return branch(g._skip_dot(text, toks, j + 1))  # "PT Telkom Indonesia (Persero) Tbk": a listed state company
    if (n := branch(j)) > j:
        return n
    n = j
    while n - j < 2 and at(n) and toks[n].is_word and toks[n].text[0].isupper() and toks[n].text.upper() == toks[n].text:
        n += 1  # "UIW S2JB", "UP3"
    return n


def _continuation(text: str, toks: list[Tok], pos: int, p: g.OrgParse) -> tuple[int, int] | None:
    """'Balai Besar Pelatihan Pertanian (BBPP) Lembang': the place after the bracket completes the name;
    after a named body's bracket its proper name may follow ('Kelompok Tani (Poktan) Harapan Jaya')."""
    k = _token_from(toks, pos)
    if k is None or text[pos:toks[k].start].strip(" \t"):
        return None
    if p.jurisdiction is not None:
        if p.head.kind == "company" and toks[k].text in g.branch_words() and k + 1 < len(toks) \
                and g.same_line_gap(text, toks[k], toks[k + 1]):
            # "PT Bank Pembangunan Daerah X (Bank X) Cabang Y": the company's branch in a region of its province
            jur = g._jurisdiction(text, toks, k + 1, 3)
            if jur and not jur[2]:
                return toks[k].start, toks[jur[0] - 1].end
        return None
    if (seat := g.seat_after_di(text, toks, k, text[toks[p.start].start:toks[p.end - 1].end])) is not None:
        return toks[k].start, toks[seat[1] - 1].end  # "Balai Besar Pengawas Obat dan Makanan (BBPOM) di Mataram"
    if (cls := _class_after_bracket(text, toks, k)) is not None:
        return toks[k].start, toks[cls[1] - 1].end  # "Balai Pemasyarakatan (Bapas) Kelas II Ambon"
    if p.head.body == "named" and not p.body_words and not g._is_prefix(toks[k]):
        n = _name_words_end(text, toks, k, 4, lambda t: not g._is_prefix(t))
        if n > k:
            return toks[k].start, toks[n - 1].end
    jur = g._jurisdiction(text, toks, k, 3)
    if toks[p.end - 1].text == "Desa" and (n := _village_words_end(text, toks, k)) > (jur[0] if jur else k + 1):
        return toks[k].start, toks[n - 1].end  # "Badan Permusyawaratan Desa (BPD) Batu Putik": the whole village
    if jur and not jur[2]:
        return toks[k].start, toks[jur[0] - 1].end
    if (n := _area_end(text, toks, k)) is not None:
        return toks[k].start, toks[n - 1].end
    if toks[p.end - 1].text == "Desa" and g._lone_word(text, toks, k) and not g._starts_head(text, toks, k) \
            and not g._is_honorific(text, toks[k]) and fold(toks[k].text) not in g.title_words() \
            and _village_name(toks[k].text):
        return toks[k].start, toks[k].end  # "Badan Permusyawaratan Desa (BPD) Sidole": a village's body, its village
    am = g.acronym_table().match(text, toks, k)
    if am and am[1].agency is not None and p.head.agency is None and am[0] < len(toks) \
            and g.same_line_gap(text, toks[am[0] - 1], toks[am[0]]):
        # "Balai Pengembangan SDM dan Penelitian (BPSDMP) Kominfo Surabaya": the ministry a unit belongs to and the
        # unit's seat complete its name after the bracket
        jur = g._jurisdiction(text, toks, am[0], 3)
        if jur and not jur[2]:
            return toks[k].start, toks[jur[0] - 1].end
    if toks[k].text in g.branch_words() and k + 1 < len(toks) and g.same_line_gap(text, toks[k], toks[k + 1]):
        # "Bank Indonesia (BI) Perwakilan Provinsi X", "BPJS Kesehatan (BPJS) Cabang Y": the office in the region
        jur = g._jurisdiction(text, toks, k + 1, 3)
        if jur and not jur[2]:
            return toks[k].start, toks[jur[0] - 1].end
    if toks[k].text == "Wilayah" and k + 1 < len(toks) and g.same_line_gap(text, toks[k], toks[k + 1]) \
            and (toks[k + 1].text.isdigit() or g._ROMAN_UNIT.fullmatch(toks[k + 1].text)):
        return toks[k].start, toks[k + 1].end  # "Lembaga Layanan Pendidikan Tinggi (LLDIKTI) Wilayah X"
    if p.head.unit.startswith(("Balai", "Loka")) and g._lone_word(text, toks, k) and _village_name(toks[k].text) \
            and k + 2 < len(toks) and toks[k + 1].text == "," and toks[k + 2].cap and toks[k + 2].is_word:
        return toks[k].start, toks[k].end  # "Kepala BBPP (BBPP) Batangkaluku, Nama": a technical office's village seat
    if toks[k].cap and toks[k].is_word and g._lone_word(text, toks, k) and not g._starts_head(text, toks, k) \
            and fold(toks[k].text) not in g.title_words() and p.head.body in ("named", "regional") \
            and not (p.head.kind == "company" and _spelled_whole(text, toks, pos, p)):
        return toks[k].start, toks[k].end
    return _proper_name_after_bracket(text, toks, k)


def _village_words_end(text: str, toks: list[Tok], k: int) -> int:
    """End of the longest run of two or three capitalized words from k on one line that names a village, else k."""
    n = _name_words_end(text, toks, k, 3, lambda t: True)
    while n - k >= 2:
        if _village_name(text[toks[k].start:toks[n - 1].end]):
            return n
        n -= 1
    return k


def _village_name(word: str) -> bool:
    from pipeline.resolve.gazetteer import name_key, village_index

    return bool(village_index().get(name_key(word)))


def _seated_at_di(text: str, toks: list[Tok], p: g.OrgParse) -> None:
    """'BBPOM di Mataram', 'Loka POM di Kabupaten Poso': an office named with "di" and its seat."""
    if p.end >= len(toks):
        return
    if p.jurisdiction is not None:
        # "Cabang Kejaksaan Negeri Halmahera Utara di Tobelo": a branch named by its parent's region, then its town
        k = p.end
        if p.head.unit in g.seated_forms() and p.jurisdiction[1] == k and k + 1 < len(toks) and toks[k].text == "di" \
                and g.same_line_gap(text, toks[k - 1], toks[k]) and g.same_line_gap(text, toks[k], toks[k + 1]) \
                and g._lone_word(text, toks, k + 1) and not g._is_honorific(text, toks[k + 1]):
            p.end = k + 2
        return
    seat = g.seat_after_di(text, toks, p.end, text[toks[p.start].start:toks[p.end - 1].end])
    if seat is not None:
        p.jurisdiction, p.jur_prefix, p.end = (seat[0], seat[1]), seat[2], seat[1]


def _class_after_bracket(text: str, toks: list[Tok], k: int) -> tuple[int, int, str | None] | None:
    """(seat start, seat end, level) of an office's class and seat written after its bracket: the class belongs to
    the name as it does after the short form ("Lembaga Pembinaan Khusus Anak (LPKA) Kelas II Kupang")."""
    cls = g.office_classes().match(text, toks, k)
    if not cls or cls[0] >= len(toks) or not g.same_line_gap(text, toks[cls[0] - 1], toks[cls[0]]):
        return None
    jur = g._jurisdiction(text, toks, cls[0], 3)
    if not jur or jur[2]:
        return None
    e = jur[0]
    if e < len(toks) and toks[e].cap and fold(toks[e].text) in g._COMPASS and g.same_line_gap(text, toks[e - 1], toks[e]):
        e += 1  # "(KPP) Pratama Makassar Utara": an office of part of a city is named by it and a compass word
    return cls[0], e, jur[1]


def _name_words_end(text: str, toks: list[Tok], k: int, limit: int, also) -> int:
    """End of up to `limit` capitalized words from k on one line that open no body, are no honorific nor a post's
    word, and pass `also`: a body's own name written after its bracket."""
    n = k
    while n < len(toks) and n - k < limit and toks[n].cap and toks[n].is_word and also(toks[n]) \
            and (n == k or g.same_line_gap(text, toks[n - 1], toks[n])) and not g._starts_head(text, toks, n) \
            and not g._is_honorific(text, toks[n]) and fold(toks[n].text) not in g.title_words() \
            and fold(toks[n].text) not in g._name_stops():  # "(Paskibra) Merah Putih Tahun 2021": a year's word
        n += 1
    return n


def _proper_name_after_bracket(text: str, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """'Balai Wilayah Sungai (BWS) Sulawesi III': capitalized words that a number of the region follows complete the
    name after its bracket (other words there may be the holder's name: 'Kepala Badan X (BX) Budi Santoso, ...')."""
    n = _name_words_end(text, toks, k, 3, lambda t: not t.upper)
    if n > k and n < len(toks) and g.same_line_gap(text, toks[n - 1], toks[n]) and g._ROMAN_UNIT.fullmatch(toks[n].text):
        return toks[k].start, toks[n].end
    return None


def _token_from(toks: list[Tok], pos: int) -> int | None:
    """Index of the first token starting at or after char pos (binary search)."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(toks) else None


# the level a head's own name gives its jurisdiction ("Pemerintah Kabupaten", "Sekretariat Daerah Kota")
_LEVEL_IN_UNIT = re.compile(r"\b(?:Kabupaten|Kota|Provinsi)$")


def describe(text: str, toks: list[Tok], p: g.OrgParse) -> dict:
    """Unit, jurisdiction and the expanded form the key is computed from."""
    h = p.head
    unit = h.unit
    jur_text = None
    region = None
    if p.jurisdiction:
        a, b = p.jurisdiction
        jur_text = text[toks[a].start:toks[b - 1].end]
        fixed = correct_region_phrase(jur_text)
        words = [w for w in fixed.replace(".", " ").split()]
        if words and g._is_prefix(Tok(0, 0, words[0])):
            words = words[1:]
        level = _LEVEL_IN_UNIT.search(unit or "")
        if level and len(words) == len(fixed.replace(".", " ").split()):
            fixed = f"{level.group(0)} {fixed}"  # "Pemkab Bogor" is Kabupaten Bogor, "Pemkot Jambi" Kota Jambi
        # "Kecamatan Kota Masohi": a kecamatan named "Kota X", where "Kota" is no level of its own
        kota_kecamatan = len(words) > 1 and fold(words[0]) == "kota" and fold(fixed.split()[0].rstrip(".")) in ("kecamatan", "kec")
        region = _region(fixed) if words and (match_place(words, 0, max_level=4) == len(words) or kota_kecamatan) else None
    if unit == "Pemerintah" and p.jur_prefix:
        unit = "Pemerintah " + p.jur_prefix.capitalize()
    body_end = p.jurisdiction[0] if p.jurisdiction else p.end
    parts: list[str] = []
    if h.agency is not None:
        parts.append(h.agency.name)
    elif h.regional is not None:
        parts.append(h.regional.name)
    else:
        parts.append(unit)
    body_toks = [Tok(t.start, t.end, correct_word(t.text)) if t.is_word and t.cap else t
                 for t in toks[p.head_end:body_end]]
    k = 0
    while k < len(body_toks):
        t = body_toks[k]
        am = g.acronym_table().match(text, body_toks, k)
        if am:
            hd = am[1]
            name = hd.agency.name if hd.agency else hd.regional.name
            if k == 0 and unit == "Dinas" and name.startswith("Kementerian "):
                name = name[len("Kementerian "):]  # "Dinas Kominfo" is the Diskominfo, not a ministry's office
            if k == 0 and len(parts) == 1 and name.startswith(parts[0] + " "):
                parts = []  # "Kementerian Komdigi", "Dinas DKP": the head written again before its own short form
            parts.append(name)
            k = am[0]
            continue
        hm = g.head_table().match(text, body_toks, k) if k and t.is_word else None
        if hm and hm[0] == k + 1 and hm[1].kind == "government" and " " in hm[1].unit \
                and not fold(hm[1].unit).startswith(fold(t.text)):
            parts.append(hm[1].unit)  # "Bagian Hukum Setda X": the parent's short head, spelled as its long form is
            k += 1
            continue
        if t.is_word:
            exp = agencies.portfolio_abbreviations().get(fold(t.text))
            parts.append(exp if exp and (t.upper or len(t.text) > 3) else t.text)
        k += 1
    body = " ".join(parts)
    agency = h.agency or agencies.lookup(body)
    as_dinas = agency is not None and agency.dinas and bool(p.jurisdiction) \
        and h.unit not in ("Kantor Wilayah", "Kantor", "Dinas")
    if as_dinas:
        body = "Dinas " + agency.name.removeprefix("Kementerian ")  # "Kominfo Sultra": the province's Dinas Kominfo
    elif agency is not None and agency.regional and not agency.local and p.jurisdiction \
            and h.unit not in ("Kantor Wilayah", "Kantor"):
        level = region.kind if region else "provinsi"
        body = ("Kantor Wilayah " if level in ("provinsi", "other") else "Kantor ") + agency.name
    elif h.unit == "Kantor" and region is not None and region.kind == "provinsi" and body.startswith("Kantor ") \
            and (office := agencies.lookup(body[len("Kantor "):])) is not None and office.regional and not office.local:
        body = "Kantor Wilayah " + office.name  # "Kantor BPS Maluku": the national body's office in the province
    if unit == "Pemerintah Daerah" and body == unit and region is not None \
            and region.kind in ("provinsi", "kabupaten", "kota"):
        body = "Pemerintah " + region.kind.capitalize()  # "Pemda Jawa Barat" is the province's government
    key_body = body
    if h.unit == "Kantor" and region is not None and body.startswith(_REPRESENTATIVE) \
            and (office := agencies.lookup(body[len(_REPRESENTATIVE):])) is not None and office.regional \
            and not office.local:
        # "Kantor Perwakilan Bank Indonesia X" is the office "BI X" names: a representative office is the regional one
        key_body = ("Kantor Wilayah " if region.kind in ("provinsi", "other") else "Kantor ") + office.name
    jur_name = region.name if region else (correct_region_phrase(jur_text) if jur_text else None)
    expanded = f"{body} {jur_name}" if jur_name else body
    key_expanded = f"{key_body} {jur_name}" if jur_name else key_body
    return {
        "unit": unit,
        "kind": h.kind,
        "head": h.text,
        "mode": h.body,
        "expanded": expanded,
        "key": _identity_key(_regions_spelled(agencies.org_key(key_expanded)), h.kind),
        "body_key": _identity_key(_regions_spelled(agencies.org_key(key_body)), h.kind),
        "jurisdiction": jur_name,
        "jurisdiction_written": jur_text,
        "region_code": region.code if region else None,
        "agency": agency.name if agency else None,
        "ministry_as_dinas": as_dinas,
        "is_acronym": h.body in ("agencyname", "regional") and h.text != (h.agency.name if h.agency else "")
        and (len(h.text) <= 12 or h.text.replace(" ", "").isupper()),
    }


_REPRESENTATIVE = "Kantor Perwakilan "

# units any kind of body has: named with the body they belong to, they are of its kind
_UNITS_OF_ANY_BODY = frozenset({"Komisi", "Bidang", "Biro", "Sekretariat", "Sekretariat Jenderal", "Pusat", "Seksi",
                                "Divisi", "Departemen", "Unit", "Dewan", "Rumah Sakit", "Bagian", "Subbagian", "Humas",
                                "Direktorat"})
_KINDS_PASSED_ON = frozenset({"association", "company", "education", "government"})


_LEGAL_FORM_KEYS = frozenset(fold(f) for f in (*_LEGAL_FORMS, "Tbk"))


@lru_cache(maxsize=1)
def _region_short_forms() -> dict[str, str]:
    """Folded one-word short form of a region ("Sulteng", "NTB", "Parimo") -> its folded name without level."""
    from pipeline.resolve.gazetteer import bare_name, name_of

    out = {}
    for r in g.load_tsv("region_aliases"):
        alias = fold(r["alias"])
        name = r["name"] or name_of(r["code"])
        if " " in alias or not name:
            continue
        name = fold(bare_name(name))
        if alias not in name.split():  # "Meranti" is a word of "Kepulauan Meranti": nothing to spell
            out[alias] = name
    return out


def _regions_spelled(key: str) -> str:
    """'Kanwil Kemenag NTB' and 'Kantor Wilayah Kementerian Agama Provinsi Nusa Tenggara Barat' are one office: a
    region's short form inside a key is spelled as the region's name, wherever in the name it stands."""
    short = _region_short_forms()
    return " ".join(short.get(w, w) for w in key.split())


def _identity_key(key: str, kind: str) -> str:
    """'SMA 15', 'SMAN 15' and 'SMA Negeri 15 Kota X' are one school: a numbered school's key drops 'Negeri'.
    'PT PLN Rayon X' and 'PT PLN (Persero) Rayon X' are one company: a company's key drops its legal form."""
    if kind == "company":
        return " ".join(w for w in key.split() if w not in _LEGAL_FORM_KEYS)
    body, sep, seat = key.partition(" perwakilan ")
    body = body[7:] if body.startswith("kantor ") else body  # "Kantor BPK Perwakilan X": its premises' name
    if sep and seat and body in _represented_keys():
        key = f"kantor wilayah {body} {seat}"  # "BPK Perwakilan X" is "Perwakilan BPK X", the body's office in X
    status = next((f for f in _SERVICE_STATUS if key.startswith(f)), None)
    if status and key[len(status):].split(" ", 1)[0] in _named_head_firsts():
        key = key[len(status):]  # "UPTD Puskesmas X" is "Puskesmas X": UPTD is the unit's status, not its name
    if kind != "education" or not _numbers(key):
        return key
    return " ".join(w for w in key.split() if w not in ("negeri", "n"))


@lru_cache(maxsize=1)
def _known_acronyms() -> frozenset[str]:
    return frozenset(agencies.all_acronyms())


@lru_cache(maxsize=1)
def _represented_keys() -> frozenset[str]:
    """Keys of the national bodies whose office in a province is their 'Perwakilan' (representative_offices.txt)."""
    return frozenset(agencies.org_key(n) for n in load_list("representative_offices"))


_PARTY_CHAPTER = "dewan pimpinan "
_SERVICE_STATUS = ("uptd ", "upt ", "unit pelaksana teknis daerah ", "unit pelaksana teknis ")


@lru_cache(maxsize=1)
def _named_head_firsts() -> frozenset[str]:
    """Folded first words of the heads of named bodies (Puskesmas, SMP, Rumah Sakit), the units besides UPT(D)."""
    return frozenset(fold(r["head"].split()[0]) for r in g.load_tsv("org_heads")
                     if r["body"] == "named" and not fold(r["head"]).startswith(("upt", "unit pelaksana")))


@lru_cache(maxsize=1)
def _head_firsts() -> frozenset[str]:
    """First words of every head and acronym: a token outside this set can only start a name when misspelt."""
    return frozenset(g.head_table().by_first) | frozenset(g.acronym_table().by_first)


_QUANTIFIERS = frozenset({"seluruh", "semua", "para", "setiap", "tiap", "masing-masing"})


def _unknown_acronym(text: str, toks: list[Tok], i: int) -> bool:
    t = toks[i]
    return t.is_word and t.upper and t.text.isalpha() and 2 <= len(t.text) <= 6 \
        and not g._ROMAN_UNIT.fullmatch(t.text) and t.text not in load_set("category_acronyms") \
        and g.acronym_table().match(text, toks, i) is None and g.head_table().match(text, toks, i) is None \
        and not g._is_honorific(text, t) and t.text not in _degrees()


def _after_board_post(text: str, toks: list[Tok], i: int) -> bool:
    """A board post ("Ketua", "Wakil Ketua") ends right before token i, and no quantifier before it makes its
    holders many ("seluruh Kepala OPD")."""
    for n in (2, 1):
        a = i - n
        if a < 0 or " ".join(t.text for t in toks[a:i]) not in load_set("board_posts") \
                or not all(g.same_line_gap(text, toks[k], toks[k + 1]) for k in range(a, i)):
            continue
        return not (a > 0 and toks[a - 1].text.lower() in _QUANTIFIERS)
    return False


def _board_units(text: str, toks: list[Tok], found: list[Mention], taken: set) -> list[Mention]:
    """'Ketua DPH LAMR Kecamatan Mandau', 'Kepala SKB Kota Depok': after a board post, an acronym the tables do not
    know names the body the holder leads when a region written with its level ('Kecamatan', 'Kota') or a known
    body follows it (the body's own unit: its board, its chapter); one name up to the region or that body's end."""
    starts = {m.start: m for m in found}
    defined = {m.data.get("definition") for m in found}
    out = []
    for i in range(1, len(toks) - 1):
        if not (_unknown_acronym(text, toks, i) and g.same_line_gap(text, toks[i], toks[i + 1])
                and toks[i + 1].start == toks[i].end + 1 and _after_board_post(text, toks, i)):
            continue
        if toks[i].text in defined or any(m.start <= toks[i].start < m.end for m in found):
            continue  # a body the text names in full, or the acronym read as part of another name already
        head = g.Head(toks[i].text, "other", toks[i].text, "place", True)
        parent = starts.get(toks[i + 1].start)
        if parent is not None:
            end = _token_from(toks, parent.end) or len(toks)
            p = g.OrgParse(i, end, g.Head(toks[i].text, parent.data.get("kind", "other"), toks[i].text, "named",
                                          False), i + 1, parent_at=i + 1)
            for k in range(i + 2, end):  # "DPH LAMR Bengkalis": the body's seat is the unit's
                jur = g._jurisdiction(text, toks, k, 3)
                if jur and jur[0] == end and not jur[2]:
                    p.jurisdiction, p.jur_prefix = (k, end), jur[1]
                    break
        else:
            if g._is_prefix(toks[i + 1]) is None:
                continue
            jur = g._jurisdiction(text, toks, i + 1, 3)
            if not jur or jur[2] or jur[1] is None:
                continue
            p = g.OrgParse(i, jur[0], head, i + 1, jurisdiction=(i + 1, jur[0]), jur_prefix=jur[1])
        m = _mention(text, toks, p)
        if m is not None and (m.start, m.end) not in taken:
            taken.add((m.start, m.end))
            out.append(m)
    return out


def _local_acronyms(text: str, toks: list[Tok], found: list[Mention], taken: set) -> list[Mention]:
    """Acronyms a text defines ("Dinas Kelautan dan Perikanan (DKP)") used again later."""
    known = _known_acronyms()
    defs = {m.data["definition"]: m for m in found if m.data.get("definition") and m.data["definition"] not in known}
    out = []
    for acr, owner in defs.items():
        for span in find_all(text, acr, "()"):
            if any(m.start <= span[0] and span[1] <= m.end for m in found) or span in taken:
                continue
            k = _token_from(toks, span[0])
            if k is None or toks[k].start != span[0]:
                continue
            end = span[1]
            jur = g._jurisdiction(text, toks, k + 1, 3) if k + 1 < len(toks) and \
                toks[k + 1].start - end <= 1 and text[end:toks[k + 1].start] == " " else None
            cont = owner.data.get("continuation")
            if cont and text.startswith(" " + cont, end) and not jur:
                end += len(cont) + 1  # "BPSDMP Kominfo Surabaya" after "... (BPSDMP) Kominfo Surabaya"
            data = dict(owner.data)
            data.pop("definition", None)
            data.pop("continuation", None)
            data.pop("continuation_span", None)
            if jur and not jur[2]:
                end = toks[jur[0] - 1].end
            data["local_acronym"] = acr
            taken.add((span[0], end))
            out.append(Mention(span[0], end, text[span[0]:end], kind="organization", data=data))
    return out


# A release republished by a news site opens its first paragraph with "PLACE, Outlet –" or "Outlet, PLACE –"
# ("MOJOKERTO, Xtimenews.com –", "bakabar.com, KUALA KAPUAS –"): the outlet is an organization (company).
_OUTLET_DATELINE = re.compile(
    r"^[ \t]*([A-Za-z][\w.\-]*(?:[ \t][A-Za-z][\w.\-]*){0,2})[ \t]*[,|][ \t]*"
    r"([A-Za-z][\w.\-]*(?:[ \t][A-Za-z][\w.\-]*){0,2})[ \t]*(?:(?:–|—)[ \t]*|(?:--|-)[ \t])", re.MULTILINE)
_NEWS_DOMAIN = r"\.(?:com|co\.id|co|id|net|or\.id)"  # the endings of a news site's name ("Presisi.co")
_OUTLET_ALONE = re.compile(rf"^[ \t]*([A-Za-z][\w\-]*{_NEWS_DOMAIN})[ \t]*(?:–|—|--|-)[ \t]",
                           re.MULTILINE | re.IGNORECASE)


def named_body(start: int, end: int, name: str, kind: str, mode: str, is_acronym: bool = False,
               unit: str | None = None) -> Mention:
    """An organization mention read by its own name alone (an outlet, a desk, an English-ordered name, a listed
    item): no head of the grammar, no jurisdiction; keyed by the name as written."""
    return Mention(start, end, name, kind="organization", data={
        "unit": unit, "kind": kind, "key": fold(name), "body_key": fold(name), "expanded": name,
        "jurisdiction": None, "region_code": None, "agency": None, "is_acronym": is_acronym, "mode": mode})


def _looks_like_outlet(word: str) -> bool:
    """One word written as a site or a masthead: 'Presisi.co', 'LANDAKNEWS', 'Tribratanews'."""
    if " " in word or match_place([word], 0):
        return False
    if re.search(rf"{_NEWS_DOMAIN}$", word, re.IGNORECASE):
        return True
    return word.isupper() and len(word) >= 4 and word.isalpha()


def _is_site(word: str) -> bool:
    return " " not in word and re.search(rf"{_NEWS_DOMAIN}$", word, re.IGNORECASE) is not None


def _names_a_place(text: str, toks: list[Tok], s: int, e: int) -> bool:
    """Written as a dateline's place: capitalized words that do not open a body's name or acronym."""
    if not all(w[0].isupper() and w.replace("-", "").isalpha() for w in text[s:e].split()):
        return False
    k = _token_from(toks, s)
    return k is not None and not g.acronym_table().match(text, toks, k) and not g.head_table().match(text, toks, k)


def _dateline_outlet(text: str, toks: list[Tok], taken: set) -> Mention | None:
    head = text[:400]
    for m in (_OUTLET_DATELINE.search(head), _OUTLET_ALONE.search(head)):
        if not m:
            continue
        groups = [(m.start(k), m.end(k)) for k in range(1, m.lastindex + 1)]
        if len(groups) == 2:
            (a0, a1), (b0, b1) = groups
            a, b = text[a0:a1], text[b0:b1]
            if match_place(a.split(), 0) and _looks_like_outlet(b):
                s, e = b0, b1
            elif match_place(b.split(), 0, max_level=1) == len(b.split()) and not _is_site(a):
                continue  # "PIRU, MALUKU –": a town and its province
            elif match_place(b.split(), 0) and _looks_like_outlet(a):
                s, e = a0, a1
            elif _is_site(b) and not _is_site(a):
                s, e = b0, b1  # "AMUNTAI, metro7.co.id –": a site's name is the outlet beside a town in capitals
            elif _looks_like_outlet(a) and not _looks_like_outlet(b) and _names_a_place(text, toks, b0, b1):
                # "MASTHEAD, Desa –": the place may be a village the gazetteer does not hold
                s, e = a0, a1
            elif _looks_like_outlet(b) and not _looks_like_outlet(a) and _names_a_place(text, toks, a0, a1):
                s, e = b0, b1
            else:
                continue
        else:
            s, e = groups[0]
        k = _token_from(toks, s)
        if k is not None and g.acronym_table().match(text, toks, k):
            continue  # the publisher's own newsroom ("Jakarta, Kominfo –") is found as the body it is
        if (s, e) in taken:
            return None
        part = text[s:e]
        taken.add((s, e))
        return named_body(s, e, part, "company", "source")
    return None


@lru_cache(maxsize=1)
def _tail_heads() -> dict[str, dict]:
    return {r["tail"]: r for r in g.load_tsv("org_tail_heads")}


@lru_cache(maxsize=1)
def _english_stops() -> frozenset[str]:
    """Words that open a sentence, a position or a party sent ("Delegasi", "Rombongan"), never an English-ordered
    name."""
    fields = frozenset(fold(w) for w in load_list("company_portfolio_words"))  # "Asia Pacific Business Council"
    return frozenset(load_list("stopwords_id")) | frozenset(load_list("org_tail_stops")) | g.title_words() \
        | (g._position_words() - fields) | frozenset(load_list("participant_words"))


_NOMINAL = re.compile(r"^(?:pe|per|pem|pen|peng|peny|ke)[a-z]{3,}an$")  # Indonesian nouns: "Pertemuan"


def _english_word(text: str, toks: list[Tok], k: int) -> bool:
    t = toks[k]
    f = fold(t.text)
    return t.is_word and t.cap and f not in _english_stops() and not _NOMINAL.match(f) \
        and not g._is_honorific(text, t) and not g._starts_org(text, toks, k)


def _indonesian_before(text: str, toks: list[Tok], s: int) -> bool:
    """The capitalized word before an English-ordered name's first word is an Indonesian noun or function word
    (not a post): the words are one Indonesian phrase written in title case."""
    if s == 0 or not g.same_line_gap(text, toks[s - 1], toks[s]):
        return False
    t = toks[s - 1]
    f = fold(t.text)
    return t.is_word and t.cap and not t.upper and (bool(_NOMINAL.match(f)) or f in g.function_words()) \
        and f not in g.title_words() and f not in g._position_words()


def _headline_line(text: str, pos: int) -> bool:
    """A line in title case (a headline) capitalizes every word, so it cannot tell a name from the words around it."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = [w for w in text[a:b if b >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < 5 or not _title_cased(words):
        return False
    # a lowercase word of content ("Sekjen Kemhan Letjen TNI X menerima ..."): a sentence heavy with names
    return not any(w[0].islower() and w.isalpha() and len(w) > 3 and w.lower() not in _lowercase_title_words()
                   for w in (x.strip(",.;:()\"“”") for x in words))


def _title_cased(words: list[str]) -> bool:
    """Most words capitalized, as a headline in title case writes them."""
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


@lru_cache(maxsize=1)
def _lowercase_title_words() -> frozenset[str]:
    """Words a headline in title case may keep in lowercase: function words, Indonesian and English."""
    return g.function_words() | frozenset(load_list("stopwords_en"))


def _english_names(text: str, toks: list[Tok], taken: set) -> list[Mention]:
    """'Japan Foundation', 'Global Green Growth Institute', 'Institute of Electrical and Electronics Engineers':
    a name in English word order ends with its head word; the capitalized words before it (and an 'of ...'
    after some heads) are the name."""
    tails = _tail_heads()
    out = []
    for i, t in enumerate(toks):
        row = tails.get(t.text)
        if row is None:
            continue
        s = i
        while s > 0 and i - s < 5 and g.same_line_gap(text, toks[s - 1], toks[s]) and _english_word(text, toks, s - 1):
            s -= 1
        e = i + 1
        if row["of"] == "yes" and e + 1 < len(toks) and toks[e].text == "of" and g.same_line_gap(text, t, toks[e]):
            n = e + 1
            while n < len(toks) and n - e < 7 and g.same_line_gap(text, toks[n - 1], toks[n]) and (
                    toks[n].is_word and toks[n].cap or toks[n].text in ("and", "&", "the") and n + 1 < len(toks)
                    and toks[n + 1].cap):
                n += 1
            if n > e + 1 and toks[n - 1].cap:
                e = n
        if "The" in [x.text for x in toks[s:i]]:
            s = max(k for k in range(s, i) if toks[k].text == "The") + 1
        elif s < i and _indonesian_before(text, toks, s):
            continue  # "Uang Muka Kendaraan Bermotor Bank ...": an Indonesian phrase in title case, not an English name
        e = _spelled_run_end(text, toks, s, e)
        s = _spelled_run_start(text, toks, s, e)
        if s == i and e == i + 1:
            continue  # the head word alone ("Institute") names nothing
        if s > 1 and toks[s - 1].text == "of" and fold(toks[s - 2].text) in load_set("org_tail_stops"):
            continue  # "Chief of Defence Force": the words after an English post's "of" name the post
        if e == i + 1 and e < len(toks) and toks[e].is_word and toks[e].cap and g.same_line_gap(text, t, toks[e]) \
                and g.head_table().match(text, toks, i):
            continue  # the word opens an Indonesian-ordered name here ("... Bermotor Bank Indonesia")
        if _headline_line(text, t.start):
            continue
        a, b = toks[s].start, toks[e - 1].end
        if any(x < b and a < y for x, y in taken):
            continue
        taken.add((a, b))
        name = text[a:b]
        m = named_body(a, b, name, row["kind"], "english")
        d = _DEFINITION.match(text, b)
        if d and d.group(1) not in _post_heads() and not honorific_re().fullmatch(f"({d.group(1)})"):
            m.data["definition"] = d.group(1)  # "US-ASEAN Business Council (USABC)": its short form, named again later
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _foreign_legal_forms() -> dict[str, list[tuple[str, ...]]]:
    """First word -> the legal forms it opens, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in load_list("foreign_legal_forms"):
        words = tuple(line.split())
        out.setdefault(words[0], []).append(words)
    for forms in out.values():
        forms.sort(key=len, reverse=True)
    return out


def _foreign_companies(text: str, toks: list[Tok], taken: set) -> list[Mention]:
    """'Shandong X Technology Co., Ltd', 'X Resources Pte. Ltd.', 'X Sdn Bhd': a foreign company's name ends with
    its legal form; the capitalized words before it are the name."""
    forms = _foreign_legal_forms()
    out = []
    for i, t in enumerate(toks):
        if t.text not in forms or i == 0:
            continue
        end = None
        for form in forms[t.text]:
            j, k = i, 0
            while k < len(form) and j < len(toks) and toks[j].text == form[k]:
                k += 1
                j += 1
                while k < len(form) and j < len(toks) and toks[j].text in (".", ",") and j - i < 6:
                    j += 1
            if k == len(form):
                end = j
                break
        if end is None:
            continue
        s = i
        while s > 0 and i - s < 6 and g.same_line_gap(text, toks[s - 1], toks[s]) \
                and (_english_word(text, toks, s - 1) or toks[s - 1].text == "&" and s - 1 > 0):
            s -= 1
        if s == i or _headline_line(text, t.start):
            continue
        if end < len(toks) and toks[end].text == "." and g.glued(text, toks[end - 1], toks[end]) \
                and end + 1 < len(toks) and not toks[end + 1].cap:
            end += 1  # "Ltd.," ends the name with its abbreviation's dot, not the sentence's
        a, b = toks[s].start, toks[end - 1].end
        if any(x < b and a < y for x, y in taken):
            continue
        taken.add((a, b))
        name = text[a:b]
        out.append(named_body(a, b, name, "company", "english"))
    return out


_STATE_WORDS = {"Republik", "Kerajaan", "Negara"}


@lru_cache(maxsize=1)
def _country_short_forms() -> dict[str, str]:
    return {r["short"]: r["country"] for r in g.load_tsv("country_short_forms")}


def _national_governments(text: str, toks: list[Tok], taken: set) -> list[Mention]:
    """'Pemerintah Australia', 'Pemerintah Republik Indonesia': the government of a country."""
    if countries is None:
        return []
    table = countries()
    out = []
    for i, t in enumerate(toks[:-1]):
        if t.text not in ("Pemerintah", "PEMERINTAH", "pemerintah"):  # "laporan untuk pemerintah Australia"
            continue
        j = i + 1
        while j < len(toks) and toks[j].text in _STATE_WORDS and j - i < 3:
            j += 1
        for n in (3, 2, 1):
            words = toks[j:j + n]
            if len(words) < n or not all(w.is_word and w.cap for w in words) \
                    or not all(g.same_line_gap(text, a, b) for a, b in zip(toks[i:j + n - 1], toks[i + 1:j + n])):
                continue
            hit = table.get(name_key(" ".join(w.text for w in words)))
            if hit is None and n == 1 and j == i + 1 and words[0].text in _country_short_forms():
                hit = table.get(name_key(_country_short_forms()[words[0].text]))  # "Pemerintah RI", "Pemerintah AS"
            if hit and hit[2] == "negara":
                s, e = t.start, words[-1].end
                if (s, e) not in taken and not any(a <= s < b for a, b in taken):
                    taken.add((s, e))
                    key = fold("Pemerintah " + hit[0])
                    out.append(Mention(s, e, text[s:e], kind="organization", data={
                        "unit": "Pemerintah", "kind": "government", "key": key, "body_key": key,
                        "expanded": "Pemerintah " + hit[0], "jurisdiction": None, "region_code": None,
                        "agency": None, "is_acronym": False, "mode": "country"}))
                break
    return out


# "Jakarta – Humas BKN, Kepala ...": the public-relations desk of a body named in the opening dateline
_DATELINE_HUMAS = re.compile(r"^[A-Z][A-Za-z .'\-]{2,40}?[ \t]*[-–—][ \t]*((?:Humas|HUMAS)(?:[ \t]+[A-Z][\w\-]*){1,4})"
                             r"[ \t]*[,\-–—]", re.MULTILINE)


def _credit_orgs(text: str, toks: list[Tok], taken: set) -> list[Mention]:
    out = []
    outlet = _dateline_outlet(text, toks, taken)
    if outlet:
        out.append(outlet)
    desk = _DATELINE_HUMAS.search(text[:400])
    if desk and (desk.start(1), desk.end(1)) not in taken:
        s, e, part = desk.start(1), desk.end(1), desk.group(1)
        taken.add((s, e))
        out.append(named_body(s, e, part, "government", "byline", unit="Humas"))
    heads = bylines.desk_heads()
    parts = list(bylines.closing_parts(text))
    desk = bylines.dateline_desk(text)
    if desk:
        parts.append(desk)
    for s, e, part in parts:
        first = fold(part.split()[0])
        if _is_site(part) and not part.lower().endswith(".go.id") and (s, e) not in taken:
            taken.add((s, e))  # "(man/kabarsungai.com)": the outlet the release was written for
            out.append(named_body(s, e, part, "company", "source"))
        elif first in heads and (s, e) not in taken:
            taken.add((s, e))
            full_end = e
            s, e, part = _desk_without_writer(text, toks, s, e)
            out.append(Mention(s, e, part, kind="organization", data={
                "unit": "Humas", "kind": "government", "key": fold(part), "body_key": fold(part),
                "expanded": part, "jurisdiction": None, "region_code": None, "agency": None, "is_acronym": False,
                "mode": "byline", "writer": (e, full_end) if full_end > e else None}))
    src = bylines.dateline_source(text)
    if src and (src[0], src[1]) not in taken and not any(m.start <= src[0] < m.end for m in out):
        s, e, part = src
        if not re.search(r"\d", part) and match_place(part.split(), 0) == 0 and fold(part) not in heads:
            # "Kwandang (Humas) --": a desk word alone names no body
            taken.add((s, e))
            out.append(named_body(s, e, part, "company", "source"))
    return out


@lru_cache(maxsize=1)
def _media_role_re() -> re.Pattern[str]:
    roles = sorted(load_list("media_roles"), key=len, reverse=True)
    return re.compile(rf"\b(?i:{'|'.join(re.escape(r) for r in roles)})(?:[ \t]+[a-z]+){{0,2}}[ \t]+"
                      r"([A-Z][\w.&\-]*(?:[ \t][A-Z0-9][\w.&\-]*){0,4})[ \t]*(?=,|\()")


def _media_outlets(text: str, toks: list[Tok], found: list[Mention], taken: set) -> list[Mention]:
    """'jurnalis senior Harian X, Nama', 'wartawan Radar Y, Nama': the name between a role of the press and the comma
    or bracket after it is the outlet, unless it is a place or opens a body the grammar reads."""
    out = []
    for m in _media_role_re().finditer(text):
        s, e = m.span(1)
        part = m.group(1)
        if not part[:1].isupper() or any(f.start < e and s < f.end for f in found + out) or (s, e) in taken:
            continue
        k = _token_from(toks, s)
        words = part.split()
        if k is not None and g._is_prefix(toks[k]):
            words = words[1:]  # "wartawan Kota Palu": where the writer works, no outlet
        if k is None or not words or match_place(words, 0) == len(words) or g.acronym_table().match(text, toks, k) \
                or g.head_table().match(text, toks, k):
            continue
        taken.add((s, e))
        out.append(named_body(s, e, part, "company", "outlet"))
    return out


def _desk_without_writer(text: str, toks: list[Tok], s: int, e: int) -> tuple[int, int, str]:
    """'(Hupmas KPU Arf/Foto: ...)': a desk written with its body, then the writer's initials, which are no part of
    the desk's name; a place, a registered short form or a word in capitals ends the desk."""
    words = list(re.finditer(r"\S+", text[s:e]))
    if len(words) >= 3:
        last = words[-1]
        w = last.group(0)
        k = _token_from(toks, s + last.start())
        if not w.isupper() and w.isalpha() and not match_place([w], 0) and not is_vocab(w) \
                and not (k is not None and (g.acronym_table().match(text, toks, k) or g.head_table().match(text, toks, k))):
            e = s + words[-2].end()
    return s, e, text[s:e]


# ------------------------------------------------------------------ facts
def _same(a: Mention, b: Mention) -> bool:
    ka, kb = a.data["key"], b.data["key"]
    ga, gb = a.data.get("agency"), b.data.get("agency")
    if ga and gb and ga != gb:
        return False  # "Kementerian Pertanian" and "Kementerian Pertahanan", "Apkasi" and "Apeksi": two registered bodies
    if ka == kb:
        return True
    if ka.replace(" ", "") == kb.replace(" ", ""):
        return True
    if ka.startswith(_PARTY_CHAPTER) and ka.replace(" partai ", " ") == kb.replace(" partai ", " "):
        return True  # "DPW Partai NasDem X" and "DPW NasDem X": one chapter, the party's word is not its name
    ja, jb = a.data.get("region_code"), b.data.get("region_code")
    if ja and jb and ja != jb:
        return False  # the same body in two places ("PKK Kota X", "PKK Kecamatan Y") is two organizations
    if _numbers(ka) and _numbers(kb) and _numbers(ka) != _numbers(kb):
        return False  # "SMKN 2 Palu" and "SMKN 3 Palu", "Kodim 1417" and "Kodim 1418": numbered bodies are two
    if _regional_portfolio(a) and _regional_portfolio(b) and _regional_portfolio(a) != _regional_portfolio(b):
        return False  # "Ditreskrimum" and "Ditreskrimsus" of one Polda: two units, however alike their names
    if min(len(ka), len(kb)) >= 12 and fuzz.ratio(ka, kb) >= 92 and not _seats_differ(a, b):
        return True
    if _spells_name(a, b) or _spells_name(b, a) or _spells_syllables(a, b) or _spells_syllables(b, a):
        return True
    if a.data.get("unit") and a.data.get("unit") == b.data.get("unit") and _middle_spelled(ka, kb):
        return True
    if _same_branch(ka, kb):
        return True
    if ja and ja == jb and _first_portfolio(a.data["body_key"], b.data["body_key"]):
        return True
    # "UIN Raden Intan Bandar Lampung" = "Universitas Islam Negeri Raden Intan": the longer adds only a place
    (short, _), (long_, lm) = sorted(((ka, a), (kb, b)), key=lambda x: len(x[0]))
    if long_.startswith(short + " ") and len(short.split()) >= 3:
        rest = long_[len(short) + 1:].split()
        jur = lm.data.get("jurisdiction") or ""
        if match_place(rest, 0) == len(rest) or " ".join(rest) == fold(jur.split(" ", 1)[-1]):
            return True  # a village's name too, which is no place word ("... Desa Labuan Panimba")
    return False


def _seats_differ(a: Mention, b: Mention) -> bool:
    """'KPPN Ambon' and 'KPPN Masohi': one body's offices in two seats, however alike their long names; a seat
    misspelt stays alike."""
    sa, sb = a.data.get("jurisdiction"), b.data.get("jurisdiction")
    if not (sa and sb):
        return False
    sa, sb = (_LEVEL_WORD.sub("", fold(x)) for x in (sa, sb))
    return fuzz.ratio(sa, sb) < 75


_LEVEL_WORD = re.compile(r"^(?:kota|kabupaten|provinsi|kecamatan|desa|kelurahan)\s+")


def _spells_name(short: Mention, full: Mention) -> bool:
    """'IMF' and 'International Monetary Fund', 'BPJN Sultra' and 'Balai Pelaksana Jalan Nasional Sultra': an
    acronym (with its place) is the initials of a name of three words or more the release writes in full (in the
    same place)."""
    if short.data.get("region_code") != full.data.get("region_code"):
        return False  # "BPS Prov. Sultra" is the office of "Badan Pusat Statistik" in a province, not the body
    words = short.text.split()
    jur = short.data.get("jurisdiction")
    # the region as written may be its short form ("DPRD Sulteng"): the codes compared above tell it is the same
    if not (words and words[0].isupper() and words[0].isalpha() and len(words[0]) >= 3) \
            or len(words) > 1 and not (jur and " ".join(words[1:]) in (jur, jur.split(" ", 1)[-1],
                                                                      short.data.get("jurisdiction_written"))):
        return False
    name = full.text
    for seat in (full.data.get("jurisdiction_written"), full.data.get("jurisdiction")):
        if seat and name.endswith(" " + seat):  # "... Daerah Provinsi Sulawesi Tengah": the level word goes too
            name = name[:-len(seat) - 1]
            break
    parts = [w for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
    return len(parts) >= 3 and "".join(w[0] for w in parts) == _spelled_acronym(words[0])


def _middle_spelled(ka: str, kb: str) -> bool:
    """'BWS NT I' and 'Balai Wilayah Sungai Nusa Tenggara I': the same unit's names differ only where one writes the
    initials of the other's words (a region's short form the gazetteer does not know)."""
    a, b = sorted((ka.split(), kb.split()), key=len)
    n = 0
    while n < len(a) and a[n] == b[n]:
        n += 1
    m = 0
    while m < len(a) - n and a[-1 - m] == b[-1 - m]:
        m += 1
    short, full = a[n:len(a) - m], b[n:len(b) - m]
    full = [w for w in full if w not in ("dan", "serta", "&")]  # "MKG": Meteorologi, Klimatologi, dan Geofisika
    return len(short) == 1 and len(full) >= 2 and short[0].isalpha() and short[0] == "".join(w[0] for w in full)


def _spells_syllables(short: Mention, full: Mention) -> bool:
    """'Puslatbang KMP LAN' and 'Pusat Pelatihan Pengembangan dan Kajian Manajemen Pemerintahan': a one-word
    acronym of syllables opens the name written in full, and the initials of the full name's further words follow
    it (then the parent)."""
    words = short.text.split()
    rb = agencies.composed_body(words[0]) if words else None
    if rb is None:
        return False
    full_words = [w for w in re.split(r"[\s,]+", full.text) if w[:1].isupper()]
    opening = [rb.unit] + [w for w in re.split(r"[\s,]+", rb.portfolio) if w[:1].isupper()]
    if [fold(w) for w in full_words[:len(opening)]] != [fold(w) for w in opening]:
        return False
    rest = full_words[len(opening):]
    if len(words) == 1:
        return not rest
    return any(words[1] == "".join(w[0] for w in rest[:n]).upper() and rest[n:] == words[2:2 + len(rest) - n]
               for n in range(1, len(rest) + 1))


def _first_portfolio(ka: str, kb: str) -> bool:
    """'Dinas Penanaman Modal Kota X' and 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota X': a region's
    body is also named by the first part of its portfolio."""
    short, long_ = sorted((ka, kb), key=len)
    if len(short.split()) < 2 or not long_.startswith(short + " "):
        return False
    # "Balai Karantina X" and "Balai Karantina Hewan, Ikan, dan Tumbuhan X": the field's word before its list
    return long_.startswith(short + " dan ") or bool(_CLOSED_LIST.fullmatch(long_[len(short) + 1:]))


_CLOSED_LIST = re.compile(r"(?:\w+ ){2,}dan \w+")


_ROMAN = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")


def _same_branch(ka: str, kb: str) -> bool:
    """'Bank NTT Cabang Ende' and 'Bank NTT Ende', 'PT Jasa Raharja Cabang NTT' and '... Cabang Nusa Tenggara Timur':
    a branch is named by its seat with or without the branch word, its region short or in full."""
    wa, wb = ka.split(), kb.split()
    if _BRANCH_WORDS.isdisjoint(wa + wb):
        return False
    wa, wb = _branch_seat(wa), _branch_seat(wb)
    if wa == wb:
        return len(wa) >= 2
    n = 0
    while n < min(len(wa), len(wb)) and wa[n] == wb[n]:
        n += 1
    if n < 2 or n == len(wa) or n == len(wb):
        return False
    return _region_code(" ".join(wa[n:])) == _region_code(" ".join(wb[n:])) is not None


_BRANCH_WORDS = frozenset({"cabang", "kancab", "kanwil"})
_OFFICE_SHORT = {"kancab": ("kantor", "cabang"), "kanwil": ("kantor", "wilayah")}


def _branch_seat(words: list[str]) -> list[str]:
    """'Perum Bulog Kanwil Sulteng' and '... Kantor Wilayah Sulawesi Tengah', 'Bulog Kantor Cabang Poso', 'Bulog
    Cabang Poso' and 'Bulog Poso': an office written short or in full, a branch with or without its word."""
    out = [x for w in words for x in _OFFICE_SHORT.get(w, (w,))]
    return [w for n, w in enumerate(out) if w != "cabang"
            and not (w == "kantor" and (n == 0 or n + 1 < len(out) and out[n + 1] in ("cabang", "wilayah")))]


@lru_cache(maxsize=1024)
def _region_code(words: str) -> str | None:
    from pipeline.resolve.gazetteer import name_key
    from pipeline.resolve.regions import resolve_key

    found = resolve_key(name_key(words), None, (), fuzzy=False)
    return found[0] if found else None


def _numbers(key: str) -> list[str]:
    """Numbers in a key, Roman numerals too ("Komisi I", "Komisi IV": two units), and a letter after the unit's
    word ("Komisi A", "Komisi C")."""
    return [w for n, w in enumerate(key.split()) if any(c.isdigit() for c in w) or w and _ROMAN.fullmatch(w)
            or n == 1 and len(w) == 1 and w.isalpha()]


def _regional_portfolio(m: Mention) -> str | None:
    """The unit and portfolio of a regional body's short form the mention opens with ("Dinkes": Dinas Kesehatan)."""
    rb = agencies.regional(m.data.get("head") or "") if m.data.get("mode") == "regional" else None
    return f"{rb.unit} {rb.portfolio}" if rb else None


def to_facts(doc: Doc, facts: Facts) -> None:
    people = [m for m in mentions(doc, "ner") if m.data.get("label") == "PER"]
    # "Banda Aceh (Yakub) ---": a dateline's source that the model reads as a person is the reporter, no outlet
    ms = sorted((m for m in mentions(doc, "organization") if not (
        m.data.get("mode") == "source" and fold(m.text.split()[0]) not in bylines.desk_heads()
        and any(p.start <= m.start and m.end <= p.end for p in people))
        # "Pergub ... tentang Tugas Dinas X": a body in a cited regulation's subject is its words, not the release's
        and not inside_subject(doc_text(doc), m.start, m.end)),
        key=lambda m: m.start)
    groups: list[list[Mention]] = []
    for m in ms:
        for grp in groups:
            if any(_same(m, x) or m.text == x.data.get("definition") or _defined_short(m, x)
                   or x.data.get("mode") == "named" and x.text == m.data.get("definition") or _continued_short(m, x)
                   or _continued_short(x, m)
                   or _head_and_short(m, x) or _head_and_short(x, m) for x in grp) or (
                    m.data.get("local_acronym") and any(
                    x.data.get("definition") == m.data["local_acronym"] for x in grp)):
                grp.append(m)
                break
        else:
            groups.append([m])
    text = doc_text(doc)
    first = text.find("\n")  # the headline: a short first line in title case
    words = [w for w in text[:max(first, 0)].split() if w[:1].isalpha()]
    headline_end = first if 3 <= len(words) <= 20 and _title_cased(words) else -1
    groups = _fold_unnumbered(_fold_unparented(_fold_unplaced(groups, headline_end), ms))
    found = [_organization(grp, groups) for grp in groups]
    facts.organizations.extend(_without_alias_twins(found))


def _without_alias_twins(orgs: list) -> list:
    """An organization whose name is another's alias ("BPTD Wilayah XVIII" beside "Balai Pengelola Transportasi
    Darat Wilayah XVIII", alias "BPTD Wilayah XVIII") is that one written short: one entry, its spans joined."""
    kept = list(orgs)
    for o in orgs:
        twin = next((b for b in kept if b is not o and o.name.casefold() in {a.casefold() for a in b.aliases}), None)
        if twin is not None and o in kept:
            twin.spans = sorted(set(twin.spans) | set(o.spans))
            twin.aliases += [a for a in o.aliases if a.casefold() not in {x.casefold() for x in twin.aliases}
                             and a.casefold() != twin.name.casefold()]
            kept.remove(o)
    return kept


def _continued_short(m: Mention, x: Mention) -> bool:
    """'LLDIKTI Wilayah X' after 'Lembaga Layanan Pendidikan Tinggi (LLDIKTI) Wilayah X'."""
    d, c = x.data.get("definition"), x.data.get("continuation")
    if d and c and m.text == f"{d} {c}":
        return True
    # "Fraksi PKS DPRD Gorontalo Utara" after "Fraksi Partai Keadilan Sejahtera (PKS) DPRD Kabupaten ...": the
    # short form, then the rest of the body's name
    key, lead = x.data.get("key") or "", x.text.lower() + " "
    return bool(d) and key.startswith(lead) and m.data.get("key") == d.lower() + " " + key[len(lead):]


def _head_and_short(m: Mention, x: Mention) -> bool:
    """'Dinas DKP Bengkalis' after 'Dinas Ketahanan Pangan (DKP) Bengkalis': the head, then the short form the
    text defined for the body (and its continuation)."""
    d = x.data.get("definition")
    head = x.text.split()[0]
    if d and (words := (x.data.get("head") or "").split()) and len(words) >= 2 and x.text.startswith(x.data["head"]) \
            and m.text.startswith("".join(w[0] for w in words) + " "):
        head = "".join(w[0] for w in words)  # "DPC PDI Perjuangan X" after "Dewan Pimpinan Cabang (DPC) Partai ..."
    if not d or not m.text.startswith(f"{head} {d}"):
        return False
    rest = m.text[len(head) + len(d) + 1:].strip()
    if not rest or rest == x.data.get("continuation") or rest == x.data.get("jurisdiction"):
        return True
    # "Bidang P2P Dinkes X" after "Bidang Pencegahan ... (P2P) Dinas Kesehatan Kabupaten X": the rest written short
    key, lead = x.data.get("key") or "", x.text.lower() + " "
    return key.startswith(lead) and m.data.get("key") == f"{head} {d}".lower() + " " + key[len(lead):]


def _defined_short(m: Mention, x: Mention) -> bool:
    """'PT PLN (Persero) UIW S2JB' after 'PT PLN (Persero) Unit Induk Wilayah ... (UIW S2JB)'."""
    d = x.data.get("definition")
    if not d or not m.text.endswith(" " + d):
        return False
    prefix = m.text[:-len(d) - 1]
    return len(prefix) >= 2 and x.text.startswith(prefix)


def _fold_unplaced(groups: list[list[Mention]], headline_end: int = -1) -> list[list[Mention]]:
    """A body named without its jurisdiction joins the one same body that has one in the text; a national body's
    short form does so only in the headline ("Baznas Salurkan Zakat" over "Baznas Kabupaten X menyalurkan ..."),
    which names the body the release is about as briefly as it can."""
    out = [grp for grp in groups if any(m.data.get("jurisdiction") for m in grp) or
           not any(m.data.get("unit") for m in grp)]
    for grp in groups:
        if grp in out:
            continue
        bk = grp[0].data["body_key"]
        same = [o for o in out if any(m.data.get("body_key") == bk and m.data.get("jurisdiction") for m in o)]
        if not same and grp[0].data.get("mode") == "agencyname":
            # "BUMDes" after "BUMDes Maju Bersama Desa X": the body's own name is in its key, not its kind's
            same = [o for o in out if any(m.data.get("mode") == "named" and m.data.get("jurisdiction")
                                          and m.data.get("unit") == grp[0].data.get("unit") for m in o)]
        agency = grp[0].data.get("agency")
        # a ministry's short form in a headline may be the ministry itself ("Kemenag Latih 50 Penyuluh")
        headline = agency and not agency.startswith("Kementerian") and all(
            m.end <= headline_end and m.data.get("agency") == agency for m in grp)
        if not same and headline:  # the regional office's key says "Kantor": the registered body tells it
            same = [o for o in out if any(m.data.get("agency") == agency and m.data.get("jurisdiction") for m in o)]
        if len(same) == 1 and (not agency or _local_agency(agency) or headline):
            same[0].extend(grp)
        else:
            out.append(grp)
    return [grp for grp in groups if grp in out]


def _local_agency(name: str) -> bool:
    """A registered body that exists only in the regions ("Bappeda"): named without its region, it is the one
    the text places."""
    agency = agencies.lookup(name)
    return agency is not None and agency.local


def _fold_unparented(groups: list[list[Mention]], ms: list[Mention]) -> list[list[Mention]]:
    """'Bidang Madrasah' after 'Bidang Madrasah Kanwil Kemenag Prov. Jateng': a unit named again without the body
    it belongs to (or its seat, or its number) joins the one mention of it that names them."""
    starts = {m.start for m in ms}

    def completes(m: Mention, short: str) -> bool:
        rest = m.text[len(short):]
        return bool(m.data.get("jurisdiction")) or rest[:1].isdigit() or (m.start + len(short)) in starts

    out: list[list[Mention]] = []
    for grp in groups:
        texts = {m.text for m in grp}
        first = grp[0].data
        if len(texts) == 1 and first.get("unit") and not first.get("jurisdiction") and not first.get("agency"):
            short = next(iter(texts)) + " "
            longer = [o for o in groups if o is not grp and not o[0].data.get("agency")
                      and any(m.text.startswith(short) and completes(m, short) for m in o)]
            if len(longer) == 1:
                longer[0].extend(grp)
                continue
        out.append(grp)
    return out


def _fold_unnumbered(groups: list[list[Mention]]) -> list[list[Mention]]:
    """'Kodim Mamuju' and 'Kodim 1418 Kabupaten Mamuju', 'Yonif Tp 823' and 'Yonif TP 823/Raja Wakaaka': a numbered
    unit is also named without its number, or without the name after its number; the one unit of that kind in
    the text that names them is the same unit."""
    def shorter(k: str, o: str) -> bool:
        if _numbers(k):  # the number is there, the unit's name after it is not
            return o.startswith(k + " ") and k.split()[-1] in _numbers(o)
        return bool(_numbers(o)) and " ".join(w for w in o.split() if w not in _numbers(o)) == k

    out: list[list[Mention]] = []
    for grp in groups:
        unit, keys = grp[0].data.get("unit"), {m.data["key"] for m in grp}
        if unit and len(keys) == 1 and len(next(iter(keys)).split()) >= 2:
            k = next(iter(keys))
            longer = [o for o in groups if o is not grp and o[0].data.get("unit") == unit
                      and any(shorter(k, m.data["key"]) for m in o)]
            if len(longer) == 1:
                longer[0].extend(grp)
                continue
        out.append(grp)
    return out


def _organization(grp: list[Mention], groups: list[list[Mention]]) -> Organization:
    forms: list[str] = []
    for m in grp:
        # "Balai Prasarana Permukiman Wilayah (BPPW) Nusa Tenggara Timur": the words before the bracket are no name
        # of their own when the name goes on after it (a seat after "di" is no word of the name: "BBPOM di X")
        text = " ".join(m.text.split())
        cont = m.data.get("continuation") or ""
        forms.append(f"{text} {cont}" if cont and m.data.get("definition") and not cont.startswith("di ") else text)
        if m.data.get("definition"):
            acr = m.data["definition"]
            forms.append(f"{acr} {m.data['continuation']}" if m.data.get("continuation") else acr)
    full = [m for m in grp if not m.data.get("is_acronym") and not m.data.get("local_acronym")] or grp
    best = max(full, key=lambda m: (len(m.text.split()) + (len(m.data.get("continuation", "").split())),
                                    not m.data.get("ministry_as_dinas"), -m.start))
    name = " ".join(best.text.split())  # a blanked short form of the head leaves spaces
    if best.data.get("continuation"):
        name = f"{name} {best.data['continuation']}"
    # a registered form is spelt right already ("Standard & Poor's"); an English-ordered name's words are English,
    # not misspelt Indonesian ones ("Standard Chartered Bank" is no "Standar")
    # a company's or a foundation's own name is written as its owners chose ("PT Gorontalo Minerals")
    if agencies.lookup(name) is None and best.data.get("mode") not in ("english", "listed") \
            and not (best.data.get("mode") == "named" and best.data.get("head") in load_set("open_name_heads")):
        name = correct_phrase(name)
        jur = best.data.get("jurisdiction_written")
        if jur and name.endswith(jur):
            name = name[:-len(jur)] + correct_region_phrase(jur)  # "Setda Pemprov. Sulta": the region spelt right
    if re.match(r"[a-z]+ [A-Z]", name):
        name = name[0].upper() + name[1:]  # "laporan untuk pemerintah Australia" (a web address stays as written)
    aliases: list[str] = []
    seen = {fold(name)}
    # "Satlantas Polres Tanjung Jabung Barat (Tanjabbar)": the place's short form, not the body's
    written = {*forms, *(m.data.get("definition") for m in grp)}
    place_shorts = {f for f in written if f and _place_short_after_place(name, f)}
    for f in forms:
        if f in place_shorts:
            continue
        if fold(f) not in seen:
            seen.add(fold(f))
            aliases.append(f)
    acronym = next((m.data.get("definition") for m in grp if m.data.get("definition")
                    and m.data["definition"] not in place_shorts), None) or next(
        (m.text for m in grp if m.data.get("is_acronym")), None)
    parent = None
    kind = best.data.get("kind") or "government"
    for other in groups:
        if other is grp:
            continue
        if any(best.start < o.start and o.end <= best.end for o in other):
            top = max(other, key=lambda m: len(m.text))
            parent = correct_phrase(" ".join(top.text.split()))
            if best.data.get("unit") in _UNITS_OF_ANY_BODY and top.data.get("kind") in _KINDS_PASSED_ON:
                kind = top.data["kind"]  # "Komisi Fatwa Majelis Ulama Indonesia": a unit of an association
    d = best.data
    return Organization(
        name=name,
        aliases=aliases,
        kind=kind,
        spans=[(m.start, m.end) for m in grp],
        key=d.get("key"),
        acronym=acronym,
        unit_kind=d.get("unit"),
        portfolio=None,
        jurisdiction=next((m.data["jurisdiction"] for m in grp if m.data.get("jurisdiction")), None),
        region_code=next((m.data["region_code"] for m in grp if m.data.get("region_code")), None),
        parent=parent,
    )
