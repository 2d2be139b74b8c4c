"""Representations: "X (yang dalam hal ini) diwakili oleh Y", "Y mewakili X", "Y membacakan sambutan X",
"Y atas nama X", "perwakilan X, Y", "Y selaku perwakilan X", "Kapolres X melalui Kasat Y" (constructions in data/representation_cues.tsv). A few lowercase words may
sit between the first part and its cue ("X dalam kesempatan itu diwakili", "Y, yang hadir mewakili X").

X and Y are the title or person mentions next to the cue. The principal keeps its written form; the
representative is a person's name: the name after the title ("Asisten II ..., Rudi Dewanto"), or the holder
of the same position elsewhere in the text, else the title as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.facts import Facts, Mention, Representation
from pipeline.extract.phrase_regex import with_passives_apart
from pipeline.extract.titles import without_brackets
from pipeline.nlp.state import add_mention, mentions
from pipeline.resolve.lexicon import fold
from pipeline.resolve.persons import title_key
from pipeline.resolve.tokens import doc_text
from pipeline.tables import load_tsv


@lru_cache(maxsize=1)
def cue_pattern() -> tuple[re.Pattern[str], dict[str, dict]]:
    rows = {c: r for r in load_tsv("representation_cues") for c in with_passives_apart([r["cue"].lower()])}
    alts = sorted(rows, key=len, reverse=True)
    body = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in alts)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE), rows


@Language.factory("warta_representations")
class RepresentationFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        cue_pattern()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        pattern, rows = cue_pattern()
        spans = [m for k in ("title", "person") for m in mentions(doc, k)]
        orgs = mentions(doc, "organization")
        titles_orgs = [m for m in spans if m.kind == "title"] + orgs
        bodies = orgs + mentions(doc, "place")  # "Budi yang mewakili Kabupaten Sigi": a region is represented too
        headline = text.find("\n")  # a headline's words are all capitalized: the body says it again in prose
        headline = headline if 0 < headline <= HEADLINE_CHARS else 0
        for cue in pattern.finditer(text, headline):
            row = rows[re.sub(r"\s+", " ", cue.group(0).lower())]
            if cue.group(0)[:1].isupper() and any(m.start < cue.start() < m.end for m in titles_orgs):
                continue  # "Kepala Perwakilan BKKBN X, Budi": a word of a post or a body's name, no cue
            if row["order"] == "cue_first":  # "perwakilan <body>, <name>"
                principal = _starting_at(text, spans + orgs, cue.end(), int(row["gap"] or 0))
                if principal is not None and principal.kind != "person":
                    principal = _through_capitals(text, principal)
                after = principal and re.match(r"\s*,\s*", text[principal.end:])
                rep = after and next((m for m in spans if m.kind == "person" and
                                      m.start == principal.end + after.end()), None)
                if principal is not None and principal.kind != "person" and rep:
                    add_mention(doc, Mention(cue.start(), cue.end(), cue.group(0), kind="representation", data={
                        "relation": row["relation"], "principal": _ref(principal), "representative": _ref(rep),
                        "span": [cue.start(), rep.end]}))
                continue
            if row["order"] == "principal_then_reader":
                principal = _ending_at(text, spans, cue.start())
                reader = principal and _reader_of(text, spans, principal, cue.end())
                if reader is not None and _speech_read(text, cue, principal.start):
                    add_mention(doc, Mention(cue.start(), cue.end(), cue.group(0), kind="representation", data={
                        "relation": row["relation"], "principal": _ref(principal), "representative": _ref(reader),
                        "span": [min(principal.start, reader.start), max(principal.end, reader.end)]}))
                continue
            # the principal may be a body ("mewakili Pemerintah Kabupaten Sigi"); the representative never is
            first_principal = row["order"] == "principal_first"
            # "delegasi Indonesia diwakili oleh Y": a region or country is represented too
            before = _ending_at(text, spans + orgs + _named_regions(text, bodies) if first_principal else spans,
                                cue.start())
            # "Dinas X yang diwakili Bidang Y": a body may be represented by one of its units
            units = orgs if before is not None and before.kind == "organization" else []
            after = _starting_at(text, spans + units if first_principal else spans + bodies, cue.end(),
                                 int(row["gap"] or 0))
            if after is None and not first_principal:
                after = _people_of(text, bodies, cue.end())
            if before is None and after is not None and not first_principal and _opens_clause(text, cue.start()):
                # "Hadir mewakili Presiden, Menteri Dalam Negeri Tjahjo Kumolo": the representative follows the
                # principal when the cue opens the sentence
                before = _named_after(text, spans, after, past_holder=True)
            if before is None and after is not None and first_principal:
                # "Pemerintah Provinsi X, mengikuti Rapat ... secara virtual diwakili oleh Sekda Y": the subject
                # that opens the clause is the one represented
                before = _clause_subject(text, spans + orgs, cue.start())
            if before is None and after is not None and not first_principal:
                # "“Saya atas nama Pemkot X ...,” tutur Budi": the speaker of a first-person quote
                before = _quote_speaker(text, spans, cue.start(), after.end)
            if after is not None and not first_principal:
                # "Sekda X, bertindak sebagai inspektur upacara dan membacakan amanat Y": the role's holder reads
                before = _role_holder(text, spans, cue.start()) or before
            if before is None or after is None:
                continue
            if row.get("officials") == "yes" and not _officials(before, after, spans):
                continue
            if row["relation"] == "membacakan" and first_principal and not _speech_read(text, cue, before.start):
                continue  # "SK pengangkatan X dibacakan oleh Y": a decree read out, not X's speech
            principal, rep = (before, after) if row["order"] == "principal_first" else (after, before)
            add_mention(doc, Mention(cue.start(), cue.end(), cue.group(0), kind="representation", data={
                "relation": row["relation"], "principal": _ref(principal), "representative": _ref(rep),
                "span": [min(before.start, after.start), max(before.end, after.end)]}))
        return doc


def _officials(principal: Mention, rep: Mention, spans: list[Mention]) -> bool:
    """Both sides are officials and the representative is named: a person, or a post whose holder follows."""
    if principal.kind not in ("person", "title") or rep.kind not in ("person", "title"):
        return False
    return rep.kind == "person" or any(m.kind == "person" and (m.data.get("title") or {}).get("start") == rep.start
                                       for m in spans)


# a region after a locative says where; after a slash it is a unit's seat ("Dandim 0303/ Bengkalis")
_LOCATIVE = re.compile(r"(?:\b(?:di|ke|dari|pada|dalam|se)[ \t]*-?|/)[ \t]*$", re.IGNORECASE)


def _named_regions(text: str, bodies: list[Mention]) -> list[Mention]:
    return [m for m in bodies if m.kind == "place" and not _LOCATIVE.search(text, max(0, m.start - 8), m.start)]


@lru_cache(maxsize=1)
def _speech_words() -> re.Pattern[str]:
    """What one reads for another: the nouns of the "membacakan <noun>" cues (sambutan, amanat, ...)."""
    words = {r["cue"].split()[1] for r in load_tsv("representation_cues")
             if r["relation"] == "membacakan" and r["order"] == "representative_first" and len(r["cue"].split()) == 2}
    return re.compile(r"\b(?:" + "|".join(sorted(words)) + r")\w*", re.IGNORECASE)


SPEECH_REACH = 80  # characters before the principal and its title where "sambutan", "amanat" name what was read


def _speech_read(text: str, cue: re.Match[str], principal_start: int) -> bool:
    """The thing read for the principal is a speech: named in the cue ("sambutannya yang dibacakan"), right
    before the principal ("Amanat Gubernur dibacakan oleh") or between it and the cue ("Gubernur dalam amanatnya
    yang dibacakan")."""
    return bool(_speech_words().search(cue.group(0))
                or _speech_words().search(text, max(0, principal_start - SPEECH_REACH), cue.start()))


_CLAUSE_OPEN = re.compile(r"(?:^|[.\n;:]|\b(?:[Tt]urut|[Hh]adir|[Tt]ampak|[Ss]edangkan|[Ss]ementara))[ \t]*"
                          r"(?:(?:[Hh]adir|[Tt]urut|juga|pula)[ \t]+)*$")


HEADLINE_CHARS = 200
SUBJECT_REACH = 160  # characters from a clause's subject to its "diwakili"


def _clause_subject(text: str, spans: list[Mention], pos: int) -> Mention | None:
    """The title, person or body that opens the sentence of `pos`, when no other one stands between."""
    start = max(text.rfind(c, 0, pos) for c in ".\n;") + 1
    start += len(text[start:pos]) - len(text[start:pos].lstrip())
    if pos - start > SUBJECT_REACH:
        return None
    first = [m for m in spans if m.start == start]
    if not first:
        return None
    subject = max(first, key=lambda m: (m.kind == "person", m.end))
    if any(subject.end <= m.start < pos for m in spans if m.kind in ("person", "title")):
        return None
    return subject


def _reader_of(text: str, spans: list[Mention], principal: Mention, pos: int) -> Mention | None:
    """Who "-nya" of "yang dibacakannya" is: the official right after the comma that closes the phrase, else the
    subject before the phrase ("Wabup X, dalam sambutan Bupati yang dibacakannya, ...")."""
    after = re.match(r"[ \t]*,[ \t]*", text[pos:pos + 8])
    if after:
        reader = _starting_at(text, spans, pos + after.end(), 0)
        if reader is not None:
            return reader
    lead = re.search(r",[ \t]*(?:[Dd]alam|[Pp]ada|[Mm]elalui)?[ \t]*(?:\w+[ \t]+){0,2}$",
                     text[max(0, principal.start - 40):principal.start])
    if not lead:
        return None
    comma = principal.start - len(lead.group(0))
    return next((m for m in sorted(spans, key=lambda m: m.kind != "person") if m.end == comma), None)


_ROLE_AFTER = re.compile(r"[\s,]*(?:dan\s+|sekaligus\s+)?")
_ROLE_BEFORE = re.compile(r"[\s,]*(?:yang\s+)?(?:bertindak\s+)?(?:sebagai|selaku)\s+$")


def _role_holder(text: str, spans: list[Mention], pos: int) -> Mention | None:
    """The official who acts in the role named right before `pos` ("X selaku pembina apel, ..."): a role of the
    day (inspektur upacara, pembina apel) is held by the one named before "sebagai/selaku"."""
    role = next((m for m in spans if m.kind == "title" and m.end <= pos and _ROLE_AFTER.fullmatch(text[m.end:pos])),
                None)
    lead = role and _ROLE_BEFORE.search(text, max(0, role.start - 40), role.start)
    if not lead:
        return None
    holders = [m for m in spans if m.end <= lead.start() and _ROLE_AFTER.fullmatch(text[m.end:lead.start()])]
    return max(holders, key=lambda m: (m.end, m.kind == "person"), default=None)


def _opens_clause(text: str, pos: int) -> bool:
    return bool(_CLAUSE_OPEN.search(text[max(0, pos - 30):pos]))


def _named_after(text: str, spans: list[Mention], principal: Mention, past_holder: bool = False) -> Mention | None:
    """The person right after the principal, or after a title right after it ("mewakili Bupati Poso, Sekda Budi"
    -> Budi)."""
    pos = _LIST_GAP.match(text, principal.end).end()
    holder = _person_at(spans, pos) if past_holder and principal.kind == "title" and "," not in text[principal.end:pos] \
        else None
    if holder is not None:
        # "Mewakili Plt. Bupati Bengkalis H Muhammad, Asisten I Hj Umi Kalsum ...": the principal's own name, then
        # a comma and the one who stands for him
        gap = _LIST_GAP.match(text, holder.end)
        if "," not in gap.group(0):
            return None
        pos = gap.end()
    title = next((m for m in spans if m.kind == "title" and m.start == pos), None)
    # "Mewakili masyarakat Sultra, Gubernur Sultra menyampaikan ...": an unnamed title stands for its holder
    return _person_at(spans, pos) or (title and _person_at(spans, _LIST_GAP.match(text, title.end).end())) or title


_LIST_GAP = re.compile(r"[ \t]*,?[ \t]*")


def _person_at(spans: list[Mention], pos: int) -> Mention | None:
    """The person whose name, or whose honorifics, start at `pos`."""
    return next((m for m in spans if m.kind == "person" and pos in (m.start, (m.data.get("outer") or [None])[0])),
                None)


_CAPITALS = re.compile(r"(?:[ \t]+(?:[A-Z][\w\-’']*|dan|&))+(?=[ \t]*,)")


def _through_capitals(text: str, m: Mention) -> Mention:
    """'perwakilan Pusat Penguatan Karakter Kemendikdasmen, Budi': the body as written runs on to the comma
    before the representative's name, over capitalized words the organization rules did not take."""
    run = _CAPITALS.match(text, m.end)
    if run is None:
        return m
    return Mention(m.start, run.end(), text[m.start:run.end()], kind=m.kind, data=m.data)


_FIRST_PERSON = re.compile(r"\b(?:[Ss]aya|[Kk]ami)\b")
_QUOTE_OPEN = "\"“"
_QUOTE_CLOSE = re.compile(r"[”\"]")


@lru_cache(maxsize=1)
def _speech_attribution() -> re.Pattern[str]:
    verbs = sorted((r["cue"] for r in load_tsv("person_cues") if r.get("kind") in ("speech", "quoted")), key=len, reverse=True)
    return re.compile(r"[ \t]*,?[ \t]*(?:%s)[ \t]+" % "|".join(map(re.escape, verbs)))


def _quote_speaker(text: str, spans: list[Mention], cue_start: int, principal_end: int) -> Mention | None:
    """The person quoted in "“Saya atas nama X ...,” ujar Y" or "“Atas nama X, kami ...,” kata Y": the cue
    sits in a quotation spoken in the first person, and the speech verb after its closing quote names Y."""
    open_at = max(text.rfind(q, 0, cue_start) for q in _QUOTE_OPEN)
    if open_at < 0 or _QUOTE_CLOSE.search(text, open_at + 1, cue_start) or "\n" in text[open_at:cue_start]:
        return None  # not inside a quotation
    lead = text[open_at + 1:cue_start]
    if not (_FIRST_PERSON.search(lead) or (not lead.strip() and _FIRST_PERSON.match(
            text, _LIST_GAP.match(text, principal_end).end()))):
        return None
    close = _QUOTE_CLOSE.search(text, principal_end)
    if close is None or "\n" in text[cue_start:close.start()]:
        return None
    verb = _speech_attribution().match(text, close.end())
    if verb is None:
        return None
    title = next((m for m in spans if m.kind == "title" and m.start == verb.end()), None)
    found = _person_at(spans, verb.end()) or (title and _named_after(text, spans, title))
    if found is None:  # "tutur Bambang": a short name for a person named in full earlier
        word = _NAME_WORD.match(text, verb.end())
        found = word and next((m for m in reversed(spans) if m.kind == "person" and m.end <= cue_start
                               and word.group(0) in m.data["name"].split()), None)
    return found or None


_NAME_WORD = re.compile(r"[A-Z][\w’'\-]+")


_PEOPLE = re.compile(r"\s*(?:masyarakat|warga|rakyat|seluruh\s+masyarakat|keluarga\s+besar)\s+")


def _people_of(text: str, bodies: list[Mention], pos: int) -> Mention | None:
    """'mewakili masyarakat Sulawesi Tenggara', 'mewakili keluarga besar Kementerian X': the people of a region or a
    body, as written."""
    lead = _PEOPLE.match(text, pos)
    body = lead and next((b for b in bodies if b.start == lead.end()), None)
    if body is None:
        return None
    start = pos + len(text[pos:lead.end()]) - len(text[pos:lead.end()].lstrip())
    return Mention(start, body.end, text[start:body.end], kind="group", data={})


def _ref(m: Mention) -> dict:
    return {"kind": m.kind, "start": m.start, "end": m.end, "text": m.text, "data": m.data}


# between the first part and the cue: commas, a stray period before the lowercase cue, or a few lowercase
# words ("Gubernur X dalam kesempatan itu diwakili oleh ...", "Kepala Dinas X, yang hadir mewakili ...")
_GAP = re.compile(r"[\s,(]*(?:\.\s+)?(?:(?:yang|dalam|kesempatan|itu|ini|tersebut|hadir|turut|juga|sekaligus|saat|ketika|"
                  r"secara|langsung|pada|acara|kegiatan|tadi|berhalangan|karena|sedang|ada|tugas|lain|"
                  r"kedinasan|luar|daerah|kota|sehingga|berhubung|kapasitas|kapasitasnya|sambutan|sambutannya|"
                  r"amanat|amanatnya|pidato|pidatonya|arahan|arahannya)[\s,]+){0,7}")


def _ending_at(text: str, spans: list[Mention], pos: int) -> Mention | None:
    best = None
    for m in spans:
        gap = text[m.end:pos]
        if m.end <= pos and _GAP.fullmatch(gap):
            outer = m.data.get("outer") if m.kind == "person" else None
            if best is None or m.end > best.end or (m.end == best.end and m.kind == "person"):
                best = m
        elif m.kind == "person" and m.data.get("outer") and m.end <= pos and \
                _GAP.fullmatch(text[m.data["outer"][1]:pos]):
            best = m  # a name followed by degrees ("Drs. Burhasman, MM, mewakili")
    return best


def _starting_at(text: str, spans: list[Mention], pos: int, gap_words: int) -> Mention | None:
    m = re.compile(r"\s*(?:[a-z]+\s+){0,%d}" % gap_words).match(text, pos)
    starts = {pos}
    # each shorter skip as well: the mention may start right after the cue
    k = pos
    for w in re.finditer(r"\s*[a-z]+\s+", text[pos:m.end()]):
        starts.add(pos + w.end())
    cands = []
    for s in sorted(starts):
        s2 = s + len(text[s:]) - len(text[s:].lstrip())
        for mm in spans:
            if mm.start == s2 or (mm.kind == "person" and mm.data.get("outer") and mm.data["outer"][0] == s2):
                cands.append((s2, mm.kind != "title", -(mm.end - mm.start), mm))
    if not cands:
        return None
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    return cands[0][3]


def to_facts(doc: Doc, facts: Facts) -> None:
    orgs = mentions(doc, "organization")
    holders = _holders(doc, facts, orgs)
    seen = set()
    found = [(m, _principal_text(m.data["principal"], holders, doc),
              _representative_text(m.data["representative"], holders, orgs, doc, facts))
             for m in mentions(doc, "representation")]
    for m, principal, rep in found:
        key = (fold(principal), fold(rep))
        if not principal or not rep or key in seen or key[0] == key[1]:
            continue
        if any(o is not m and fold(r2) == key[1] and (
                fold(p2).startswith(key[0] + " ") or  # "Gubernur" beside "Gubernur Sulawesi Tenggara"
                _role(o.data["principal"], orgs) == _role(m.data["principal"], orgs) and len(p2) > len(principal))
               for o, p2, r2 in found):
            continue  # the same representation with the principal written in full elsewhere ("Menhan")
        seen.add(key)
        facts.representations.append(Representation(principal=principal, representative=rep,
                                                    relation=m.data["relation"], span=tuple(m.data["span"])))


def _role(ref: dict, orgs: list[Mention]) -> str:
    """A principal as a comparable post ("Menhan" and "Menteri Pertahanan RI" are one), else its folded text."""
    title = ref["data"].get("title") if ref["kind"] == "person" else ref
    if title and (title.get("data") or title).get("head"):
        t = {"text": title["text"], "start": title["start"], "end": title["end"], **(title.get("data") or title)}
        return title_key(t, orgs).removesuffix(" ri")
    return fold(ref["text"]).removesuffix(" ri")


def _holders(doc: Doc, facts: Facts, orgs: list[Mention]) -> dict:
    """title start -> person name, and title key -> person name, from the persons found."""
    by_start: dict[int, str] = {}
    by_key: dict[str, str] = {}
    for pm in mentions(doc, "person"):
        t = pm.data.get("title")
        person = _fact_person(facts, pm)
        if not t or person is None:
            continue
        by_start[t["start"]] = person
        by_key.setdefault(title_key(t, orgs), person)
    return {"start": by_start, "key": by_key}


def _fact_person(facts: Facts, pm: Mention) -> str | None:
    for p in facts.persons:
        if (pm.start, pm.end) in p.spans or fold(p.name) == fold(pm.data["name"]):
            return p.name
    return None


def _principal_text(ref: dict, holders: dict, doc: Doc) -> str:
    """The principal as the role it is represented in ("Menteri X Budi" -> "Menteri X"), else the name."""
    if ref["kind"] == "person":
        title = ref["data"].get("title")
        # the name may follow its post over a rank or form of address ("Kapolres Kobar AKBP Budi")
        start = (ref["data"].get("outer") or [ref["start"]])[0]
        if title and title.get("text") and 0 <= start - title.get("end", -99) <= 2:
            return without_brackets(title["text"])
        return ref["data"]["name"]
    return without_brackets(ref["text"]) if ref["kind"] == "title" else ref["text"]


def _representative_text(ref: dict, holders: dict, orgs: list[Mention], doc: Doc, facts: Facts) -> str:
    if ref["kind"] == "person":
        return next((p.name for p in facts.persons if (ref["start"], ref["end"]) in p.spans), ref["data"]["name"])
    named = holders["start"].get(ref["start"])
    if named:
        return named
    key = title_key({"text": ref["text"], "start": ref["start"], "end": ref["end"], **ref["data"]}, orgs)
    if key in holders["key"]:
        return holders["key"][key]
    # "Wagub membacakan ...": a post written without its region is that of the one holder of the post in full
    named = {p for k, p in holders["key"].items() if k.startswith(key + " ")}
    return named.pop() if len(named) == 1 else without_brackets(ref["text"])
