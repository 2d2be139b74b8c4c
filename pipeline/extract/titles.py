"""Position titles: ACTING? HEAD TAIL, from data/title_acting.txt and data/title_heads.tsv.

TAIL by the head's `takes`: org = institutional words, acronyms, ordinals, organizations found by
warta_organizations and a closing jurisdiction ("Kepala Dinas Pertanian Kabupaten Grobogan"); place = one
jurisdiction ("Camat Bukateja", "Wagub Kaltim"); none = nothing ("Menkopolhukam"). The tail stops where a
person's name starts, so "Direktur Jenderal Pajak Suryo Utomo" splits after "Pajak".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract import orggrammar as g
from pipeline.extract.english_titles import find_english
from pipeline.extract.facts import Facts, Mention
from pipeline.nlp.state import add_mention, mentions
from pipeline.resolve import gazetteer as gz
from pipeline.resolve.fuzzy import correct_phrase, correct_word
from rapidfuzz import fuzz, process

from pipeline.resolve import agencies
from pipeline.resolve.lexicon import fold, is_vocab, match_place, place_index, place_words
from pipeline.resolve.names import given_words, is_name_word, name_prefixes, ranked_name_after, stop_words
from pipeline.resolve.posts import BALLOT_NUMBER, TERM_OF_OFFICE
from pipeline.resolve.tokens import PhraseTable, Tok, doc_text, glued, same_line_gap, tokenize, unit_slash
from pipeline.tables import load_list, load_set, load_tsv

try:
    from pipeline.resolve.regions import resolve_place
except ImportError:  # pragma: no cover
    resolve_place = None  # type: ignore[assignment]


@dataclass(frozen=True)
class TitleHead:
    text: str
    expansion: str
    takes: str
    unit: str


@lru_cache(maxsize=1)
def head_table() -> PhraseTable:
    return PhraseTable(_head_entries("title_heads"))


@lru_cache(maxsize=1)
def lowercase_role_table() -> PhraseTable:
    """The heads plus the roles that are positions only when written in lowercase (data/title_heads_lowercase.tsv)."""
    return PhraseTable(_head_entries("title_heads") + _head_entries("title_heads_lowercase"))


def _head_entries(table: str) -> list[tuple[str, TitleHead]]:
    rows = load_tsv(table)
    entries = [(r["head"], TitleHead(r["head"], r["expansion"], r["takes"], r["unit"])) for r in rows]
    # "Wamenkeu", "Wamendagri": "Wa" before a minister's short title is the deputy minister
    entries += [("Wa" + r["head"].lower(), TitleHead("Wa" + r["head"].lower(), "Wakil " + r["expansion"], "none", ""))
                for r in rows if r["head"].startswith("Men") and r["takes"] == "none" and " " not in r["head"]]
    if table == "title_heads":
        # "Kadiskominfotik Bengkalis", "Kadinkes X": "Ka" before a dinas's short name is its head
        known = {r["head"] for r in rows}
        for r in load_tsv("regional_bodies"):
            acronym = r["acronym"]
            head = "Ka" + acronym[0].lower() + acronym[1:]
            if re.match(r"Di[sn][a-z]", acronym) and " " not in acronym and head not in known:
                expansion = f"Kepala {r['unit']} {r['portfolio']}"
                entries.append((head, TitleHead(head, expansion, "place", r["unit"])))
        # "Kabaloghan", "Kabapenda": "Ka" before a body's short name written as a word is its head
        bodies = [(r["acronym"], f"{r['unit']} {r['portfolio']}") for r in load_tsv("regional_bodies")]
        bodies += [(a, r["name"]) for r in load_tsv("agencies") if r["kind"] == "government"
                   for a in r["acronyms"].split("|")]
        for acronym, name in bodies:
            head = "Ka" + acronym[0].lower() + acronym[1:]
            if re.fullmatch(r"(?!Di[sn])[A-Z][a-z]{3,}", acronym) and head not in known \
                    and not any(e[0] == head for e in entries):
                entries.append((head, TitleHead(head, f"Kepala {name}", "place", name.split()[0])))
    return entries


@lru_cache(maxsize=1)
def acting_table() -> PhraseTable:
    entries = []
    for a in load_list("title_acting"):
        canonical = a if a.endswith(".") or " " in a or len(a) > 4 else a + "."
        entries.append((a.rstrip("."), canonical))
    return PhraseTable(entries, fold_case=True)  # "PLT. Wali Kota", "Pelaksana tugas Bupati"


@lru_cache(maxsize=1)
def blockers() -> frozenset[str]:
    return frozenset(load_list("title_blockers"))


_GROUP = r"(?:gol(?:ongan|\.)?(?:[ \t]+ruang)?[ \t]*)?(?:IV|I{1,3})[ \t]*/[ \t]*[a-eA-E]\b"


@lru_cache(maxsize=1)
def civil_rank_re() -> re.Pattern[str]:
    """A civil servant's rank (data/civil_service_ranks.txt): one of several words, or one word with its group
    after it ("Pembina (IV/a)", "Penata, golongan III/c")."""
    ranks = sorted(load_list("civil_service_ranks"), key=len, reverse=True)
    many = "|".join(re.escape(r).replace(r"\ ", r"[ \t]+") for r in ranks if " " in r)
    one = "|".join(re.escape(r) for r in ranks if " " not in r)
    return re.compile(rf"(?:{many})\b(?:[ \t]*[(,]?[ \t]*{_GROUP}\)?)?"
                      rf"|(?:{one})[ \t]*[(,]?[ \t]*{_GROUP}\)?")


def _opens_sentence(text: str, start: int) -> bool:
    j = start
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n"


def _blocked(text: str, toks: list[Tok], i: int) -> bool:
    """A blocker before the head ("Peraturan Bupati"), also before a longer head read from its second word on
    ("Istri Wakil Wali Kota X": not "Wali Kota X")."""
    if i > 0 and toks[i - 1].text in blockers() and same_line_gap(text, toks[i - 1], toks[i]) \
            and not (toks[i - 1].text in load_set("title_blockers_inner") and _opens_sentence(text, toks[i - 1].start)):
        return True
    if i > 1 and toks[i - 2].text in blockers() and same_line_gap(text, toks[i - 2], toks[i - 1]) \
            and same_line_gap(text, toks[i - 1], toks[i]):
        hm = head_table().match(text, toks, i - 1)
        return hm is not None and hm[0] > i
    return False


@Language.factory("warta_titles")
class TitleFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        head_table(), acting_table()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        toks = _split_paired_posts(tokenize(text))
        org_ends = {}
        for m in mentions(doc, "organization"):
            # "Kelompok Tani (Poktan) Harapan Jaya": the name goes on after the acronym
            span = m.data.get("continuation_span")
            end = span[1] if span and m.end <= span[0] <= m.end + 20 else m.end
            org_ends[m.start] = max(org_ends.get(m.start, 0), end)
        names = {m.text for m in mentions(doc, "organization")}
        org_spans = [(m.start, m.end) for m in mentions(doc, "organization")]
        place_ends = {m.start: m.end for m in mentions(doc, "place")}
        # the kabupaten/kota the release names: their kecamatan and villages are the units of local posts
        local = tuple(sorted({m.data["code"][:5] for m in mentions(doc, "place")
                              if m.data.get("code") and m.data["code"].count(".") >= 1}))
        found = []
        for m in find(text, toks, org_ends, local):
            _name_generic_body(m, names)
            found.append(_seated_body(text, _with_destination(text, m, place_ends, org_spans), org_spans))
        for m in find_english(text):
            inside = [o for o in found if o.start < m.end and m.start < o.end]
            # "Vice President of the X Bank": the English post with its body, not its head read as a table's post
            if all(m.start <= o.start and o.end <= m.end and o.end - o.start < m.end - m.start for o in inside):
                found = [o for o in found if o not in inside] + [m]
        for m in sorted(found, key=lambda x: x.start):
            add_mention(doc, m)
        return doc


# "Duta Besar RI untuk Uzbekistan", "Duta Besar Republik Indonesia untuk Kerajaan Belanda": the country a post
# is accredited to ends the title
_DESTINATION = re.compile(r"(?P<short>[ \t]*\([^()\n]{1,20}\))?[ \t]+untuk[ \t]+(?P<state>(?:(?:Republik|Kerajaan|Negara|Federasi|"
                          r"Persatuan|Keamiran|Kesultanan)[ \t]+)*)")


@lru_cache(maxsize=1)
def _state_re() -> re.Pattern[str]:
    """'Republik Indonesia', 'Republik Federasi Brasil', 'Kerajaan Thailand': a state named by its form."""
    names = g.state_names()
    return re.compile(r"[ \t]+(?:Republik|Kerajaan|Federasi|Persatuan|Keamiran|Kesultanan)"
                      r"(?:[ \t]+(?:Federasi|Federal|Demokratik|Rakyat|Islam|Sosialis|Arab))*[ \t]+"
                      rf"(?:{'|'.join(re.escape(n) for n in names)})\b")


@lru_cache(maxsize=1)
def _country_name_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(re.escape(n) for n in g.state_names())})\b")


_SEAT = re.compile(r"[ \t]+di[ \t]+")
_GAP = re.compile(r"[ \t]+")


@lru_cache(maxsize=1)
def _foreign_envoy_re() -> re.Pattern[str]:
    """'Konsul Jenderal Jepang', 'Atase Pertanian Kedutaan Besar Amerika Serikat': an envoy's post ending with the
    state that sends it (the "<negara>" lines of `seated_with_di.txt`)."""
    heads = g.foreign_mission_heads()
    return re.compile(rf"\b(?:{'|'.join(re.escape(h) for h in heads)})\b.*?[ \t]{_country_name_re().pattern}$")


@lru_cache(maxsize=1)
def _envoy_heads_re() -> re.Pattern[str]:
    """The heads of a state's missions abroad (the "<negara>" lines of `seated_with_di.txt`, Wakil Tetap)."""
    heads = sorted({*g.foreign_mission_heads(), "Wakil Tetap"}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(h) for h in heads)})\b")


def _envoy_post(post: str) -> bool:
    return _envoy_heads_re().search(post) is not None


def _seated_post(post: str) -> bool:
    return any(f in post for f in g.seated_forms()) or _foreign_envoy_re().search(post) is not None


def _seated_body(text: str, m: Mention, org_spans: list[tuple[int, int]]) -> Mention:
    """'Kepala Cabang Kejaksaan Negeri X di Tobelo': the body the post heads is named with "di" and its town, so
    the post is too."""
    seat = _SEAT.match(text, m.end)
    if seat is None:
        return m
    end = max((e for s, e in org_spans if m.start <= s < m.end and e > seat.end()), default=None)
    if end is None:
        return m
    return Mention(m.start, end, text[m.start:end], kind="title", data={
        **m.data, "has_tail": True, "corrected": m.data["corrected"] + text[m.end:end]})


def _with_destination(text: str, m: Mention, place_ends: dict[int, int],
                      org_spans: list[tuple[int, int]] = ()) -> Mention:
    state = _state_re().match(text, m.end) if m.data["takes"] != "org" and not m.data["has_tail"] else None
    d = _DESTINATION.match(text, m.end)
    if d is not None and not d.group("state") and _envoy_post(text[m.start:m.end]):
        # "Wakil Tetap RI untuk PBB", "Duta Besar RI untuk ASEAN": a mission to an international body names it
        body_end = next((e for s, e in org_spans if s == d.end()), None)
        seat = _SEAT.match(text, body_end) if body_end is not None else None
        if seat is not None and seat.end() in place_ends:
            body_end = place_ends[seat.end()]  # "... untuk PBB di Jenewa": the mission's seat
        if body_end is not None:
            return Mention(m.start, body_end, text[m.start:body_end], kind="title", data={
                **m.data, "has_tail": True, "corrected": m.data["corrected"] + text[m.end:body_end]})
    tail_start = m.end
    home = _GAP.match(text, m.end)
    if d is None and home and home.end() in place_ends and not m.data["has_tail"]:
        # "Duta Besar Australia untuk Indonesia X": the sending state, then the state the post is accredited to
        d = _DESTINATION.match(text, place_ends[home.end()])
        country = _country_name_re().match(text, d.end()) if d is not None else None
        if d is not None and d.end() not in place_ends and d.start("state") not in place_ends and country:
            place_ends = {**place_ends, d.end(): country.end()}  # "... untuk Indonesia": read as a place or not
        d = d if d is not None and (d.end() in place_ends or d.start("state") in place_ends) else None
    elif d is not None and m.data["takes"] == "org" and d.end() not in place_ends and d.start("state") not in place_ends \
            and (country := _country_name_re().match(text, d.end())):
        place_ends = {**place_ends, d.end(): country.end()}  # "Duta Besar Papua Nugini untuk Indonesia"
    seat = _SEAT.match(text, m.end)
    if d is None and home and home.end() in place_ends and not m.data["has_tail"] \
            and _seated_post(text[m.start:place_ends[home.end()]]):
        seat = _SEAT.match(text, place_ends[home.end()])  # "Konsul Jenderal Jepang di Makassar": state, then seat
        tail_start = m.end
    if seat is not None and seat.end() in place_ends and _seated_post(text[m.start:seat.start()]):
        end = place_ends[seat.end()]  # "Duta Besar RI di Canberra": the seat is in the post
    elif state is not None:
        end = state.end()
    elif d is None or (d.end() not in place_ends and d.start("state") not in place_ends):
        return m
    else:  # the place read may begin with the state's form ("Kerajaan Belanda") or after it
        end = place_ends.get(d.end()) or place_ends[d.start("state")]
        if d.group("short"):
            tail_start = d.end("short")  # "Duta Besar Republik Indonesia (Dubes RI) untuk Republik Yunani": left out
    return Mention(m.start, end, text[m.start:end], kind="title", data={
        **m.data, "has_tail": True, "corrected": m.data["corrected"] + text[tail_start:end]})


def _name_generic_body(m: Mention, org_names: set[str]) -> None:
    """'Ketua koperasi' where the text names one cooperative ('Koperasi Produsen Nelayan Mandiri Yendidori'):
    the position is in that body."""
    rest = m.text[len(m.data["head_written"]):].strip()
    if not m.data.get("lower_tail") or " " in rest:
        return
    same = {n for n in org_names if n.split()[0] == rest.capitalize() and len(n.split()) > 1}
    if len(same) == 1:
        org = same.pop()
        m.data["corrected"] = f"{m.data['head_written']} {org}"
        m.data["org"] = org


@lru_cache(maxsize=1)
def _firsts() -> frozenset[str]:
    """First words of heads and acting markers: only these (or a misspelt long word) can open a title."""
    acting = {w for a in acting_table().by_first for w in (a.capitalize(), a.upper())}
    return frozenset(head_table().by_first) | frozenset(acting)


@lru_cache(maxsize=1)
def _misspelt_firsts() -> dict[str, str]:
    """A head's first word typed with one letter dropped or two letters swapped ("Bupti", "Kepla", "Bupait") -> the
    word (`typo_heads.txt`); a form that is itself a word or opens names is no typo."""
    from pipeline.resolve.fuzzy import known_words

    words, openers = known_words(), g.name_openers()
    out: dict[str, str] = {}
    for w in load_list("typo_heads"):
        forms = {w[:i] + w[i + 1:] for i in range(1, len(w))} | {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(1, len(w) - 1)}
        for f in forms:
            if len(f) >= 5 and f != w and f not in _firsts() and fold(f) not in words and fold(f) not in openers:
                out[f] = w if f not in out or out[f] == w else ""  # a form two heads share is nobody's typo
    return {f: w for f, w in out.items() if w}


_TITLE_WORD = re.compile(r"\b[A-Z][a-z]{4,7}\b")


def _typos_fixed(title: str) -> str:
    """The title with its head words typed with a letter dropped or swapped written rightly ("Bupti Bone")."""
    typos = _misspelt_firsts()
    return _TITLE_WORD.sub(lambda m: typos.get(m.group(0), m.group(0)), title)


_ROLE_CUES = frozenset({"sebagai", "selaku"})


def _split_paired_posts(toks: list[Tok]) -> list[Tok]:
    """"Presiden Prabowo Subianto-Wakil Presiden Gibran": a pair of posts joined by a hyphen; the second post opens
    at the word after the hyphen, not inside the first holder's name."""
    firsts = _firsts()
    out = []
    for t in toks:
        left, hyphen, right = t.text.rpartition("-")
        if hyphen and left[:1].isupper() and right in firsts and right[:1].isupper() and not right.isupper():
            out += [Tok(t.start, t.start + len(left), left), Tok(t.start + len(left), t.start + len(left) + 1, "-"),
                    Tok(t.end - len(right), t.end, right)]
        else:
            out.append(t)
    return out


@lru_cache(maxsize=1)
def _lower_firsts() -> frozenset[str]:
    return frozenset(r["head"].split()[0] for r in load_tsv("title_heads_lowercase"))


def find(text: str, toks: list[Tok], org_ends: dict[int, int], local: tuple[str, ...] = ()) -> list[Mention]:
    out = []
    firsts = _firsts()
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.is_word and t.text.islower() and (t.text.capitalize() in firsts or t.text.capitalize() in _lower_firsts()
                                               or t.text in _role_firsts()):
            lm = _lower_role(text, toks, i, org_ends) if t.text.capitalize() in firsts else None
            if lm is None and t.text.capitalize() in firsts:
                lm = _lower_bare_head(text, toks, i)
            if lm is None and t.text.capitalize() in firsts:
                lm = _lower_head_before_name(text, toks, i, org_ends)
            if lm is None and t.text in _role_firsts():
                lm = _role_before_comma(text, toks, i, org_ends)
            after_comma = toks[i - 1].text == "," if i > 0 else False
            if lm is None and i > 0 and (toks[i - 1].text.lower() in _ROLE_CUES or (
                    after_comma and i + 1 < len(toks) and (toks[i + 1].cap or _school_class(toks, i + 1)))):
                # "Ahmad Hanafi sebagai ketua Departemen Dana dan Usaha", "Eka, guru Matematika SMA Negeri 2": a
                # role after "sebagai", "selaku", or after a comma with a named unit, is a position in lowercase
                capped = toks[:i] + [Tok(x.start, x.end, x.text.capitalize()) if x.is_word and x.text.islower()
                                     else x for x in toks[i:i + 3]] + toks[i + 3:]
                lm = parse_at(text, capped, i, org_ends, heads=lowercase_role_table())
                if lm is not None and after_comma and not _apposition_closes(text, lm[0].end):
                    lm = None  # "Menurut Meutya, mahasiswa MMTC juga ...": only an apposition closed by a comma
            if lm is not None:
                out.append(lm[0])
                i = lm[1]
                continue
        if t.cap and not t.upper and t.text.lower() in _role_firsts() and _opens_sentence(text, t.start):
            # "Pelatih tim voli putri Pinrang, Syamsuddin Latief, ...": a profession opening a sentence
            lowered = toks[:i] + [Tok(t.start, t.end, t.text.lower())] + toks[i + 1:]
            lm = _role_before_comma(text, lowered, i, org_ends)
            if lm is not None:
                out.append(lm[0])
                i = lm[1]
                continue
        if not t.cap or (t.text not in firsts and len(t.text) < 7 and t.text not in _misspelt_firsts()
                         and not (t.upper and t.text.capitalize() in firsts)):
            i += 1
            continue
        m = parse_at(text, toks, i, org_ends, local=local)
        if m is None:
            i += 1
            continue
        mention, end = m
        out.append(mention)
        i = end
    return out


def _apposition_closes(text: str, end: int) -> bool:
    """A comma, or the sentence's stop ("Narasumber yakni Budi, dosen Fakultas Hukum Universitas X.")."""
    rest = text[end:end + 3].lstrip(" ")
    return rest.startswith(",") or rest == "" or (rest[0] == "." and (rest[1:2] in ("", " ", "\n")))


def parse_at(text: str, toks: list[Tok], i: int, org_ends: dict[int, int],
             heads: PhraseTable | None = None, local: tuple[str, ...] = ()) -> tuple[Mention, int] | None:
    t = toks[i]
    heads = heads or head_table()
    if not t.is_word or not t.cap:
        return None
    acting = None
    j = i
    am = acting_table().match(text, toks, i)
    if am:
        k = g._skip_dot(text, toks, am[0]) if am[0] < len(toks) and toks[am[0]].text == "." else am[0]
        if k < len(toks) and toks[k].text == "." and toks[k].start == toks[k - 1].end:
            k += 1
        short = _bracketed_acting(text, toks, k)
        if short:  # "Pelaksana Tugas (Plt.) Wali Kota": the abbreviation is the marker as titles write it
            k = short[1]
        hm_next = head_table().match(text, toks, k) if k < len(toks) and same_line_gap(text, toks[k - 1], toks[k]) else None
        if hm_next:
            acting, j = (short[0] if short else am[1]), k
    hm = heads.match(text, toks, j) or _glued_head(toks, j)
    if not hm:
        # "Sekertaris" -> "Sekretaris", "Wakil Gunernur" -> "Wakil Gubernur": misspelt words of a head
        typos = _misspelt_firsts()
        fixed = [Tok(x.start, x.end, typos[x.text]) if x.text in typos else
                 Tok(x.start, x.end, correct_word(x.text)) if len(x.text) >= 7 and x.cap else x
                 for x in toks[j:j + 4]]
        if toks[j].cap and any(f.text != x.text for f, x in zip(fixed, toks[j:j + 4])):
            hm = head_table().match(text, fixed, 0)
            hm = (hm[0] + j, hm[1]) if hm else None
    if not hm and toks[j].upper and len(toks[j].text) >= 4:
        # "BUPATI Sleman ...", "WAKIL GUBERNUR ...": a release's first words are often written in capitals
        cased = [Tok(x.start, x.end, x.text.capitalize()) if x.upper else x for x in toks[j:j + 4]]
        hm = head_table().match(text, cased, 0)
        hm = (hm[0] + j, hm[1]) if hm else None
    if not hm and toks[j].cap and not toks[j].upper and j + 1 < len(toks) and toks[j + 1].text.islower():
        # "Juru bicara Pengadilan Negeri", "Kepala bidang ...": a head of several words in sentence case
        cased = [toks[j]] + [Tok(x.start, x.end, x.text.capitalize()) if x.is_word and x.text.islower() else x
                             for x in toks[j + 1:j + 4]]
        hm = head_table().match(text, cased, 0)
        hm = (hm[0] + j, hm[1]) if hm and hm[0] > 1 else None
    if not hm:
        return None
    if _blocked(text, toks, i):
        return None
    if acting is None and civil_rank_re().match(text, toks[j].start):
        return None  # "Drs. Budi, Pembina Utama Muda (IV/c), sebagai ...": a civil servant's rank, not a post
    k, head = hm
    lower_tail = False
    if head.takes == "none":
        end = k
    elif head.takes == "word":
        # "Kepala Suku Muyu Distrik X ... Emanuel Wopon": a tribe or clan is named by one word, then where it lives
        end = k + 1 if k < len(toks) and toks[k].cap and toks[k].is_word and same_line_gap(
            text, toks[k - 1], toks[k]) else k
        while end > k:
            nxt = _place_tail(text, toks, end)
            if nxt == end:
                break
            end = nxt
    elif head.takes == "place" and head.expansion in HAMLET_HEADS:
        end = _hamlet_tail(text, toks, k, local)
    elif head.takes == "place":
        end = _place_tail(text, toks, k, village=head.expansion in VILLAGE_HEADS, local=local,
                          level=4 if head.expansion in VILLAGE_HEADS else 3 if head.expansion in CAMAT_HEADS else 0)
        if end > k and (head.expansion in VILLAGE_HEADS or head.expansion in CAMAT_HEADS):
            # "Camat Palolo Kabupaten Sigi Jefri Lasamba": the unit's seat, then the regions it lies in, each
            # written with its level word, are the post's; the name starts after them
            while end < len(toks) and same_line_gap(text, toks[end - 1], toks[end]) and toks[end].is_word:
                jur = g._jurisdiction(text, toks, end, 3)
                if not jur or jur[1] is None or jur[2]:
                    break
                end = jur[0]
        if end == k and k < len(toks) and toks[k].start in org_ends:
            end = _org_tail(text, toks, k, org_ends)  # "Gubernur Lemhannas", "Gubernur Bank Indonesia"
        elif end == k and k + 1 < len(toks) and toks[k].text == "dan" and toks[k + 1].start in org_ends \
                and len(head.expansion.split()) > len(head.text.split()) and same_line_gap(text, toks[k], toks[k + 1]):
            # "Kasatpol PP dan Damkar X": a head that names its unit, then a second unit merged with it
            end = _org_tail(text, toks, k + 1, org_ends)
    else:
        end = _org_tail(text, toks, k, org_ends, unit_in_head=_unit_in_head(head),
                        national=head.expansion in _national_heads())
        end = _tail_after_short_head_dot(text, toks, k, head, org_ends) or end
        opened = org_ends.get(toks[k - 1].start, 0) if head.unit and head.text.endswith(head.unit) else 0
        if end == k and opened > toks[k - 1].end:  # "Pastor Paroki Santo Yosef X": the head's unit opens the body
            end = _token_at(toks, k, opened) or len(toks)
        if end > k and end < len(toks) and toks[end].text == "Bidang" and fold(head.text.split()[-1]) in g.bidang_heads() \
                and same_line_gap(text, toks[end - 1], toks[end]) and toks[end].start not in org_ends:
            end = _org_tail(text, toks, end, org_ends)  # "Staf Ahli Bupati Poso Bidang Ekonomi": the holder's portfolio
        if end == k and head.text in _short_unit_heads():
            end = _unit_name_word(text, toks, k)
        if end == k:
            end = _lower_tail(text, toks, k)
            lower_tail = end > k
        elif (area := _other_region_table().match(text, toks, end)) and area[0] < len(toks) \
                and toks[area[0]].text == "," and same_line_gap(text, toks[end - 1], toks[end]):
            end = area[0]  # "Kepala Kanwil DJP Nusa Tenggara, Budi": a regional office named by an island group
    if end > k and j > 0 and toks[j - 1].text == "(":
        end = _bracket_close(text, toks, end)  # "Budi (Kepala Seksi Identitas Penduduk)": the bracket holds the post
    if end < len(toks) and toks[end].text == "RI" and same_line_gap(text, toks[end - 1], toks[end]):
        end += 1  # "Presiden RI, Ir. H. Joko Widodo", "Menhan RI": the national post's suffix
    if end > k:
        end = _term_of_office(text, toks, end)
    start_c, end_c = toks[i].start, toks[end - 1].end
    written = text[start_c:end_c]
    data = {
        "head": head.expansion,
        "head_written": head.text,
        "acting": acting,
        "takes": head.takes,
        "unit": head.unit or None,
        "has_tail": end > k,
        "corrected": _open_names_kept(_BALLOT_AT_END.sub("", _typos_fixed(correct_phrase(without_brackets(_cased_head(
            text, toks, j, k, (written if j == i else f"{acting} {text[toks[j].start:end_c]}")))))),
            text, start_c, end_c, org_ends),
        "org": next((text[s:e] for s, e in org_ends.items() if start_c <= s and e <= end_c), None),
        "lower_tail": lower_tail,
        "glued": head.text != head.expansion and head.text not in _plain_heads(),
    }
    return Mention(start_c, end_c, written, kind="title", data=data), end


def _bracket_close(text: str, toks: list[Tok], end: int) -> int:
    """Up to four capitalized words on the line that run to the closing bracket are the post's unit."""
    n = end
    while n < len(toks) and n - end < 4 and toks[n].is_word and toks[n].cap and not g._is_honorific(text, toks[n]) \
            and same_line_gap(text, toks[n - 1], toks[n]):
        n += 1
    return n if n < len(toks) and toks[n].text == ")" else end


@lru_cache(maxsize=1)
def _other_region_table() -> PhraseTable:
    """Islands and regions that are no Kemendagri unit (regions_other.tsv): the area of a national body's office."""
    return PhraseTable([(r["alias"], r["name"]) for r in load_tsv("regions_other")])


@lru_cache(maxsize=1)
def _plain_heads() -> frozenset[str]:
    return frozenset(r["head"] for r in load_tsv("title_heads"))


@lru_cache(maxsize=1)
def _glued_head_re() -> tuple[re.Pattern[str], dict[str, TitleHead]]:
    rows = {r["head"]: r for r in load_tsv("title_heads")}
    heads = {h: TitleHead(h, rows[h]["expansion"], "org", rows[h]["unit"]) for h in load_list("glued_heads")}
    alts = "|".join(sorted(heads, key=len, reverse=True))
    return re.compile(rf"({alts})[a-z]{{3,}}"), heads


def _glued_head(toks: list[Tok], j: int) -> tuple[int, TitleHead] | None:
    """'Kapuslatbang KMP LAN', 'Kapusbang Litpof': a short head glued to its unit's short name is a head (the
    whole word), whose tail follows as any head's does."""
    if j >= len(toks) or not toks[j].is_word:
        return None
    pattern, heads = _glued_head_re()
    m = pattern.fullmatch(toks[j].text)
    if m is None:
        return None
    head = heads[m.group(1)]
    return j + 1, TitleHead(toks[j].text, head.expansion, head.takes, head.unit)


# "Menteri Pertahanan periode 2009-2014 Purnomo", "Ketua FORSIL Kota Serang 2019 - 2022 yakni Suyanto": the post's
# term of office, written between the post and its holder; so is a candidate's ballot number ("Calon Bupati X nomor
# urut 2, Nama")
_TERM_OF_OFFICE = re.compile(r"[ \t]+(?:" + TERM_OF_OFFICE + "|" + BALLOT_NUMBER + ")" +
                             r"(?=[ \t]*,?[ \t]*(?:(?:yakni|yaitu|adalah)[ \t]+)?(?:(?:bapak|ibu)[ \t]+)?[A-Z])")

_BALLOT_AT_END = re.compile(r"[ \t]+" + BALLOT_NUMBER + "$")


def _term_of_office(text: str, toks: list[Tok], end: int) -> int:
    """The token after a term of office written between the title and a name, else `end`."""
    m = _TERM_OF_OFFICE.match(text, toks[end - 1].end)
    if not m:
        return end
    n = end
    while n < len(toks) and toks[n].end <= m.end():
        n += 1
    return n


def _tail_after_short_head_dot(text: str, toks: list[Tok], k: int, head: TitleHead,
                               org_ends: dict[int, int]) -> int | None:
    """'Kabag. Protokol', 'Kadis. Kesehatan X': a head's short form written with an abbreviation's dot, then its
    unit on the same line. The tail is read after the dot; without one, the dot was a full stop."""
    if " " in head.text or head.text == head.expansion or k + 1 >= len(toks) or toks[k].text != "." \
            or not glued(text, toks[k - 1], toks[k]) or not same_line_gap(text, toks[k], toks[k + 1]) \
            or fold(toks[k + 1].text) in stop_words():
        return None  # "... oleh Kabag. Setelah itu": a sentence's first word after a full stop
    end = _org_tail(text, toks, k + 1, org_ends)
    return end if end > k + 1 else None


@lru_cache(maxsize=1)
def _acronym_heads() -> frozenset[str]:
    return frozenset(r["head"] for r in load_tsv("title_heads") if r["head"].isupper())


def _open_names_kept(corrected: str, text: str, start_c: int, end_c: int, org_ends: dict[int, int]) -> str:
    """'Direktur PT X Minerals': a company's or a foundation's name in a post is written as its owners chose it."""
    for s, e in org_ends.items():
        if start_c <= s and e <= end_c:
            name = text[s:e]
            if name.split(" ", 1)[0].rstrip(".") in load_set("open_name_heads"):
                fixed = correct_phrase(without_brackets(name))
                if fixed != name and fixed in corrected:
                    corrected = corrected.replace(fixed, name, 1)
    return corrected


def _cased_head(text: str, toks: list[Tok], j: int, k: int, written: str) -> str:
    """'BUPATI Sleman' -> 'Bupati Sleman': a head written in capitals takes its usual case."""
    head = text[toks[j].start:toks[k - 1].end]
    if not toks[j].upper or len(toks[j].text) < 4 or head in _acronym_heads():
        return written  # "PPTK": a head the tables hold as an acronym keeps its capitals
    return written.replace(head, " ".join(w.capitalize() if w.isupper() else w for w in head.split(" ")), 1)


def _bracketed_acting(text: str, toks: list[Tok], k: int) -> tuple[str, int] | None:
    """'(Plt.)' after a spelled-out acting marker: (the marker as abbreviated, the token after the bracket)."""
    if k + 2 >= len(toks) or toks[k].text != "(":
        return None
    am = acting_table().match(text, toks, k + 1)
    if not am:
        return None
    close = am[0] + (1 if am[0] < len(toks) and toks[am[0]].text == "." else 0)
    if close >= len(toks) or toks[close].text != ")":
        return None
    return am[1], close + 1


_NAME_AFTER = re.compile(r"[ \t]*,[ \t]*")


def _name_follows(text: str, pos: int) -> bool:
    from pipeline.resolve.names import read_name

    m = _NAME_AFTER.match(text, pos)
    return bool(m) and read_name(text, m.end()) is not None


def _lower_role(text: str, toks: list[Tok], i: int, org_ends: dict[int, int]) -> tuple[Mention, int] | None:
    """'penyuluh hukum Kanwil Kemenkumham Bali, I Komang ...', 'kepala bidang tanaman pangan Dinas Pertanian
    Garut, Asep ...': a position written in lowercase, up to three lowercase words of its portfolio, then an
    organization and the holder's name after a comma."""
    capped = [Tok(x.start, x.end, x.text.capitalize()) if x.is_word and x.text.islower() else x
              for x in toks[i:i + 4]]
    hm = head_table().match(text, capped, 0)
    if not hm or hm[1].takes != "org":
        return None
    if i > 0 and toks[i - 1].text.capitalize() in blockers() and same_line_gap(text, toks[i - 1], toks[i]):
        return None
    k = i + hm[0]
    j = _lowercase_run_end(text, toks, k, 3, g.function_words())
    if j >= len(toks) or toks[j].start not in org_ends or not same_line_gap(text, toks[j - 1], toks[j]):
        return None
    end = _org_tail(text, toks, j, org_ends)
    # "anggota Polsek Loura Brigpol X": the holder after a comma, or after a rank
    if end <= j or not (_name_follows(text, toks[end - 1].end) or ranked_name_after(text, toks[end - 1].end)):
        return None
    start_c, end_c = toks[i].start, toks[end - 1].end
    written = text[start_c:end_c]
    head = hm[1]
    data = {
        "head": head.expansion, "head_written": text[toks[i].start:toks[k - 1].end], "acting": None,
        "takes": head.takes, "unit": head.unit or None, "has_tail": True,
        "corrected": _open_names_kept(correct_phrase(without_brackets(written)), text, start_c, end_c, org_ends),
        "org": next((text[s:e] for s, e in org_ends.items() if start_c <= s and e <= end_c), None),
    }
    return Mention(start_c, end_c, written, kind="title", data=data), end


_GROUP_WORDS = frozenset({"unsur", "kalangan", "para"})
_CLASS_NUMBER = re.compile(r"[IVX]+")


def _school_class(toks: list[Tok], k: int) -> bool:
    """'siswi kelas V SD Negeri 2 X': a pupil's or a teacher's class, written in lowercase, before the school."""
    return toks[k].text == "kelas" and k + 1 < len(toks) and bool(_CLASS_NUMBER.fullmatch(toks[k + 1].text))



@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    return frozenset(load_list("role_nouns"))


@lru_cache(maxsize=1)
def _role_firsts() -> frozenset[str]:
    return frozenset(r.split()[0] for r in _role_nouns())


def _role_before_comma(text: str, toks: list[Tok], i: int, org_ends: dict[int, int]) -> tuple[Mention, int] | None:
    """'pengamat kebijakan publik, Budi Lamba', 'jurnalis senior Harian X, Rina Tompo': a profession in lowercase
    (role_nouns.txt), up to four lowercase words of its field, the body it works for (known or not), then a comma
    and a name its honorifics or its length make sure of."""
    k = i + 1
    if k < len(toks) and f"{toks[i].text} {toks[k].text}" in _role_nouns():
        k += 1
    elif toks[i].text not in _role_nouns():
        return None
    if i > 0 and (toks[i - 1].text.capitalize() in blockers() or toks[i - 1].text.lower() in _GROUP_WORDS) \
            and same_line_gap(text, toks[i - 1], toks[i]):
        return None  # "dari unsur akademisi, Prof. X": the group a member comes from, not his profession
    j = _lowercase_run_end(text, toks, k, 4, g.function_words())
    n = j
    while n < len(toks) and n - j < 5 and (toks[n].cap or toks[n].text in ("&", "-") or toks[n].text.isdigit()) \
            and same_line_gap(text, toks[n - 1], toks[n]):
        n += 1
    if n < len(toks) and toks[n].text == "(":  # "Harian X (HX)": the body's short form in its bracket
        close = next((m for m in range(n + 1, min(n + 4, len(toks))) if toks[m].text == ")"), None)
        n = close + 1 if close is not None else n
    if not _sure_name_after_comma(text, toks, n):
        return None
    start_c, end_c = toks[i].start, toks[n - 1].end
    written = text[start_c:end_c]
    head = text[toks[i].start:toks[k - 1].end]
    data = {"head": head.capitalize(), "head_written": head, "acting": None, "takes": "org", "unit": None,
            "has_tail": n > k, "corrected": written,
            "org": next((text[s:e] for s, e in org_ends.items() if start_c <= s and e <= end_c), None)}
    return Mention(start_c, end_c, written, kind="title", data=data), n


def _sure_name_after_comma(text: str, toks: list[Tok], k: int) -> bool:
    """Token k is a comma right after the words before it, and a name its honorifics or its length make sure of
    follows."""
    from pipeline.resolve.names import read_name

    gap = _NAME_AFTER.match(text, toks[k - 1].end)
    if k >= len(toks) or toks[k].text != "," or gap is None:
        return False
    r = read_name(text, gap.end())
    return r is not None and bool(r.honorifics or len(r.name.split()) >= 2)


def _lower_bare_head(text: str, toks: list[Tok], i: int) -> tuple[Mention, int] | None:
    """'dibuka oleh sekretaris daerah, Dr. Hj. Nur Endang Abbas': a whole position written in lowercase, then a
    comma and a name its honorifics or its length make sure of."""
    capped = [Tok(x.start, x.end, x.text.capitalize()) if x.is_word and x.text.islower() else x
              for x in toks[i:i + 4]]
    hm = head_table().match(text, capped, 0)
    if not hm or not all(x.text.islower() for x in toks[i:i + hm[0]]):
        return None
    k = i + hm[0]
    if not _sure_name_after_comma(text, toks, k):
        return None
    start_c, end_c = toks[i].start, toks[k - 1].end
    written = text[start_c:end_c]
    head = hm[1]
    data = {"head": head.expansion, "head_written": written, "acting": None, "takes": head.takes,
            "unit": head.unit or None, "has_tail": False, "corrected": head.expansion, "org": None}
    return Mention(start_c, end_c, written, kind="title", data=data), k


def _lower_head_before_name(text: str, toks: list[Tok], i: int, org_ends: dict[int, int]) -> tuple[Mention, int] | None:
    """'kuasa hukum Termohon Arif Effendi', 'oleh kuasa hukum Zahru Arqom': a head of two words or more written in
    lowercase, its unit, then a name of two words or more (or with honorifics) on the same line."""
    from pipeline.resolve.names import read_name

    capped = toks[:i] + [Tok(x.start, x.end, x.text.capitalize()) if x.is_word and x.text.islower() else x
                         for x in toks[i:i + 4]] + toks[i + 4:]
    hm = head_table().match(text, capped, i)
    if not hm or not all(x.text.islower() for x in toks[i:hm[0]]):
        return None
    lm = parse_at(text, capped, i, org_ends)
    if lm is None:
        return None
    m, end = lm
    if hm[0] - i < 2 and not (m.data["has_tail"] and toks[hm[0]].cap):
        return None  # a one-word head in lowercase names a post with its unit written capitalized ("bupati Sigi")
    gap = re.match(r"[ \t]+", text[m.end:m.end + 3])
    if gap and end < len(toks) and toks[end].start == m.end + gap.end() and _derived_word(toks[end].text) \
            and end + 1 < len(toks) and same_line_gap(text, toks[end], toks[end + 1]):
        # "kuasa hukum Termohon Arif": a word made of a prefix and a common root names the party represented
        written = text[m.start:toks[end].end]
        m = Mention(m.start, toks[end].end, written, kind="title", data={
            **m.data, "has_tail": True, "corrected": m.data["corrected"] + text[m.end:toks[end].end]})
        end += 1
        gap = re.match(r"[ \t]+", text[m.end:m.end + 3])
    r = read_name(text, m.end) if gap else None
    if r is None or r.outer_start != m.end + gap.end() or not (r.honorifics or len(r.name.split()) >= 2):
        return None
    return m, end


_AFFIX = re.compile(r"(?:ter|pem|pen|peng|pe|per)(?P<root>[a-z]{4,})")


def _derived_word(word: str) -> bool:
    """'Termohon', 'Pemohon': a capitalized prefix and a root running text writes in lowercase."""
    from pipeline.nlp.ner import common_words

    m = _AFFIX.fullmatch(word.lower())
    return bool(m) and word[:1].isupper() and m.group("root") in common_words()


def _lower_tail(text: str, toks: list[Tok], k: int) -> int:
    """'Ketua panitia, Siti Mahmudah': one or two lowercase words naming the body, then a comma and the name."""
    j = _lowercase_run_end(text, toks, k, 2, _served_function_words())
    return j if j > k and _name_follows(text, toks[j - 1].end) else k


@lru_cache(maxsize=1)
def _served_function_words() -> frozenset[str]:
    """Function words but the nouns of what a post serves (served_nouns.txt: "PPK kegiatan, X")."""
    return g.function_words() - load_set("served_nouns")


def _lowercase_run_end(text: str, toks: list[Tok], k: int, limit: int, stops: frozenset[str]) -> int:
    """End of up to `limit` lowercase words from token k on one line, none of them in `stops`."""
    j = k
    while j < len(toks) and j - k < limit and toks[j].is_word and toks[j].text.isalpha() and toks[j].text.islower() \
            and toks[j].text not in stops and same_line_gap(text, toks[j - 1], toks[j]):
        j += 1
    return j


# Posts of a kecamatan: the words after the head name a kecamatan ("Camat Bukit Batu Taufik").
CAMAT_HEADS = frozenset({"Camat", "Wakil Camat", "Sekretaris Camat"})
# Posts of a village: the word after the head is the village's name ("Kepala Desa Temiang Masdar").
VILLAGE_HEADS = frozenset({"Kepala Desa", "Lurah", "Sekretaris Desa", "Sekretaris Lurah", "Sekretaris Kelurahan",
                           "Kepala Kampung", "Penghulu", "Keuchik", "Perbekel", "Ketua BPD", "Wakil Ketua BPD",
                           "Anggota BPD", "Bidan Desa"})


# Posts of a hamlet or a neighbourhood, whose names the register does not hold ("Kepala Dusun III", "Kadus Sukamaju
# Budi", "Kepala Lingkungan Pancor Barat, Budi").
HAMLET_HEADS = frozenset({"Kepala Dusun", "Kepala Dukuh", "Kepala Lingkungan"})
_HAMLET_CUES = frozenset({"Dusun", "Dukuh", "Lingkungan"})


def _hamlet_tail(text: str, toks: list[Tok], k: int, local: tuple[str, ...]) -> int:
    """The end of a hamlet's name after its head: a number, or capitalized words set off by a comma before the
    holder or the units the hamlet lies in, or one word before a name that starts like a person's; a village
    written after it ("Kepala Dusun III Desa X") belongs to the post."""
    from pipeline.resolve.names import read_name

    if k >= len(toks) or not same_line_gap(text, toks[k - 1], toks[k]):
        return k
    end = k
    if toks[k].text.isdigit() or _ROMAN.fullmatch(toks[k].text):
        end = k + 1
    elif toks[k].is_word and toks[k].cap and not toks[k].upper and fold(toks[k].text) not in g.name_openers() \
            and not g._is_honorific(text, toks[k]):
        run = k + 1
        while run < len(toks) and run - k < 3 and same_line_gap(text, toks[run - 1], toks[run]) and (
                (toks[run].is_word and toks[run].cap and not toks[run].upper
                 and fold(toks[run].text) not in g.name_openers() and not g._is_honorific(text, toks[run])
                 and not g.name_opener_at(text, toks, run))
                or (toks[run].text.isdigit() or _ROMAN.fullmatch(toks[run].text))
                and not g.name_opener_at(text, toks, run)):
            run += 1
        if run < len(toks) and toks[run].text == "," and toks[run].start == toks[run - 1].end \
                and (read_name(text, toks[run].end, name_slot=True) is not None
                     or _UNIT_ADDRESS.match(text, toks[run].end)):
            end = run  # "Kepala Dusun Tete Batu Daya, Amaq Sinar"
        elif run < len(toks) and same_line_gap(text, toks[run - 1], toks[run]) \
                and (fold(toks[run].text) in g.name_openers() or g.name_opener_at(text, toks, run)):
            end = run  # "Kepala Dusun Sukamaju Budi Santoso": the holder's name opens after the hamlet's
    if end > k and end < len(toks) and toks[end].text in ("Desa", "Kelurahan", "Kampung", "Negeri") \
            and same_line_gap(text, toks[end - 1], toks[end]):
        village = _place_tail(text, toks, end + 1, village=True, local=local, level=4)
        if village > end + 1:
            end = village
    return end


def _place_tail(text: str, toks: list[Tok], k: int, village: bool = False, local: tuple[str, ...] = (),
                level: int = 0) -> int:
    if k < len(toks) and toks[k].text == "(" and same_line_gap(text, toks[k - 1], toks[k]):
        # "Wakil Gubernur (Wagub) Sultra Lukman": the jurisdiction comes after the head's short form
        b = _ACRONYM_BRACKET.match(text, toks[k].start)
        n = _token_at(toks, k, b.end()) if b else None
        if n is not None and same_line_gap(text, toks[n - 1], toks[n]):
            end = _place_tail(text, toks, n, village, local, level)
            return end if end > n else k
        return k
    if k >= len(toks) or not same_line_gap(text, toks[k - 1], toks[k]) or not toks[k].is_word:
        return k
    if toks[k].text == "Kelas" and k + 2 < len(toks) and g.CLASS_MARK.fullmatch(toks[k + 1].text) \
            and same_line_gap(text, toks[k], toks[k + 1]) and same_line_gap(text, toks[k + 1], toks[k + 2]):
        # "Kalapas Kelas IIA Palu", "Karutan Kelas IIB Poso": the prison's class, then its seat
        end = _place_tail(text, toks, k + 2, village, local, level)
        return end if end > k + 2 else k
    if toks[k].text in load_set("prison_kinds") and k + 1 < len(toks) and same_line_gap(text, toks[k], toks[k + 1]) \
            and toks[k + 1].cap and k > 0 and toks[k - 1].text in ("Kalapas", "Karutan"):
        # "Kalapas Narkotika Bolangi", "Kalapas Perempuan Kelas III Mataram": the prison's kind, then its class or seat
        end = _place_tail(text, toks, k + 1, village, local, level)
        return end if end > k + 1 else k
    jur = g._jurisdiction(text, toks, k, 3)
    village = _village_run(text, toks, k, village)
    unit = _local_unit(text, toks, k, local, level) if local and level else None
    if unit and unit > max(village or k, jur[0] if jur and not jur[2] else k):
        return unit  # "Camat Bandar Laksmana Acil", "Kepala Desa Parit 1 Api-Api": a unit of the release's region
    if village and (not jur or jur[2] or village > jur[0]):
        return village  # "Lurah Sungai Pinang Dalam": a village the register knows, longer than a region's name
    country = _country_table().match(text, toks, k)
    if jur and not jur[2] and not (country and country[0] > jur[0]):
        return jur[0]  # but "Perdana Menteri Papua Nugini X": a country whose name opens with a province's
    if country:
        return country[0]  # "Perdana Menteri Thailand", "Presiden Brasil"
    # "Kepala Desa Tilote, Yusuf Hasan": one unknown word before a comma and a name is the place
    if toks[k].cap and k + 2 < len(toks) and toks[k + 1].text == "," and toks[k + 1].start == toks[k].end:
        from pipeline.resolve.names import read_name

        if read_name(text, toks[k + 1].end, name_slot=True) is not None:  # "Tilote, M Yusuf": a bare initial too
            return k + 1
        if level and _UNIT_ADDRESS.match(text, toks[k + 1].end):
            return k + 1  # "Kepala Desa Ulidang, Kecamatan X, Budi": the village, then the units it lies in
    # a misspelt place ("Bupati Bene Meriah"): the resolver's fuzzy match over up to three capitalized words
    if resolve_place is not None and toks[k].cap and fold(toks[k].text) not in g.NATIONAL:
        for n in (3, 2, 1):
            span = toks[k:k + n]
            if len(span) < n or not all(x.is_word and x.cap for x in span):
                continue
            if any(not same_line_gap(text, a, b) for a, b in zip(span, span[1:])):
                continue
            if looks_like_place(text[span[0].start:span[-1].end]):
                return k + n
    return k


_UNIT_ADDRESS = re.compile(r"[ \t]*(?:Kecamatan|Kec\.|Distrik|Kabupaten|Kab\.)[ \t]+[A-Z]")


def _village_run(text: str, toks: list[Tok], k: int, village_post: bool = False) -> int | None:
    """The end of the longest run of up to four capitalized words at k that names a village of the register."""
    run = k
    while run < len(toks) and run - k < 4 and toks[run].is_word and toks[run].cap \
            and (run == k or same_line_gap(text, toks[run - 1], toks[run])):
        run += 1
    for end in range(run, k + 1, -1):  # two words or more: one word alone names too many villages
        if any(fold(toks[m].text) in g.name_openers() for m in range(k + 1, end)):
            continue  # "Bupati Lebak Budi Santoso": a name starts inside, whatever village "Lebak Budi" is
        if gz.name_key(text[toks[k].start:toks[end - 1].end]) in gz.village_index():
            return end
    # one word, when a name of two words or more follows that starts like a person's ("Kepala Desa Selatbaru Budi
    # Santoso"; not "Wakil Bupati Rahmat Hidayat")
    if run > k + 2 and gz.name_key(toks[k].text) in gz.village_index() and fold(toks[k].text) not in g.name_openers() \
            and fold(toks[k + 1].text) in g.name_openers():
        return k + 1
    # after a village's own post the village is named first, whatever the holder's name ("Kepala Desa Temiang
    # Masdar", "Kepala Desa Sepahat M Azlan")
    if village_post and run > k + 1 and gz.name_key(toks[k].text) in gz.village_index() \
            and fold(toks[k].text) not in g.name_openers():
        return k + 1
    return None



def _local_unit(text: str, toks: list[Tok], k: int, local: tuple[str, ...], level: int) -> int | None:
    """The end of two to four words at k that name, possibly misspelt or with a digit for a numeral, a kecamatan
    (level 3) or village (level 4) of the kabupaten/kota the release names: "Camat Bandar Laksmana Acil Esyno",
    "Kepala Desa Parit 1 Api-Api", "Lurah Timbang galung". Only that region's units, where a typo cannot reach
    a holder's name."""
    t = toks[k]
    if not (t.is_word and t.cap) or fold(t.text) in g.name_openers() or g._is_honorific(text, t):
        return None
    run = k + 1
    while run < len(toks) and run - k < 4 and same_line_gap(text, toks[run - 1], toks[run]) and (
            (toks[run].is_word and toks[run].cap and not g._is_honorific(text, toks[run]))
            or toks[run].text.isdigit() or _ROMAN.fullmatch(toks[run].text)
            or (toks[run].text.isalpha() and toks[run].text.islower()
                and toks[run].text not in g.function_words())):
        run += 1
    names = _local_names(local, level)
    best = None
    for end in range(run, k, -1):
        key = gz.name_key(text[t.start:toks[end - 1].end])
        if end == k + 1:
            # one word: a village of the release's region spelt as the register has it, after a village's own post
            # ("selaku Kepala Desa Batunyala."); one word may be a misspelt holder's name elsewhere
            if level == 4 and key in names and 1 in names[key] and (best is None):
                best = (end, 100)
            continue
        if len(key) < 8:
            continue
        hit = process.extractOne(key, tuple(names), scorer=fuzz.ratio, score_cutoff=90)
        # as many words as the register's name: "Kepala Desa Sepahat M Azlan" is not a misspelt "Sepahat"
        if hit is None or end - k not in names[hit[0]]:
            continue
        if toks[end - 1].text.islower() and hit[1] < 100:
            continue  # a lowercase word ends a unit only where the register spells it so ("Timbang galung")
        if best is None or hit[1] > best[1]:
            best = (end, hit[1])
    return best[0] if best else None


@lru_cache(maxsize=64)
def _local_names(local: tuple[str, ...], level: int) -> dict[str, set[int]]:
    """name key -> the numbers of words the names with that key are written in, for the units of one level
    inside `local`."""
    if level == 4:
        names = gz.villages()
        codes = gz.inside(local, villages_too=True)
    else:
        names = gz.regions()
        codes = [c for c in gz.inside(local) if gz.level_of(c) == level]
    out: dict[str, set[int]] = {}
    for c in codes:
        for name in (names[c], gz.number_variant(names[c])):
            if name:
                out.setdefault(gz.name_key(name), set()).add(len(tokenize(name)))
    return out


@lru_cache(maxsize=1)
def _country_table() -> PhraseTable:
    return PhraseTable([(r["alias"], r["name"]) for r in load_tsv("countries") if r["kind"] == "negara"
                        and r["alias"] != "Indonesia"])


def looks_like_place(name: str) -> bool:
    """A province or kabupaten/kota name, possibly misspelt ("Bene Meriah")."""
    words = name.split()
    if match_place(words, 0, max_level=3) == len(words):
        return True
    best = process.extractOne(" ".join(fold(w) for w in words), _region_names(), scorer=fuzz.ratio,
                              score_cutoff=88)
    return best is not None


@lru_cache(maxsize=1)
def _region_names() -> tuple[str, ...]:
    return tuple(sorted({" ".join(k) for slot in place_index().values() for k, lvl in slot.items()
                         if lvl <= 2 and len(" ".join(k)) >= 6}))


# "(Dispora)", "(Dirjen Strahan)": the short form of a title or its unit, up to three capitalized words
_ACRONYM_BRACKET = re.compile(r"\([ \t]*[A-Z][\w\-]{1,19}(?:[ \t]+[A-Z][\w\-]{1,14}){0,2}[ \t]*\)")
# "(Industri Logam, Mesin, Alat Transportasi dan Elektronika)": a short form spelled out, two or more capitalized words
_EXPANSION_BRACKET = re.compile(r"\([ \t]*([A-Z][\w\-]*(?:,?[ \t]+(?:dan[ \t]+|&[ \t]+)?[A-Z][\w\-]*){1,9})[ \t]*\)")
_BRACKET_GAP = re.compile(r"[ \t]*\([ \t]*(?!Perser|Perum)[A-Z][\w\-]{1,19}(?:[ \t]+[A-Z][\w\-]{1,14}){0,2}[ \t]*\)")


def _expansion_of(text: str, short: Tok, at: int) -> re.Match[str] | None:
    """The bracket at `at` spelling out the short form `short` ("Disdukcapil (Dinas Kependudukan ...)")."""
    b = _EXPANSION_BRACKET.match(text, at)
    return b if b and short.cap and b.group(1)[0] == short.text[0] else None


_ROMAN = re.compile(r"[IVX]{1,4}")
# a Koramil is numbered after its Kodim ("Danramil 1602-01/Ende")
_UNIT_NO = re.compile(r"\d+(?:-\d+)?")
_SHORT_THEN_BRACKET = re.compile(r"(?<![\w.])([A-Z][\w\-]*)(?=[ \t]*\()")


def without_brackets(written: str) -> str:
    """A title as written without the short forms in brackets ("Kepala Dinas (Kadis) PUPR") and the spellings-out
    of short forms ("Dirjen Ilmate (Industri Logam, ...) Kementerian X")."""
    out, last = [], 0
    for m in _SHORT_THEN_BRACKET.finditer(written):
        gap = re.match(r"[ \t]*", written[m.end():]).end()
        b = _EXPANSION_BRACKET.match(written, m.end() + gap)
        if b and m.start() >= last and b.group(1)[0] == m.group(1)[0]:
            out.append(written[last:m.end()])
            last = b.end()
    out.append(written[last:])
    return _REPEATED.sub(r"\1", _BRACKET_GAP.sub("", "".join(out)))


# "Kepala Badan Kepala Badan Pengembangan ...": two or three words written twice in a row are a typo
_REPEATED = re.compile(r"\b([A-Z]\w+(?:[ \t]+\w+){1,2})[ \t]+\1\b")


def _unit_in_head(head: TitleHead) -> bool:
    """An abbreviated head that names its unit ("Danlanal" = Komandan Lanal, "Kadis" = Kepala Dinas): a
    jurisdiction may follow it directly ("Danlanal Kendari"), as it follows the unit itself; so may a head named
    after its unit ("Inspektur Sikka" heads the Inspektorat)."""
    return len(head.expansion.split()) > len(head.text.split()) or bool(head.unit and head.unit not in head.text)


def _org_covers(text: str, org_ends: dict[int, int], tok: Tok) -> bool:
    """A body other than a unit ("Bagian Persidangan") ends at tok: a word after its "dan" may be a person's name."""
    return any(s <= tok.start and tok.end <= e and text[s:e].split()[0] not in g.subunit_kinds()
               for s, e in org_ends.items())


def _unit_word_before_holder(text: str, toks: list[Tok], n: int) -> bool:
    """After "dan" in a portfolio: one capitalized word the tables do not know, a comma, then a holder of two name
    words or more; a person's one name would not stand between a portfolio and its holder."""
    if n + 3 >= len(toks) or not (toks[n].is_word and toks[n].cap and not toks[n].upper) or toks[n + 1].text != ",":
        return False
    if fold(toks[n].text) in g.name_openers() or fold(toks[n].text) in given_words() or head_table().match(text, toks, n):
        return False
    a = n + 2
    while a < len(toks) and a - n - 2 < 4 and toks[a].is_word and toks[a].cap and is_name_word(toks[a].text) \
            and same_line_gap(text, toks[a - 1], toks[a]):
        a += 1
    return a - n - 2 >= 2 and same_line_gap(text, toks[n], toks[n + 1])


@lru_cache(maxsize=1)
def _national_heads() -> frozenset[str]:
    """Heads of a ministry's posts ("Menteri", "Wakil Menteri"): a national post has no regional seat."""
    return frozenset(r["head"] for r in load_tsv("post_bodies") if r["body"].startswith("Kementerian"))


def _org_tail(text: str, toks: list[Tok], k: int, org_ends: dict[int, int], unit_in_head: bool = False,
              national: bool = False) -> int:
    end = k
    if unit_in_head:
        k = end = _unit_number(text, toks, k)
    j = g._skip_dot(text, toks, k)
    while j < len(toks):
        if not same_line_gap(text, toks[j - 1], toks[j]):
            break
        t = toks[j]
        if t.start in org_ends:
            stop = org_ends[t.start]
            j0 = j
            while j < len(toks) and toks[j].end <= stop:
                j += 1
            if j == j0:
                break
            end = j
            if _caps_holder(text, toks, j):
                break
            continue
        if not t.is_word and t.text != "&":  # "&" joins portfolio words as "dan" does ("Kabag TU & Umum")
            if t.text == "(":
                # "Kepala Dinas Pemuda dan Olahraga (Dispora) Provinsi Riau", "Kepala Dinas (Kadis) PUPR": the tail
                # goes on after the acronym
                b = _ACRONYM_BRACKET.match(text, t.start) or _expansion_of(text, toks[j - 1], t.start) or (
                    # "Asisten I (Pemerintahan dan Kesra) Setda X": a numbered post's portfolio
                    _EXPANSION_BRACKET.match(text, t.start) if _ROMAN.fullmatch(toks[j - 1].text) else None)
                n = _token_at(toks, j, b.end()) if b else None
                if n is not None and n < len(toks) and same_line_gap(text, toks[n - 1], toks[n]) \
                        and (_continues_tail(text, toks, n) or toks[n].start in org_ends):
                    j = n  # "Kepala Bidang X (Kabid Y) Satpol PP Z": the body the unit belongs to
                    continue
            if t.text == "/" and end > k and _slash_portfolio(text, toks, j, org_ends):
                j += 1  # "Kepala Dinas Koperasi/UKM", "Menteri PPN/Bappenas": one portfolio written two ways
                continue
            if t.text == "," and end > k:
                n = _comma_list(text, toks, j)
                if n is not None:
                    j = n
                    continue
            break
        low = t.text.lower()
        if g._is_prefix(t) or (low.startswith("se") and (low.startswith("se-") or t.text[2:3].isupper())):
            if end > k and j + 2 < len(toks) and toks[j + 1].text == "/" and g._is_prefix(toks[j + 2]) \
                    and text[t.end:toks[j + 2].start].strip(" ") == "/":
                end = j = j + 3  # "Kepala Bagian Fasilitasi Produk Hukum Kabupaten/Kota Biro Hukum": every
                continue  # regency and city the unit serves, no region of its own
            jur = g._jurisdiction(text, toks, j, 3)
            if jur and not jur[2] and jur[1] == "desa" and end > k and toks[j - 1].text.lower() in g.CONNECTORS \
                    and gz.name_key(text[toks[jur[0] - 1].start:toks[jur[0] - 1].end]) not in gz.village_index():
                end = j + 1  # "Kadis Pemberdayaan Masyarakat dan Desa Yuhelmi": "Desa" ends the portfolio, no village
                break
            if jur and not jur[2]:
                end = jur[0]
                if jur[1] in ("desa", "kecamatan") and end < len(toks) and toks[end].start in org_ends \
                        and same_line_gap(text, toks[end - 1], toks[end]):
                    j = end  # "Bhabinkamtibmas Desa X Polsek Y Polresta Z": the village served, then the unit
                    continue
            elif not jur and end > k and toks[j - 1].text.lower() in g.CONNECTORS and j + 1 < len(toks) \
                    and same_line_gap(text, t, toks[j + 1]) and _region_at(text, toks, j + 1):
                end = j = j + 1  # "Kadis Pemberdayaan Masyarakat dan Desa Prov. Sultra": "Desa" is the portfolio
                continue
            elif not jur and g._is_prefix(t) == "desa" and t.cap:
                # "Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi X": a list of portfolios goes on
                n = _comma_list(text, toks, j + 1) if j + 1 < len(toks) and toks[j + 1].text == "," else None
                if n is not None:
                    end, j = j + 1, n
                    continue
                # "Kabid Pemerintahan Desa, Budi", "Kasi Pemerintahan Desa Kecamatan X": no village's name follows,
                # "Desa" ends the portfolio; straight after the head it is the post's field ("Pendamping Desa, Budi")
                if j + 1 == len(toks) or toks[j + 1].text in ",.;)" or not same_line_gap(text, t, toks[j + 1]):
                    end = j + 1
                elif end > k and _region_at(text, toks, j + 1):
                    end = j = j + 1
                    continue
            break
        if low == "pada" and j + 1 < len(toks) and same_line_gap(text, t, toks[j + 1]) \
                and (toks[j + 1].start in org_ends or g._starts_head(text, toks, j + 1)):
            j += 1  # "Kepala Bidang Pembinaan SMA pada Dinas Pendidikan", "Kepala pada Seksi Kurikulum": the unit's body
            continue
        if low in g.CONNECTORS:
            n = j + 1
            if end > k and n < len(toks) and same_line_gap(text, t, toks[n]) and g._body_word(text, toks[n]) \
                    and not (head_table().match(text, toks, n)) and toks[n].start not in org_ends:
                j = n
                continue
            if end > k and n + 1 < len(toks) and toks[n].is_word and toks[n].cap and not toks[n].upper \
                    and same_line_gap(text, t, toks[n]) and same_line_gap(text, toks[n], toks[n + 1]) \
                    and fold(toks[n].text) not in g.name_openers() and not head_table().match(text, toks, n) \
                    and (toks[n + 1].start in org_ends or _region_at(text, toks, n + 1)):
                # "Kadis Sumber Daya Air dan Binamarga Pemprov Sultra", "Kadis Pemberdayaan Masyarakat dan Desa
                # Prov. Sultra": a portfolio word the tables do not know, then the body or the region it serves; a
                # name would not run on into either
                end = n + 1
                j = n + 1
                continue
            if end > k and _unit_word_before_holder(text, toks, n) and not _org_covers(text, org_ends, toks[j - 1]):
                end = j = n + 1  # "Kepala Subbagian Rapat dan Risalah, Dewi Sartika Lamba": the unit's last word
                continue
            break
        if end == j > k and t.cap and t.is_word and not t.upper and j + 2 < len(toks) and toks[j + 1].text == "dan" \
                and same_line_gap(text, t, toks[j + 1]) and not _org_covers(text, org_ends, toks[j - 1]) \
                and _unit_word_before_holder(text, toks, j + 2):
            end = j = j + 3  # "Kepala Subbagian Rapat dan Risalah, X": a unit named by two words, then its holder
            continue
        if g._is_honorific(text, t) and (not t.upper or len(t.text) >= 2):
            break  # a rank ends the title ("Kasat Binmas AKP Ismanto"); "H" may be a unit's letter
        if t.text.islower() and t.text in _org_head_words() and j + 1 < len(toks) \
                and same_line_gap(text, t, toks[j + 1]) and (toks[j + 1].start in org_ends or (
                    toks[j + 1].cap and g._body_word(text, toks[j + 1]))):
            # "Kepala kantor Kementerian Agama ...": a unit word written in lowercase inside the title
            end = j + 1
            j += 1
            continue
        if t.text in name_prefixes():
            n = j + 2 if j + 1 < len(toks) and toks[j + 1].text == "." else j + 1
            if n < len(toks) and toks[n].cap and not toks[n].upper:
                break  # "Anggota DPR TB Hasanuddin", "TB. Ace": a name's prefix, not a body's acronym
        if end > k and _short_head_at(text, toks, j):
            break  # "Komandan Korem Halu Oleo Danrem Halu Oleo ...": the post's short form starts it again
        if end > k and g.name_opener_at(text, toks, j, nobles_only=True):
            break
        if end == j and (state := _country_table().match(text, toks, j)) and state[0] >= j + 2:
            end = state[0]  # "Duta Besar Papua Nugini Peter": a state of two words, its first word a province's
            break
        if t.text in g.branch_offices() and not g._starts_head(text, toks, j) \
                and (e := g._branch_end(text, toks, j)) is not None and e > j + 1:
            end = j = e  # "General Manager Witel Maluku", "Manager UP3 Flores Bagian Barat": a company's unit by its code
            continue
        if (g._body_word(text, t) or _company_field_word(t)) and not _degree_at(text, t):
            end = j + 1
            j = g._skip_dot(text, toks, j + 1)
            continue
        if end == j > k and t.text.isdigit() and toks[j - 1].text.upper() in load_set("numbered_units"):
            end = j = j + 1  # "Ketua RT 02, Yohanes": a neighbourhood is named by its number
            if j + 1 < len(toks) and toks[j].text == "/" and toks[j + 1].text.upper() in load_set("numbered_units"):
                j += 1  # "Ketua RT 03/RW 01"
            if j + 1 < len(toks) and toks[j].text in _HAMLET_CUES and same_line_gap(text, toks[j - 1], toks[j]) \
                    and (hamlet := _hamlet_tail(text, toks, j + 1, ())) > j + 1:
                end = j = hamlet  # "Ketua RT 01 Dusun Lemo, Desa X, Budi": the hamlet the neighbourhood lies in
                break
            continue
        if end == j > k and _ROMAN.fullmatch(t.text) and len(t.text) >= 2:
            end = j = j + 1  # "Menteri Keuangan II Singapura": the post's ordinal, then the rest of the tail
            continue
        country = _country_table().match(text, toks, j) if end == j > k else None
        if country:
            end = country[0]  # "Menteri Keuangan Singapura": a foreign post's state ends its tail
            break
        if end == k and t.cap and t.is_word and j + 1 < len(toks) and toks[j + 1].text == "(":
            # "Dirjen Ilmate (Industri Logam, Mesin, ...) Kementerian Perindustrian": a unit's short form, spelled
            # out in brackets, then the rest of the title
            b = _expansion_of(text, t, toks[j + 1].start)
            n = _token_at(toks, j + 1, b.end()) if b else None
            if n is not None and n < len(toks) and same_line_gap(text, toks[n - 1], toks[n]) \
                    and _continues_tail(text, toks, n):
                end = j + 1
                j = n
                continue
        if (end == k or (end == j and fold(t.text) not in g.name_openers())) and t.cap and t.is_word \
                and j + 1 < len(toks) and g._is_prefix(toks[j + 1]) and same_line_gap(text, t, toks[j + 1]):
            # "Kepala Disparbudpora Kabupaten Bengkalis", "Kepala Bidang Kebudayaan Disparbudpora Kabupaten
            # Bengkalis Khairani": a body's short form the tables do not know, then the region it serves
            jur = g._jurisdiction(text, toks, j + 1, 3)
            if jur and not jur[2]:
                end = jur[0]
                break
        if t.cap and (end > k or unit_in_head):
            jur = g._jurisdiction(text, toks, j, 2)
            if not jur and g._lone_word(text, toks, j):
                jur = g._jurisdiction(text, toks, j, 3)
            if jur and not jur[2] and national and jur[1] is None and jur[0] < len(toks) \
                    and toks[jur[0]].is_word and toks[jur[0]].cap and same_line_gap(text, toks[jur[0] - 1], toks[jur[0]]):
                break  # "Wakil Menteri Dalam Negeri Bima Arya": a ministry's post has no seat; the word opens the name
            if jur and not jur[2]:
                end = jur[0]
                if end < len(toks) and toks[end].start in org_ends and toks[end].text in g.COMPANY_OPENERS \
                        and same_line_gap(text, toks[end - 1], toks[end]):
                    j = end  # "Sales Area Manager Retail Sulteng PT X": the company the area's unit belongs to
                    continue
                break
            if unit_in_head and end == k and j + 2 < len(toks) and toks[j + 1].text == "," \
                    and g._lone_word(text, toks, j) and g._is_honorific(text, toks[j + 2]):
                # "Danposal Selatpanjang, Letda ...": the seat of the unit the head names, then the holder's rank;
                # "Kasubsi Triono, Sekretaris Daerah ...": a word before the next post is the holder
                end = j + 1
                break
        n = _words_before_body(text, toks, j, org_ends)
        if n is not None:
            end = j = n
            continue
        n = _short_unit_before_region(text, toks, j)
        if n is not None:
            end = n
        elif end == k and _common_unit_word(text, toks, j):
            end = j + 1
        break
    return end


@lru_cache(maxsize=1)
def _short_unit_heads() -> frozenset[str]:
    """'Kadis', 'Kabid', 'Kasi', 'Kaban': a short head naming a generic unit (a dinas, a bidang), which releases
    always write with the unit's own name after it ("Kadis PUPR", "Kabid Humas"), never bare before a name."""
    return frozenset(r["head"] for r in load_tsv("title_heads") if r["takes"] == "org" and r["unit"]
                     and " " not in r["head"] and r["head"] != r["expansion"]
                     and r["expansion"].split()[1:] == r["unit"].split())


def _unit_name_word(text: str, toks: list[Tok], k: int) -> int:
    """'Kadis Dagprin Indra Gunawan': after such a head, one capitalized word the tables do not know, then the
    holder's name on the same line, is the unit's short name; a word that opens names is left to the name."""
    if k + 1 >= len(toks) or not same_line_gap(text, toks[k - 1], toks[k]) \
            or not same_line_gap(text, toks[k], toks[k + 1]):
        return k
    t, nxt = toks[k], toks[k + 1]
    if not (t.is_word and t.cap and t.text.isalpha()) or g._is_honorific(text, t) \
            or fold(t.text) in g.name_openers() or fold(t.text) in stop_words() or head_table().match(text, toks, k):
        return k
    if not ((nxt.is_word and nxt.cap and is_name_word(nxt.text)) or g._is_honorific(text, nxt)):
        return k
    if _named_elsewhere(text, toks, k):
        return k  # "..., ujar Kadis Ramli Tobing" after "Kepala Dinas X, Ramli Tobing": the holder the text has named
    return k + 1


def _named_elsewhere(text: str, toks: list[Tok], k: int) -> bool:
    """The two words at k are written elsewhere in the text, not after the same short head: a name, no unit."""
    pair = f"{toks[k].text} {toks[k + 1].text}"
    head = toks[k - 1].text
    pos = text.find(pair)
    while pos >= 0:
        if pos != toks[k].start and not text[:pos].rstrip().endswith(head) \
                and not (pos + len(pair) < len(text) and text[pos + len(pair)].isalnum()):
            return True
        pos = text.find(pair, pos + 1)
    return False


def _slash_portfolio(text: str, toks: list[Tok], j: int, org_ends: dict[int, int]) -> bool:
    """A slash glued between a tail's word and a body word or a body: the tail goes on. A head after the slash
    is a second post of the same holder ("Menteri PPN/Kepala Bappenas")."""
    if j + 1 >= len(toks) or toks[j - 1].end != toks[j].start or toks[j].end != toks[j + 1].start:
        return False
    n = toks[j + 1]
    return n.is_word and n.cap and not head_table().match(text, toks, j + 1) \
        and (n.start in org_ends or g._body_word(text, n))


def _common_unit_word(text: str, toks: list[Tok], j: int) -> bool:
    """'selaku Ketua Panitia.', 'Ketua Panitia Budi Santoso': one capitalized word that running text writes in
    lowercase and that opens no name, right after a bare head, is the head's unit, not a name."""
    from pipeline.nlp.ner import common_words, known_words

    t = toks[j]
    if not (t.is_word and t.cap and not t.upper) or fold(t.text) not in common_words() \
            or fold(t.text) in g.name_openers():
        return False
    if j + 1 >= len(toks) or not same_line_gap(text, t, toks[j + 1]) or not toks[j + 1].is_word \
            or toks[j + 1].text.islower():
        return True
    # before a name, only a word edited text always spells this way ("Panitia"), not one names use ("Putri")
    return toks[j + 1].cap and is_name_word(toks[j + 1].text) and fold(t.text) in known_words()


def _short_unit_before_region(text: str, toks: list[Tok], j: int) -> int | None:
    """'Sekretaris Dinas Kominfotik Bengkalis Adi', 'Sekretaris Disduk Capil Meranti Ramdan': one or two words
    the tables do not know, that open no name, then a bare kabupaten or kota and the holder's name are the unit's
    short form and the region it serves (a name is not written before a region)."""
    for n in (j + 1, j + 2):
        if n >= len(toks) or not all(_unknown_unit_word(text, toks, i, j) for i in range(j, n)):
            return None
        if not same_line_gap(text, toks[n - 1], toks[n]) or g._is_prefix(toks[n]):
            continue
        jur = g._jurisdiction(text, toks, n, 2)
        if not jur or jur[1] or jur[2] or jur[0] >= len(toks):
            continue
        nxt = toks[jur[0]]
        if nxt.is_word and nxt.cap and same_line_gap(text, toks[jur[0] - 1], nxt) and not g._is_prefix(nxt):
            return jur[0]
    return None


def _unknown_unit_word(text: str, toks: list[Tok], i: int, j: int) -> bool:
    t = toks[i]
    return t.is_word and t.cap and not t.upper and not g._body_word(text, t) and not g._is_honorific(text, t) \
        and fold(t.text) not in g.name_openers() and (i == j or same_line_gap(text, toks[i - 1], t))


def _region_at(text: str, toks: list[Tok], j: int) -> bool:
    """A region written with its prefix starts at token j ("Prov. Sultra", "Kabupaten Kolaka")."""
    if not g._is_prefix(toks[j]):
        return False
    jur = g._jurisdiction(text, toks, j, 3)
    return bool(jur) and not jur[2]


def _unit_number(text: str, toks: list[Tok], k: int) -> int:
    """'Danramil 02/Tebingtinggi', 'Danrem 143/HO', 'Dandim 0732': a military or police unit's number, and the
    seat written after a slash, belong to the head that names the unit."""
    if k >= len(toks) or not (_UNIT_NO.fullmatch(toks[k].text) or _ROMAN.fullmatch(toks[k].text)) \
            or not same_line_gap(text, toks[k - 1], toks[k]):
        return k  # "Dandim 0732", "Pangdam III/Siliwangi"
    if k + 2 < len(toks) and toks[k + 1].text == "/" and toks[k + 2].is_word and toks[k + 2].text[:1].isupper() \
            and unit_slash(text, toks[k], toks[k + 1], toks[k + 2]):
        # "Danrem 083/Baladhika Jaya Kolonel Inf X": a seat of several words runs to the rank that opens the name
        end = k + 3
        while end < len(toks) and end - (k + 3) < 2 and toks[end].is_word and toks[end].cap \
                and same_line_gap(text, toks[end - 1], toks[end]) and not g._is_honorific(text, toks[end]):
            end += 1
        if end > k + 3 and end < len(toks) and g._is_honorific(text, toks[end]):
            return end
        return k + 3
    return k + 1


@lru_cache(maxsize=1)
def _org_head_words() -> frozenset[str]:
    """Lowercased one-word organization heads (kantor, dinas, badan, bidang)."""
    return frozenset(r["head"].lower() for r in load_tsv("org_heads") if " " not in r["head"].strip())


def _short_head_at(text: str, toks: list[Tok], j: int) -> bool:
    """A position's one-word short form starts at j ("Danrem", "Kapolres", "Kadis")."""
    hm = head_table().match(text, toks, j)
    return bool(hm and hm[0] == j + 1 and hm[1].text != hm[1].expansion and not toks[j].upper)


def _token_at(toks: list[Tok], j: int, pos: int) -> int | None:
    """Index of the first token at or after char `pos`, searching forward from j."""
    while j < len(toks) and toks[j].start < pos:
        j += 1
    return j if j < len(toks) else None


def _caps_holder(text: str, toks: list[Tok], j: int) -> bool:
    """'Kepala Bappeda Kabupaten Poso NELWAN TAMPAKE menjelaskan': after a body written in title case and closed by
    its region, two words in capitals that no table knows as acronyms or words are the holder's name."""
    if j < 1 or j + 1 >= len(toks) or toks[j - 1].upper or fold(toks[j - 1].text) not in place_words():
        return False
    pair = toks[j:j + 2]
    return all(t.is_word and t.upper and t.text.isalpha() and len(t.text) >= 3 and not is_vocab(t.text)
               and fold(t.text) not in agencies.acronym_words() and fold(t.text) not in place_index()
               for t in pair) and same_line_gap(text, toks[j - 1], pair[0]) and same_line_gap(text, *pair) \
        and not g.acronym_table().match(text, toks, j)


def _continues_tail(text: str, toks: list[Tok], n: int) -> bool:
    t = toks[n]
    if not t.is_word or not t.cap or g._is_honorific(text, t) or head_table().match(text, toks, n):
        return False
    if g._is_prefix(t) or g._body_word(text, t):
        return True
    jur = g._jurisdiction(text, toks, n, 3)
    return bool(jur and not jur[2])


def _company_field_word(t: Tok) -> bool:
    """'Area Manager Communication, Relation & CSR': an English word of a company post's field."""
    return t.cap and t.text in load_set("company_portfolio_words")


def _comma_list(text: str, toks: list[Tok], j: int) -> int | None:
    """'Bidang Ekonomi, Keuangan dan Pembangunan': after the comma, body words that close with 'dan <word>'
    belong to the tail; a comma followed by anything else ends it. Returns the index to go on from."""
    n = j + 1
    seen = 0
    while n < len(toks) and seen < 8:
        t = toks[n]
        if t.text == "," :
            n += 1
            continue
        if t.text.lower() not in g.CONNECTORS and (not t.is_word or head_table().match(text, toks, n)
                                                    or g._is_prefix(t) or g._starts_head(text, toks, n)):
            return None
        if t.text.lower() in g.CONNECTORS:
            # "Pendidikan Tinggi, Sains, dan Teknologi": the list's last comma may stand right before "dan"
            ok = n + 1 < len(toks) and g._body_word(text, toks[n + 1]) and not head_table().match(text, toks, n + 1)
            return (j + 1 if seen else n) if ok and (seen or n == j + 1) else None
        if not (g._body_word(text, t) or _company_field_word(t)) or _degree_at(text, t):
            return None
        seen += 1
        n += 1
    return None


def _words_before_body(text: str, toks: list[Tok], j: int, org_ends: dict[int, int]) -> int | None:
    """'Direktur Destinasi BPOLBF': one or two capitalized words outside the vocabulary, then an acronym or an
    organization on the same line, are the body's own words (a person's name is not followed by an acronym)."""
    n = j
    while n < len(toks) and n - j < 2 and toks[n].is_word and toks[n].cap and not toks[n].upper \
            and not g._body_word(text, toks[n]) and not g._is_honorific(text, toks[n]) \
            and is_name_word(toks[n].text) \
            and (n == j or same_line_gap(text, toks[n - 1], toks[n])):
        n += 1
    if n == j:
        return None
    # "Deputi Bidang Mutasi Kepegawaian BKN": the body's own vocabulary words may follow before the acronym
    while n < len(toks) and n - j < 5 and same_line_gap(text, toks[n - 1], toks[n]) and toks[n].cap \
            and not toks[n].upper and toks[n].start not in org_ends and g._body_word(text, toks[n]):
        n += 1
    if n >= len(toks) or not same_line_gap(text, toks[n - 1], toks[n]):
        return None
    nxt = toks[n]
    if nxt.start in org_ends or (nxt.upper and nxt.text.isalpha() and g._body_word(text, nxt)
                                 and not _degree_at(text, nxt) and not _initials_in_name(text, toks, n)):
        return n
    return None


def _initials_in_name(text: str, toks: list[Tok], n: int) -> bool:
    """'Wakil Menteri Keuangan Thomas AM Djiwandono': two or three capitals that no table knows, between name
    words, are the initials of the name, not a body's acronym."""
    t = toks[n]
    if len(t.text) > 3 or _ROMAN.fullmatch(t.text) or g._starts_org(text, toks, n) or n + 1 >= len(toks):
        return False
    nxt = toks[n + 1]
    return nxt.is_word and nxt.cap and not nxt.upper and same_line_gap(text, t, nxt) \
        and is_name_word(nxt.text) and not g._body_word(text, nxt) and not g._is_prefix(nxt)


def _degree_at(text: str, t: Tok) -> bool:
    from pipeline.resolve.names import degree_re

    m = degree_re().match(text, t.start)
    return bool(m) and m.end() >= t.end and t.text not in ("MA",)


def to_facts(doc: Doc, facts: Facts) -> None:
    """Titles reach the facts through persons (Person.titles); nothing of their own."""
    return None
