"""Who organizes an event and who plays a part in it, read from the clause around the event phrase.

Organizer, in order: the agent of a passive organizing verb ("diselenggarakan oleh X"), the subject of the
organizing verb ("X menggelar ...", "A melalui B menyerahkan ..."), an organization named inside the event
name, the body of whoever opened or led it. A person or an unnamed role-holder ("Bupati Tanggamus") stands for
the body they lead. The organizer is always one of the document's organizations.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from pipeline.extract.event_phrases import Candidate, EventLexicon
from pipeline.extract.facts import Facts, Organization, Role
from pipeline.resolve.names import honorific_re
from pipeline.tables import load_list

if TYPE_CHECKING:
    from pipeline.nlp.syntax import Parse

_OPENING = {"membuka", "menutup"}  # their subject, when it is a body and not a person, runs the event
_INSTALLED_AS = re.compile(r"(?:sebagai|menjadi)\b")
_HOST_ACT = re.compile(r"\b(?:saat|ketika|sewaktu|sekaligus)\s+(?:membuka|menutup)\b|\bdalam\s+laporan(?:nya)?\b",
                       re.IGNORECASE)
_REPORT = re.compile(r"\b(?:dalam|saat\s+menyampaikan)\s+laporan(?:nya)?\b", re.IGNORECASE)
# "diselenggarakan oleh X", "digelar secara daring oleh X", "dilaksanakan langsung oleh X"
# "dilaksanakan di Aula X selama dua hari oleh Dinas Y", "diselenggarakan pada Rabu (5/3/2025) di Z oleh Badan W":
# where and when the event is held can stand between the verb and its agent (no relative clause, no other passive)
_AGENT_GAP = re.compile(r"\s*(?:(?:secara\s+(?:daring|luring|virtual|hybrid|hibrida|resmi|langsung)|langsung)\s+(?=oleh\b)"
                        r"|(?:di|pada|selama|mulai|sejak|bertempat|tanggal|kemarin|serentak)\s"
                        r"[^\s,.;:!?\"“”]+(?:[\s,]+(?!(?:oleh|yang|dan|serta|dengan|untuk|bagi|kepada|karena|agar|sehingga)\b"
                        r"|(?-i:di[a-z]{3,}\b))[^\s,.;:!?\"“”]+){0,19}?[\s,]+(?=oleh\b))?"
                        r"(?:oleh\s+)?", re.IGNORECASE)
_DASH = re.compile(r"\s[–—-]+\s|—|–")
_NAME_ONLY = re.compile(r"(?:[\s,()]|[A-Z][\w.’'-]*|[A-Z]{1,3}\.[\w.]*)*")  # a name and degrees, no lowercase word
_GUEST = re.compile(r"(?:mewakili|menghadiri|hadir|mengikuti|turut|berkunjung|memenuhi\s+undangan)\b")
_COMPANION = re.compile(r"\b(?:didampingi|beserta)\b|,?\s+dengan\s+didampingi\b")
_AT_PREMISES = re.compile(r"\bdi\s+(?:(?:Kantor|Gedung|Markas|Aula|Auditorium)\s+)?$")
_REGIONAL_GOVERNMENT = re.compile(r"(?:Pemerintah\s+(?:Provinsi|Kabupaten|Kota|Kab\.|Prov\.)|Pemprov|Pemkab|Pemkot)\b",
                                  re.IGNORECASE)
_SELF_NAMED = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:selaku|sebagai)\s+(?:panitia\s+)?penyelenggara\b",
                         re.IGNORECASE)
# "atas kerja sama A dan B", "Sosialisasi ini merupakan kerja sama A dengan B", "berkat kolaborasi A, B dan C"
_PARTNERSHIP = re.compile(r"\b(?:atas|hasil|berkat|merupakan(?:\s+(?:bentuk|hasil))?)\s+(?:kerja\s*sama|kolaborasi)\s+"
                          r"(?:antara\s+)?", re.IGNORECASE)
# "Bersama Kementerian X, Pemkab Y menyalurkan ...": a partner set before the subject, not one of a list
_PARTNER_FIRST = re.compile(r"\s*(?:bersama|berkolaborasi\s+dengan|bekerja\s*sama\s+dengan)\s", re.IGNORECASE)
# the giver of an award right after its name ("... Tahun 2024 dari Kementerian X", "(WTP) dari BPK")
_GIVER_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:yang\s+)?(?:diberikan\s+|diserahkan\s+)?(?:dari|oleh)\s+",
                          re.IGNORECASE)
# "diserahkan (langsung) (oleh) Menteri X", "dianugerahkan oleh Presiden": who hands it over (not "diserahkan kepada")
_HANDED_BY = re.compile(r"\b(?:diserahkan|diberikan|dianugerahkan)\s+(?:(?:secara\s+)?langsung\s+)?(?:oleh\s+|(?=[A-Z]))"
                        r"|\bditerima\b[^.;]{0,150}?\bdari\s+")
_GIVES = re.compile(r"\b(?:menyerahkan|serahkan|menyalurkan|salurkan|memberikan|berikan|menganugerahkan)\b",
                    re.IGNORECASE)
_REGIONAL_FORM = re.compile(r" (?:Provinsi|Kabupaten|Kota|Kab\.|Prov\.) ")  # "KPU Kabupaten X" after a bare "KPU"
_SITE_BEFORE = re.compile(r"\b(?:di|ke|dari|menuju)\s+$", re.IGNORECASE)
_MATCH = 88  # fuzzy score (0-100) for a role-holder's body to be one of the organizations


_GUESTS = re.compile(r"\b(?:dengan|bersama)\s+$", re.IGNORECASE)

@lru_cache(maxsize=1)
def _participants_re() -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, load_list("participant_words"))), re.IGNORECASE)


_CAPITALIZED_RUN = re.compile(r"[A-Z][\w.’'&-]*(?:\s+(?:dan\s+)?[A-Z][\w.’'&-]*)*\s*$")  # the capitalized words that end a clause


@dataclass
class OrgSpan:
    start: int
    end: int
    org: Organization


def _norm(text: str, lex: EventLexicon) -> str:
    words = re.sub(r"[^\w\s]", " ", text).split()
    out = []
    for w in words:
        out.extend(lex.org_abbrev.get(w.lower(), w).lower().split())
    if len(out) > 1 and out[-1] == "ri":
        out = out[:-1]
    return " ".join(out)


@lru_cache(maxsize=4096)
def _form_pattern(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _bracketed_pattern(name: str) -> re.Pattern[str]:
    """The name with an acronym in brackets allowed between two of its words (patterns cached: names recur)."""
    flexible = r"\s+(?:\([^()]{1,20}\)\s+)?".join(re.escape(w) for w in name.split())
    return re.compile(rf"(?<!\w){flexible}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _RANK_BEFORE() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{honorific_re().pattern})[ \t]+$")


def org_spans(text: str, facts: Facts) -> list[OrgSpan]:
    """Where each organization of the document is written (its own spans, else a search for its forms)."""
    spans: list[OrgSpan] = []
    for org in facts.organizations:
        found = [OrgSpan(s, e, org) for s, e in org.spans]
        if not found:
            for form in sorted({org.name, *org.aliases}, key=len, reverse=True):
                if len(form) < 2:
                    continue
                for m in _form_pattern(form).finditer(text):
                    if not any(o.start <= m.start() < o.end for o in found):
                        found.append(OrgSpan(m.start(), m.end(), org))
        spans.extend(found)
    # the organization's spans can miss a mention written with its acronym inside
    # ("Kantor Pertanahan (Kantah) Kabupaten Bangka")
    folded = re.sub(r"\s+", " ", text.lower()) if "(" in text else ""
    for org in facts.organizations if folded else ():
        words = org.name.split()
        if not org.spans or len(words) < 3:
            continue
        if not any(f"{w.lower()} (" in folded for w in words[:-1]):
            continue  # no bracket after any of its words: skip compiling the pattern
        for m in _bracketed_pattern(org.name).finditer(text):
            if "(" in m.group() and not any(o.start < m.end() and m.start() < o.end for o in spans):
                spans.append(OrgSpan(m.start(), m.end(), org))
    # "Mayjen TNI Djoko", "Kombes Pol X": the force written in an officer's rank runs nothing
    spans = [o for o in spans if not _RANK_BEFORE().search(text, max(0, o.start - 20), o.start)]
    # longest first at one position, then by position
    spans.sort(key=lambda o: (o.start, -(o.end - o.start)))
    return spans


class RoleReader:
    def __init__(self, text: str, facts: Facts, lex: EventLexicon, parse: Parse | None = None):
        self.text = text
        self.parse = parse
        self.facts = facts
        self.lex = lex
        self.orgs = org_spans(text, facts)
        self.forms = [(_norm(f, lex), o) for o in facts.organizations for f in {o.name, *o.aliases} if f]
        self.trigger_re = lex.trigger_re
        self.person_spans = sorted(
            ((s, e, p) for p in facts.persons for s, e in p.spans), key=lambda x: x[0])

    # ---------------------------------------------------------------- organizations from role-holders
    def org_of_title(self, start: int, limit: int) -> Organization | None:
        """The organization led by the role-holder written at `start` ("Bupati Tanggamus Dewi ...")."""
        window = self.text[start:limit]
        head = self.lex.title_re.search(window)
        if head:  # the title phrase ends at a comma or a lowercase word ("Walikota Ambon X bersama ...")
            cut = re.search(r"[,;.]\s|\s(?!dan\b)[a-z]\w*", window[head.end():])
            window = window[:head.end() + cut.start()] if cut else window
        for m in list(self.lex.title_re.finditer(window))[:1]:
            value = dict(self.lex.title_org).get(m.group(), "")
            rest = re.findall(r"[\w.’'&()/-]+", window[m.end():])[:5]
            if rest and value and rest[0].lower() == value.split()[-1].lower():
                rest = rest[1:]  # "Bupati Kabupaten Tanah Bumbu": the kind is written twice
            best: tuple[float, Organization | None] = (0, None)
            for n in range(len(rest), -1, -1):
                words = rest[:n]
                if words and not (words[-1][:1].isupper() or words[-1].isupper() or words[-1][:1].isdigit()):
                    continue  # a unit's number ends its name too ("Dandim 0303/Siak")
                probe = _norm(" ".join([value, *words]), self.lex)
                if not probe:
                    continue
                for form, org in self.forms:
                    score = fuzz.ratio(probe, form)
                    if score > best[0]:
                        best = (score, org)
            if best[0] >= _MATCH:
                return best[1]
        return None

    def org_of_person(self, start: int, end: int) -> Organization | None:
        for s, e, person in self.person_spans:
            if start <= s < end:
                for title in person.titles:
                    if title.organization:
                        probe = _norm(title.organization, self.lex)
                        for form, org in self.forms:
                            if fuzz.ratio(probe, form) >= _MATCH:
                                return org
        return None

    def first_org_in(self, start: int, end: int) -> Organization | None:
        """The first body named in a clause: an organization, or the body of a role-holder."""
        companion = _COMPANION.search(self.text, start, end)
        if companion and companion.start() > start:  # "Wali Kota X didampingi Ketua PKK Y ...": Y only goes along
            end = companion.start()
        # "Presiden tiba di Stasiun X dan meninjau ...": a body after a word of place is where, not who
        org_hits = [o for o in self.orgs if start <= o.start < end
                    and not _SITE_BEFORE.search(self.text, max(start, o.start - 12), o.start)]
        title_hits = [m for m in self.lex.title_re.finditer(self.text, start, end)]
        first_org = org_hits[0] if org_hits else None
        first_title = title_hits[0] if title_hits else None
        if first_title and (not first_org or first_title.start() < first_org.start):
            org = self.org_of_title(first_title.start(), end)
            if org:
                return org
        if first_org:
            # "A melalui B": a regional government acts through its dinas, which runs the event; a ministry or
            # agency acting through its units or partners stays the organizer
            after = self.text[first_org.end:end]
            via = re.match(r"\s*(?:\([^)]{1,20}\)\s*)?(?:melalui|dalam\s+hal\s+ini)\s+", after)
            if via and _REGIONAL_GOVERNMENT.match(first_org.org.name):
                second = next((o for o in org_hits if o.start >= first_org.end + via.end() - 1), None)
                if second:
                    return second.org
            return first_org.org
        return self.org_of_person(start, end) or self._misspelt_org(start, end)

    def _misspelt_org(self, start: int, end: int) -> Organization | None:
        """The clause's subject read as an organization written with a typo ("Dinas Komimfo Prov. X" for "Dinas
        Kominfo Prov. X"): its capitalized words, close enough to one organization's form."""
        m = _CAPITALIZED_RUN.search(self.text, start, end)
        if not m or len(m.group().split()) < 2:
            return None
        probe = _norm(m.group(), self.lex)
        scored = [(fuzz.ratio(probe, form), org) for form, org in self.forms if len(form) >= 8]
        best = max(scored, key=lambda x: x[0], default=(0, None))
        return best[1] if best[0] >= _MATCH else None

    # ---------------------------------------------------------------- organizer
    def organizer(self, main: Candidate, sentences: list[tuple[int, int]],
                  event_sentences: list[tuple[int, int]], group: tuple[Candidate, ...] = ()) -> str | None:
        name = self._organizer(main, sentences, event_sentences, group)
        # "Debat Publik Digelar KPU" ... "KPU Kabupaten Banggai menggelar ...": a bare short form stands for the one
        # body the release writes with its region
        fuller = {o.name for o in self.facts.organizations if name and o.name != name
                  and any(_REGIONAL_FORM.match(f, len(name)) and f.startswith(name) for f in (o.name, *o.aliases))} \
            if name and " " not in name else ()
        return next(iter(fuller)) if len(fuller) == 1 else name

    def _organizer(self, main: Candidate, sentences: list[tuple[int, int]],
                   event_sentences: list[tuple[int, int]], group: tuple[Candidate, ...] = ()) -> str | None:
        # "Penyelenggara : Dinas X": a report's field names the body that runs the event it reports
        for m in self.lex.organizer_label_re.finditer(self.text):
            org = self._org_at(m.end())
            if org:
                return org.name
        for s, e in event_sentences:
            for m in self.lex.agent_re.finditer(self.text, s, e):
                after = _AGENT_GAP.match(self.text, m.end())
                at = after.end()
                people = self.lex.agent_people_re.match(self.text, at) if "oleh" in after.group() else None
                org = self._org_at(at) or (self._org_at(people.end()) if people else None)
                if org:
                    return org.name
        # "Bupati X memenuhi undangan Pemkab Y ...", "atas undangan Kementerian Z": the body that invites hosts it
        for s, e in event_sentences:
            for m in self.lex.inviter_re.finditer(self.text, s, e):
                at = re.compile(r"\s*(?:dari\s+)?").match(self.text, m.end()).end()
                org = self._org_at(at, heads=True) or self.org_of_title(at, min(e, at + 80))
                if org:
                    return org.name
        # "Rektor X melakukan audiensi dengan Kepala Dinas Y": an audience is the receiver's, not the visitor's
        audience = self._audience_with(main)
        if audience:
            return audience.name
        before = self.text[max(0, main.start - 16):main.start].split()
        received = main.kind in self.lex.visits | self.lex.received and bool(before) \
            and before[-1].lower() in self.lex.receives
        # "menerima kunjungan X ... delegasi X untuk melakukan kunjungan": the visitors do the visit, not host it
        for wide in (False, True) if not received else ():  # a partial organization span can hide the clause start
            for s, e in event_sentences:
                for verb in self._organizing_verbs(s, e, main, group):
                    start = self._clause_start(s, verb)
                    if wide:
                        start = self._past_dash(s, verb)
                    org = self.first_org_in(start, verb)
                    if org:
                        return org.name
        # "Dinas X selaku penyelenggara menyebut ...": the body that calls itself the organizer, anywhere (the
        # headline's short form last)
        for s, e in [*sentences[1:], *sentences[:1]]:
            for m in _SELF_NAMED.finditer(self.text, s, e):
                org = next((o for o in reversed(self.orgs) if s <= o.start and o.end <= m.start()
                            and not self.text[o.end:m.start()].strip(" ,")), None)
                if org:
                    return org.org.name
        # "atas kerja sama BPBD X dan Kantor SAR Y, simulasi ... digelar": the first body named as a partner (a
        # company lends a hand to a government's event: "atas kerja sama PT X dengan Pemerintah Kota Y")
        for s, e in event_sentences:
            for m in _PARTNERSHIP.finditer(self.text, s, e):
                firms = [o for o in self.orgs if m.end() <= o.start < e and o.org.kind == "company"]
                start = max([m.end(), *(o.end for o in firms if o.start - m.end() < 3)])
                org = self.first_org_in(start, e)
                if org and org.kind != "company":
                    return org.name
        for s, e in [] if received else event_sentences:  # "Wali Kota X menerima kunjungan kerja Komisi I DPRD Y
            # ... dipimpin Ketua Komisi I": who leads the visitors does not host the visit received
            for m in re.finditer(r"\b(?:dibuka|dipimpin|dilantik|dikukuhkan|diresmikan|ditandatangani)\b(?:\s+(?:secara\s+resmi|langsung))?(?:\s+oleh)?\s+",
                                 self.text[s:e]):
                if self.text[max(s, s + m.start() - 5):s + m.start()].lower().endswith("yang "):
                    continue  # "pejabat yang dilantik antara lain Kepala Bagian X": those inducted, not who inducts
                at = s + m.end()
                if _INSTALLED_AS.match(self.text, at):
                    continue  # "Budi dilantik sebagai Kepala SDN 2": the post Budi takes, not who installs him
                org = self._org_at(at, heads=True) or self.org_of_title(at, min(e, at + 80))
                if org:
                    return org.name
        # the head of a body opens the event or gives the organizers' report ("Kepala Balai X, Nama, saat membuka
        # kegiatan ...", "Kepala Kantor X Nama dalam laporannya"): the body runs it
        for s, e in event_sentences:
            for m in _HOST_ACT.finditer(self.text, s, e):
                org = self._headed_org_before(m.start(), s)
                if org:
                    return org.name
        # the organizers' report is given at the event the release tells, wherever the release writes it
        for s, e in sentences:
            for m in _REPORT.finditer(self.text, s, e):
                org = self._headed_org_before(m.start(), s)
                if org:
                    return org.name
        # the patterns found no organizer: the parse, when there is one, then the body that opened the event
        org = self._parsed_organizer(main)
        if org:
            return org.name
        if main.trigger in _OPENING:  # "Disnakertrans Kabupaten Sanggau membuka Pelatihan ..."
            s = next((a for a, b in sentences if a <= main.start < b), main.start)
            verb = self.text.rfind(main.trigger, s, main.start)
            hits = [o for o in self.orgs if self._clause_start(s, verb) <= o.start and o.end <= verb] if verb >= 0 else []
            if hits and not self.lex.title_re.search(self.text, self._clause_start(s, verb), hits[0].start):
                return hits[0].org.name
            # the head of a body opens it ("Dandim 0303/Siak membuka TMMD ..."): the body whose official opens it
            org = self.first_org_in(self._clause_start(s, verb), verb) if verb >= 0 else None
            if org:
                return org.name
        # a visit or an audience received ("Menteri X menerima kunjungan Y"): the receiver's body hosts it
        if main.kind in self.lex.visits | self.lex.received:
            org = self._receiver([*event_sentences, *sentences[:4]])
            if org:
                return org.name
            if received:
                return None  # "Bupati X menerima audiensi pengurus KNPI ...": the visitors named in it host nothing
        # a body named in the event's name, not as part of a role ("Ketua TP PKK")
        inside = [o for o in self.orgs if main.start <= o.start and o.end <= main.end
                  and not self.lex.title_re.search(self.text[max(main.start, o.start - 12):o.start])
                  and not re.search(r"\b(?:di|ke)\s+$", self.text[max(0, o.start - 4):o.start], re.IGNORECASE)]
        if main.form in ("verb", "lead"):  # a headline standing in for a name names no host
            return None
        end = main.end
        if main.kind in self.lex.visits:  # "peninjauan terhadap RS X", "kunjungan ke Kantor Y": the site visited
            cut = re.search(r"\b(?:ke|terhadap|kepada)\s", self.text[main.start:main.end], re.IGNORECASE)
        else:  # "penyuluhan kepada siswa SMP X", "tes urine bagi pegawai Dinas Y": those it is given to
            # "silaturahmi ke Pondok Pesantren X": the site gone to, whatever the kind (not "HUT ke 80")
            cut = re.search(r"\b(?:ke\s+(?!\d)|(?:terhadap|kepada|bagi)\s)", self.text[main.start:main.end], re.IGNORECASE)
        end = main.start + cut.start() if cut else end
        if main.kind == "ramah tamah":  # "buka puasa bersama dengan Forkopimda X": a body a gathering is held with
            # is its guest; the body of the people it is held with hosts it ("dengan pegawai di lingkungan X")
            guest = next((o for o in inside if _GUESTS.search(self.text[max(main.cue_end, o.start - 12):o.start])), None)
            end = min(end, guest.start) if guest else end
        # "Pamitan mahasiswa magang Universitas X": a body after those taking part is whom it is for, not its host
        taking_part = _participants_re().search(self.text, main.start, end)
        end = taking_part.start() if taking_part else end
        inside = [o for o in inside if o.start < end]
        if inside:
            return inside[0].org.name
        named = self._named_in(main.start, end)
        return named.name if named else None

    def _audience_with(self, main: Candidate) -> Organization | None:
        """An audience is hosted by whom it is with ("Audiensi dengan Kakanwil Kemenag X"): that role-holder's body,
        or the body named after "dengan"."""
        before = self.text[max(0, main.start - 16):main.start].split()
        if main.kind not in self.lex.received or before and before[-1].lower() in self.lex.receives:
            return None  # "Bupati menerima audiensi dengan KNPI X": the visitors named in it host nothing
        withm = re.search(r"\b(?:dengan|kepada)\s+", self.text[main.start:main.end], re.IGNORECASE)
        if not withm:
            return None
        at = main.start + withm.end()
        return self.org_of_title(at, main.end) or self._org_at(at)

    def giver(self, main: Candidate, sentences: list[tuple[int, int]]) -> Organization | None:
        """Who gives an award: the body after its name ("meraih penghargaan X dari Kementerian Y"), or the body of
        whoever hands it over ("Penghargaan diserahkan langsung oleh Menteri Y ...")."""
        spans = [(main.end, next((e for s, e in sentences if s <= main.end < e), main.end + 200))]
        spans += [(s, e) for s, e in sentences if (s, e) != spans[0]]
        for i, (s, e) in enumerate(spans):
            pattern = _GIVER_AFTER if i == 0 else _HANDED_BY
            m = pattern.match(self.text, s) if i == 0 else pattern.search(self.text, s, e)
            if not m:
                continue
            at = m.end()
            org = self._org_at(at, heads=True, limit=e) or self.org_of_title(at, min(e, at + 80)) \
                or self.org_of_person(at, min(e, at + 80))
            if org:
                return org
        for s, e in spans[1:]:  # "Bupati X menyerahkan bantuan itu secara simbolis": the subject of handing over
            for m in _GIVES.finditer(self.text, s, e):
                org = self.first_org_in(self._clause_start(s, m.start()), m.start())
                if org:
                    return org
        return None

    def _receiver(self, sentences: list[tuple[int, int]]) -> Organization | None:
        """The body of whoever receives a visit or an audience: the subject of a verb of receiving followed by a
        cue of such an event."""
        kinds = self.lex.visits | self.lex.received
        for s, e in sentences:
            for m in self.lex.receives_re.finditer(self.text, s, e):
                cue = self.lex.cue_re.match(self.text, re.compile(r"\s*").match(self.text, m.end()).end())
                row = self.lex.kinds.get(" ".join(cue.group().lower().split())) if cue else None
                if not (row and row["kind"] in kinds):
                    continue
                # a comma in the subject's degrees can hide the clause start ("Agus, S.IP., M.Si menerima")
                for start in (self._clause_start(s, m.start()), self._past_dash(s, m.start())):
                    org = self.first_org_in(start, m.start())
                    if org:
                        return org
        return None

    def _past_dash(self, s: int, end: int) -> int:
        """The sentence's start past a dateline's dash ("Kota X – Dinas Y ..."), else its start."""
        dash = _DASH.search(self.text, s, end)
        return dash.end() if dash else s

    def _named_in(self, start: int, end: int) -> Organization | None:
        """An organization written inside a span in another case or short form than its spans ("RAMAH TAMAH
        PEMPROV SULTRA ..." for "Pemerintah Provinsi Sultra"), not as part of a role."""
        exact: dict[str, Organization] = {}
        for form, org in self.forms:
            if len(form.split()) >= 2:
                exact.setdefault(form, org)
        words = [m for m in re.finditer(r"[\w.’'&-]+", self.text[start:end])]
        for i, m in enumerate(words):
            if not m.group()[:1].isupper():
                continue
            before = self.text[max(start, start + m.start() - 12):start + m.start()]
            if self.lex.title_re.search(before):
                continue
            for n in range(2, min(6, len(words) - i) + 1):
                org = exact.get(_norm(" ".join(w.group() for w in words[i:i + n]), self.lex))
                if org:
                    return org
        return None

    def members_unit(self, sentences: list[tuple[int, int]]) -> Organization | None:
        """The unit whose members do the thing ("anggota Polsek Loura Brigpol X menyambangi warga", "Babinsa
        Koramil 05 Serda Y membantu petani"): a patrol or a visit by a unit's officers is that unit's."""
        for s, e in sentences:
            for m in self.lex.member_re.finditer(self.text, s, e):
                at = m.end()
                gap = re.match(r"\s+", self.text[at:at + 3])
                org = self._org_at(at + (gap.end() if gap else 0))
                if org:
                    return org
        return None

    def host_premises(self, event_sentences: list[tuple[int, int]]) -> Organization | None:
        """The body at whose own premises the event is held ("... digelar di Mahkamah Konstitusi", "di Kantor
        Kementerian X"): with no other organizer stated, the host."""
        for s, e in event_sentences:
            for o in self.orgs:
                if s <= o.start < e and _AT_PREMISES.search(self.text, max(s, o.start - 30), o.start):
                    return o.org
        return None

    def lead_subject(self, sentences: list[tuple[int, int]], head_end: int, lead_start: int,
                     verbs: re.Pattern[str] | None = None) -> Organization | None:
        """The body that is the subject of the lead sentence ("Jakarta - Kementerian X (KX) melalui ... menggelar"),
        or the body of the role-holder who is ("Bupati X meninjau ..."): a release tells what it did."""
        body = [(s, e) for s, e in sentences if s >= head_end and self.text[s:e].strip()]
        if not body:
            return None
        s, e = body[0]
        s = max(s, lead_start)
        if verbs is not None:  # the subject is what comes before the verb that runs the event
            verb = verbs.search(self.text, s, e)
            return self.first_org_in(s, verb.start()) if verb else None
        cut = self._subject_end(s, e)
        if _GUEST.match(self.text, cut):
            return None  # "Kepala Biro X mewakili Menteri menghadiri ...": the subject is a guest of the event
        return self.first_org_in(s, cut)

    def _subject_end(self, s: int, e: int) -> int:
        """Where a sentence's subject ends: at the first lowercase word outside brackets (the verb, or "yang",
        "dari", ...)."""
        depth = 0
        for m in re.finditer(r"[()]|(?<![\w.])[^\W\d]\w*", self.text[s:e]):
            tok = m.group()
            depth += {"(": 1, ")": -1}.get(tok, 0)
            if depth == 0 and tok[0].islower() and tok not in ("dan", "melalui"):
                return s + m.start()
        return e

    def _parsed_organizer(self, main: Candidate) -> Organization | None:
        """The organization that is the subject of the event's verb ("X menggelar/membuka <event>"), or the
        agent of a passive one ("<event> dibuka oleh X"), read from the dependency parse (none without deps)."""
        parse = self.parse
        if parse is None or not parse.has_deps:
            return None
        if main.form in ("verb", "passive"):
            verb = parse.word_at(main.cue_start)
        else:  # the verb right before the event phrase
            before = [i for i, w in enumerate(parse.words) if w.end <= main.start and w.upos in ("VERB", "AUX")
                      and main.start - w.end <= 30]
            verb = before[-1] if before else None
        if verb is None:
            return None
        for j in parse.children(verb):
            rel = parse.words[j].deprel
            if rel.startswith("nsubj") and not rel.endswith(":pass") or rel in ("obl:agent", "nsubj:agent"):
                a, b = parse.subtree_span(j)
                hits = [o for o in self.orgs if a <= o.start and o.end <= b]
                if hits and not self.lex.title_re.search(self.text, a, hits[0].start):
                    return hits[0].org
        return None

    def _headed_org_before(self, at: int, s: int) -> Organization | None:
        """The body of the role-holder written right before `at`: a title, the body, then only the name."""
        for o in reversed([o for o in self.orgs if s <= o.start and o.end <= at and at - o.end <= 80]):
            between = self.text[o.end:at]
            if not _NAME_ONLY.fullmatch(between):
                continue
            if self.lex.title_re.search(self.text, max(s, o.start - 25), o.start):
                return o.org
        return None

    def _clause_start(self, s: int, verb: int) -> int:
        """Like event_phrases._clause_start, but a comma inside an organization's name does not count."""
        cut = s
        for m in re.finditer(r",|:|\s[–—-]+\s|—|–", self.text[s:verb]):
            at = s + m.start()
            if any(o.start <= at < o.end for o in self.orgs):
                continue
            nxt = s + m.end() + len(self.text[s + m.end():verb]) - len(self.text[s + m.end():verb].lstrip())
            if m.group() == "," and any(o.end == at for o in self.orgs) and any(o.start == nxt for o in self.orgs) \
                    and not _PARTNER_FIRST.match(self.text, cut, at):
                continue  # "Tim gabungan BPBD X, TNI dan Polri menyalurkan ...": a list of bodies, one subject
            cut = s + m.end()
        return cut

    def _organizing_verbs(self, s: int, e: int, main: Candidate, group: tuple[Candidate, ...] = ()) -> list[int]:
        """Offsets of the verbs whose subject organizes the event: its own verb (and, for an event told by a verb,
        the verbs telling the same act elsewhere: "Jenguk Murid X" in the headline, "Wamen X meninjau langsung
        para siswa" in the lead), then organizing verbs."""
        acts = (main, *group) if main.form == "verb" else (main,)
        out = sorted({c.cue_start for c in acts if s <= c.cue_start < e and c.form == "verb"})
        if main.in_headline and main.form != "verb":
            # a name the headline gives, told in the body by its own verb right after a body ("Sosialisasi Perbup X"
            # over "Pemkab Y menyosialisasikan Perbup X"): that body
            out += sorted(c.cue_start for c in group if s <= c.cue_start < e and c.form == "verb"
                          and any(not self.text[o.end:c.cue_start].strip() for o in self.orgs if o.end <= c.cue_start))
        out += [m.start() for m in self.trigger_re.finditer(self.text, s, e)]
        return out

    def _org_at(self, at: int, heads: bool = False, limit: int | None = None) -> Organization | None:
        """An organization starting at `at` (after title words like Kepala, if `heads`), before `limit`."""
        slack = 40 if heads else 2
        for o in self.orgs:
            if at <= o.start <= at + slack and (limit is None or o.start < limit):
                between = self.text[at:o.start]
                if not heads and between.strip():
                    continue
                if heads and not re.fullmatch(r"(?:[A-Z][\w.]*\s+){0,4}", between):
                    continue
                return o.org
        return None

    # ---------------------------------------------------------------- other roles
    def roles(self, event_sentences: list[tuple[int, int]], organizer: str | None) -> list[Role]:
        out: list[Role] = []
        if organizer:
            out.append(Role("organizer", organizer))
        seen = {(r.role, r.name) for r in out}
        for s, e in event_sentences:
            for role, pattern in self.lex.role_res.items():
                for m in pattern.finditer(self.text, s, e):
                    holder = self._holder(m.end(), e)
                    if holder and (role, holder[0]) not in seen:
                        seen.add((role, holder[0]))
                        out.append(Role(role, holder[0], holder[1]))
        return out

    def _holder(self, at: int, limit: int) -> tuple[str, tuple[int, int]] | None:
        skip = re.match(r"\s*(?:oleh|adalah|yaitu|yakni|dari|:)?\s*", self.text[at:limit])
        at += skip.end() if skip else 0
        window_end = min(limit, at + 120)
        for s, e, person in self.person_spans:
            if at <= s < window_end and not re.search(r"[.;]", self.text[at:s]):
                return person.name, (s, e)
        for o in self.orgs:
            if at <= o.start <= at + 2:
                return o.org.name, (o.start, o.end)
        m = re.match(r"[A-Z][\w.’'()-]*(?:\s+(?:[A-Z][\w.’'()-]*|dan|se-\w+|\d+))*", self.text[at:window_end])
        if m and len(m.group().split()) >= 1:
            return m.group().strip(), (at, at + len(m.group().strip()))
        return None
