"""The main event of a release (and planned events it announces).

The component finds event phrases (see event_phrases); assembly picks the event kind the release is about
(specific cue, headline, organizing verb, lead sentence, repetition), its name, and reads the dates, venue and
place facts found in the sentences that speak of it, then the organizer and other roles (see event_roles).
"""
from __future__ import annotations

import dataclasses
import os
import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.event_phrases import Candidate, EventLexicon, channel_alternation, find_candidates, lexicon, scan_name_end
from pipeline.extract.event_roles import RoleReader, org_spans
from pipeline.nlp.state import doc_text as cached_text
from pipeline.extract.facts import Event, Facts, Mention, Place
from pipeline.extract.dates import published_date
from pipeline.extract.national_days import observance_date
from pipeline.nlp.state import add_mention, mentions
from pipeline.nlp.syntax import syntax_of
from pipeline.resolve import gazetteer as gz
from pipeline.resolve.lexicon import passive_forms
from pipeline.resolve.regions import canonical_name
from pipeline.tables import load_list, load_set, load_tsv

_ANCHORS = {"headline", "trigger", "lead", "verb", "passive", "held"}  # what ties a phrase to this release
# a release about an event names it in its headline or first sentences, or says it was held (menggelar X):
# phrases only deep in the body are passing mentions (a yearly review listing launches, a report citing them)
_EARLY = {"headline", "lead", "early", "trigger"}
MIN_SCORE = 4.5  # below this, no phrase names the event: the lead tells it, unless the release is a report
FIGURES_PERCENTS = 5  # a release with this many percentages ...
FIGURES_DIGITS = 0.06  # ... or this share of digits reports statistics
_ADMIN = {"provinsi": 1, "kabupaten": 2, "kota": 2, "kecamatan": 3, "desa": 4}
_LOCAL_WORDS = ("kecamatan", "kelurahan", "desa", "kampung", "nagari", "gampong", "distrik", "kec.", "kel.",
                "kapanewon", "kemantren", "kalurahan")  # the last three: DIY's kecamatan and desa
_KIND_PREFIX = re.compile(r"^(?:provinsi|kabupaten|kab\.|kota|kecamatan|kec\.|kelurahan|kel\.|desa|kampung|nagari|"
                          r"gampong|distrik|kapanewon|kemantren|kalurahan)\s+", re.IGNORECASE)
# words before a place name in a venue or title that tell its kind
_KIND_WORDS = {"bupati": "kabupaten", "kabupaten": "kabupaten", "kab": "kabupaten", "pemkab": "kabupaten",
               "walikota": "kota", "wali": "kota", "kota": "kota", "pemkot": "kota",
               "gubernur": "provinsi", "provinsi": "provinsi", "camat": "kecamatan", "kecamatan": "kecamatan",
               "panewu": "kecamatan", "kapanewon": "kecamatan", "desa": "desa", "kelurahan": "desa",
               "lurah": "desa", "kalurahan": "desa"}


def headline_end(text: str, title: str | None) -> int:
    """End offset of the headline line, 0 when the text starts with the body."""
    title = (title or "").strip()
    if title and text.lstrip().startswith(title):
        return text.index(title) + len(title)
    first = text.lstrip().split("\n", 1)
    if len(first) == 2 and len(first[0]) <= 160 and not first[0].rstrip().endswith(".") and first[1].strip():
        return text.index(first[0]) + len(first[0])
    return 0


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Char spans of the sentences (read from token arrays: iterating doc.sents is slow)."""
    if len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    starts = doc.to_array("SENT_START")
    idx = doc.to_array("IDX")
    cuts = [int(idx[i]) for i in range(len(doc)) if i == 0 or starts[i] == 1]
    return [(a, b) for a, b in zip(cuts, cuts[1:] + [len(text)])]


@Language.factory("warta_events")
class EventsComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lex: EventLexicon = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        text = cached_text(doc)
        blockers = {m.start for m in mentions(doc, "date")}
        sites = frozenset(m.start for kind in ("place", "venue") for m in mentions(doc, kind))
        people = frozenset(m.start for m in mentions(doc, "person"))
        cands = find_candidates(text, sentence_spans(doc, text), headline_end(text, doc._.title), blockers, self.lex,
                                sites, people)
        for c in cands:
            add_mention(doc, Mention(c.start, c.end, text[c.start:c.end], kind="event",
                                     data={"candidate": c, "kind": c.kind, "name": c.name, "score": c.score,
                                           "future": c.future}))
        return doc


# ------------------------------------------------------------------ choosing the main event
def choose(cands: list[Candidate], text: str = "") -> tuple[Candidate, list[Candidate]] | None:
    """The representative phrase of the main event and all phrases of its kind, or None."""
    # a report of figures whose headline names what the body only says is to come ("Harga Beras Naik, Disperindag
    # Gelar Operasi Pasar" ... "Disperindag akan menggelar operasi pasar"): a plan, not the event reported
    ahead = [c.future or bool(_AHEAD.search(text, max(0, c.start - 30), c.start)) for c in cands] if text else []
    planned = {c.kind for c, f in zip(cands, ahead) if f and _plan_in_report(text, c, f)}
    planned -= {c.kind for c, f in zip(cands, ahead) if not f and not c.in_headline}
    by_kind: dict[str, list[Candidate]] = {}
    for c in cands:
        if not c.future and c.kind not in planned:
            by_kind.setdefault(c.kind, []).append(c)
    if not by_kind:
        return None

    def kind_score(kind: str) -> float:
        group = by_kind[kind]
        if all(c.anaphor for c in group):
            return 0.0  # only back-references ("Forum ini"): the event they point to is named otherwise
        return max(c.score for c in group) + 0.5 * min(len(group) - 1, 3)

    kind = max(by_kind, key=kind_score)
    if kind_score(kind) < MIN_SCORE or not any(set(c.reasons) & _ANCHORS for c in by_kind[kind]) \
            or not any(set(c.reasons) & _EARLY for c in by_kind[kind]):
        return None  # only passing mentions ("saat panen raya"): a report, not an event
    group = by_kind[kind]
    named = [c for c in group if not c.anaphor] or group  # "Forum ini" points back: it names nothing itself
    best = max(named, key=lambda c: (c.score, not c.in_headline))
    head = [c for c in named if c.names_headline and _specific(c)]
    if head:
        rep = head[0]
    elif _specific(best):
        rep = best
    else:  # the strongest phrase is a bare cue: a specific name both the headline and the body write, else the
        # longest (which may name one of its sessions)
        echoed = {c.name.lower() for c in named if c.in_headline and _specific(c)}
        rep = max(named, key=lambda c: (c.name.lower() in echoed and not c.in_headline, len(c.name), c.score))
    # a name written in full elsewhere in the release: "Pelatihan Kompetensi X" in the headline and the
    # lead, "Pelatihan Kompetensi X bidang Y bagi Pemuda Desa" in the next sentence; past a headline that starts
    # with the name, the body writes its words as the headline does (not "audiensi pengurus X" for "Audiensi
    # Pengurus X"), unless the headline is in capitals
    def same(name: str) -> str:
        return name.lower() if not head or rep.name.isupper() else name

    fuller = [c for c in named if len(c.name) > len(rep.name) and not c.in_headline
              and same(c.name).startswith(same(rep.name) + " ")]
    if fuller:
        rep = min(fuller, key=lambda c: c.start)
    if rep.points_back:  # "... menghadiri peringatan HUT ke-80 X. Upacara peringatan ini digelar ...": the one named
        earlier = [c for c in cands if c.start < rep.start and not c.future and not c.anaphor
                   and c.name.lower().startswith(rep.points_back + " ")]
        if earlier:
            rep = min(earlier, key=lambda c: c.start)
            group = [*group, rep]
    return rep, sorted(group, key=lambda c: c.start)


_AMOUNT = re.compile(r"\bRp\s?\d|\d\s*(?:%|persen\b)")
def _plan_in_report(text: str, c: Candidate, ahead: bool | None = None) -> bool:
    """In the body of a report of figures (an amount before it), the event is said to be still to come."""
    if ahead is None:
        ahead = c.future or bool(_AHEAD.search(text, max(0, c.start - 30), c.start))
    return ahead and not c.in_headline and "\n" in text and bool(_AMOUNT.search(text, text.find("\n") + 1, c.start))


_AHEAD = re.compile(r"\bakan\s+\w+\s+$")  # "akan menggelar operasi pasar"


def _lead_event(text: str, cands: list[Candidate], sentences: list[tuple[int, int]], head_end: int,
                day_starts: list[int]) -> tuple[Candidate, list[Candidate]] | None:
    """The event of a release that names it with no strong cue: most releases report one happening (a visit,
    a hand-over, a patrol) told in the headline and the lead. The name is the strongest weak phrase, else the
    headline; the fields are read from the lead sentences."""
    body = [(s, e) for s, e in sentences if s >= head_end and text[s:e].strip()]
    if not body:
        return None  # a blank text tells nothing
    lead = body[:2]
    lex = lexicon()
    lead_end = body[min(len(body), 3) - 1][1]
    if not lead or _figures(text) or (head_end and lex.statement_re.search(text, 0, head_end)) \
            or (head_end and _QUOTE_HEADLINE.match(text, 0, head_end)) \
            or lex.written_re.search(text, lead[0][0], lead_end):
        return None  # a statistical report, an assurance, an appeal, a written statement: no event
    # something happened: the release gives a day, or an organizing or attending verb
    if not (day_starts or lex.happened_re.search(text, head_end)):
        return None
    plans = [c for c in cands if _plan_in_report(text, c)]
    weak = [c for c in cands if not c.future and not c.anaphor and c not in plans]
    if plans and not weak:
        return None  # "Capaian imunisasi 71,4 persen ... akan menggelar BIAN pada ...": figures and a plan
    if weak:
        best = max(weak, key=lambda c: (c.score, -c.start))
        group = [c for c in weak if c.kind == best.kind]
    else:
        s, e = (0, head_end) if head_end else lead[0]
        if not head_end:  # the lead names it, not its dateline ("Kota X, 11 Maret 2025 - ...")
            s = max(s, min(_lead_start(text, head_end), e))
            s += len(text[s:e]) - len(text[s:e].lstrip(" \t–—-:"))
        if head_end:  # "Uji KIR Gratis Digelar Dishub X": the headline's predicate and its agent are no part of the name
            cut = next((m.start() for m in re.finditer(r"(?<=\s)[A-Z][a-z]+\b", text[s:e])
                        if m.group().lower() in lex.predicates and m.group().startswith(("Di", "Ber"))), None)
            e = s + cut if cut else e
            e = s + len(text[s:e].rstrip())
            before = re.search(r"\s([A-Z][a-z]+)$", text[s:e]) if cut else None
            if before and before.group(1).lower() in lex.predicate_adverbs:
                e = s + before.start()  # "Pesparawi X Resmi Dibuka": the adverb goes with the predicate
            # "Wabup X Hadiri Uji Petik Kendaraan Dinas": what the subject attends, not who attends it, names it
            verb = next((m for m in re.finditer(r"(?<=\s)[A-Z][a-z]+\b", text[s:e])
                         if m.group().lower() in _HEADLINE_ATTENDS), None)
            if verb is not None and s + verb.end() < e:
                start = s + verb.end() + 1
                end = min(e, scan_name_end(text, start, lex, set(), limit=e))
                if end > start:
                    s, e = start, end
        name = " ".join(text[s:e].split()).rstrip(".")
        best = Candidate(s, e, name, "kegiatan", "lead", 0.0, s, s)
        group = [best]
    group = group + [Candidate(s, s, "", best.kind, "lead", 0.0, s, s) for s, _ in lead]
    return best, sorted(group, key=lambda c: c.start)


# bare verbs a headline writes before the event its subject attends or receives ("Hadiri", "Ikuti", "Terima")
_HEADLINE_ATTENDS = frozenset({"hadiri", "ikuti", "terima", "saksikan"})


# "Kadis PUPR Kabupaten X: Pembangunan Jalan ...", "“Semua ASN Wajib Hadir” - Wali Kota X": a headline that quotes
# its speaker reports a statement
_QUOTE_HEADLINE = re.compile(r"\s*(?:[^:\n]{3,60}:\s+\S|[\"“][^\"“”\n]{3,}[\"”])")


def _figures(text: str) -> bool:
    """The release is mostly figures (percentages, counts per period): a statistical report."""
    percents = len(re.findall(r"%|\bpersen\b", text, re.IGNORECASE))
    digits = sum(ch.isdigit() for ch in text)
    return percents >= FIGURES_PERCENTS or digits >= FIGURES_DIGITS * max(len(text), 1)


def _names_same(name: str, other: str) -> bool:
    """One name is the other or opens it ("Festival X" and "Festival X 2025"), not another stage of its kind."""
    a, b = name.lower(), other.lower()
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _specific(c: Candidate) -> bool:
    """The name says more than its cue word(s)."""
    return len(c.name.split()) >= 3


def _event_sentences(group: list[Candidate], rep: Candidate, sentences: list[tuple[int, int]],
                     head_end: int, cands: list[Candidate] = (), announced: bool = False) -> list[tuple[int, int]]:
    """Sentences that speak of the event: body first (in order), the headline last. A phrase of another kind that
    holds the event's name speaks of it too ("menghadiri pembukaan Festival X 2025 di Lapangan Y")."""
    out: list[tuple[int, int]] = []
    named = rep.name.lower() if _specific(rep) else None
    holding = [c for c in cands if named and c.kind != rep.kind and named in c.name.lower()]
    # "Pasar murah akan kembali digelar pada 17 Maret di Kecamatan Y": a repeat still to come is another event's
    group = group if announced else [c for c in group if not c.future] or group
    for c in sorted([*group, *holding], key=lambda c: (c.cue_start < head_end, c.start)):
        for s, e in sentences:
            if s <= c.cue_start < e and (s, e) not in out:
                out.append((s, e))
    return out


_ANAPHORA = re.compile(r"\s*(?:[A-Z]\w+\s+){0,2}(?:acara|kegiatan|agenda|forum|rapat|pertemuan)\s+"
                       r"(?:tersebut|ini|itu)\b", re.IGNORECASE)
# "Acara dibuka secara resmi pada 3 Maret ...", "Kegiatan yang diselenggarakan oleh X ini ...", "Rapat yang digelar
# di Aula X pada Kamis (10/7) itu ...": the bare noun and a verb of holding speak of the event too
_HELD_ANAPHORA = re.compile(r"\s*(?:acara|kegiatan|agenda|rapat|pertemuan|forum)\s+(?:(?:ini|itu|tersebut)\s+)?(?:yang\s+)?(?:secara\s+resmi\s+)?"
                            r"(?:dibuka|digelar|dilaksanakan|diselenggarakan|diadakan|berlangsung|dimulai)\b",
                            re.IGNORECASE)


def _field_lines(text: str, lex: EventLexicon, sentences: list[tuple[int, int]], sents: list[tuple[int, int]],
                 head_end: int) -> list[tuple[int, int]]:
    """The event's sentences with the report's lines of when and where ("Hari/Tanggal : Senin, 3 Maret 2025",
    "Tempat : Aula X", "Lokasi : Desa Y") put after those of the body and before the headline."""
    at = [m.start() for m in lex.field_label_re.finditer(text, head_end)]
    if not at:
        return sents
    fields = [(s, e) for s, e in sentences if (s, e) not in sents and any(s <= a < e for a in at)]
    body = [x for x in sents if x[0] >= head_end]
    return body + fields + [x for x in sents if x[0] < head_end]


def _anaphoric(text: str, sentences: list[tuple[int, int]], sents: list[tuple[int, int]],
               group: list[Candidate] = ()) -> list[tuple[int, int]]:
    """Body sentences that speak of the event by reference ("Acara tersebut diselenggarakan oleh ...", and by the
    short form written in brackets after its name: "Gerakan Pangan Murah (GPM) ... GPM ini dilaksanakan oleh ...")."""
    shorts = {m.group(1) for c in group for m in [_SHORT_AFTER.match(text, c.end)] if m}
    shorts |= {m.group(1) for c in group for m in _SHORT_INSIDE.finditer(c.name)}
    own = re.compile(r"\s*(?:" + "|".join(map(re.escape, sorted(shorts))) + r")\s+(?:ini|tersebut|itu|yang)\b") \
        if shorts else None
    return [(s, e) for s, e in sentences if (s, e) not in sents and (
        _ANAPHORA.match(text, s, min(e, s + 60)) or own and own.match(text, s, min(e, s + 60)))]


_SHORT_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z0-9-]{1,11})\)")
_SHORT_INSIDE = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,11})\)")


def _visited_sentences(text: str, sentences: list[tuple[int, int]], sents: list[tuple[int, int]],
                       group: list[Candidate], lex: EventLexicon, head_end: int) -> list[tuple[int, int]]:
    """Body sentences that go on with a visit through the passive of its verb ("Babinsa X mengunjungi warga ...
    Warga yang dikunjungi adalah Ibu Y dari Desa Z"): they speak of the visit, and of where it went."""
    forms = {f for c in group if c.form == "verb" and c.kind in lex.visits and not c.anaphor
             for f in passive_forms((text[c.start:c.start + 30].split() or [""])[0].lower())}
    if not forms:
        return []
    said = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(forms))), re.IGNORECASE)
    return [(s, e) for s, e in sentences if s >= head_end and (s, e) not in sents and said.search(text, s, e)]


def _held_anaphoric(text: str, sentences: list[tuple[int, int]], sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Body sentences that tell when the event was held by reference ("Acara dibuka pada 5 November ...")."""
    return [(s, e) for s, e in sentences if (s, e) not in sents and _HELD_ANAPHORA.match(text, s, min(e, s + 60))]


# ------------------------------------------------------------------ fields from the other facts
def _dates_in(facts: Facts, s: int, e: int, after: int | None = None):
    found = [d for d in facts.dates if d.span and s <= d.span[0] < e and d.start]
    if after is not None:
        found.sort(key=lambda d: (d.span[0] < after, abs(d.span[0] - after)))
    return found


def event_dates(facts: Facts, sents: list[tuple[int, int]], all_sents: list[tuple[int, int]],
                rep: Candidate, dateline: tuple[int, int] = (0, 0), text: str = "",
                anchors: tuple[int, ...] = (), announced: bool = False,
                own: tuple[int, ...] | None = None) -> tuple[str | None, str | None]:
    # a day said to come ("16-17 Desember mendatang", "akan digelar pada ...") is another, planned event's, unless
    # the release gives no other day: then it announces the event ("Festival X akan digelar pada 20-23 Agustus")
    if text:
        kept = [d for d in facts.dates if not (d.span and (_DOCUMENT_DATE.search(text[max(0, d.span[0] - 80):d.span[0]])
                                                           or _FALLS_ON.search(text[max(0, d.span[0] - 40):d.span[0]])
                                                           or _DEADLINE.search(text[max(0, d.span[0] - 60):d.span[0]])
                                                           or _TOTAL_UNTIL.search(text[max(0, d.span[0] - 80):d.span[0]])))]
        held = [d for d in kept if not (d.span and _planned(text, *d.span))]
        # "pemeriksaan ... periode 1 Januari s.d. 31 Desember 2024, Jumat (7/3/2025)": the span a review or a
        # report covers ends before a day the release gives, on which the event is held
        held = [d for d in held if not (d.span and d.end and d.start != d.end
                                        and _COVERED.search(text[max(0, d.span[0] - 40):d.span[0]])
                                        and any(o.start and o.start > d.end for o in held))]
        # a release announcing the event ("Pemkot X akan menggelar pasar murah ... dijadwalkan pada 10-15 Maret"):
        # the days to come are its own
        ahead = [d for d in kept if d.start and d.span and d not in held and any(a <= d.span[0] < b for a, b in sents)]
        if not announced and not any(d.start for d in held) and own is not None:
            # "Penyaluran tahap I telah rampung ... Penyaluran tahap II dijadwalkan pada 14 April": a day to come
            # is the event's only in a sentence that names the event itself ("Festival X akan digelar pada ...")
            kept = [d for d in kept if d in held or any(a <= d.span[0] < b and any(a <= o < b for o in own)
                                                        for a, b in all_sents)]
        facts = _DateFacts(ahead if announced and ahead else held if any(d.start for d in held) else kept)
    if text:  # a photo's caption may show another day of the work: a day the text gives counts first
        shown = [d for d in facts.dates if not (d.span and _in_caption(text, d.span[0]))]
        if len(shown) < len(facts.dates) and any(d.start for d in shown):
            facts = _DateFacts(shown)
    # the dateline's date is when the release was written: a day the event sentences give counts first
    d0, d1 = dateline
    facts = _DateFacts(_recent(facts.dates, d1))
    dated = [d for d in facts.dates if d.start and d.span]
    undated = [d for d in facts.dates if not (d.span and d0 <= d.span[0] < d1)]
    if len(undated) < len(facts.dates) and any(_dates_in(_DateFacts(undated), s, e) for s, e in sents):
        facts = _DateFacts(undated)
    for s, e in sents:
        # "lomba perahu pada Rabu (12/3), dan puncak peringatan pada Jumat (14/3)": the day written with the
        # event's own phrase, of the several the sentence gives
        found = _dates_in(facts, s, e, rep.start if s <= rep.start < e else next((a for a in anchors if s <= a < e), s))
        if found and text and _UNTIL.search(text[max(0, found[0].span[0] - 25):found[0].span[0]]):
            # "Pameran berlangsung hingga 9 Maret": the last day; the first is another day before it, else unknown
            last = found[0]
            before = [d for d in dated if d.end and d.end <= last.start and d is not last
                      and not _UNTIL.search(text[max(0, d.span[0] - 25):d.span[0]])]
            first = max(before, key=lambda d: d.end) if before else None
            return (first.start if first else None), last.end
        if found:
            return _widen(facts, found[0], sents, all_sents, s, text, rep.name or "")
    for s, e in sents:  # "…, Ruang Rapat Utama Bupati. Jum'at (31/01/20)."
        nxt = next(((a, b) for a, b in all_sents if a >= e), None)
        if nxt:
            found = _dates_in(facts, *nxt)
            if found:
                return found[0].start, found[0].end
    dated = [d for d in facts.dates if d.start]
    if dated:
        first = min(dated, key=lambda d: d.span[0] if d.span else 10**9)
        return first.start, first.end
    return None, None


_CAPTION = re.compile(r"[ \t]*[(\[]?(?:keterangan[ \t]+foto|dalam[ \t]+foto|teks[ \t]+foto|foto|caption)[ \t]*:",
                      re.IGNORECASE)


def _in_caption(text: str, pos: int) -> bool:
    """The offset is on a photo caption's line ("Foto: Bupati X meninjau ..., Rabu (5/3/2025).")."""
    return bool(_CAPTION.match(text, text.rfind("\n", 0, pos) + 1))


# "Pemkot X akan menggelar pasar murah ...": the release announces the event; the days it is scheduled for are its own
_ANNOUNCED = re.compile(r"\bakan\s+(?:segera\s+)?(?:me|di|ber)\w+\s+$", re.IGNORECASE)
_PLANNED_AFTER = re.compile(r"\s*(?:mendatang|yang\s+akan\s+datang)\b", re.IGNORECASE)
# "Menteri dijadwalkan meninjau desa wisata di Kabupaten X pada Selasa (4/3)": a schedule, in the same clause
_SCHEDULED = re.compile(r"\b(?:dijadwalkan|direncanakan|rencananya)\s+(?:[\w-]+\s+){0,9}(?:pada\s+)?(?:tanggal\s+)?$",
                        re.IGNORECASE)
_PLANNED_OWN = re.compile(r"\b(?:mendatang|depan|yang\s+akan\s+datang)$")  # "Selasa mendatang", "Kamis pekan depan"
# "akan kembali digelar pada ...": a repeat still to come
_PLANNED_BEFORE = re.compile(r"\bakan\s+(?:(?:kembali|segera)\s+)?(?:di\w+|berlangsung)(?:\s+\w+){0,3}\s+(?:pada\s+)?"
                             r"(?:tanggal\s+)?$",
                             re.IGNORECASE)


# the date of a letter, a decree or a law ("surat ... nomor 005/123 tanggal 5 Oktober", "tertanggal ...",
# "diundangkan pada tanggal ..."): when the document was written, not when the event was held
_DOCUMENT_DATE = re.compile(r"(?:\b(?:[Nn]omor|NOMOR|[Nn]o\.)\s*:?\s*[\w./:-]+(?:\s+[Tt]ahun\s+\d{4})?\s*,?\s*(?:[Tt]anggal|[Tt]gl\.?)"
                            r"|\btertanggal|\b(?:diundangkan|ditetapkan)\s+(?:pada\s+)?(?:tanggal\s+)?)\s*$")


# "menjelang Idul Fitri yang jatuh pada 31 Maret", "pajak yang jatuh tempo pada 30 April": the day a holiday or a
# due date falls on, not the day of the event
_FALLS_ON = re.compile(r"\bjatuh(?:\s+tempo)?\s+(?:pada\s+)?(?:hari\s+)?(?:\w+\s*,\s*)?(?:tanggal\s+)?$", re.IGNORECASE)


# a deadline ("sanggahan paling lambat 5 Maret", "batas akhir pendaftaran 10 Maret"): the day something is due by,
# not a day the event is held; so is the day a figure stands at ("realisasi per 31 Maret 2025", "posisi 31 Desember")
_DEADLINE = re.compile(r"\b(?:paling\s+lambat|selambat-lambatnya|batas\s+(?:akhir|waktu)(?:\s+\w+){0,2}|per|posisi)"
                       r"\s+(?:pada\s+)?(?:tanggal\s+|hari\s+)?$", re.IGNORECASE)


# a running total up to a day ("realisasi belanja hingga 31 Maret 2025 mencapai ...", "penyaluran sampai dengan 30
# Juni"): the day the figure stands at
_TOTAL_UNTIL = re.compile(r"\b(?:realisasi|capaian|penyaluran|penerimaan|pendapatan|belanja|serapan|penyerapan|kumulatif|"
                          r"akumulasi|jumlah|total)\b[^.;:]{0,50}?\b(?:hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|s/d)\s+"
                          r"(?:akhir\s+)?(?:tanggal\s+)?$", re.IGNORECASE)


def _planned(text: str, start: int, end: int) -> bool:
    """The date is of something still to come: "16-17 Desember mendatang", "akan digelar pada 3 Mei"."""
    return bool(_PLANNED_AFTER.match(text, end) or _PLANNED_BEFORE.search(text[max(0, start - 60):start])
                or _PLANNED_OWN.search(text, start, end) or _SCHEDULED.search(text[max(0, start - 90):start]))


# "yang berlangsung hingga 13 November", "dilaksanakan selama tiga hari sampai dengan tanggal 5 Mei": the last day
_HELD_UNTIL = re.compile(r"(?:\b(?:berlangsung|digelar|dilaksanakan|diselenggarakan|dilangsungkan)\s+(?:\w+\s+){0,3}?"
                         r"(?:hingga|sampai(?:\s+dengan)?)|\bberakhir(?:\s+pada)?(?:\s+hari)?)\s+(?:tanggal\s+)?$",
                         re.IGNORECASE)
# "Pelatihan yang digelar selama tiga hari", "Selama dua hari pelaksanaan": how long the event runs from its first day
_LASTS = re.compile(r"\b(?:(?:berlangsung|digelar|dilaksanakan|diselenggarakan|dilangsungkan|diadakan|dilakukan)\s+selama\s+"
                    r"(?P<n>[2-7]|dua|tiga|empat|lima|enam|tujuh)\s+hari\b(?!\s+(?:ini|terakhir|kerja|ke\s+depan|lalu))"
                    r"|selama\s+(?P<m>[2-7]|dua|tiga|empat|lima|enam|tujuh)\s+hari\s+(?:pelaksanaan|kegiatan)\b)",
                    re.IGNORECASE)
# "Bazar yang berlangsung sejak Rabu (12/3)", "digelar mulai 10 Maret": the first day of an event reported on a later one
_HELD_SINCE = re.compile(r"\b(?:berlangsung|digelar|dilaksanakan|diselenggarakan|dilangsungkan|diadakan|dimulai)\s+"
                         r"(?:\w+\s+){0,2}?(?:sejak|mulai)\s+(?:hari\s+|tanggal\s+)?$", re.IGNORECASE)
SINCE_DAYS = 14
_CLOSES = re.compile(r"\b(?:menutup|ditutup|penutupan|berakhir)\b", re.IGNORECASE)
_CLOSING_DAY = re.compile(r"\b(?:ditutup|penutupan|berakhir|terakhir)\b[^.;]*$", re.IGNORECASE)
_MIDDLE_DAY = re.compile(r"\bhari\s+(?:kedua|ketiga|keempat|kelima)\b[^.;]*$", re.IGNORECASE)
_DAY_COUNT = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}


# the span a review, an audit or a report covers ("periode 1 Januari s.d. 31 Maret", "masa pajak", "triwulan I")
_COVERED = re.compile(r"\b(?:periode|masa(?:\s+pajak)?|kurun\s+waktu|triwulan\s+\w+|semester\s+\w+|tahun\s+anggaran)"
                      r"\s+(?:tanggal\s+)?$", re.IGNORECASE)


_UNTIL = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|s/d)\s+(?:tanggal\s+)?$", re.IGNORECASE)


STALE_DAYS = 30


def _recent(dates: list, head: int) -> list:
    """Without the days long before the day the headline or the dateline is dated ("Sigi, 4 Maret - ... simulasi
    untuk mengenang gempa 28 September 2018"): a past event named in passing, not the one reported."""
    written = [date.fromisoformat(d.start) for d in dates if d.span and d.span[0] < head and d.start]
    if not written:
        return dates
    first = min(written) - timedelta(days=STALE_DAYS)
    return [d for d in dates if not (d.span and d.span[0] >= head and d.end and date.fromisoformat(d.end) < first)]


class _DateFacts:
    """The date facts of a document without some of them (what event_dates reads)."""

    def __init__(self, dates: list) -> None:
        self.dates = dates


@lru_cache(maxsize=1)
def _period_re() -> re.Pattern[str]:
    """A period named before a range or a last day (data/period_words.txt: "masa", "status", "pendaftaran", ...)."""
    words = sorted(load_list("period_words"), key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words), re.IGNORECASE)


def _of_period(text: str, d, a: int, name: str) -> bool:
    """The range or the last day is told of a period the event is held in or about, not of the event ("di tengah
    masa tanggap darurat ... sejak 9 hingga 22 Maret", "status siaga yang berlaku mulai ..."), unless the event's
    own name holds that word or it is capitalized inside the sentence (a name's)."""
    if not text:
        return False
    m = None
    for m in _period_re().finditer(text, max(a, d.span[0] - 90), d.span[0]):
        pass
    if not m or (m.group(0)[0].isupper() and text[max(a, m.start() - 2):m.start()].strip()):
        return False  # "Kegiatan Masa Pengenalan Lingkungan Sekolah itu berlangsung ...": a name, not a period
    return not re.search(r"\b%s\b" % re.escape(m.group(0).split()[0]), name, re.IGNORECASE)


def _widen(facts: Facts, day, sents: list[tuple[int, int]], all_sents: list[tuple[int, int]],
           s: int, text: str = "", name: str = "") -> tuple[str | None, str | None]:
    """A day of the event, or the range it is part of when a neighbouring event sentence gives one
    ("Senin (2/9/2024). Pelatihan yang berlangsung pada 2 sampai dengan 13 September ..."), not a period's."""
    nxt = next(((a, b) for a, b in all_sents if a > s and (not text or text[a:b].strip())), None)
    for a, b in [*sents, *([nxt] if nxt else [])]:
        for d in _dates_in(facts, a, b):
            if d.end and d.end != d.start and d.start <= day.start <= d.end and not _of_period(text, d, a, name):
                return d.start, d.end
    for a, b in [*sents, *([nxt] if nxt else [])]:  # "Pameran yang berlangsung hingga 9 Maret 2025"
        for d in _dates_in(facts, a, b):
            if (text and d.end and day.start < d.start and _HELD_UNTIL.search(text[max(0, d.span[0] - 60):d.span[0]])
                    and not _of_period(text, d, a, name)):
                return day.start, d.end
    # "menutup Bazar ..., Sabtu (15/3). Bazar yang berlangsung sejak Rabu (12/3)": a closing day's event ran since then;
    # a visit to a programme running since an earlier day keeps the visit's day
    closing = bool(text and day.span and _CLOSES.search(text, s, day.span[0]))
    for a, b in [*sents, *([nxt] if nxt else [])] if closing else ():
        for d in _dates_in(facts, a, b):
            if (day.start == day.end and d.start == d.end and d.start < day.start
                    and (date.fromisoformat(day.start) - date.fromisoformat(d.start)).days <= SINCE_DAYS
                    and _HELD_SINCE.search(text[max(0, d.span[0] - 60):d.span[0]]) and not _of_period(text, d, a, name)):
                return d.start, day.end
    before = text[max(0, day.span[0] - 120):day.span[0]] if text and day.span else ""
    if before and day.start and day.start == day.end and not _MIDDLE_DAY.search(before):
        # the length may be told in a later paragraph ("Selama dua hari pelaksanaan, peserta ...")
        lasts = _LASTS.search(text, s)
        told = lasts and next((d for d in facts.dates if d.span and d.start
                               and lasts.end() <= d.span[0] <= lasts.end() + 12), None)
        if told:  # "digelar selama tiga hari, 4-6 Mei": the days are written out
            return (told.start, told.end) if told.end != told.start else (day.start, day.end)
        if lasts:
            n = (lasts["n"] or lasts["m"]).lower()
            span = timedelta(days=(int(n) if n.isdigit() else _DAY_COUNT[n]) - 1)
            if _CLOSING_DAY.search(before):  # "... selama tiga hari ditutup Rabu (5/3)": the last of them
                return (date.fromisoformat(day.start) - span).isoformat(), day.start
            return day.start, (date.fromisoformat(day.start) + span).isoformat()
    return day.start, day.end


def _place_spans(text: str, place: Place) -> list[tuple[int, int]]:
    if place.spans:
        return list(place.spans)
    bare = re.sub(r"^(?:Provinsi|Kabupaten|Kota)\s+", "", place.name)
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)", text, re.IGNORECASE)]


def _qualifies(place: Place) -> bool:
    if place.kind in ("provinsi", "kabupaten", "kota"):
        return True
    # below the kabupaten only a place written with its kind ("Kecamatan Cigudeg", not a bare town name)
    return place.kind in ("kecamatan", "desa") and place.name.lower().startswith(_LOCAL_WORDS)


def _bare(name: str) -> str:
    return _KIND_PREFIX.sub("", name).strip()


def _places_in_venue(text: str, places: list[Place], a: int, b: int) -> list[tuple[int, Place]]:
    """Places a venue is named after ("Aula Kantor Bupati Minahasa Utara", "Kantor Camat Tilango").

    Places inside a venue or title are not listed with spans there, so their bare names are searched; the word
    before the name (Bupati, Camat, Desa, ...) picks the kind when a kabupaten and a kota share a name.
    """
    out: list[tuple[int, Place]] = []
    for p in places:
        if p.kind not in _ADMIN:
            continue
        bare = _bare(p.name)
        if len(bare) < 3:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)", text[a:b], re.IGNORECASE):
            before = re.findall(r"[\w.]+", text[a:a + m.start()])
            word = before[-1].lower().rstrip(".") if before else ""
            hinted = _KIND_WORDS.get(word)
            if hinted and hinted != p.kind:
                continue
            if hinted or p.kind in ("provinsi", "kabupaten", "kota") or _qualifies(p):
                out.append((a + m.start(), p))
            break
    # one place per position: the kind the hint chose, else the larger unit
    out.sort(key=lambda x: (x[0], _ADMIN.get(x[1].kind, 0)))
    seen: set[int] = set()
    return [(at, p) for at, p in out if not (at in seen or seen.add(at))]


def _most_specific(window: list[tuple[int, Place]], text: str) -> Place:
    """The first place, or a more specific one written with it (Desa X, Kecamatan Y, Kabupaten Z -> Desa X).

    Codes tell the nesting; an unresolved place counts as inside the one written right after it ("A, B").
    """
    top = window[0][1]
    chain = [top]
    for at, p in window[1:]:
        if _nested(p, top) or _nested(top, p):
            chain.append(p)
    by_pos = sorted(window, key=lambda x: x[0])
    for (a, p), (b, q) in zip(by_pos, by_pos[1:]):
        if q in chain and not p.code and re.fullmatch(r"[^\w.;]{0,3}", text[a + len(p.name):b]) \
                and _ADMIN.get(p.kind, 0) > _ADMIN.get(q.kind, 0):
            chain.append(p)
    return max(chain, key=lambda p: _ADMIN.get(p.kind, 0))


MEMBER_SENTENCES = 4  # the lead sentences where a unit's members doing the thing name the organizer
LIST_PLACES = 3  # this many places of one kind in the event's sentence are a list of sites, not where it is


def _region_of_list(text: str, place: Place, window: list[tuple[int, Place]], places: list[Place]) -> Place | None:
    """The unit that holds a list of sites of one kind the event is held at ("di 8 KUA Kecamatan (A, B, C)"
    -> their kabupaten); a site written on its own before the list ("di Kecamatan A ... dari A, B, C") stays."""
    at = min(a for a, p in window if p is place)
    run = [(a, p) for a, p in sorted(window, key=lambda x: x[0]) if p.kind == place.kind and a >= at]
    listed = [run[0]] if run else []
    for (a, p), (b, q) in zip(run, run[1:]):
        # the name as written there: bare ("KUA Kecamatan (A, B, C)") or with its kind ("Kecamatan A, Kecamatan B")
        size = len(p.name) if text[a:a + len(p.name)].lower() == p.name.lower() else len(_bare(p.name))
        gap = text[a + size:b] if a < b else ""
        if not re.fullmatch(r"[\s,()]*(?:(?:dan|serta)\s+)?(?:kecamatan\s+|desa\s+|kelurahan\s+)?", gap, re.IGNORECASE):
            break
        listed.append((b, q))
    same = {p.name: p for _, p in listed}
    if len(same) < LIST_PLACES or not all(p.code for p in same.values()):
        return None
    holders = [q for q in places if q.code and all(_nested(p, q) for p in same.values())]
    return max(holders, key=lambda q: len(q.code), default=None)


ITINERARY_OPENING = 60  # the words of a sentence's opening that say it goes on with the event's round


def itinerary(text: str, at: int, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence holding `at` and those right after it that go on with the event's round at other sites or days
    ("Safari diawali di Kecamatan A, Rabu (5/3). Kegiatan berlanjut ke Kecamatan B pada Kamis (6/3) ...")."""
    lex = lexicon()
    i = next((k for k, (s, e) in enumerate(sentences) if s <= at < e), None)
    if i is None:
        return []
    out = [sentences[i]]
    # "... di tiga kecamatan, Selasa (4/3). Dialog di Kecamatan A ..., di Kecamatan B ...": the sites counted are
    # listed next
    told = bool(_COUNTED_SITES.search(text, *sentences[i]))
    items = False
    for s, e in sentences[i + 1:]:
        written = text[s:e].strip()
        if not written:
            continue
        # "Berikut jadwalnya:" and its items ("1. Senin, 3 Maret di Kelurahan A")
        item = items and (_ENUMERATOR.fullmatch(written) or len(written) < 150 and not written.endswith("."))
        if not (told or item or lex.itinerary_re.search(text[s:min(e, s + ITINERARY_OPENING)])) \
                or lex.future_re.search(text[s:e]):
            break
        told = False
        items = items or written.endswith(":")
        out.append((s, e))
    return out


_COUNTED_SITES = re.compile(r"\b(?:di|ke)\s+(?:\d{1,3}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sejumlah|"
                            r"beberapa)\s+(?:kecamatan|distrik|desa|kelurahan|kabupaten|kota|lokasi)\b", re.IGNORECASE)
_ENUMERATOR = re.compile(r"\d{1,2}[.)]|[-•*]")


def itinerary_days(text: str, facts: Facts, day: str, sents: list[tuple[int, int]], sentences: list[tuple[int, int]],
                   blocked: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The first and last day of a round told site by site, each with its day, from the event's day on: the days
    of the sentence that gives it and of those going on with the round, when they name three sites or more."""
    spans = [(a, b, p) for p in facts.places for a, b in _place_spans(text, p)]
    starts = [s for s, e in sentences if any(d.span and d.start == day and s <= d.span[0] < e for d in facts.dates)
              and any(a <= s < b for a, b in sents)]
    start = next((s for s in starts if _itinerary_region(
        text, s, spans, facts, sentences, lambda a, b: not any(x <= a and b <= y for x, y in blocked))), None)
    if start is None:
        return None
    parts = itinerary(text, start, sentences)
    days = [d for d in facts.dates if d.span and d.start and d.end and any(s <= d.span[0] < e for s, e in parts)
            and not _planned(text, *d.span) and not _DEADLINE.search(text[max(0, d.span[0] - 60):d.span[0]])]
    if len({d.start for d in days}) < 2:
        return None
    return min(d.start for d in days), max(d.end for d in days)


def _itinerary_region(text: str, at: int, spans: list, facts: Facts, sentences: list[tuple[int, int]],
                      usable=lambda a, b: True) -> Place | None:
    """The unit holding the sites of a round told site by site, each with its day ("Senin (3/3) di Desa A; Rabu
    (5/3) di Desa B ...", "diawali di Kecamatan A ... Kegiatan berlanjut ke Kecamatan B ..., ditutup di Kecamatan
    C"): held across them all, not at the first."""
    parts = itinerary(text, at, sentences)
    if not parts:
        return None
    days = {d.start for d in facts.dates if d.span and d.start and any(s <= d.span[0] < e for s, e in parts)}
    if len(parts) < 2 and len(days) < 2:
        return None
    for kind in ("desa", "kecamatan", "kabupaten", "kota"):  # the finest kind the round goes through
        sites = {p.code for a, b, p in spans if p.kind == kind and p.code and a >= at and usable(a, b)
                 and any(s <= a < e for s, e in parts)}
        if len(sites) >= LIST_PLACES:
            break
    else:
        return None
    code = ".".join(os.path.commonprefix([c.split(".") for c in sites]))
    if not code:  # a round across provinces names no single region
        return None
    return _region_place(facts, code)


def _region_place(facts: Facts, code: str) -> Place:
    """The release's place of a region code, else the region as the register names it."""
    held = next((q for q in facts.places if q.code == code), None)
    if held:
        return held
    name = canonical_name(code)
    return Place(name=name, kind=gz.kind_of(code, name), code=code, path=gz.path_of(code),
                 province=code.split(".")[0])


def _visited_body_region(text: str, facts: Facts, rep: Candidate) -> list[tuple[float, int, Place]]:
    """The region of the body a visit goes to ("studi tiru ... ke Dinas Lingkungan Hidup Kota Mataram"): where the
    visit is, not the visitors' home in the dateline."""
    gone = re.search(r"\bke\s+", text[rep.start:rep.end])
    if not gone:
        return []
    at = rep.start + gone.end()
    org = next((o for o in facts.organizations if o.region_code and any(s == at for s, _ in o.spans)), None)
    if org is None:
        return []
    return [(1, at, _region_place(facts, org.region_code))]


def _place_after(text: str, places: list[Place], at: int) -> tuple[Place, bool] | None:
    """A place named right after a venue ("Hotel Bintang Flores, Labuan Bajo"), and whether it is written bare."""
    m = re.match(r"\s*(?:\([^()\n]{1,20}\)\s*)?[,–—-]\s*", text[at:at + 28])  # "Convention Centre (KLCC), Malaysia"
    if not m:
        return None
    at += m.end()
    for p in sorted(places, key=lambda p: -len(p.name)):
        for form in (p.name, _bare(p.name)):
            if (p.kind in _ADMIN or p.kind == "negara") and len(form) >= 3 \
                    and re.match(rf"{re.escape(form)}(?!\w)", text[at:at + 60], re.IGNORECASE):
                return p, form != p.name or not _qualifies(p)
    return None


# "rombongan dari Konawe", "delegasi asal Jepang", "tiba dari Jakarta": where visitors come from, and "ekspor
# rumput laut ke Qingdao": where goods go, are not where the event is held
# where people come from, not where the event is; those taking part come "from" a list of regions too ("diikuti
# 30 guru dari Kabupaten A, B dan C"), every item of it
_ORIGIN = re.compile(r"\b(?i:(?:rombongan|delegasi|tamu|kontingen|peserta|tiba|datang|berangkat|pulang|kembali|kunjungan)\s+"
                     r"(?:\w+\s+){0,2}(?:dari|asal)|asal|(?:ekspor|diekspor|pengiriman|dikirim)\s+(?:\w+\s+){0,3}ke|diikuti\s+(?:oleh\s+)?(?:\w+\s+){0,3}(?:dari|asal))\s+"
                     r"(?i:(?:provinsi|kabupaten|kab\.|kota)\s+)?"
                     r"(?:[A-Z][\w.-]*(?![\w.-])[ \t]*(?:,[ \t]*|(?<=[ \t])(?:dan|serta)[ \t]+)?)*$")  # one line
# "jalan ... melintasi Desa A, Desa B dan Desa C", "menghubungkan Kecamatan X dengan Y", "ruas Tolai - Sausu": the
# places a road, a canal or a bridge runs through, joins or ends at describe the work, not where its event is held
_ROUTE = re.compile(r"\b(?i:melintasi|melewati|dilalui|menghubungkan|menyambungkan)\s+(?i:wilayah\s+)?"
                    r"(?:[A-Z][\w.'-]*(?![\w.'-])[ \t]*(?:,[ \t]*|(?<=[ \t])(?:dan|serta|dengan)[ \t]+)?)*$"
                    r"|\b(?i:ruas)[ \t]+(?i:(?:jalan|nasional|provinsi|kabupaten|kota|strategis)[ \t]+)*(?:[A-Z][\w.'-]*(?![\w.'-])[ \t]*(?:[-–][ \t]*)?)*$")
_AT_PREMISES = re.compile(r"\b(?:di|ke|bertempat\s+di)\s+(?:(?:kantor|gedung|markas|aula|auditorium)\s+)?$",
                          re.IGNORECASE)


def _org_address(text: str, at: int, orgs: list[tuple[int, int]]) -> bool:
    """'Pemerintah Kabupaten Agam Provinsi Sumatera Barat mengunjungi ...': a region written right after a body's
    name qualifies it and tells where the body is, not where the event is; not so for the body whose premises hold it
    ("di Kantor Kementerian X Jakarta Pusat")."""
    return any(0 < at - b <= 2 and not text[b:at].strip(" \t") and not _AT_PREMISES.search(text, max(0, a - 30), a)
               for a, b in orgs)


def _scope(text: str, at: int) -> bool:
    """'se-Provinsi Sulawesi Tengah', 'se Kabupaten X', 'tingkat Provinsi X': a scope, not where the event is."""
    return bool(re.search(r"(?:\bse[-\s]?|\btingkat\s+)(?:provinsi|kabupaten|kota|kecamatan|kab\.?|prov\.?)?\s*$",
                          text[max(0, at - 20):at], re.IGNORECASE))


# a statistic's, a budget's or a plan's short form before a region (data/figure_names.txt): no event is held there
_FIGURE_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(load_list("figure_names"), key=len,
                                                                                       reverse=True))
                            + r")(?:\s*\))?\s+$")


def _given_with_venue(text: str, at: int, venues: list[tuple[int, int]]) -> int:
    """2 when the place follows a venue ("Torau Resort-Tentena, Kabupaten Poso"), 1 after "di", else 0."""
    if any(0 <= at - b <= 40 and "." not in text[b:at] for _, b in venues):
        return 2
    return 1 if re.search(r"\b(?:di|ke|bertempat|berlokasi)\b[^,.;]{0,25}$", text[max(0, at - 32):at]) else 0


def _nested(inner: Place, outer: Place) -> bool:
    if inner.code and outer.code:
        return inner.code.startswith(outer.code + ".")
    return False


def dateline_end(text: str, head_end: int) -> tuple[int, int]:
    body = text[head_end:]
    start = head_end + len(body) - len(body.lstrip())
    line = text[start:start + 60]
    m = re.search(r"\s[–—-]+\s|—|–|:|\.\s|\(", line)  # "Kota X -- ", "Kota X – "
    if m and m.group() == "(":  # "POLEWALI, (4/3/2025) - ": the day in brackets is the dateline's
        day = _BRACKET_DAY.match(line, m.start())
        if day:
            return start, start + day.end()
    return start, start + (m.start() if m else 35)


_BRACKET_DAY = re.compile(r"\((?:\w+,?\s*)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)(?=\s*[–—-])")


_OUTLET = re.compile(r"\s*\([^()\n]{2,40}\)\s*[–—-]+\s*")


def _lead_start(text: str, head_end: int) -> int:
    """Where the lead's own words begin: after a dateline ("Jakarta – ", "Palu, 8 November 2025 – "), else at
    the body's start."""
    start, end = dateline_end(text, head_end)
    outlet = _OUTLET.match(text, end)  # "Tanjungbalai (Antaranews) - ...": the outlet or byline is no subject
    if outlet:
        return outlet.end()
    return end if re.match(r"\s*(?:[–—:-]|\.\s)", text[end:end + 3]) else start


def event_place(text: str, facts: Facts, sents: list[tuple[int, int]], rep: Candidate, head_end: int,
                blocked: list[tuple[int, int]], venues: list[tuple[int, int]],
                all_sents: list[tuple[int, int]] = ()) -> Place | None:
    spans = [(s, e, p) for p in facts.places for s, e in _place_spans(text, p)]
    own = next(((a, b) for a, b in sents if a <= rep.start < b), None)

    def usable(s: int, e: int) -> bool:
        if _ORIGIN.search(text, max(0, s - 120), s) or _FIGURE_BEFORE.search(text, max(0, s - 20), s) \
                or _ROUTE.search(text, max(0, s - 120), s):
            return False  # "rombongan dari X"; "RKPD Kabupaten X", "(IPM) Kota Y": the region a figure or a plan covers
        if _PLANNED_PLACE.match(text, e) and not (own and own[0] <= s < own[1]):
            return False  # "mengundang ke pameran di Perth pada Mei mendatang": another event, still to come
        in_org = any(a <= s and e <= b for a, b in blocked) or _org_address(text, s, blocked)
        in_venue = any(a <= s and e <= b for a, b in venues)
        return not in_org or in_venue

    remote = None if _in_person(text, sents) else \
        _remote_place(text, facts, venues, dateline_end(text, head_end), spans, usable)
    if remote is not None:
        return remote or None
    window: list[tuple[float, int, Place]] = []
    loose: list[Place] = []  # bare town names right after the venue ("Hotel Bintang Flores, Labuan Bajo")
    scoped: list[Place] = []
    body = [(s, e) for s, e in sents if s >= head_end] or sents
    d0, d1 = dateline_end(text, head_end)
    refining, kept = False, ([], [])
    for s, e in body:
        lo = s if rep.form == "passive" or not s <= rep.start < e else rep.start
        for a, b, p in sorted(spans, key=lambda x: x[0]):
            if not (lo <= a < e and usable(a, b)) or (not p.code and any(
                    b0 < a and not text[b0:a].strip() for _, b0 in venues)):
                continue  # "Pendopo Serambi Madinah": a foreign name right after a venue's words is more of it
            if not _qualifies(p):
                if p.kind in ("kecamatan", "desa") and _given_with_venue(text, a, venues) == 2:
                    loose.append(p)
                elif p.kind == "other" and _given_with_venue(text, a, venues) == 1:
                    window.extend((1, at, q) for at, q in _address_of(text, spans, p)
                                  if not any(q is x for _, _, x in window))
                continue
            if _scope(text, a):
                scoped.append(p)
            else:
                window.append((_given_with_venue(text, a, venues), a, p))
        for a, b in venues:
            if lo <= a < e:
                window.extend((1.5, at, p) for at, p in _places_in_venue(text, facts.places, a, b)
                              if not any(p is q for _, _, q in window))
                after = _place_after(text, facts.places, b)
                if after and not any(after[0] is q for _, _, q in window):
                    if after[1] and after[0].kind in ("kecamatan", "desa"):
                        loose.append(after[0])
                    else:
                        window.append((2, b + 2, after[0]))
        if window or loose:
            if refining or not all(d0 <= at < d1 for _, at, _ in window):
                break
            # only the dateline so far: a later event sentence may name a place inside it ("Padalarang, Bandung
            # Barat – ... Upacara berlangsung di Pusdikkav, Padalarang, Bandung Barat")
            refining, kept = True, (list(window), list(loose))
    if not (window or loose or refining):
        window = _before_phrase(text, facts, spans, body, rep, venues, usable)
    if not (window or loose or refining) and rep.kind in lexicon().visits:
        window = _visited_body_region(text, facts, rep)
    if refining:
        outer = [p for _, _, p in kept[0]]
        # the round goes on from the dateline's town to other sites around it: held across the region holding both
        region = _itinerary_region(text, body[0][0], spans, facts, all_sents, usable) if body else None
        if region and all(_nested(q, region) or q.code == region.code for q in outer):
            return _canonical(region)
        window = kept[0] + [x for x in window[len(kept[0]):] if any(_nested(x[2], q) for q in outer)]
        loose = kept[1] + [p for p in loose[len(kept[1]):] if any(_nested(p, q) for q in outer)]
    window.sort(key=lambda x: -x[0])  # stable: a place written with the venue or after "di" first
    dateline = [p for a, b, p in spans if d0 <= a < d1 and _qualifies(p) and usable(a, b)]
    dateline += [p for _, p in _places_in_venue(text, facts.places, d0, d1)]  # the dateline's own spans may be missing
    d = max(dateline, key=lambda p: _ADMIN.get(p.kind, 0), default=None)
    w = _most_specific([(at, p) for _, at, p in window], text) if window else None
    if w:  # held across a list of places ("di 8 KUA Kecamatan (A, B, C ...)"): the region holding them all, not
        # the dateline's town inside it
        listed = [(at, p) for _, at, p in window]
        held = next((r for _, _, p in window if (r := _region_of_list(text, p, listed, facts.places))), None)
        held = held or next((r for at in (body[0][0], min(at for at, _ in listed))
                             if (r := _itinerary_region(text, at, spans, facts, all_sents, usable))), None)
        if held:
            return _canonical(held)
    if not w and body:  # "menggelar Safari Ramadan di lima kecamatan ... Safari diawali di Kecamatan A ..."
        region = _itinerary_region(text, body[0][0], spans, facts, all_sents, usable)
        if region:
            return _canonical(region)
    if not w:  # "... di Kecamatan Tilango" in the headline
        w = next((p for a, b, p in sorted(spans, key=lambda x: x[0]) if a < head_end and _qualifies(p)
                  and re.search(r"\bdi\s+$", text[max(0, a - 4):a])), None)
    # "Wali Kota X Resmikan Gedung Baru Kelurahan Y": the headline's unit inside the region found
    outer = w or d
    head = next((p for a, b, p in sorted(spans, key=lambda x: x[0]) if a < head_end and _qualifies(p)
                 and p.kind in ("kecamatan", "desa") and (outer is None or _nested(p, outer)) and usable(a, b)
                 and not _scope(text, a)), None)
    if head and (not w or _nested(head, w)):
        w = head
    # the venue is in the dateline's own town ("Padalarang, Bandung Barat – ... di Pusdikkav, Padalarang, Bandung
    # Barat"): the town, not its kabupaten
    town = [p for a, b, p in spans if d0 <= a < d1 and p.kind in ("kecamatan", "desa")]
    if w and loose and _nested(loose[0], w) and any(p is loose[0] for p in town):
        return loose[0]
    # "di Gedung X, Sei Pasah, Kecamatan Kapuas Hilir": a town written bare after the venue, followed by the
    # kecamatan that holds it, is where
    if w and loose and loose[0].kind == "desa" and _nested(loose[0], w) and w.kind == "kecamatan":
        return loose[0]
    if w and d:
        if _nested(d, w):
            return _canonical(d)
        return _canonical(w)
    if w:
        return _canonical(w)
    # a bare town name only when nothing else says where; else the first region the body names
    first_at = next(((a, p) for a, b, p in sorted(spans, key=lambda x: x[0]) if a >= head_end and usable(a, b)
                     and p.kind in ("provinsi", "kabupaten", "kota")), None)
    first = _address_head(text, spans, *first_at) if first_at else None
    # the dateline's own town ("SELATPANJANG – ...") or foreign country ("Singapura, 8 November 2025 – ..."),
    # before a region named anywhere in the body
    # a town written bare in the dateline ("Panyabungan – ...") is where, as written, whatever unit it resolved to
    dateline_town = next((p for a, b, p in spans if d0 <= a < d1 and p.kind in ("other", "negara", "kecamatan", "desa")),
                         None)
    if dateline_town and d and _nested(dateline_town, d):
        return dateline_town  # "PIRU, MALUKU –": the town, written with the region that holds it
    return (_canonical(d) or (scoped[0] if scoped else None) or (loose[0] if loose else None) or dateline_town
            or _canonical(first))


# a place written with a day said to come: "di Perth pada Mei mendatang", "di Kecamatan Y, pekan depan"
_PLANNED_PLACE = re.compile(r"[ \t]*,?[ \t]+(?:pada[ \t]+)?(?:[\w/()-]+[ \t]+){0,3}?"
                            r"(?:mendatang|depan|yang[ \t]+akan[ \t]+datang)\b", re.IGNORECASE)


_IN_PERSON = re.compile(r"\b(?:menghadiri|hadir|mengikuti)[ \t]+(?:secara[ \t]+)?langsung\b", re.IGNORECASE)


def _in_person(text: str, sents: list[tuple[int, int]]) -> bool:
    """The event's own sentences say its people are there in person ("menghadiri secara langsung Rakornas ... di
    SICC"): a site others follow it from ("Sekda mengikuti secara virtual dari Ruang X") is not where it is."""
    return any(_IN_PERSON.search(text, a, b) for a, b in sents)


def _remote_place(text: str, facts: Facts, venues: list[tuple[int, int]], dateline: tuple[int, int], spans: list,
                  usable) -> Place | bool | None:
    """An event followed from afar ("mengikuti Rakornas secara virtual dari Ruang Kerja Bupati X"; its host "di
    Gedung Y, Jakarta") is held, for the release, where its people follow it: the place the venue names or is
    written with, else the dateline's, never the host's (False: none is written while a host venue is). None when
    nothing is followed from afar or no other venue is named."""
    site = next(((a, b) for a, b in venues if _remote_re().search(text, max(0, a - 60), a)), None)
    if site is None:
        return None
    a, b = site
    named = [p for _, p in _places_in_venue(text, facts.places, a, b)]
    after = _place_after(text, facts.places, b)
    if after:
        named.append(after[0])
    at = b  # the address written after it: "dari Ruang X, Jalan Y No. 1, Kelurahan Z"
    while True:
        m = re.match(r"\s*,?(?:\s*(?:km|no\.?|nomor|rt|rw)\s*[\d/.]+)*\s*,?\s*", text[at:at + 30],
                     re.IGNORECASE)
        nxt = next(((s2, e2, q) for s2, e2, q in spans if s2 == at + m.end() and e2 > s2), None)
        if nxt is None:
            break
        if _qualifies(nxt[2]):
            named.append(nxt[2])
        at = nxt[1]
    d0, d1 = dateline
    dated = [p for s, e, p in spans if d0 <= s < d1 and usable(s, e)]
    dated += [p for _, p in _places_in_venue(text, facts.places, d0, d1)]
    admin = [p for p in dated if _qualifies(p)]
    d = max(admin, key=lambda p: _ADMIN.get(p.kind, 0), default=None)
    w = max(named, key=lambda p: _ADMIN.get(p.kind, 0)) if named else None
    if w and d and _nested(d, w):
        return _canonical(d)
    found = _canonical(w or d or next((p for p in dated if p.kind in ("other", "kecamatan", "desa")), None))
    if found is None and not any(_remote_re().search(text, max(0, x - 60), x) is None for x, _ in venues):
        return None  # no host venue is named ("secara hybrid di Aula X"): the usual reading says where
    return found or False


def _address_of(text: str, spans: list, site: Place) -> list[tuple[int, Place]]:
    """Where a site named bare at the event ("gotong royong di Jalan X Km 3") is, from its address written
    elsewhere in the release ("di Jalan X Km 3, Kelurahan Y, Kecamatan Z"): the regions written right after it."""
    for _, b, _ in sorted((x for x in spans if x[2] is site), key=lambda x: x[0]):
        out: list[tuple[int, Place]] = []
        at = b
        while True:
            # "Jalan X Km 3, Kelurahan Y": house numbers and kilometre posts belong to the street
            m = re.match(r"(?:\s*(?:km|no\.?|nomor|rt|rw)\s*[\d/.]+)*\s*,?\s*", text[at:at + 30],
                         re.IGNORECASE)
            nxt = next(((a2, b2, q) for a2, b2, q in spans if a2 == at + m.end() and _qualifies(q)), None)
            if not nxt:
                break
            out.append((nxt[0], nxt[2]))
            at = nxt[1]
        if out:
            return out
    return []


def _address_head(text: str, spans: list, at: int, place: Place) -> Place:
    """The most specific place of the address a region ends ("di Desa X, Kecamatan Y, Kabupaten Z" -> Desa X): the
    places written right before it, each inside the next."""
    head = place
    for a, b, p in sorted(spans, key=lambda x: -x[0]):
        if b <= at and re.fullmatch(r"[\s,]{0,3}", text[b:at]) and _nested(p, head) and _qualifies(p):
            head, at = p, a
    return head


def _before_phrase(text: str, facts: Facts, spans: list, body: list[tuple[int, int]], rep: Candidate,
                   venues: list[tuple[int, int]], usable) -> list[tuple[float, int, Place]]:
    """Where the event's own sentence says it is before naming it, when nothing after the name does ("tiba di
    Kuala Lumpur Convention Centre (KLCC), Kuala Lumpur, Malaysia, ... untuk menghadiri KTT ke-47 ASEAN"): a place
    after "di" or written with a venue."""
    out: list[tuple[float, int, Place]] = []
    for s, e in body:
        if rep.form == "passive" or not s <= rep.start < e:
            continue
        for a, b, p in spans:
            if s <= a < rep.start and usable(a, b) and _qualifies(p) and not _scope(text, a):
                given = _given_with_venue(text, a, venues)
                if given:
                    out.append((given, a, p))
        for a, b in venues:
            if s <= a < rep.start:
                after = _place_after(text, facts.places, b)
                if after and not after[1] and not any(after[0] is q for _, _, q in out):
                    out.append((2, b + 2, after[0]))
    return out


def _canonical(place: Place | None) -> Place | None:
    """The event's place by its contract name: a province in its full form ("di Istana Negara, Jakarta" ->
    "DKI Jakarta")."""
    if place is not None and place.kind == "provinsi" and place.code:
        full = canonical_name(place.code)
        if len(full) > len(place.name) and full.endswith(place.name):
            return dataclasses.replace(place, name=full)
    return place


def event_venue(text: str, facts: Facts, sents: list[tuple[int, int]],
                all_sents: list[tuple[int, int]] = ()) -> str | None:
    venues = [v for v in facts.venues if not all(_moved_re().search(text, max(0, a - 40), a)
                                                 or _departure_re().search(text, max(0, a - 50), a)
                                                 or _route_start(text, a, b)
                                                 for a, b in _venue_spans(text, v))]
    # "rapat persiapan HUT ke-26 yang akan digelar pada 12 Oktober di Lapangan X": where the planned event will be,
    # not where the meeting about it is, unless the event sentences name no other venue
    # ("Rapat yang berlangsung di Ruang Rapat Sekda" may follow)
    held = [v for v in venues if not all(_PLANNED_VENUE.search(text, max(0, a - 90), a) for a, _ in _venue_spans(text, v))]
    planned = len(held) < len(venues)
    after = [next(((a, b) for a, b in all_sents if a >= e and len(text[a:b].strip()) > 1), (e, e)) for _, e in sents] \
        if planned else []
    # "menuju Kantor Gubernur untuk memimpin rapat di Ruang Polibu": where one goes yields to where it is held
    routed = {id(v) for v in venues if all(_toward_re().search(text, max(0, a - 30), a) for a, _ in _venue_spans(text, v))}
    # "mengikuti sidang ... secara daring dari Aula X", "hadir secara luring di Aula X": an event followed from afar
    # is held, for the release, where its people follow it
    remote = next((v for v in venues
                   if any(_remote_re().search(text, max(0, a - 60), a) for a, _ in _venue_spans(text, v))), None)
    if remote is not None and not _in_person(text, sents):
        return remote.name
    for pool, where in ((held, sents), (held, after), (venues, sents)):
        for s, e in where:
            inside = [v for v in pool if any(s <= a < e for a, _ in _venue_spans(text, v))]
            if inside:
                return next((v for v in inside if id(v) not in routed), inside[0]).name
    # outside the event's sentences, a venue said to come ("pengumuman akan dilaksanakan ... di Gedung X") is another
    # event's
    return held[0].name if held else None


# "Pawai bergerak dari kawasan Taman X hingga ke halaman Kantor Y": a route's start; the event goes on to its end
_ROUTE_FROM = re.compile(r"\bdari(?:[ \t]+[a-z]+){0,2}[ \t]+$")
_ROUTE_TO = re.compile(r"[^.;\n]{0,40}?\s(?:hingga|sampai|menuju)(?:\s+ke)?\s+(?:[a-z]+\s+){0,2}[A-Z]")


def _route_start(text: str, a: int, b: int) -> bool:
    return bool(_ROUTE_FROM.search(text, max(0, a - 40), a) and _ROUTE_TO.match(text, b))


_PLANNED_VENUE = re.compile(r"\b(?:akan\s+(?:di\w+|berlangsung)|dijadwalkan|direncanakan)\b[^.;\n]{0,60}?"
                            r"\b(?:di|bertempat\s+di)\s+\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _role_words() -> dict[str, frozenset[str]]:
    """Event word -> the words before it that make a ceremony's role of it ("upacara": komandan, pembina, ...)."""
    out: dict[str, set[str]] = {}
    for role in load_list("ceremony_roles"):
        words = role.lower().split()
        if len(words) == 2:
            out.setdefault(words[1], set()).add(words[0])
    return {k: frozenset(v) for k, v in out.items()}


def _after_role_word(text: str, c: Candidate) -> bool:
    before = _role_words().get(text[c.cue_start:c.cue_end].lower())
    if not before:
        return False
    words = text[max(0, c.cue_start - 20):c.cue_start].split()
    return bool(words) and words[-1].lower() in before


@lru_cache(maxsize=1)
def _moved_re() -> re.Pattern[str]:
    """'pedagang dipindahkan ke Pasar X': where people or things are moved to is listed, but nothing is held there."""
    words = "|".join(re.escape(r["word"]) for r in load_tsv("venue_terms") if r["kind"] == "moved")
    return re.compile(rf"(?<![\w-])(?:{words})[ \t]+ke[ \t]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _departure_re() -> re.Pattern[str]:
    """'rombongan bertolak dari Pelabuhan X': where people or goods leave from; nothing is held there."""
    words = "|".join(re.escape(r["word"]).replace(r"\ ", r"[ \t]+") for r in load_tsv("venue_terms")
                     if r["kind"] == "departure")
    return re.compile(rf"(?<![\w-])(?:{words})(?:[ \t]+[a-z]+){{0,3}}?(?:[ \t]+di)?[ \t]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _remote_re() -> re.Pattern[str]:
    """'secara daring dari Aula X', and a channel of meeting a few words before "dari"/"di" ("melalui video
    conference dari Ruang X", "via Zoom Meeting di Ruang Y", `channel` rows of event_cues.tsv)."""
    words = "|".join(re.escape(r["word"]).replace(r"\ ", r"[ \t]+") for r in load_tsv("venue_terms")
                     if r["kind"] == "remote")
    channels = channel_alternation(remote=True)
    return re.compile(rf"(?<![\w-])(?:{words}|(?:{channels})(?:[ \t]+[\w-]+){{0,4}}?[ \t]+"
                      rf"(?:dari|di|bertempat[ \t]+di))[ \t]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _toward_re() -> re.Pattern[str]:
    words = "|".join(re.escape(r["word"]) for r in load_tsv("venue_terms") if r["kind"] == "toward")
    return re.compile(rf"(?<![\w-])(?:{words})[ \t]+$", re.IGNORECASE)


def _venue_spans(text: str, venue) -> list[tuple[int, int]]:
    if venue.spans:
        return list(venue.spans)
    return [(m.start(), m.end()) for m in re.finditer(re.escape(venue.name), text)]


# ------------------------------------------------------------------ assembly
def to_facts(doc: Doc, facts: Facts) -> None:
    text = cached_text(doc)
    sentences = sentence_spans(doc, text)
    head_end = headline_end(text, doc._.title)
    lex = lexicon()
    roles = RoleReader(text, facts, lex, syntax_of(doc))
    venue_spans = [sp for v in facts.venues for sp in _venue_spans(text, v)]
    blocked = [(o.start, o.end) for o in roles.orgs]
    # a cue inside an organization or venue name ("Balai Besar Pelatihan ...") is not an event
    cands = [m.data["candidate"] for m in mentions(doc, "event") if "candidate" in m.data]
    cands = [c for c in cands if not any(a <= c.cue_start < b and (a, b) != (c.start, c.end)
                                         for a, b in blocked + venue_spans)]
    # "Komandan Upacara : AKBP X", "Pembina Apel": a post whose head holds the event word is no mention of an event
    posts = [(t.start, t.end, set(t.data.get("head", "").lower().split())) for t in mentions(doc, "title")
             if " " in t.data.get("head", "")]
    if posts:
        cands = [c for c in cands if not any(a <= c.cue_start < b and text[c.cue_start:c.cue_end].lower() in head
                                             for a, b, head in posts)]
    # "sedangkan komandan upacara Kasat Pol PP X": a ceremony's role written lowercase names no event either
    cands = [c for c in cands if not _after_role_word(text, c)]
    days = [d.span[0] for d in facts.dates if d.span]
    if _reports_rating(text, sentences, head_end, lex):
        facts.events.extend(future_events(text, facts, cands, sentences))
        return
    chosen = choose(cands, text)
    quiet = _tells_nothing_held(text, sentences, head_end, lex, cands)
    if quiet:
        chosen = None  # "Pastikan Kabar Pembagian Bantuan Lewat Tautan Hoaks": what the message claims was not held
    if chosen and chosen[0].kind in lex.figures_frames and _figures(text):
        facts.events.extend(future_events(text, facts, cands, sentences))
        return  # "BPS merilis Berita Resmi Statistik ...", figures told at a press conference: a report
    from_lead = chosen is None
    if from_lead and not quiet:
        chosen = _lead_event(text, cands, sentences, head_end, days)
    if chosen:
        rep, group = chosen
        # "Nama Kegiatan : Pelantikan Pengurus ... Masa Bakti 2025-2030": the release's own name of the event
        labelled = {m.end() for m in lex.name_label_re.finditer(text, head_end)} if ":" in text[head_end:] else ()
        named = [c for c in group if c.start in labelled and not c.anaphor]
        if named and rep not in named:
            rep = named[0]
        # "Pemkot X akan menggelar pasar murah": the body's first telling of the headline's event may be a plan
        tellings = [*group, *(c for c in cands if c.future and c.kind == rep.kind and _names_same(c.name, rep.name))]
        first = min((c for c in tellings if c.start >= head_end), key=lambda c: c.start, default=rep)
        announced = bool(_ANNOUNCED.search(text, max(0, first.start - 30), first.start))
        if announced:  # "Pasar murah dijadwalkan berlangsung pada ...": its schedule speaks of it
            group = [*group, *(c for c in cands if c.future and c.kind == rep.kind and c not in group)]
        sents = _field_lines(text, lex, sentences, _event_sentences(group, rep, sentences, head_end, cands, announced),
                             head_end)
        refs, held = _anaphoric(text, sentences, sents, group), _held_anaphoric(text, sentences, sents)
        told = sents + held
        told += [x for x in refs if announced and x not in told]
        own = tuple(c.start for c in [*group, *(c for c in cands if c.kind == rep.kind)] if _names_same(c.name, rep.name))
        start, end = event_dates(facts, told, sentences, rep,
                                 dateline_end(text, head_end), text, tuple(sorted(c.start for c in group)), announced,
                                 own)
        if start is None and end is None:  # "Upacara Peringatan ... Proklamasi Kemerdekaan RI ke-76", "di hari Kemerdekaan ...
            # menyelenggarakan Upacara": held on its own day, named by the event, the headline or its own sentence
            day = observance_date([rep.name, text[:head_end], *(text[a:b] for a, b in sents)], published_date(doc))
            start = end = day.isoformat() if day else None
        if start and start == end:  # "Senin (3/3) di Desa A; Rabu (5/3) di Desa B; Jumat (7/3) di Desa C"
            start, end = itinerary_days(text, facts, start, sents, sentences, blocked) or (start, end)
        visited = _visited_sentences(text, sentences, sents, group, lex, head_end)
        place = event_place(text, facts, sents[:len(sents) - sum(x[0] < head_end for x in sents)] + visited
                            + [x for x in sents if x[0] < head_end], rep, head_end, blocked, venue_spans, sentences)
        refs += [x for x in held if x not in refs]
        # a thing received ("meraih penghargaan X dari Y", "menerima bantuan"): its giver, never its receiver
        received = next((c for c in group if c.form == "award" and not c.anaphor), None)
        giver = roles.giver(received, sents + refs) if received else None
        organizer = giver.name if giver else roles.organizer(rep, sentences, sents + refs, tuple(group))
        if _is_an_event(organizer, facts, cands):
            organizer = None  # "Forum Grup Diskusi (FGD) bersama BPS ...": the event read as a body hosts nothing
        if organizer is None and not received:
            # the body the lead is about; for a named event, only when it runs it ("Bupati X memimpin Rakor ...")
            lead = roles.lead_subject(sentences, head_end, _lead_start(text, head_end),
                                      None if from_lead else lex.runs_re)
            organizer = lead.name if lead and not _is_an_event(lead.name, facts, cands) else None
        if organizer is None and rep.kind not in lex.visits and not received:
            host = roles.host_premises([(s, e) for s, e in sents if s >= head_end])
            organizer = host.name if host else None
        if organizer is None and not received:
            body = [(s, e) for s, e in sentences if s >= head_end and text[s:e].strip()]
            unit = roles.members_unit([(s, e) for s, e in sents if s >= head_end] + body[:MEMBER_SENTENCES])
            organizer = unit.name if unit else None
        if organizer is None and rep.kind in load_set("legislature_events"):
            organizer = _the_legislature(facts)
        facts.main_event = Event(
            name=_body_cased(rep, text, head_end), kind=rep.kind, start=start, end=end,
            place=place.name if place else None, place_code=place.code if place else None,
            venue=event_venue(text, facts, sents, sentences), organizer=organizer,
            roles=roles.roles(sents, organizer), span=(rep.start, rep.end))
    facts.events.extend(future_events(text, facts, cands, sentences))


def _the_legislature(facts: Facts) -> str | None:
    """A plenary session is its legislature's: the one DPRD the release names, none when it names several."""
    houses = load_set("legislatures")
    found = {o.name for o in facts.organizations if o.parent is None
             and (o.unit_kind in houses or any(o.name.startswith(h + " ") for h in houses))}
    return found.pop() if len(found) == 1 else None


def _sentence_case_headline(text: str, head_end: int) -> bool:
    """'Kemkomdigi luncurkan indonesia game rating system ...': the headline writes every word after the first in
    lowercase, names included."""
    words = [w for w in text[:head_end].split()[1:] if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].islower() for w in words) >= 0.8 * len(words)


def _body_cased(rep: Candidate, text: str, head_end: int) -> str:
    """A name read in a headline written in sentence case takes the case the body writes it in ("Peluncuran
    indonesia game rating system" -> "Peluncuran Indonesia Game Rating System"): the longest runs of its words the
    body writes with capitals, and a lowercase word the body writes only capitalized (never at a sentence's start)."""
    if rep.start >= head_end or not head_end or not _sentence_case_headline(text, head_end):
        return rep.name
    body = text[head_end:]
    words = rep.name.split()
    out, i = words[:1], 1
    while i < len(words):
        for j in range(len(words), i + 1, -1):  # the longest run of two words or more the body writes so
            m = re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, words[i:j])) + r"(?![\w-])", body, re.IGNORECASE)
            if m and m.group(0) != " ".join(words[i:j]) and sum(w[:1].isupper() for w in m.group(0).split()) >= 2:
                out += m.group(0).split()
                i = j
                break
        else:
            out.append(_body_word(words[i], body))
            i += 1
    return " ".join(out)


def _body_word(w: str, body: str) -> str:
    if not w.isalpha() or not w.islower():
        return w
    forms = {f.group(0) for f in re.finditer(rf"(?<![\w.])(?<!\. )(?<!\n){re.escape(w)}(?![\w-])", body, re.IGNORECASE)}
    if len(forms) != 1 or w in forms:
        return w
    return forms.pop()


def _reports_rating(text: str, sentences: list[tuple[int, int]], head_end: int, lex: EventLexicon) -> bool:
    """The headline or the lead speaks of a credit rating and its outcome ("Lembaga pemeringkat X mempertahankan
    peringkat kredit Indonesia ..."): the agency's review is reported, not an event."""
    body = [(s, e) for s, e in sentences if s >= head_end and text[s:e].strip()][:2]
    end = body[-1][1] if body else head_end
    return bool(lex.rating_re.search(text, 0, end) and lex.rating_outcome_re.search(text, 0, end))


def _tells_nothing_held(text: str, sentences: list[tuple[int, int]], head_end: int, lex: EventLexicon,
                        cands: list[Candidate]) -> bool:
    """The headline calls a message false ("hoaks", `hoax` rows) and neither it nor the lead tells of anything held
    ("Gelar Sosialisasi Cegah Hoaks" is a workshop): a clarification, whose event words are the message's claims.
    Or the headline opens with a disaster and tells its harm ("Banjir Rendam Dua Desa", `disaster` and
    `disaster_impact` rows; "Longsor Ditangani" tells the works on it) and names no event, nor does
    the lead: a situation report, whose aid handed out late in the body is no event of its own ("Banjir Landa Kota
    X, Wali Kota Serahkan Bantuan" names its hand-over)."""
    if not head_end:
        return False
    body = [(s, e) for s, e in sentences if s >= head_end and text[s:e].strip()][:2]
    lead_end = body[-1][1] if body else head_end
    if lex.happened_re.search(text, 0, lead_end):
        return False
    if lex.hoax_re.search(text, 0, head_end):
        return True
    return bool(lex.disaster_re.match(text, 0, head_end)) and bool(lex.disaster_impact_re.search(text, 0, head_end)) \
        and not any(c.cue_start < lead_end and not c.future for c in cands)


def _is_an_event(name: str | None, facts: Facts, cands: list[Candidate]) -> bool:
    """The organization is one of the release's event phrases (its name or short form)."""
    org = next((o for o in facts.organizations if o.name == name), None)
    if org is None:
        return False
    phrases = {c.name.lower() for c in cands}
    return any(form.lower() in phrases for form in (org.name, *org.aliases))


def future_events(text: str, facts: Facts, cands: list[Candidate], sentences: list[tuple[int, int]]) -> list[Event]:
    """Planned events the release announces ("Rakor tahun 2025 akan dilaksanakan di Kabupaten X")."""
    out: list[Event] = []
    for c in cands:
        if not c.future or any(e.name == c.name for e in out):
            continue
        s, e = next(((a, b) for a, b in sentences if a <= c.start < b), (c.start, c.end))
        place = None
        for p in facts.places:
            if any(c.end <= a < e for a, _ in _place_spans(text, p)) and _qualifies(p):
                place = p
                break
        dates = _dates_in(facts, c.end, e)
        out.append(Event(name=c.name, kind=c.kind, start=dates[0].start if dates else None,
                         end=dates[0].end if dates else None, place=place.name if place else None,
                         place_code=place.code if place else None, span=(c.start, c.end), future=True))
    return out
