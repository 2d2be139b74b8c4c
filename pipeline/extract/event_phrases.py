"""Event phrases: where a release names an event ("Rapat Koordinasi ... Tahun 2024", "menandatangani Perjanjian ..."),
how far the name runs, and how strongly the context marks it as the event the release is about.

Cues, stop words and context words are data (data/event_kinds.tsv, data/event_cues.tsv); this module only
knows the shape of an Indonesian event name: a cue (noun, active verb or passive verb) plus the words that
follow it up to a clause boundary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extract.phrase_regex import phrase_regex, with_passives_apart
from pipeline.resolve.lexicon import headline_verb, passive_word
from pipeline.resolve.names import honorific_re
from pipeline.tables import load_list, load_set, load_tsv

TOKEN = re.compile(r"\w+(?:[\-/.’'&]\w+)*|[^\w\s]")
_MARKED_WITH = re.compile(r"\s+dengan\s+")
_VERBISH = re.compile(r"^(?:di[a-z]{3,}(?:kan|i|nya)|me[a-z]{3,}(?:kan|i)|ter[a-z]{3,}kan)$")
_WEEKDAYS = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu", "minggu", "ahad"}
_QUOTE_CHARS = set('"“”„«»')
_TRAILING = {"dan", "serta", "di", "dengan", "ke", "yang", "para", "-", "–", "—", "(", ",", "bagi", "atau", "&", "dari",
             "kepada", "oleh", "hal", "kali", "bpk", "sekaligus"}
_AND = {"dan", "serta"}
_WITH = {"bersama", "dengan", "dan", "serta"}  # before a person who is part of the name ("Ramah Tamah bersama X")
_FROM_TO = {"dari", "kepada", "oleh"}
_FOR = {"untuk", "bagi"}
# stop words of a date: in capitals they may name a day ("APEL HARI PRAMUKA"), and a date there is a blocker already
_DATE_WORDS = {"hari", "bulan", "minggu", "tanggal", "tgl", "tahap", "jam", "pukul"}
_MAX_TOKENS = 40
_ACTIVE_VERB = re.compile(r"^me(?:m|ng|ny)[a-z]{3,}$")  # membuat, mengikuti, menyusun (lowercase only)
_BER_VERB = re.compile(r"^ber(?!bagai|agam|bentuk|sama)[a-z]{4,}$")  # berdialog, berdiskusi (not "berbagai X")
# a copula or a relative pronoun ends a name even in a headline's capitals ("Apel Pagi Adalah Kegiatan Rutin")
_COPULAS = {"adalah", "ialah", "bukan", "merupakan", "yakni", "yaitu", "yang", "yg"}
# the number of a stage: roman or arabic numerals, "ke-2", ordinal and cardinal words
_STAGE = re.compile(r"^(?:[IVX]+|\d+|ke-?\d+|pertama|kedua|ketiga|keempat|kelima|satu|dua|tiga|empat|lima)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# "dengan tema X"; a report's "dengan hasil sebagai berikut", "dengan agenda X": the theme, outcome or agenda follows
_THEME_WORDS = {"tema", "tajuk", "judul", "topik", "mengusung", "mengangkat"}
_REPORT_WORDS = {"hasil", "agenda", "kesimpulan", "materi"}  # a bare cue keeps its agenda: "Pertemuan dengan agenda X"


@dataclass
class Candidate:
    """One event phrase found in the text."""

    start: int  # start of the name (or of the verb for verb forms)
    end: int
    name: str
    kind: str
    form: str  # noun | verb | passive | object
    weight: float
    cue_start: int
    cue_end: int
    score: float = 0.0
    future: bool = False
    in_headline: bool = False
    names_headline: bool = False  # the headline starts with this name: the headline is the event's name
    anaphor: bool = False  # "Forum ini", "dalam pertemuan itu": a bare cue pointing back to an event named before
    points_back: str | None = None  # "Upacara peringatan ini": cues only, pointing back to the "peringatan ..." named before
    trigger: str | None = None  # the organizing/attending verb before the phrase
    reasons: list[str] = field(default_factory=list)


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


def _phrase_regex(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return phrase_regex(phrases, flags)  # a prefix tree: one long alternation is slow to search


_HAJI = re.compile(r"Haji\b")  # "H." written out; no honorific elsewhere ("Badan Pengelola Keuangan Haji")


def _honorifics_open(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """The capitalized words right before token i are honorifics after a lowercase word ("almarhum Tuan Guru Haji
    <name>"): they open the name there."""
    j = i
    while j > 0 and tokens[j - 1][2][:1].isupper():
        j -= 1
    if j == i or j == 0 or not tokens[j - 1][2].islower():
        return False
    hon, pos, end = honorific_re(), tokens[j][0], tokens[i][0]
    while pos < end:
        h = hon.match(text, pos) or _HAJI.match(text, pos)
        if not h:
            return False
        pos = re.compile(r"[ \t]*").match(text, h.end()).end()
    return True


class EventLexicon:
    """The event tables, compiled once."""

    def __init__(self) -> None:
        self.kinds = {row["cue"].lower(): row for row in load_tsv("event_kinds")}
        cues: dict[str, list[tuple[str, str]]] = {}
        for row in load_tsv("event_cues"):
            cues.setdefault(row["kind"], []).append((row["cue"], row.get("value", "")))
        # "meraih penghargaan X", "Terima Satyalancana X": an award received is its handover
        self.award_kinds = {noun.lower(): kind or "penghargaan" for noun, kind in cues.get("award", [])}
        for verb, _ in cues.get("award_verb", []):
            for noun, kind in self.award_kinds.items():
                cue = f"{verb} {noun}".lower()
                self.kinds.setdefault(cue, {"cue": cue, "kind": kind, "form": "award",
                                            "written": "penyerahan", "weight": "3"})
        self.cue_re = _phrase_regex(list(self.kinds))
        # "Penghargaan tersebut diterima langsung oleh ...": a sentence that goes on with the award received
        self.award_back_re = re.compile(
            r"\s*(" + _phrase_regex([c for c, _ in cues.get("award", [])]).pattern
            + r")\b[^.,;\n]{0,80}?\b(?:itu|ini|tersebut)?\s*(?:diterima|diserahkan|diberikan|dianugerahkan)\b",
            re.IGNORECASE)
        self.cues = cues
        self.stop = {c.lower() for c, _ in cues.get("stop", [])}
        self.place_heads = {c.lower() for c, _ in cues.get("place", [])}
        # a facility's head after "di" says where ("Rakor X di Mapolda Y", "Wisuda di Pondok Pesantren Z")
        self.venue_heads = {r["head"].split()[0].lower() for r in load_tsv("venue_heads")
                            if r["position"] in ("prefix", "both")}
        # a facility one comes from or follows the event from ("dari Ruang Rapat Bupati"); not an office or a campus,
        # which after "dari" names a body ("kunjungan dari Kantor Staf Presiden")
        self.site_heads = {r["head"].split()[0].lower() for r in load_tsv("venue_heads")
                           if r["position"] in ("prefix", "both") and r["trigger"] not in ("office", "visit")}
        self.prefixes = {c for c, _ in cues.get("prefix", [])}
        self.subunits = [c for c, _ in cues.get("subunit", [])]
        self.triggers = {c.lower() for c, _ in cues.get("trigger", [])}
        self.attends = {c.lower() for c, _ in cues.get("attend", [])}
        self.verb_re = _phrase_regex(sorted(self.triggers | self.attends))
        # an organizing or attending verb, or a passive one that says a thing was held ("dihadiri", "digelar")
        self.happened_re = _phrase_regex(sorted(self.triggers | self.attends | {
            c.lower() for c, _ in cues.get("after", []) if " " not in c}))
        self.trigger_re = _phrase_regex(sorted(self.triggers))
        self.runs_re = _phrase_regex(sorted(self.triggers | {c.lower() for c, _ in cues.get("runs", [])}))
        self.context = [c.lower() for c, _ in cues.get("context", [])]
        self.after_re = re.compile(  # after the closing quote of a quoted title too
            r"[\s\"”’']*,?\s*" + _phrase_regex([c for c, _ in cues.get("after", [])]).pattern, re.IGNORECASE)
        self.future_re = _phrase_regex([c for c, _ in cues.get("future", [])])
        self.itinerary_re = _phrase_regex([c for c, _ in cues.get("itinerary", [])])
        self.statement_re = _phrase_regex([c for c, _ in cues.get("statement", [])])
        self.written_re = _phrase_regex([c for c, _ in cues.get("written_statement", [])])
        self.hoax_re = _phrase_regex([c for c, _ in cues.get("hoax", [])])
        self.disaster_re = _phrase_regex([c for c, _ in cues.get("disaster", [])])
        self.disaster_impact_re = _phrase_regex([c for c, _ in cues.get("disaster_impact", [])])
        self.figures_frames = {c.lower() for c, _ in cues.get("figures_frame", [])}
        self.rating_re = _phrase_regex([c for c, _ in cues.get("rating", [])])
        self.rating_outcome_re = _phrase_regex([c for c, _ in cues.get("rating_outcome", [])])
        self.agent_re = _phrase_regex(with_passives_apart(c for c, _ in cues.get("agent", [])))
        # "dilaksanakan oleh tim dari Dinas X", "digelar oleh jajaran Polres Y": the body's people stand for it
        self.agent_people_re = re.compile(r"(?:" + _phrase_regex([c for c, _ in cues.get("agent_people", [])]).pattern
                                          + r")\s+(?:(?:dari|pada)\s+)?", re.IGNORECASE)
        self.field_label_re = phrase_regex([c for c, _ in cues.get("field_label", [])], before=r"(?m)^[ \t]*",
                                           after=r"[ \t]*:")
        self.name_label_re = phrase_regex([c for c, _ in cues.get("name_label", [])], after=r"[ \t]*:[ \t]*")
        # "memenuhi undangan Pemkab X", "atas undangan Kementerian Y": whoever invites hosts the event
        self.inviter_re = _phrase_regex([c for c, _ in cues.get("inviter", [])])
        self.inviter_heads = {c.split()[0].lower() for c, _ in cues.get("inviter", [])}
        # "Penyelenggara : Dinas X", and in a sentence "Penyelenggara kegiatan ini, yakni Dinas X, ..."
        self.organizer_label_re = phrase_regex([c for c, _ in cues.get("organizer_label", [])],
                                               after=r"(?:[ \t]*:[ \t]*|(?:\s+(?:ini|tersebut))?\s*,?\s+"
                                                     r"(?:yakni|yaitu|adalah|ialah)\s+)")
        # titles as written, and in capitals as headlines and leads write them ("GUBERNUR Provinsi ...")
        titles = cues.get("title_org", [])
        titles = titles + [(c.upper(), v) for c, v in titles if c.upper() != c]
        self.title_org = sorted(titles, key=lambda cv: len(cv[0]), reverse=True)
        self.title_re = _phrase_regex([c for c, _ in self.title_org], flags=0)
        self.org_abbrev = {c.lower(): v for c, v in cues.get("org_abbrev", [])}
        self.role_res = {
            role: _phrase_regex([c for c, _ in cues.get(role, [])])
            for role in ("opened_by", "speaker", "attendee", "site_visit")
        }
        self.received = {c.lower() for c, _ in cues.get("received", [])}
        self.visits = {c.lower() for c, _ in cues.get("visit", [])}
        self.installs = {c.lower() for c, _ in cues.get("installs", [])}
        self.receives_re = _phrase_regex([c for c, _ in cues.get("receives", [])])
        self.receives = {c.lower() for c, _ in cues.get("receives", [])}
        self.attended = {c.lower() for c, _ in cues.get("attended", [])}
        self.holding_re = re.compile(  # optional: "meninjau pelaksanaan TMMD", "meninjau TMMD"
            r"\s*(?:(?:" + _phrase_regex([c for c, _ in cues.get("holding", [])]).pattern + r")\s+)?", re.IGNORECASE)
        self.member_re = _phrase_regex([c for c, _ in cues.get("member", [])], flags=0)  # "Anggota Komisi X" is a title
        self.body_heads = {c for c, _ in cues.get("body_head", [])}
        self.english_heads = {c.lower() for c, _ in cues.get("english_head", [])}
        self.english_kinds = {c.lower() for c, _ in cues.get("english_kind", [])}
        self.participants = {c.lower() for c, _ in cues.get("participants", [])}
        self.audience = {c.lower() for c, _ in cues.get("audience", [])}
        self.case_parties = {c.lower() for c, _ in cues.get("case_party", [])}
        self.beneficiaries = {c.lower() for c, _ in cues.get("beneficiary", [])}
        self.day_names = {c.lower() for c, _ in cues.get("day_name", [])}
        # a passive verb naming the organizer starts a headline's predicate too ("Festival X Diprakarsai Dinas Y")
        self.predicates = {c.lower() for c, _ in cues.get("predicate", [])} | {
            c.lower() for c, _ in cues.get("agent", []) if " " not in c}
        self.predicate_adverbs = {c.lower() for c, _ in cues.get("predicate_adverb", [])}
        # "Penataan tersebut diresmikan", "MTQ X Resmi Dibuka": a pointer or an adverb before a passive verb is no
        # part of what it acts on
        self.trailing_re = re.compile(r"(?:\s+(?:tersebut|ini|itu|%s))+$" % "|".join(
            r"\s+".join(map(re.escape, a.split())) for a in sorted(self.predicate_adverbs, key=len, reverse=True)),
            re.IGNORECASE)
        self.channels = {c.lower() for c, _ in cues.get("channel", [])}
        self.preparing = {c.lower() for c, _ in cues.get("preparing", [])}
        self.document_acts = {c.lower() for c, _ in cues.get("document_act", [])}
        self.values = {c.lower() for c, _ in cues.get("value", [])}
        self.measured = {c.lower() for c, _ in cues.get("measured", [])}
        self.occasions = {c.lower() for c, _ in cues.get("occasion", [])}
        self.purposes = {c.lower() for c, _ in cues.get("purpose", [])}
        self.counted = {c.lower() for c, _ in cues.get("counted", [])}
        self.headline_acts = {c.lower(): v.lower() for c, v in cues.get("headline_act", [])}
        self.months = {row["name"].lower() for row in load_tsv("months")}
        self.abbreviations = {a.rstrip(".").lower() for a in load_list("abbreviations")}


@lru_cache(maxsize=2)
def channel_alternation(remote: bool = False) -> str:
    """The `channel` words of event_cues.tsv as one regex alternation; with remote, only the ways of following an
    event from afar (value remote: Zoom, daring, video)."""
    return "|".join(re.escape(r["cue"]) for r in load_tsv("event_cues")
                    if r["kind"] == "channel" and (not remote or r.get("value") == "remote"))


@lru_cache(maxsize=1)
def lexicon() -> EventLexicon:
    return EventLexicon()


# ------------------------------------------------------------------ name boundaries
def _tokens(text: str, start: int, limit: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, limit)]


def scan_name_end(text: str, pos: int, lex: EventLexicon, blockers: set[int], limit: int | None = None,
                  sites: frozenset[int] = frozenset(), people: frozenset[int] = frozenset()) -> int:
    """End offset of an event name whose words continue at `pos` (the cue itself ends at `pos`); `sites` are
    where places and venues start: "di <site>" says where the event is, not more of its name; `people` where
    persons' names start: a name after a title or "dari"/"kepada" says who, not what."""
    limit = min(len(text), limit if limit is not None else pos + 400)
    tokens = _tokens(text, pos, limit)
    if tokens and tokens[-1][1] == limit < len(text) and text[limit].isalnum():
        tokens.pop()  # a word the limit cuts ("PROV. S|ULTRA") is not read in part
    end = pos
    depth = 0
    list_mode = False
    enum_end = 0  # the commas of an enumeration read ahead stay in the name up to its closing "dan"
    named_days: set[str] = set()  # weekdays read as part of a program's name ("Sabtu Minggu")
    caps = _in_capitals(text, pos)
    for i, (s, e, tok) in enumerate(tokens):
        if "\n" in text[end:s] or s in blockers:
            break
        low = tok.lower()
        nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
        if i >= _MAX_TOKENS:
            break
        if tok == ".":
            prev = tokens[i - 1][2].lower() if i else ""
            # "tahun 1446 H. Manasik ...": a year's era mark (Hijriah, Masehi) ends the sentence, no initial
            era = prev in ("h", "m") and i > 1 and tokens[i - 2][2].isdigit()
            if not era and (prev in lex.abbreviations or (e < len(text) and text[e].isdigit())):
                end = e
                continue
            break
        if tok in ";:!?|•" or tok in _QUOTE_CHARS or tok in "‘’":  # "|" and "•" separate a headline's parts
            break
        if tok == "(":
            inner = text[e:e + 12].lstrip().lower()
            if not inner or inner[0].isdigit() or any(inner.startswith(w) for w in _WEEKDAYS):
                break
            depth += 1
            end = e
            continue
        if tok == ")":
            if depth == 0:
                break
            depth -= 1
            end = e
            continue
        if tok == ",":
            if i and tokens[i - 1][2][-1:].isdigit() and tokens[i - 1][1] == s and nxt.isdigit() and e == tokens[i + 1][0]:
                end = e  # a decimal comma: "214,84 Ton", an amount glued to its currency "Rp4,2 Triliun"
                continue
            if re.match(r"(?:no|nomor)\b", nxt, re.IGNORECASE):
                end = e
                continue
            if list_mode and nxt and (nxt[0].isupper() or nxt.lower() == "dan") and tokens[i + 1][0] not in blockers:
                end = e
                continue
            # an enumeration closed by "dan": "Usaha Mikro, Kecil dan Menengah", "rapat harmonisasi, pembulatan,
            # dan pemantapan konsepsi ..."
            if i >= enum_end:
                enum_end = i + _enumeration_ahead([t[2].lower() for t in tokens[i + 1:i + 12]])
            if i < enum_end:
                end = e
                continue
            break
        if tok in "-–—":
            if nxt and nxt[0].isupper() and tokens[i + 1][0] not in blockers:
                end = e
                continue
            break
        if not tok[0].isalnum():
            end = e
            continue
        if low in _WEEKDAYS and not (_program_day(tok, nxt, lex) or i and tokens[i - 1][2] in named_days):
            break
        if low in _WEEKDAYS:
            named_days.add(tok)
        if tok == low and low == "hari" and nxt.lower() in lex.day_names:
            end = e
            continue  # "peringatan hari buruh internasional": a named day, not the day it was held
        if tok == low == "bulan" and (nxt == "suci" or nxt[:1].isupper() and nxt.isalpha()
                                       and nxt.lower() not in lex.months):
            end = e
            continue  # "persiapan menyambut bulan suci Ramadan", "bulan Muharram": a season named, part of the name
        if tok == low and low == "selama" and nxt[:1].isupper() and nxt.isalpha() and nxt.lower() not in lex.months \
                and nxt.lower() not in _WEEKDAYS:
            end = e
            continue  # "pelayanan ... selama Ramadhan": the season is part of the name
        if s in people and i and (tokens[i - 1][2][:1].isupper() and tokens[i - 1][2].lower() not in _WITH
                                  and not _honorifics_open(text, tokens, i)
                                  or tokens[i - 1][2].lower() in _FROM_TO):
            # "audiensi Gubernur Jambi <name>", "serah terima jabatan ... dari <name> kepada <name>"; an honorific
            # after a lowercase word opens the name, which goes on ("melayat almarhum Haji <name>")
            break
        if low in _FROM_TO and end > pos and _rank_then_person(tokens[i + 1:i + 5], people):
            break  # "sertijab Kapolsek X dari AKP <name> kepada ...": a rank before the person, who is no part of it
        if tok == low == "untuk" and nxt.lower() in lex.beneficiaries and end > pos:
            end = e
            continue  # "pengiriman bantuan logistik untuk korban banjir": whom it serves, as after "bagi"
        if tok == low and low in _FOR and nxt[:1].isupper():
            end = e
            continue  # "... Katalog Elektronik untuk Etalase Produk ...": the name goes on in capitals
        if low in _COPULAS:
            break
        if tok == low and low in lex.inviter_heads and end > pos and lex.inviter_re.match(text, s):
            break  # "Rakornas X atas undangan Kementerian Y": who invited, not more of the name
        if tok == low == "antara" and nxt.lower() == "lain":
            break  # "Agenda rapat antara lain: 1. ...": the items of a list follow, not more of the name
        if tok == low == "tahap" and _STAGE.match(nxt):
            end = e
            continue  # "penyaluran bantuan beras tahap kedua", "Dana Desa tahap II": the stage is part of the name
        if tok == "ke" and nxt.isdigit() and i + 2 < len(tokens) and tokens[i + 2][2].isalpha() \
                and tokens[i + 2][2].islower() and tokens[i + 2][2] not in _DATE_WORDS | _TRAILING | lex.stop | {"tahun"}:
            break  # "... ke 8 kecamatan": a count of places it went to (an ordinal "ke 76" has no noun after it)
        if (end > pos or low.startswith(("di", "ber"))) and tok[:1].isupper() and (tok[1:].islower() or caps) and (
                low in lex.predicates or low in lex.predicate_adverbs and nxt.lower() in lex.predicates):
            break  # "Pelatihan X Hadir di Y", "Porda X Resmi Dibuka", "Pasar Murah Digelar": a headline's predicate starts
        if tok[:1].isupper() and tok[1:].islower() and low in lex.purposes and nxt[:1].isupper():
            break  # "Donor Darah Sambut Hari Bhayangkara": why it is held, not more of the name
        if tok == low == "dari" and end > pos and nxt.lower() in lex.site_heads:
            break  # "Rapat X dari Ruang Rapat Bupati", "dari ruang kerjanya": where it is followed from
        if end > pos and tok[:1].isupper() and low in _MANNER and nxt.lower() in lex.channels and \
                _in_title_case(text, pos):
            break  # "Sosialisasi X Melalui Siaran Langsung", "Rakor X Secara Virtual": a headline's way it was met
        if caps and tok.isupper() and low in lex.stop and low not in _FOR | _DATE_WORDS:
            break  # "PENYERAHAN SERTIFIKAT ... SECARA VIRTUAL": a headline in capitals writes its stop words so
        if tok == low and (low in lex.stop or _VERBISH.match(low) or low in lex.triggers or low in lex.attends
                           or passive_word(low)):
            break  # "... (DPMPTSP) menggelar FGD", "jalan sehat dilepas oleh ...": a verb ends any name before it
        if end > pos and tok[:1].isupper() and tok[1:].islower() and headline_verb(tok):
            break  # "Rakor X 2025 Tegaskan ...", "Audiensi X Bahas ...": a capitalized headline's verb ends the name
        if low in _AND and nxt.lower() in lex.stop | {"dan"} or (low in _AND and _VERBISH.match(nxt)):
            break
        if low in _AND and end > pos and (_ACTIVE_VERB.match(nxt) or _BER_VERB.match(nxt)):
            break  # "peninjauan fasilitas X dan berdialog dengan nelayan": a second predicate, not more of the name
        if low in ("bersama", "dengan") and nxt.lower() in lex.participants and end > pos:
            break  # "Rapat X bersama seluruh Kepala Dinas ...": who took part, not the name (a bare cue keeps it)
        if low in ("bersama", "dengan") and i and _YEAR.match(tokens[i - 1][2]) and end > pos:
            break  # "Rapat Evaluasi ... Tahun 2024 bersama Kepala OPD": a year closes the name; who took part follows
        if tok == low and low in ("dengan", "terhadap", "atas") and end > pos and (
                nxt.lower() in lex.case_parties
                or nxt.lower() == "nama" and i + 2 < len(tokens) and tokens[i + 2][2].lower() in lex.case_parties):
            break  # "penyerahan tahap II perkara X atas nama tersangka AS": a party to the case, not the name
        if low in ("kepada", "bagi") and nxt.lower() in lex.audience:
            break  # "Kuliah Umum kepada peserta ...": the event's own participants, not more of its name
        if low == "dalam" and nxt.lower() == "rangka" and (end > pos or i + 2 < len(tokens)
                                                            and _ACTIVE_VERB.match(tokens[i + 2][2])):
            break  # "Sidang Kabinet Paripurna dalam rangka ...", "donor darah dalam rangka memperingati ...": the
            # purpose follows (a bare cue keeps a purpose named by a noun: "rapat dalam rangka persiapan ...")
        if low in ("tentang", "mengenai"):
            list_mode = True
        if tok == "Di":
            break  # "Pimpin Upacara Di Monas": a capitalized headline's "Di" tells where, not more of the name
        if low == "di" and nxt:
            if _location_follows(tokens[i + 1:i + 6], lex, blockers | sites):
                break
            if nxt[0].islower() and nxt.lower() != "lingkungan":
                break
        if low == "dengan" and _ACTIVE_VERB.match(nxt):
            break  # "apel dengan membuat daftar ...": how it is done, not more of the name
        if low == "dengan" and nxt.lower() in load_set("manner_words"):
            break  # "Hari Bhayangkara ke-79 dengan penuh khidmat": how it went, not more of the name
        if low == "dengan" and (nxt[:1].isdigit() or nxt.lower() in _THEME_WORDS
                                or (nxt.lower() in _REPORT_WORDS and len(text[pos:end].split()) > 1)):
            break  # "... PPID dengan tema ...": the theme follows, not more of the name
        end = e
    return _trim(text, pos, end)


_MANNER = {"secara", "melalui", "via"}
_CEREMONY_PARTS = frozenset({"doa", "sambutan", "pidato", "laporan", "tari", "tarian", "lagu"})


def _enumeration_ahead(ahead: list[str]) -> int:
    """After a comma: one-word items parted by commas, closed by "dan"/"serta" (with or without a comma before it)
    and one more word. The number of tokens up to the closing "dan" (0: no enumeration)."""
    j = 0
    while j + 2 < len(ahead) and ahead[j].isalpha():
        sep = ahead[j + 1]
        if sep in _AND:
            return j + 2 if ahead[j + 2].isalpha() else 0
        if sep != ",":
            return 0
        if ahead[j + 2] in _AND:
            return j + 3 if j + 3 < len(ahead) and ahead[j + 3].isalpha() else 0
        j += 2
    return 0


def _rank_then_person(tokens: list[tuple[int, int, str]], people: frozenset[int]) -> bool:
    """A person's name follows after capitalized words only (a rank or an honorific: "AKP", "Kompol", "Dr.")."""
    for j, (s, _, tok) in enumerate(tokens):
        if s in people:
            return j > 0
        if not (tok[:1].isupper() or tok == "."):
            return False
    return False


def _in_capitals(text: str, pos: int) -> bool:
    """The line at `pos` is written in capitals, as some headlines are: its function words are capitals too."""
    line = text[text.rfind("\n", 0, pos) + 1:text.find("\n", pos) % (len(text) + 1)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 10 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _in_title_case(text: str, pos: int) -> bool:
    """The line at `pos` is a headline in title case: nearly all its words of three letters or more are capitalized
    and no full stop ends it (a sentence that names an event in capitals, "menggelar Sosialisasi X Secara Tatap
    Muka.", is not)."""
    line = text[text.rfind("\n", 0, pos) + 1:text.find("\n", pos) % (len(text) + 1)]
    if line.rstrip().endswith("."):
        return False  # a sentence, not a headline
    words = re.findall(r"[^\W\d_]{3,}", line)
    return 2 <= len(words) <= 25 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def _program_day(tok: str, nxt: str, lex: EventLexicon) -> bool:
    """A capitalized weekday that names a program with the next capitalized word ("Jumat Curhat", "Perkemahan
    Sabtu Minggu"), not the day of the event ("Sabtu (4/5)", "Sabtu, 4 Mei", "Senin 6 Mei")."""
    return tok[:1].isupper() and nxt[:1].isupper() and nxt.isalpha() and nxt.lower() not in lex.months


def _location_follows(tokens: list[tuple[int, int, str]], lex: EventLexicon, blockers: set[int]) -> bool:
    if not tokens:
        return False
    first = tokens[0][2].lower().rstrip(".")
    if first in lex.place_heads or first in lex.venue_heads or tokens[0][0] in blockers:
        return True
    if first == "lingkungan":  # "di lingkungan Setkab": a scope, not a place
        return False
    # "di Kyriad Grand Master Hotel": a facility word among the next capitalized words
    for _, _, tok in tokens[1:4]:
        if not tok[:1].isupper():
            break
        if tok.lower() in lex.place_heads:
            return True
    return False


def _trim(text: str, start: int, end: int) -> int:
    while end > start:
        tokens = _tokens(text, start, end)
        if not tokens:
            return start
        last = tokens[-1]
        if last[2].lower() in _TRAILING or (last[2] == ")" and text[start:end].count("(") < text[start:end].count(")")):
            end = tokens[-2][1] if len(tokens) > 1 else start
            continue
        if last[2] == "(" or text[start:end].count("(") > text[start:end].count(")"):
            cut = text.rfind("(", start, end)
            end = cut if cut > start else start
            end = len(text[:end].rstrip())
            continue
        break
    return end


def clean(name: str) -> str:
    return " ".join(name.replace(" ,", ",").split()).strip(" ,.-–")


# ------------------------------------------------------------------ candidates
def _word_before(text: str, pos: int, n: int = 3) -> list[str]:
    words = re.findall(r"[\w’']+", text[max(0, pos - 60):pos])
    return [w.lower() for w in words[-n:]]


def _clause_start(text: str, sent_start: int, pos: int) -> int:
    """Start of the clause that ends at `pos`: after the last comma, colon or dash of the sentence."""
    cut = sent_start
    for m in re.finditer(r",|:|\s[–—-]\s|—|–", text[sent_start:pos]):
        cut = sent_start + m.end()
    return cut


_QUOTED_AFTER = re.compile(r"\s*[\"“]([^\"“”\n]{3,150})[\"”]")  # "Webinar “5G dan Peran Insinyur ...”"
_TITLED = re.compile(r"\s*,?\s*(?:bertajuk|berjudul)\s*['\"“‘]([^'\"”’\n]{3,150})['\"”’]", re.IGNORECASE)
# an organizing verb's object given by its title: "menggelar (kegiatan) dengan tajuk X", "... bertajuk 'X'"
_TITLED_OBJECT = re.compile(r"\s+(?:(?:sebuah|suatu)\s+)?(?:kegiatan|acara|program|agenda|forum)?\s*"
                            r"(?:dengan\s+(?:tajuk|judul|nama)|bertajuk|berjudul|bernama)\s*([\"“‘'])?\s*(?=[\w])",
                            re.IGNORECASE)
TITLED_WEIGHT = 4.5
_GENERIC_OBJECT = re.compile(r"\s+(program|kegiatan|acara|agenda)(?=\s+[A-Z])")  # an organized, titled happening: as strong as a cue after its organizing verb
# where a quote or a visit is set: "dalam acara <Name>", "pada kegiatan <Name>", "di sela-sela forum <Name>"
_SETTING = re.compile(r"\b(?:dalam|pada|saat|di\s+sela(?:-sela)?)\s+(?:acara|kegiatan|forum|agenda|ajang)\s+(?=[A-Z])")
SETTING_WEIGHT = 2.0
# a generic event word and the title in quotes: "acara “Gebyar Ramadhan 2024”", "kegiatan 'Jumat Bersih'"
_QUOTED_TITLE = re.compile(r"\b(?:acara|kegiatan|program|agenda)\s+[\"“]([^\"“”\n]{3,120})[\"”]")
# "... mengatakan bahwa Ketua X yang baru saja dilantik": what was installed is the noun before "yang", after "bahwa"
_REPORTED = re.compile(r"\bbahwa\s+")
_RELATIVE_TAIL = re.compile(r"(?:^|\s+)(?:yang|yg)(?:\s+[a-z]+){0,3}$")
# words before a verb of winning that make it an aim ("untuk meraih opini WTP", "agar dapat meraih ...")
_AIMED = {"untuk", "agar", "supaya", "guna", "demi", "dapat", "bisa", "mampu", "ingin", "target", "menargetkan",
          "berharap", "harap", "akan", "upaya", "berupaya", "belum", "tidak", "tak"}  # "yang belum menerima bantuan"
# after an award's name: who gives it ("dari Kementerian X", "oleh BPK") or why ("atas prestasi ...")
_GIVER = re.compile(r"\s(?:[Dd]ari|DARI|[Oo]leh|OLEH|atas|ATAS|karena|KARENA|sebagai|SEBAGAI)\s")  # a capitals headline too
_LEADING = re.compile(r"^(?:sebanyak|para|hal ini|adapun|kini|hari ini)\s+", re.IGNORECASE)
# a theme given in quotes ("dengan mengangkat tema “X”", "bertema: 'X'"); a title ("bertajuk") names the event instead
_THEMED = re.compile(r"\b(?:bertema(?:kan)?|tema)\s*:?\s*[\"“‘]([^\"“”‘’\n]{3,200})[\"”’]", re.IGNORECASE)
_STAMPED = re.compile(r"\s+(?:dan\s+)?(?:di\s*atas|ber|dengan)\s*m[ae]terai", re.IGNORECASE)  # a form's requirement


# a count right before a lowercase event word, not a year ("18.542 kunjungan", "1,2 juta kunjungan")
# after an installed person's name and degrees: "Drs. A, M.Si. sebagai Penjabat Sekda X"
_INSTALLED_AS = re.compile(r"(?:,?\s*[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.?)*)*,?\s+sebagai\s+")
_JOINED_VERB = re.compile(r"(dan|serta)\s+")
_COUNT_BEFORE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d(?:[\d.,]*\d)?(?:\s+(?:ribu|juta))?\s+$")


def find_candidates(text: str, sentences: list[tuple[int, int]], headline_end: int, blockers: set[int],
                    lex: EventLexicon | None = None, sites: frozenset[int] = frozenset(),
                    people: frozenset[int] = frozenset()) -> list[Candidate]:
    """Every event phrase of the text with its name span and context score."""
    lex = lex or lexicon()
    found: list[Candidate] = []
    prev_cue_end = 0
    themes = [(t.start(1), t.end(1)) for t in _THEMED.finditer(text)]
    for m in lex.cue_re.finditer(text):
        if any(a <= m.start() < b for a, b in themes):
            continue  # "bertema “Sultra Mendapat Anugerah ...”": words of the theme, not the event
        row = lex.kinds[" ".join(m.group().lower().split())]
        form, written = row["form"], row.get("written", "")
        weight = float(row.get("weight") or 1)
        sent = _sentence_of(sentences, m.start())
        if row["cue"][:1].isupper() and not (m.group()[:1].isupper() and _CAPITAL_NEXT.match(text, m.end())):
            continue  # "pesona alam pantai": the word in its common sense, no event's brand name
        if form == "noun" and m.group()[:1].isupper() and _names_a_body(text, m.start(), lex):
            continue  # "Komite Penilaian", "Panitia Seleksi": a body named after what it does, not an event
        prev = (_word_before(text, m.start(), 1) or [""])[0] if form == "noun" else ""
        if form == "noun" and prev in lex.values:
            continue  # "semangat gotong royong", "nilai-nilai toleransi": a value spoken of, not a happening
        if form == "noun" and prev == "secara":
            continue  # "dilakukan secara jemput bola": the manner of the act, not the act
        if form == "noun" and prev in lex.measured:
            continue  # "capaian imunisasi 71 persen", "luas panen 51.200 hektare": a figure, not a happening
        if form == "noun" and row["kind"] == "peringatan" and prev in lex.occasions:
            continue  # "Doa Bersama dalam rangka memperingati HUT ke-80 X": why the act is held, not the act
        if form == "noun" and m.group().lower() in lex.english_heads and prev in lex.channels:
            continue  # "melalui Zoom Meeting": the channel followed, not an event
        if form == "noun" and (re.findall(r"[\w’']+", text[m.end():m.end() + 30]) or [""])[0].lower() in lex.counted:
            continue  # "kunjungan wisatawan naik 12 persen": a count of visitors, not a visit held
        if form == "noun" and m.group()[:1].islower() and _COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "18.542 kunjungan": a count of visits, not one held
        if form == "noun" and row["kind"] in ("pembukaan", "penutupan") and prev in _CEREMONY_PARTS:
            continue  # "memimpin doa pembukaan", "kata sambutan penutupan": a part of the ceremony, not an event
        if form == "noun" and (st := lex.statement_re.match(text, m.start())) and st.end() > m.end():
            continue  # "peringatan dini cuaca": a warning issued, not a commemoration held
        if not _headline_reports(text, m, headline_end, lex):
            continue  # "membangun sinergi", "pembangunan daerah" in passing: not the act the release reports
        if form == "noun":
            start = m.start()
            before = text[max(0, start - 12):start].rstrip()
            for prefix in lex.prefixes:
                if before.endswith(prefix) and start - len(text[:start].rstrip()) <= 1:
                    start = len(text[:start].rstrip()) - len(prefix)
                    break
            if start == m.start() and m.group().split()[0].lower() in lex.english_heads and m.group()[0].isupper():
                start = _english_modifiers_start(text, start, max(sent[0], prev_cue_end), lex)
            elif start == m.start() and m.group().lower() in lex.english_heads and prev in lex.english_kinds \
                    and (w := re.search(r"\S+\s+$", text[max(sent[0], prev_cue_end):start])):
                start = max(sent[0], prev_cue_end) + w.start()  # "entry meeting", "exit meeting": the kind is its name's
            end = scan_name_end(text, m.end(), lex, blockers, sent[1] + 1, sites, people)
            head = text[start:m.start()] + (written or m.group())
            name = clean(head + text[m.end():end])
            titled = _TITLED.match(text, end, sent[1] + 1) or _QUOTED_AFTER.match(text, end, sent[1] + 1)
            if titled and len(re.sub(r"\([^)]*\)", "", name).split()) <= len(m.group().split()):
                # "FGD bertajuk 'Sinergi Perizinan ...'": a bare cue takes the title it is given
                name, end = f"{name} {clean(titled.group(1))}", titled.end()
        elif form == "verb":
            if row["kind"] == "peringatan" and (_word_before(text, m.start(), 1) or [""])[0] == "rangka":
                continue  # "Upacara X dalam rangka memperingati Hari Pahlawan": the occasion of the act reported
            end = scan_name_end(text, m.end(), lex, blockers, sent[1] + 1, sites, people)
            if row["kind"] == "peringatan":
                # "memperingati Hari Pattimura dengan upacara di ...": the event it is marked with tells how, not what
                manner = _MARKED_WITH.search(text, m.end(), end)
                if manner and lex.cue_re.match(text, manner.end()):
                    end = manner.start()
            obj = clean(text[m.end():end])
            if not obj or row["kind"] in lex.visits and _names_an_event(text, m.end(), lex):
                continue  # "meninjau pameran X": the visitor attends the event it names
            start, name = m.start(), f"{written} {obj}"
            post = _INSTALLED_AS.match(text, end) if row["kind"] in lex.installs \
                and any(p in people for p in range(m.end(), min(end, m.end() + 16))) else None
            if post:  # "mengukuhkan Drs. A, M.Si. sebagai Penjabat Sekda X": the post names it, not the person
                # the holder is named before "sebagai": a name in the post is its body's (RSUD Chasan Boesoirie);
                # a degree's dot ("Sp.A") may have been read as a sentence's end
                limit = _sentence_of(sentences, post.end())[1] + 1
                end = scan_name_end(text, post.end(), lex, blockers, limit, sites)
                if end > post.end():
                    name = f"{written} {clean(text[post.end():end])}"
            joined = _JOINED_VERB.match(obj)
            second = lex.cue_re.match(obj, joined.end()) if joined else None
            if second and second.end() < len(obj) and lex.kinds[" ".join(second.group().lower().split())]["form"] == "verb":
                # "melantik dan mengambil sumpah jabatan 27 pejabat": two acts on one object; the first names it
                name = f"{written}{obj[second.end():]}"
            inner = lex.cue_re.match(obj)
            if inner and inner.end() < len(obj) and lex.kinds[" ".join(inner.group().lower().split())]["kind"] \
                    in ("pembukaan", "penutupan"):
                name = obj  # "meresmikan pembukaan MTQ ke-31": the opening is the event, not an inauguration of it
        elif form == "award":
            clause = re.split(r"[,;:.!?\n]", text[max(sent[0], m.start() - 60):m.start()])[-1].lower().split()
            if not _AIMED.isdisjoint(clause[-5:]):
                continue  # "untuk meraih opini WTP", "untuk mengikuti X dan memperoleh sertifikat": an aim
            noun = m.start() + len(m.group().split()[0])
            noun += len(text[noun:m.end()]) - len(text[noun:m.end()].lstrip())
            end = scan_name_end(text, m.end(), lex, blockers, sent[1] + 1, sites, people)
            giver = _GIVER.search(text, m.end(), max(m.end(), end))
            end = _trim(text, m.end(), giver.start()) if giver else end
            start, name = m.start(), f"{written} {clean(text[noun:end])}"
        else:  # passive: "11 Ketua TP PKK ... dilantik" -> "Pelantikan 11 Ketua TP PKK ..."
            if row["kind"] in lex.document_acts and ((_word_before(text, m.start(), 1) or [""])[0] in ("yang", "yg")
                                                     or _STAMPED.match(text, m.end())):
                continue  # "surat yang ditandatangani Kepala X", "ditandatangani di atas meterai": a document described
            begin = _clause_start(text, sent[0], m.start())
            said = [r.end() for r in _REPORTED.finditer(text, begin, m.start())]
            begin = said[-1] if said else begin
            subject = lex.trailing_re.sub("", _LEADING.sub("", clean(text[begin:m.start()])))
            subject = _RELATIVE_TAIL.sub("", subject)
            if not subject or len(subject.split()) > 15 or all(w.lower() in lex.stop for w in subject.split()):
                continue  # "Peresmian yang ...": no subject, only the clause's function words
            if any(_VERBISH.match(w) for w in subject.split()):
                continue  # "sambutan Sekda menyampaikan harapan agar X yang telah dikukuhkan": a clause, no subject
            start, end, name = text.index(subject, begin), m.end(), f"{written} {subject}"
        found.append(Candidate(start, end, name, row["kind"], form, weight, m.start(), m.end()))
        prev_cue_end = m.end()  # another cue's words are not modifiers of the next one
    received = {c.kind for c in found if c.form == "award"}
    for s, e in sentences if received else ():
        back = lex.award_back_re.match(text, s, e)
        kind = lex.award_kinds.get(" ".join(back.group(1).lower().split())) if back else None
        if kind in received and s >= headline_end:
            found.append(Candidate(s, back.end(), "", kind, "award", 0.0, s, back.end(), anaphor=True))
    found.extend(_object_candidates(text, sentences, blockers, lex, found, sites, people, headline_end))
    found = _drop_nested(found)
    for c in found:
        _score(c, text, sentences, headline_end, lex)
    return found


def _headline_reports(text: str, cue: re.Match[str], headline_end: int, lex: EventLexicon) -> bool:
    """A cue that names an event only when the headline reports the same act ("Kemhan Bangun Jembatan") and a
    proper name follows it ("membangun Jembatan X")."""
    stem = lex.headline_acts.get(cue.group().lower())
    if stem is None:
        return True
    return text[cue.end():cue.end() + 2].strip()[:1].isupper() and cue.start() >= headline_end \
        and bool(re.search(rf"\b{re.escape(stem)}\b", text[:headline_end], re.IGNORECASE))


def _names_an_event(text: str, at: int, lex: EventLexicon) -> bool:
    """The words at `at` name an event, maybe after a noun of holding ("pelaksanaan TMMD ke-120")."""
    cue = lex.cue_re.match(text, lex.holding_re.match(text, at).end())
    return bool(cue) and lex.kinds[" ".join(cue.group().lower().split())]["form"] == "noun"


_MODIFIER = re.compile(r"(?:[A-Z][\w&-]*(?:s['’])?|\d+(?:st|nd|rd|th)|\d{4})$")  # "Leaders’ Meeting"
MAX_MODIFIERS = 6


def _english_modifiers_start(text: str, start: int, sent_start: int, lex: EventLexicon) -> int:
    """Where an English event name begins: its capitalized modifiers come before the head ("2nd International
    Military Medicine Symposium", "Defence Diplomacy Forum"); an organizing or attending verb of a capitalized
    headline is no modifier ("Kemhan Gelar Forum ...", "Dinas X Helat Festival Y")."""
    words = list(re.finditer(r"\S+", text[sent_start:start]))
    out = start
    for w in reversed(words[-MAX_MODIFIERS:]):
        bare = w.group().lstrip("\"“‘'")
        if bare != w.group() and _MODIFIER.match(bare) and not text[sent_start + w.end():out].strip():
            return sent_start + w.end() - len(bare)  # "menggelar “Maluku Investment Forum”": the quote opens it
        if not _MODIFIER.match(w.group()) or text[sent_start + w.end():out].strip() \
                or w.group().lower() in lex.triggers or w.group().lower() in lex.attends or headline_verb(w.group()):
            break  # "Dinas X Helat Festival Y", "Kemenpar Dukung Festival Z": the headline's verb ends the subject
        out = sent_start + w.start()
    return out


def _names_a_body(text: str, at: int, lex: EventLexicon) -> bool:
    before = text[max(0, at - 30):at].split()
    return bool(before) and before[-1] in lex.body_heads


def _name_from(text: str, start: int, sentences, lex, blockers, sites: frozenset[int],
               people: frozenset[int]) -> tuple[int, str]:
    """The end and the cleaned name of an event name that starts at `start` (its first word included: the scan
    starts after it), within its sentence."""
    sent = _sentence_of(sentences, start)
    end = scan_name_end(text, start, lex, blockers, sent[1] + 1, sites, people)
    first = TOKEN.match(text, start)
    end = max(end, first.end() if first else start)
    return end, clean(text[start:end])


def _object_candidates(text: str, sentences: list[tuple[int, int]], blockers: set[int], lex: EventLexicon,
                       found: list[Candidate], sites: frozenset[int] = frozenset(),
                       people: frozenset[int] = frozenset(), headline_end: int = 0) -> list[Candidate]:
    """Capitalized objects of organizing or attending verbs with no cue of their own: "menggelar Gebyar PAUD
    2024", "menghadiri Japan Self-Defense Force Day Reception"."""
    out = []
    for m in _QUOTED_TITLE.finditer(text):  # "menghadiri kegiatan “Presidential Inspection” yang digelar ..."
        start, end = m.start(1), m.end(1)
        name = clean(m.group(1))
        if len(name.split()) >= 2 and not any(c.start <= start < c.end for c in found):
            out.append(Candidate(start, end, name, "kegiatan", "object", TITLED_WEIGHT, start, start))
    for m in _SETTING.finditer(text):  # "ujar X dalam acara Pekan Komunikasi 2025 di ...": a speech's setting
        start = m.end()
        if any(c.cue_start <= start + 30 and c.end > start for c in found if c.start >= start - 1):
            continue
        end, name = _name_from(text, start, sentences, lex, blockers, sites, people)
        if len(name.split()) >= 2:
            out.append(Candidate(start, end, name, "kegiatan", "object", SETTING_WEIGHT, start, start))
    for m in lex.verb_re.finditer(text):
        verb = m.group().lower()
        if verb not in lex.triggers and (verb not in lex.attended or m.start() < headline_end):
            continue  # a capitalized headline makes every word after "Hadiri" look like a name
        titled = _TITLED_OBJECT.match(text, m.end())
        if titled:  # "menggelar kegiatan dengan tajuk BINCANG-BINCANG ...": the title is the event's name
            start = titled.end()
            sent = _sentence_of(sentences, start)
            quoted = titled.group(1)
            if quoted:
                close = re.search(r"[\"”’']", text[start:sent[1]])
                end = start + close.start() if close else start
                name = clean(text[start:end])
            else:
                end, name = _name_from(text, start, sentences, lex, blockers, sites, people)
            if len(name.split()) >= 2:
                out.append(Candidate(start, end, name, "kegiatan", "object", TITLED_WEIGHT, start, start))
            continue
        if m.group().lower() in ("melakukan", "lakukan"):
            continue
        generic = _GENERIC_OBJECT.match(text, m.end())  # "melaksanakan program Bunga Kampung"
        after = generic.end() if generic else m.end()
        rest = text[after:after + 2]
        if not rest.strip()[:1].isupper():
            continue
        start = after + len(rest) - len(rest.lstrip())
        if any(c.cue_start <= start + 30 and c.end > start for c in found if c.start >= start - 1):
            continue
        end, name = _name_from(text, start, sentences, lex, blockers, sites, people)
        if len(name.split()) >= 2:
            if generic:  # the generic word is part of the name the release gives it
                start, name = m.end() + generic.start(1) - m.end(), f"{generic.group(1)} {name}"
            out.append(Candidate(start, end, name, "kegiatan", "object", 2.0, start, start))
    return out


def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
    """A cue inside an earlier name ("Rapat Koordinasi (Rakor) ...") is the same event, not another one."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for c in cands:
        if any(k.start <= c.cue_start < k.end and c.form in ("noun", "object") for k in kept):
            continue
        kept.append(c)
    return kept


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in sentences:
        if s <= pos < e:
            return s, e
    return (pos, pos)


_ANAPHOR = re.compile(r"[ \t]+(?:ini|itu|tersebut)\b")
# "mengisahkan pengalamannya ketika menghadiri pameran di ...": a past the speaker recounts
_RECOUNTING = re.compile(r"\b(?:pengalaman(?:nya)?|menceritakan|mengisahkan|bercerita|mengenang)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:saat|ketika|sewaktu|semasa|waktu)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# "tidak hanya melakukan sambang, namun juga ...": what a sentence sets aside is a foil, not the event reported
_FOIL = re.compile(r"\b(?:tidak|tak|bukan)\s+(?:hanya|sekadar|cuma)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _recounted(text: str, start: int, sent_start: int, past_lead: bool) -> bool:
    """An event phrase in an anecdote: after a word of recounting, or, past the lead, inside a speaker's direct quote
    (a quote with words before the phrase: a quoted title opens with its name)."""
    if _RECOUNTING.search(text, max(sent_start, start - 80), start):
        return True
    if not past_lead:
        return False
    opening = text.rfind("\u201c", max(0, start - 300), start)
    if opening < 0 or "\u201d" in text[opening:start]:
        return False
    return len(text[opening + 1:start].split()) >= 3


_ALSO_IN_IT = re.compile(r"(?i:dalam|pada|di\s+sela|di\s+sela-sela)\s+(?i:kunjungan|kegiatan|acara|kesempatan)\s+"
                         r"(?i:tersebut|itu|ini)\b[^.;]*\bjuga\s+$")


def _score(c: Candidate, text: str, sentences: list[tuple[int, int]], headline_end: int, lex: EventLexicon) -> None:
    score = c.weight
    c.in_headline = c.cue_start < headline_end
    c.names_headline = c.in_headline and c.form == "noun" and not text[:c.start].strip()
    if c.in_headline:
        score += 2
        c.reasons.append("headline")
    before = _word_before(text, c.start, 3)
    lead = before[-1] if before else ""
    if lead in lex.triggers or lead in lex.attends or (
            len(before) > 1 and before[-1] in ("acara", "kegiatan") and before[-2] in lex.triggers | lex.attends):
        c.trigger = lead if lead not in ("acara", "kegiatan") else before[-2]
        score += 2.5
        c.reasons.append("trigger")
    elif lead in lex.receives and c.kind in lex.visits | lex.received:
        score += 2.5  # "Bupati X menerima kunjungan Tim Y": the visit received is what the release reports
        c.reasons.append("trigger")
    elif any(" ".join(before[-len(ctx.split()):]) == ctx for ctx in lex.context):
        score += 1.5
        c.reasons.append("context")
    if c.form in ("verb", "passive", "award"):
        score += 1.5
        c.reasons.append(c.form)
    if lex.after_re.match(text, c.end):
        score += 1.5
        c.reasons.append("held")
    body = [s for s in sentences if s[0] >= headline_end and text[s[0]:s[1]].strip()]
    idx = next((i for i, s in enumerate(body) if s[0] <= c.cue_start < s[1]), None)
    if idx is not None and idx < 2:
        score += 2
        c.reasons.append("lead")
    elif idx is not None and idx < 4:
        score += 0.5
        c.reasons.append("early")
    if len(c.name.split()) > len(text[c.cue_start:c.cue_end].split()) + (c.form != "noun"):
        score += 0.5
    if not c.in_headline and _recounted(text, c.start, _sentence_of(sentences, c.cue_start)[0], idx is None or idx >= 2):
        score -= 3  # an anecdote the speaker tells is not what the release reports
        c.reasons.append("recounted")
    if c.form == "verb" and _ALSO_IN_IT.match(text[_sentence_of(sentences, c.cue_start)[0]:c.cue_start].lstrip()):
        score -= 3  # "Dalam kunjungan tersebut, X juga menyerahkan ...": an act done within the event told before
        c.reasons.append("aside")
    if _FOIL.search(text, max(0, c.start - 40), c.start):
        score -= 3
        c.reasons.append("foil")
    if c.form == "noun" and _ANAPHOR.match(text, c.end) and c.name.lower() == text[c.cue_start:c.cue_end].lower():
        c.anaphor = True
        c.reasons.append("anaphor")
    words = c.name.lower().split()
    if c.form == "noun" and len(words) > 1 and _ANAPHOR.match(text, c.end) and all(w in lex.kinds for w in words):
        c.points_back = " ".join(words[1:])
    tail = text[c.end:c.end + 80]
    # "rapat persiapan HUT ke-26 yang akan digelar ...": what is to come is the event being prepared for
    preparing = not lex.preparing.isdisjoint(w.lower() for w in c.name.split())
    if not preparing and lex.future_re.search(tail.split(".")[0][:60]) \
            or re.search(r"\bakan\s+(?:\w+\s+){0,2}$", text[max(0, c.start - 30):c.start]):
        c.future = True
        c.reasons.append("future")
    c.score = score
