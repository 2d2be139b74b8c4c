"""Persons: names anchored by a position title (after it, or before it with a comma, "selaku", "sebagai",
"menjadi" or brackets), by an honorific, by a byline, or (fallback) by the statistical NER; then one entry
per person with every span and every position (resolve/persons.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.english_titles import english_body_words
from pipeline.extract.facts import Facts, Mention
from pipeline.nlp.ner import common_words, name_openers
from pipeline.nlp.state import add_mention, mentions
from pipeline.resolve import bylines
from pipeline.resolve import persons as merge
from pipeline.resolve.tokens import doc_text, find_all
from pipeline.resolve.lexicon import fold, is_vocab, match_place, vocabulary
from pipeline.tables import load_list, load_set, load_tsv
from pipeline.extract.titles import _BRACKET_GAP, _firsts as title_firsts, civil_rank_re, looks_like_place
from pipeline.resolve.fuzzy import by_first_and_length, correct_phrase, one_edit_away
from pipeline.resolve.gazetteer import name_key
from pipeline.resolve.regions import countries
from pipeline.resolve.names import NameRead, birth_order_names, closes_name_slot, birth_order_run, given_words, name_abbreviations, noble_openers, ranked_name_after, degree_re, degrees_run_re, honorific_re, is_name_word, is_patronymic, read_name, read_name_before, split_name

# "(Alm.)", "(Purn.)": a holder's mark in brackets, not a post's short form
_BRACKETED_HONORIFICS = "|".join(sorted({re.escape(h.strip("().")) for h in load_list("honorifics") if h.startswith("(")},
                                        key=len, reverse=True))
# "Komandan Upacara (Danup) adalah Kompol Rudi", "Ketua terpilih yakni Bapak Suyanto": a copula before the name
_AFTER = re.compile(r"[ \t]*"
                    # "Perdana Menteri Thailand yang baru, Anutin ...": a newcomer's post, then the name
                    # "Camat X yang lama, Budi", "Kepala Desa X sebelumnya, Budi", "Camat X definitif, Budi": the
                    # outgoing, the former or the permanent holder named after the post
                    r"(?:(?:yang[ \t]+)?(?:baru|terpilih|lama|sebelumnya|definitif)(?:[ \t]+dilantik)?[ \t]*(?=,))?"
                    # "Anggota DPRD X dari daerah pemilihan Lore, Budi", "Anggota Pansel dari unsur akademisi, Budi":
                    # the seat or the group the member comes from, then the name
                    r"(?:(?<=[ \t])dari[ \t]+(?:unsur|[dD]aerah[ \t]+[pP]emilihan(?:[ \t]+\([ \t]*[dD]api[lL][ \t]*\))?|dapil|Dapil|DAPIL|fraksi|Fraksi)[ \t]+[^,.\n()]{1,40}?[ \t]*(?=,))?"
                    # "Presiden IsDB - Muhammad ...": a dash between spaces in a list of posts and holders
                    r"((?:,|(?<=[ \t])[–—-](?=[ \t]))[ \t]*)?(?:\((?![ \t]*(?:" + _BRACKETED_HONORIFICS + r")\b)[ \t]*[A-Z][\w .\-]{0,15}\)[ \t]*(?:,|[–—-](?=[ \t]))?[ \t]*)?"
                    # "Kepala Dinas X, almarhum Budi": the late holder named after the post
                    r"(?:(?<=[ \t,])(?:[aA]lmarhum(?:ah)?|[aA]lm\.)[ \t]+)?(\n[ \t]*)?"
                    # "Komandan Upacara (Danup) kali ini adalah Mayor Inf. X": a time phrase before the copula
                    # "Pejabat Pembuat Komitmen kegiatan (tersebut) adalah X": what the post serves, no verb ("Lurah
                    # itu adalah ...": a post made generic by a demonstrative names no holder)
                    r"(?:(?:(?:kali|saat|hari)[ \t]+ini[ \t]+|pada[ \t]+kesempatan[ \t]+(?:ini|itu)[ \t]+"
                    r"|(?!(?:itu|ini|tersebut)[ \t])(?:(?!me|ber|di[a-z])[a-z]{3,}[ \t]+){1,3}(?=adalah[ \t])"
                    # "Penjabat Kepala Desa X yang dilantik yaitu Budi": the holder installed in the post
                    r"|yang[ \t]+(?:dilantik|diangkat|dikukuhkan|ditetapkan)[ \t]+)?"
                    r"(?:adalah|yakni|yaitu|ialah)[ \t]+"
                    # "Jabatan Pj. Kepala Desa X dijabat oleh Budi": the holder the post is given to
                    r"|(?:kini[ \t]+|sementara[ \t]+)?dijabat[ \t]+oleh[ \t]+)?"
                    # "Ketua AJI Kota Kendari, ibu Rosniati Fikri": a form of address written lowercase
                    r"(?:(?:bapak|ibu|pak|bu|saudara|saudari)[ \t]+(?=[A-Z]))?")
# "Kapolres X bertindak sebagai Inspektur Upacara": the holder acts as the title
# "Budi dilantik sebagai Kepala Bagian X", "Budi ditunjuk sebagai Plt. Kepala Dinas Y": the post a person is
# installed in is that person's post, also when "resmi", "telah" or "sudah" says it is done
# "Budi yang menjabat (sebagai) Kepala Desa X": the post the person holds
# "Budi Santoso – Kabag. Protokol": a dash between spaces after a name, then the post it holds
# "Budi yang juga (menjabat) sebagai Pembina X", "Budi yang sekaligus Ketua X": a second post of the same person
_BEFORE_CUE_WORDS = (r"(?:,|\s(?:(?:bertindak|hadir|menjabat|(?:yang\s+)?(?:(?:resmi|telah|sudah)\s+)?(?:dilantik|dikukuhkan|diangkat|ditunjuk|ditetapkan))\s+)?(?:selaku|sebagai|merangkap|menjadi)"
                     r"|\syang\s+(?:juga|sekaligus)(?:\s+menjabat)?(?:\s+(?:sebagai|selaku))?"
                     r"|\syang\s+menjabat(?:\s+sebagai)?|\(|(?<=[a-z.])[ \t][–—-](?=[ \t])"
                     # "Budi, yang selama dua pekan bertindak sebagai Plh. Bupati X": how long the post was held
                     r"|,?\s(?:yang\s+)?(?:selama\s+(?:ini|(?:[\w-]+\s+){1,3}?(?:hari|pekan|minggu|bulan|tahun)(?:\s+terakhir)?)\s+)?"
                     r"(?:bertindak\s+(?:sebagai|selaku)|menjabat(?:\s+(?:sebagai|selaku))?)"
                     r"|\s(?:yang\s+)?merupakan)[ \t]*")


@lru_cache(maxsize=1)
def _qualifiers_after() -> frozenset[str]:
    """Words of status written after a post ("Bupati Terpilih"): post_qualifiers rows marked after."""
    return frozenset(r["word"] for r in load_tsv("post_qualifiers") if r.get("after") == "yes" and " " not in r["word"])


@lru_cache(maxsize=1)
def _post_change_cue() -> str:
    """'yang sebelumnya menjabat', 'kini bertugas sebagai', 'dirotasi menjadi' (data/post_change_cues.txt): the
    post that follows is another post of the person just named, held before, from now on or again."""
    words = sorted(load_list("post_change_cues"), key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return rf",?\s(?-i:(?:yang\s+)?(?:{alts})(?:\s+(?:sebagai|selaku|menjadi))?)[ \t]*"


@lru_cache(maxsize=1)
def _before_cue_re() -> re.Pattern[str]:
    """The cue between a name and the title after it, then a word of a former post ("Armin, yang juga mantan
    Asisten III ..."): the post is still this person's, its status says former."""
    former = sorted((r["word"] for r in load_tsv("post_qualifiers") if r["status"] == "former" and r.get("after") != "yes"),
                    key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in former)
    return re.compile(rf"(?:{_BEFORE_CUE_WORDS}|{_post_change_cue()})(?:(?:{alts})[ \t]+)?$", re.IGNORECASE)
_YANG_ACTS = re.compile(r"\byang\s+(?:\S+\s+){0,5}?bertindak\b", re.IGNORECASE)
_SUCCESSION = re.compile(r"\b(?:baru|lama|sebelumnya|definitif)\b")
_COPULA = re.compile(r"\b(?:adalah|yakni|yaitu|ialah)\b")
_COPULA_NAME = re.compile(r"[ \t]*,?[ \t]*(?:adalah|yakni|yaitu|ialah)[ \t]+(?:[A-Z]|(?:Bapak|Ibu|Dr|H|Hj)\.?)")
_ROLE_BEFORE = re.compile(r"\s(?:selaku|sebagai)[ \t]+$")
# a name read short ("Arsyad" of "Arsyad Bulu") may leave a few capitalized words before the role word
_ROLE_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t,]*(?:selaku|sebagai)\s")
_LEADING_INITIAL = re.compile(r"[ \t]*[A-Z][ \t]+[A-Z][a-z]{2,}")  # an initial written without its dot, then a name
_CHAIN_CUE_WORDS = r"\s(?:selaku|sebagai|yang\s+(?:juga|sekaligus)(?:\s+menjabat)?|merangkap|menjadi)[ \t]*"


@lru_cache(maxsize=1)
def _chain_cue_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_CHAIN_CUE_WORDS}|{_post_change_cue()})$")
# a clause that opens a sentence ("Mewakili Bupati, Budi membuka ..."); mid-sentence, "X mewakili Pj Bupati, Ir. Y"
# names the principal after the comma
_PRINCIPAL_BEFORE = re.compile(r"(?:^|[.!?][\"”]?[ \t]+|\n[ \t]*)(?:Mewakili|Atas[ \t]+nama)[ \t]+$")
_COMMA_AFTER = re.compile(r"[ \t]*,")
_FIELD_COLON = re.compile(r"[ \t]*:[ \t]*(?=[A-Z])")


@lru_cache(maxsize=1)
def _credit_labels() -> frozenset[str]:
    return frozenset(load_list("credit_labels"))  # "Redaktur: Budi" credits the release, no post
_NOT_BYLINE = {"rel", "red", "adv", "foto", "ant", "antara", "humas", "editor", "sumber", "ist", "dok"}


@Language.factory("warta_persons")
class PersonFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        honorific_re()

    def __call__(self, doc: Doc) -> Doc:
        for m in find(doc):
            add_mention(doc, m)
        return doc


_STREET_CUES = frozenset({"jalan", "jl", "jln"})


def _blocked(doc: Doc, start: int, end: int) -> bool:
    for kind in ("organization", "title", "venue"):  # "Gedung A.H. Nasution" names a building
        for m in mentions(doc, kind):
            if m.start < end and start < m.end:
                return True
    # "Jalan KH Abdul Halim": a street named after a person is a place
    return any(m.start < end and start < m.end and m.data.get("cue") in _STREET_CUES for m in mentions(doc, "place"))


def _street_names(doc: Doc) -> set[str]:
    """'Dalem Kaum' of 'Jalan Dalem Kaum': a street's name written bare elsewhere ("kawasan Dalem Kaum") is the
    street or its area, not a person."""
    out = set()
    for m in mentions(doc, "place"):
        if m.data.get("cue") in _STREET_CUES:
            words = m.text.split(None, 1)
            if len(words) == 2 and " " in words[1]:
                out.add(fold(words[1]))
    return out


@lru_cache(maxsize=1)
def _named_after_re() -> re.Pattern[str]:
    heads = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in sorted(load_set("named_after_heads"), key=len, reverse=True))
    quals = "|".join(re.escape(q).replace(r"\ ", r"[ \t]+") for q in sorted(load_set("named_after_qualifiers"), key=len, reverse=True))
    bracket = r"(?:[ \t]+\([^()\n]{1,12}\))?"
    return re.compile(rf"(?<![\w-])(?i:{heads}){bracket}(?:[ \t]+(?i:{quals})(?![\w-])){{0,2}}{bracket}[ \t]+$")


def _named_after(text: str, pos: int) -> re.Match[str] | None:
    """'Patung Ir. Soekarno', 'Lanud Sultan Hasanuddin': the name at `pos` is a statue's, church's or airport's."""
    return _named_after_re().search(text, max(0, pos - 60), pos)


_HOLDER_AFTER = re.compile(r"[ \t]*,[ \t]*")


def _patron_not_holder(text: str, p: Mention, starts: set[int]) -> bool:
    """A name right after a named-after head names the place; a post read before that head ("Dirjen X Tinjau
    Bandara Sultan Hasanuddin") does not make it a person. A post that takes the head and more in keeps its
    holder ("Kepala Bandara Kelas II Budi") unless a person follows after a comma ("Kepala UPBU Kelas II Frans
    Seda, Budi"); one that ends in the head names the port ("Syahbandar Pelabuhan X")."""
    m = _named_after(text, p.data.get("outer", [p.start])[0])
    if m is None:
        return False
    t = p.data.get("title")
    if not t or t.get("end", 0) <= m.start() \
            or " ".join(text[m.start():t["end"]].lower().split()) in load_set("named_after_heads"):
        return True
    c = _HOLDER_AFTER.match(text, p.data.get("outer", [p.start, p.end])[1])
    return c is not None and c.end() in starts


@lru_cache(maxsize=1)
def _civil_rank_end() -> re.Pattern[str]:
    return re.compile(rf",?[ \t]*\(?[ \t]*(?:(?:dengan[ \t]+)?pangkat[ \t]+)?(?:{civil_rank_re().pattern})[ \t]*\)?[ \t]*,?[ \t]*$")


def _before_civil_rank(text: str, cut: int) -> int:
    """'Budi, S.Sos, Penata Tingkat I (III/d), sebagai Kepala Seksi X': a civil servant's rank between the name
    and the post it is installed in, bare or in brackets; the name ends before it."""
    m = _civil_rank_end().search(text, max(0, cut - 60), cut)
    return m.start() if m else cut


def _weak_lines(text: str) -> list[tuple[int, int]]:
    """Headline-like lines (capitalized words, no final stop) where verbs are capitalized too."""
    out = []
    pos = 0
    for line in text.split("\n")[:3]:
        words = line.split()
        if 2 < len(words) <= 25 and not line.rstrip().endswith("."):
            caps = sum(1 for w in words if w[:1].isupper())
            if caps / len(words) > 0.6:
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _person(r: NameRead, how: str, title: Mention | None = None, source: str = "rule", weak: bool = False) -> Mention:
    return Mention(r.start, r.end, r.name, kind="person", source=source, data={
        "name": r.name, "honorifics": r.honorifics, "degrees": r.degrees, "how": how,
        "title": _title_ref(title), "weak": weak, "outer": [r.outer_start, r.outer_end]})


_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*")
_BRACKET_CLOSE = re.compile(r"[ \t]*(?:,[^()\n]{0,40})?\)")


def _holder_in_brackets(doc: Doc, text: str, t: Mention, titles: list[Mention]) -> NameRead | None:
    """'dibuka oleh Wali Kota X (Bapak H. Budi Santoso, SE)': the holder's name in brackets after the post; a
    name of two words or more, or one that a form of address opens, fills the bracket, and no post or body does
    ("(Wamenhan RI)", "(Irjen Kemhan)" are the post's short form)."""
    m = _BRACKET_OPEN.match(text, t.end)
    if m is None:
        return None
    r = read_name(text, m.end())
    if r is None or not (r.honorifics or len(r.name.split()) >= 2) or not _BRACKET_CLOSE.match(text, r.outer_end):
        return None
    if any(m.end() <= x.start < r.outer_end for x in titles) or _org_at(doc, r.start) is not None \
            or any(_org_at(doc, r.start + w.start()) is not None for w in re.finditer(r"\S+", text[r.start:r.end])):
        return None
    return r


def _title_ref(t: Mention | None) -> dict | None:
    if t is None:
        return None
    return {"text": t.text, "start": t.start, "end": t.end, **t.data}


def _holding(p: Mention, how: str, title: dict | None, source: str | None = None) -> Mention:
    """The person `p` holding the post `title`, read by way of `how` ("chain", "handover", "stacked", ...)."""
    return Mention(p.start, p.end, p.text, kind="person", source=source or p.source,
                   data={**p.data, "how": how, "title": title})


def find(doc: Doc) -> list[Mention]:
    text = doc_text(doc)
    weak_lines = _weak_lines(text)

    def weak(pos: int) -> bool:
        return any(a <= pos < b for a, b in weak_lines)

    titles = sorted(mentions(doc, "title"), key=lambda m: m.start)
    out: list[Mention] = []
    named: dict[int, Mention] = {}  # title start -> person mention
    claimed: set[tuple[int, int]] = set()
    for t in titles:
        if _PRINCIPAL_BEFORE.search(text[max(0, t.start - 20):t.start]) and _COMMA_AFTER.match(text, t.end):
            continue  # "Mewakili Bupati, Andi Rusdi ...": the post is the principal's, the name the stand-in's
        held = _holder_in_brackets(doc, text, t, titles)
        if held is not None:
            p = _person(held, "after", t, weak=weak(held.start))
            out.append(p)
            named[t.start] = p
            claimed.add((held.start, held.end))
            continue
        ranked = _holder_after_unit_comma(doc, text, t)
        if ranked is not None:
            extended, r = ranked
            p = _person(r, "after", t, weak=weak(r.start))
            p.data["title"] = extended
            p.data["comma"] = True
            out.append(p)
            named[t.start] = p
            claimed.add((r.start, r.end))
            continue
        chained = _bodies_then_name(doc, text, t)
        if chained is not None:
            body_end, r = chained
            p = _person(r, "after", t, weak=weak(r.start))
            p.data["title"] = _extended_title(text, p.data["title"], body_end)
            p.data["comma"] = True
            out.append(p)
            named[t.start] = p
            claimed.add((r.start, r.end))
            continue
        at = _past_affiliation(doc, text, t.end, t)
        field = _FIELD_COLON.match(text, at)
        if field and t.text.lower() not in _credit_labels() \
                and not text[text.rfind("\n", 0, t.start) + 1:t.start].strip(" \t-•*0123456789.)"):
            at = field.end()  # "Komandan Upacara : AKBP X", "Ketua Panitia : Budi": a report's field names the holder
        m = _AFTER.match(text, at)
        newline = bool(m.group(2))
        r = read_name(text, m.end(), allow_newline=False, name_slot=bool(m.group(1)) and not newline)
        if r is None and not newline and _LEADING_INITIAL.match(text, m.end()):
            r = read_name(text, m.end(), allow_newline=False, name_slot=True)  # "Kadis Kominfo M Ridwan hadir"
        # "Kepala Biro Umum (BU), Kementerian X, Budi": a comma after the post's short form sets off the body too
        comma = bool(m.group(1)) or _SHORT_FORM_COMMA.search(m.group(0)) is not None
        if r is None and comma and not newline:
            r = _name_after_org(doc, text, m.end())
        elif r is not None and comma and not newline and not r.honorifics and _org_at(doc, r.start) is not None:
            # "Kepala Biro X, Kemendikdasmen, Budi": the word read as a name is the body the post sits in
            r = _name_after_org(doc, text, m.end()) or r
        if r is None and not newline:
            r = _capitals_name(doc, text, m.end())
        placed_slot = False
        if r is None and not newline and _closed_by_place(doc, t):
            # "Camat Bekasi Selatan Karya Sukmajaya": a post closed by its place is followed by the holder, whose
            # name may open with a dictionary word when name words follow it
            r = read_name(text, m.end(), name_slot=True)
            placed_slot = r is not None
        if r is None or (newline and not r.honorifics):
            continue
        unit_end = None
        misspelt = None if r.honorifics else _misspelt_known(text, r.name.split()[0])
        if misspelt == "body":
            continue  # "Ketua Mejelis Taklim X": the body's head misspelt, the title's unit goes on
        if misspelt:
            rest = _past_first_word(text, r)  # "Setdakot Tanjunhbalai Darwansyah": the region misspelt, then the holder
            if rest is None:
                continue
            unit_end, r = rest.outer_start, rest
        if t.data.get("glued") and not r.honorifics:
            glued = _name_after_glued_unit(text, r)
            unit_end, r = (glued.outer_start, glued) if glued is not r else (None, r)
        if _blocked(doc, r.start, r.end) or not _plausible_after(text, t, r, bool(m.group(1)), doc):
            continue
        if not r.honorifics and not m.group(1) and r.name.split()[0].lower() in _qualifiers_after():
            continue  # "Kepala Desa Terpilih Hasil Pilkades": the post's status in a title-case phrase, no holder
        if len(r.name.split()) == 1 and not r.honorifics and _NUMBERED.match(text, r.end):
            continue  # "Ruang Rapat Bupati Lt. 2": a word written short before its number, no holder
        if t.data.get("english") and not _model_person(doc, r) and not _holder_after_closed_body(t, r, bool(m.group(1))):
            continue  # "... of Destroyer Squadron SEVEN, United States": after an English post, only a name the model reads
        if not r.honorifics and not r.degrees and not m.group(1) and _EPITHET_END.match(text, r.outer_end):
            continue  # "…,” lanjut Kadis Parekraf itu": a post and its unit with a demonstrative, an epithet
        if not r.honorifics and not r.degrees and len(r.name.split()) >= 2 and _common_phrase(r.name) \
                and not (m.group(1) and closes_name_slot(text, r.outer_end)):
            continue  # "Direktur Penataan Spektrum Frekuensi Radio, ...": the post's unit, in words text writes lowercase
        if m.group(1) and _ROLE_BEFORE.search(text, max(0, t.start - 12), t.start) \
                and _ROLE_AFTER.match(text, r.outer_end):
            continue  # "A selaku Kepala BPS, B selaku Kepala Bidang": B holds the next title, not this one
        holder = _holder_after_unit(doc, text, r)
        if holder is not None:
            # "Kasubdit Multilateral Ditkersinhan Ditjen Strahan Kemhan, Kolonel Arm Aziz Mahmudi": the words read
            # as a name are the post's unit; the holder comes after the comma and the rank
            p = _person(holder, "after", t, weak=weak(holder.start))
            p.data["title"] = _extended_title(text, p.data["title"], holder.outer_start)
            out.append(p)
            named[t.start] = p
            claimed.add((holder.start, holder.end))
            continue
        p = _person(r, "after", t, weak=weak(r.start))
        if unit_end is not None:
            p.data["title"] = _extended_title(text, p.data["title"], unit_end)
        p.data["comma"] = bool(m.group(1))
        if _SUCCESSION.search(m.group(0)):
            p.data["succession"] = True  # "Kapolsek baru, Budi": the one post the text names, not a bare comma
        p.data["placed_slot"] = placed_slot
        if _COPULA.search(m.group(0)):
            p.data["copula"] = True  # "Deputi X, yakni Suharmen": the text itself says this is the holder's name
        out.append(p)
        named[t.start] = p
        claimed.add((r.start, r.end))
    by_start = {t.start: t for t in titles}
    out.extend(_paired_heads(text, titles, named, out))
    for t in reversed(titles):
        # "Menteri Lingkungan Hidup/Kepala BPLH Hanif": two posts joined by a slash have one holder
        gap = text[t.end:t.end + 4]
        nxt = next((by_start[t.end + k] for k in range(len(gap) + 1) if t.end + k in by_start), None)
        if t.start not in named and nxt is not None and nxt.start in named \
                and text[t.end:nxt.start].strip(" \t") == "/":
            holder = named[nxt.start]
            p = _holding(holder, "slash", _title_ref(t), source="rule")
            out.append(p)
            named[t.start] = p
    for t in titles:
        if t.start in named:
            continue
        before = text[max(0, t.start - 60):t.start]
        chain = _chain_cue_re().search(before)
        if chain:
            # "Pratikno Menteri Sekretaris Negara menjadi Plt. Seskab": the second title joins the first's holder
            cue_start = t.start - len(before) + chain.start()
            prev = next((x for x in titles if x.end == cue_start and x.start in named), None)
            if prev is not None:
                holder = named[prev.start]
                p = _holding(holder, "chain", _title_ref(t), source="rule")
                out.append(p)
                named[t.start] = p
                continue
        cue = _before_cue_re().search(before)
        if cue and t.text[:1].islower() and _YANG_ACTS.search(cue.group(0)):
            continue  # "Budi, yang bertindak sebagai pembina apel": a duty at one ceremony, written lowercase
        cut = t.start - len(before) + cue.start() if cue else t.start
        if not cue and not re.search(r"[ \t]$", before):
            continue
        holder = _holder_ending_at(text, out, cut) if cue and cue.group(0).strip(" \t,(") else None
        if holder is not None:
            # "Bupati Sigi Rizal yang juga Ketua X": the name read after the first post takes the second
            p = _holding(holder, "chain", _title_ref(t), source="rule")
            out.append(p)
            named[t.start] = p
            continue
        if cue:
            cut = _before_civil_rank(text, cut)
        r = read_name_before(text, cut)
        if r is None and cue and cue.group(0).strip(" \t,(").lower() in ("selaku", "sebagai"):
            r = _with_lowercase_surname(text, cut)  # "Joko sutrisno sebagai Asisten Daerah II"
        if r is None and cue and cue.group(0).strip(" \t,(").lower() in ("selaku", "sebagai"):
            r = _with_word_surname(doc, text, cut)  # "Arsyad Bulu sebagai Kepala Dinas Sosial"
        if r is None or _blocked(doc, r.start, r.end) or (t.data.get("english") and not _model_person(doc, r)):
            continue
        if any(a <= r.start and r.end <= b for a, b in claimed) and not (cue and cue.group(0).strip(" \t,(")):
            continue  # a list "Jabatan, Nama, Jabatan": that name belongs to the title before it; "selaku" joins it
        if not cue and any(x.end <= r.start and r.start - x.end <= 2 for x in titles):
            continue
        if not r.honorifics and not r.degrees and _common_phrase(_ROMAN_WORD.sub("", r.name)):
            continue  # "Juara II Sahli Panglima TNI": a rank in a list of winners, not a name
        p = _person(r, "before", t, weak=weak(r.start))
        p.data["role_word"] = bool(cue and cue.group(0).strip(" \t,("))  # "selaku", "sebagai"
        out.append(p)
        named[t.start] = p
    out.extend(_honorific_anchored(doc, out, weak))
    out.extend(_cue_anchored(doc, out, weak))
    out.extend(_appositions(doc, out, weak))
    out.extend(_degree_anchored(doc, out, weak))
    out.extend(_origin_anchored(doc, out, weak))
    out.extend(_byline_persons(doc, out))
    out.extend(_credit_persons(doc, out))
    out.extend(_signature_persons(doc, out))
    out = _reconcile_with_model(doc, out)
    out.extend(_ner_persons(doc, out, weak))
    out = _running_pairs(doc, text, out, weak)
    out = _listed_with_persons(text, out)
    out = _members_listed(text, out)
    out.extend(_stacked_posts(text, titles, out))
    out.extend(_post_then_spouse_phrase(text, titles, out))
    out = _without_title_abbreviations(text, titles, out)
    out = [p for p in out if not _lone_place(p) and not _english_body_name(p)
           and not _UNIT_EPITHET.search(text, max(0, p.start - 8), p.start)
           and fold(p.data.get("name", p.text)) not in _event_phrases() and not _DESIGNATION_AFTER.match(text, p.end)
           and fold(p.data.get("name", p.text)) not in _pledge_names()]
    streets = _street_names(doc)
    out = [p for p in out if not (fold(p.data.get("name", p.text)) in streets and not p.data.get("title")
                                  and not p.data.get("honorifics"))]
    starts = {p.start for p in out}
    out = [p for p in out if not _patron_not_holder(text, p, starts)]
    out = _nicknames_joined(text, out)
    out.extend(_former_post_epithets(text, titles, out))
    out = _handed_over(text, titles, out)
    out = _respectively(text, titles, out)
    _bodies_as_posts(doc, text, titles, out)
    _chairs_of_bodies(doc, text, out)
    themes = _theme_spans(text)
    if themes:  # a theme is a slogan: "Penyuluh Agama Garda Terdepan ..." names nobody
        out = [p for p in out if not any(a <= p.start < b for a, b in themes)]
    return out


# forms of address of scholars and clergy: a body written right before them is where the person speaks from
_AFFILIATION_ADDRESS = frozenset({"dr", "prof", "pendeta", "pdt", "romo", "pastor", "ustadz", "ustad", "kh", "habib",
                                  "uskup", "bhikkhu", "pandita"})


def _bodies_as_posts(doc: Doc, text: str, titles: list[Mention], found: list[Mention]) -> None:
    """'Majelis Agama Kristen Kota X, Pendeta Y', 'DPP Asosiasi Z Dr. W': a body (not the government's) written right
    before a scholar's or a clergyman's name, with no post of its own, is the position the person holds there."""
    # a government body before a name is a post written short ("BKN Prof. X" for its head), not a seat in it
    orgs = [o for o in mentions(doc, "organization") if o.data.get("kind") != "government"
            and not any(t.start <= o.start < t.end for t in titles)]
    ends = {o.end: o for o in orgs}
    for p in found:
        hon = p.data.get("honorifics") or []
        if p.data.get("title") or not hon or fold(hon[0].strip(" .,")) not in _AFFILIATION_ADDRESS:
            continue
        start = p.data.get("outer", [p.start])[0]
        gap = re.search(r"[ \t]*,?[ \t]*$", text[max(0, start - 4):start])
        org = ends.get(start - len(gap.group(0))) if gap else None
        before = re.search(r"(\S+)[ \t]*$", text[max(0, org.start - 30):org.start]) if org is not None else None
        if org is None or (before and before.group(1)[:1].isupper()):
            continue  # "Marsekal TNI Dr. X", "Ketua lkatan Alumni Unhan RI Dr. X": the body is inside a longer phrase
        p.data["title"] = {"text": org.text, "start": org.start, "end": org.end, "head": org.text,
                           "head_written": org.text, "acting": None, "takes": "none", "unit": None,
                           "has_tail": False, "corrected": org.text, "org": org.text}


# "Kelompok Tani X yang diketuai Y", "KUPS X, diketuai oleh Y": the body named right before the verb
_CHAIRED_BY = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+yang[ \t]+|[ \t]+)diketuai(?:[ \t]+oleh)?[ \t]+$")


def _chairs_of_bodies(doc: Doc, text: str, found: list[Mention]) -> None:
    """'Kelompok Tani X yang diketuai Y': a person after "diketuai (oleh)" chairs the body named right before."""
    orgs = mentions(doc, "organization")
    if not orgs or "diketuai" not in text:
        return
    ends = {o.end: o for o in orgs}
    for p in found:
        if p.data.get("title"):
            continue
        start = p.data.get("outer", [p.start])[0]
        m = _CHAIRED_BY.search(text, max(0, start - 30), start)
        org = ends.get(m.start()) if m else None
        if org is None:
            continue
        p.data["title"] = {"text": org.text, "start": org.start, "end": org.end, "head": "Ketua",
                           "head_written": "Ketua", "acting": None, "takes": "org", "unit": None,
                           "has_tail": True, "corrected": f"Ketua {org.text}", "org": org.text}


@lru_cache(maxsize=1)
def _handover_re() -> re.Pattern[str]:
    """The nouns of a handover of a post ("serah terima jabatan", "sertijab", "pisah sambut"), a short form in
    brackets after them, then the end of the window before the post."""
    cues = sorted((r["cue"] for r in load_tsv("event_kinds") if r["kind"] == "serah terima jabatan"), key=len,
                  reverse=True)
    alts = "|".join(re.escape(c).replace(r"\ ", r"[ \t]+") for c in cues)
    return re.compile(rf"(?<![\w-])(?:{alts})(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]+$", re.IGNORECASE)


_HANDOVER_FROM = re.compile(r"[ \t,]+dari[ \t]+")
# "Jabatan Kapolsek X diserahterimakan dari A kepada B": the passive form of the handover
_HANDOVER_PASSIVE = re.compile(r"[ \t]+(?:resmi[ \t]+)?diserahterimakan[ \t]+dari[ \t]+")
_POST_WORD_BEFORE = re.compile(r"(?<![\w-])[Jj]abatan[ \t]+$")
_HANDOVER_TO = re.compile(r"[ \t,]+(?:kepada|ke)[ \t]+")


def _handed_over(text: str, titles: list[Mention], found: list[Mention]) -> list[Mention]:
    """'serah terima jabatan (sertijab) Kepala Dinas X dari A kepada B': the post is handed from its outgoing
    holder to the new one; both held it, so both take it. The new holder's own titled mention elsewhere ("Menkeu
    Purbaya") is how the text names his post; the handover then adds nothing to it."""
    out = list(found)

    def titled_elsewhere(i: int) -> bool:
        words = set(fold(out[i].data.get("name", out[i].text)).split())
        return any(j != i and q.data.get("title") and set(fold(q.data.get("name", q.text)).split()) <= words
                   for j, q in enumerate(out))
    for t in titles:
        passive = _HANDOVER_PASSIVE.match(text, t.end) if _POST_WORD_BEFORE.search(text, max(0, t.start - 9), t.start) else None
        if passive is None and not _handover_re().search(text, max(0, t.start - 50), t.start):
            continue
        m = passive or _HANDOVER_FROM.match(text, t.end)
        giver = _untitled_at(text, out, m.end()) if m else None
        n = _HANDOVER_TO.match(text, out[giver].end) if giver is not None else None
        taker = _untitled_at(text, out, n.end()) if n else None
        for i in (giver, taker):
            if i is not None and not (i == taker and titled_elsewhere(i)):
                p = out[i]
                out[i] = _holding(p, "handover", _title_ref(t))
    # "Kapolres Poso AKBP A digantikan oleh AKBP B": the successor takes the post the outgoing holder was named with
    for p in list(out):
        if not p.data.get("title") or p.data.get("how") not in ("after", "before"):
            continue
        m = _REPLACED_BY.match(text, p.data.get("outer", [p.start, p.end])[1])
        if m is None:
            continue
        nxt = next((q for q in out if m.end() <= q.start <= m.end() + 12 and q.data.get("outer", [q.start])[0] >= m.end()
                    and text[m.end():q.start].strip(" \t").count(" ") <= 2), None)
        if nxt is not None and nxt is not p:
            out.append(_holding(nxt, "successor", p.data["title"]))
    return out


_RESPECTIVELY = re.compile(r"[ \t]+masing-masing[ \t]+(?:(?:menjabat|dilantik|ditunjuk|diangkat)[ \t]+)?(?:sebagai|selaku|menjadi)[ \t]+")
_RESPECTIVE_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:dan|serta)?|dan|serta)[ \t]*")


def _respectively(text: str, titles: list[Mention], found: list[Mention]) -> list[Mention]:
    """'A dan B masing-masing sebagai Kepala Dinas X dan Kepala Dinas Y': the names and the posts pair in order."""
    out = list(found)
    if "masing-masing" not in text:
        return out
    for m in _RESPECTIVELY.finditer(text):
        posts, at = [], m.end()
        while (t := next((x for x in titles if x.start == at), None)) is not None:
            posts.append(t)
            j = _RESPECTIVE_JOIN.match(text, t.end)
            if not j or j.end() == t.end:
                break
            at = j.end()
        names, end = [], m.start()
        while (p := next((q for q in out if not q.data.get("title")
                          and abs(end - (e := q.data.get("outer", [q.start, q.end])[1])) <= 2
                          and not text[min(e, end):max(e, end)].strip(" \t,")), None)) is not None:
            names.insert(0, p)
            start = p.data.get("outer", [p.start])[0]
            j = re.search(r"(?:,[ \t]*(?:dan|serta)?|[ \t]dan|[ \t]serta)[ \t]*$", text[max(0, start - 8):start])
            if not j:
                break
            end = start - len(j.group(0))
        if len(names) >= 2 and len(names) == len(posts):
            for p, t in zip(names, posts):
                out.append(_holding(p, "respectively", _title_ref(t)))
    return out


_REPLACED_BY = re.compile(r"[ \t]*,?[ \t]*(?:yang[ \t]+)?(?:akan[ \t]+)?digantikan[ \t]+oleh[ \t]+")


def _untitled_at(text: str, found: list[Mention], pos: int) -> int | None:
    """The index of the person without a title whose name (honorifics included) starts at `pos`."""
    return next((i for i, p in enumerate(found) if not p.data.get("title")
                 and p.data.get("outer", [p.start])[0] <= pos + 12 and pos <= p.start <= pos + 12
                 and not text[pos:p.start].strip(" \t").count(" ") > 2), None)


# "…,” lanjut Kadis Parekraf itu.": no holder's name is followed by a demonstrative closing the clause
_EPITHET_END = re.compile(r"[ \t]+(?:ini|itu|tersebut)[ \t]*(?:[,.;:!?\"”)]|\n|$)")
# "…,” jelas mantan Kepala Badan X itu": a former post with a demonstrative, and no name of its own
_FORMER_BEFORE = re.compile(r"(?<![\w-])(?:mantan|eks)[ \t]+$", re.IGNORECASE)
_DEMONSTRATIVE_AFTER = re.compile(r"[ \t]+(?:ini|itu|tersebut)\b")


def _former_post_epithets(text: str, titles: list[Mention], found: list[Mention]) -> list[Mention]:
    """'…,” jelas mantan Kepala Badan Kesbangpol X itu', 'Mantan Camat Pinggir ini berpesan': a former post written
    with "ini/itu" names no one new; it is an epithet of the person the text has just spoken of."""
    out = []
    for t in titles:
        if not _FORMER_BEFORE.search(text, max(0, t.start - 10), t.start) or not _DEMONSTRATIVE_AFTER.match(text, t.end):
            continue
        if any(p.start <= t.start < p.end or t.start <= p.start < t.end for p in found):
            continue
        holder = max((p for p in found if p.end <= t.start), key=lambda p: p.end, default=None)
        if holder is None or t.start - holder.end > 600:
            continue
        out.append(_holding(holder, "epithet", _title_ref(t)))
    return out


# "Kodim 0303/Siak", "Yonif TP 823/Raja Wakaaka", "Makodam XVII/Cenderawasih": a military unit's number (Arabic or
# Roman), a slash, then its epithet (not a person)
# "Sukhoi Su-27", "KRI Usman Harun-359": a name glued to a number by a hyphen is a type or a vessel
_DESIGNATION_AFTER = re.compile(r"-\d")
_UNIT_EPITHET = re.compile(r"(?:\d|\b[IVXL]+)/[ \t]?$")

# "Andi Budi Santoso atau biasa disapa Bang Ubay": the name after the cue is what the text calls that person later
# ("Andi Budi Santoso yang akrab disapa Ubay" without "atau" too)
# ("Muhammad Arif alias Ucok", and one or two name words in brackets right after the name: "Mochtar Hasyim (Ota)")
_NICKNAME_CUE = re.compile(r"[ \t]*,?[ \t]*(?:(?:\(?[ \t]*)?(?:atau[ \t]+(?:yang[ \t]+)?(?:(?:biasa|kerap|akrab|sering|lebih)"
                           r"[ \t]+)?(?:disapa|dipanggil|dikenal[ \t]+dengan|dikenal)"
                           r"|(?:yang[ \t]+)?(?:biasa|kerap|akrab|sering)[ \t]+(?:disapa|dipanggil))[ \t]+"
                           r"|alias[ \t]+|\([ \t]*(?=[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?[ \t]*\)))")
# "ujar Cak Ubay, sapaan akrab Wali Kota X": the name before the cue is what the text calls the holder of that post
_NICKNAME_OF = re.compile(r"[ \t]*,?[ \t]*(?:adalah[ \t]+)?sapaan[ \t]+(?:akrab[ \t]+)?")


@lru_cache(maxsize=1)
def _epithet_nickname_re() -> re.Pattern[str]:
    """'…,” ujar Fakhrunnisa. Perempuan yang akrab disapa Icha itu ...': a noun for the person just named, up to
    four words of what it says of them, then the nickname cue."""
    nouns = "|".join(re.escape(w) for w in sorted(load_list("person_epithet_nouns"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?i:{nouns})[ \t]+(?:[\w.-]+[ \t]+){{0,4}}?(?:yang[ \t]+)?"
                      r"(?:biasa|kerap|akrab|sering)[ \t]+(?:disapa|dipanggil)[ \t]+(?=[A-Z])")


def _epithet_nicknames(text: str, found: list[Mention], full: dict[str, str]) -> None:
    """A nickname introduced after a noun for the person ("Pria yang akrab disapa Ochank itu") is the nickname of
    the person named last before it."""
    for m in _epithet_nickname_re().finditer(text):
        r = read_name(text, m.end())
        address = re.match(r"([A-Z][a-z]+)[ \t]+(?=[A-Z])", text[m.end():m.end() + 30])
        if r is None and address and fold(address.group(1)) in common_words():
            r = read_name(text, m.end() + address.end())  # "disapa Dokter Ochank": a word of address first
        before = [p for p in found if p.end <= m.start() and m.start() - p.end <= 600]
        if r is None or not before:
            continue
        named = max(before, key=lambda p: p.end)
        if fold(r.name) != fold(named.data["name"]) and fold(r.name) not in full:
            full[fold(r.name)] = named.data["name"]


def _post_at(text: str, holder: Mention, at: int) -> bool:
    """The post of holder is written at `at` (its own mention there, or the same words again)."""
    post = holder.data.get("title") or {}
    words = post.get("text")
    return bool(words) and (post.get("start") == at or fold(text[at:at + len(words)]) == fold(words))


_BARE_HEAD_AT = re.compile(r"(?:akrab)?nya\b|([A-Z][\w ]{1,30}?)(?=[ \t]*[,.;:!?)”\"]|[ \t]+(?:itu|ini|tersebut)\b)")


def _bare_post_holder(text: str, found: list[Mention], p: Mention, at: int) -> Mention | None:
    """'kata Melki, sapaan akrab Gubernur.', 'tegas Bupati Hery, sapaan akrabnya': a nickname tied to a post written
    by its head alone (or to the nickname's own bare post) is that of the one person the text gives that post in full."""
    m = _BARE_HEAD_AT.match(text, at)
    if m is None:
        return None
    own = p.data.get("title") or {}
    written = m.group(1) or (None if own.get("has_tail") else own.get("head"))
    holders = {q.data["name"] for q in found if q is not p and (q.data.get("title") or {}).get("has_tail")
               and (head := (q.data.get("title") or {}).get("head")) and written
               and (written == head or written.startswith(head + " "))}
    if len(holders) != 1:
        return None
    name = holders.pop()
    return next(q for q in found if q.data["name"] == name)


def _nicknames_joined(text: str, found: list[Mention]) -> list[Mention]:
    """Mentions of a nickname take the full name they were introduced with, so both are one person."""
    full: dict[str, str] = {}
    for p in found:
        cue = _NICKNAME_CUE.match(text, (p.data.get("outer") or [p.start, p.end])[1])
        r = cue and read_name(text, cue.end())
        if r and fold(r.name) != fold(p.data["name"]):
            full[fold(r.name)] = p.data["name"]
        of = _NICKNAME_OF.match(text, (p.data.get("outer") or [p.start, p.end])[1])
        if of:
            held = next((q for q in found if q is not p and (q.start == of.end() or _post_at(text, q, of.end()))),
                        None) or _bare_post_holder(text, found, p, of.end())
            if held is not None and fold(held.data["name"]) != fold(p.data["name"]):
                full[fold(p.data["name"])] = held.data["name"]
    _epithet_nicknames(text, found, full)
    if not full:
        return found
    return [Mention(p.start, p.end, p.text, kind="person", source=p.source, data={
                **p.data, "name": full[fold(p.data["name"])], "nickname": p.data["name"]})
            if fold(p.data["name"]) in full else p for p in found]


_ABBREVIATION_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z]{2,15})[ \t]*\)")


_PAIR_JOIN = re.compile(r"[ \t]+dan[ \t]+")
_NAME_PAIR_JOIN = re.compile(r"[ \t]*(?:[–—-]|/|&|dan)[ \t]*")


def _paired_heads(text: str, titles: list[Mention], named: dict[int, Mention], out: list[Mention]) -> list[Mention]:
    """'Bupati dan Wakil Bupati Musa Ahmad – Ardito Wijaya', 'Gubernur dan Wakil Gubernur Sulteng Rusdy dan
    Ma'mun', 'Camat Dolo dan Camat Kulawi, Yusran dan Merry': a pair of posts, then a pair of names, in the same
    order."""
    added = []
    by_start = {t.start: t for t in titles}
    for t in titles:
        join = _PAIR_JOIN.match(text, t.end)
        second = by_start.get(join.end()) if join else None
        holder = named.get(second.start) if second is not None else None
        if holder is None or t.start in named:
            continue
        shared_tail = not t.data.get("has_tail") and second.data.get("has_tail")
        # "Kepala Dinas Sosial dan Kepala Dinas Kesehatan, Yusran dan Merry": two whole posts, then their holders
        whole = t.data.get("has_tail") and second.data.get("has_tail")
        if not (second.data.get("head", "").startswith("Wakil") or shared_tail or whole):
            continue
        outer_end = (holder.data.get("outer") or [holder.start, holder.end])[1]
        gap = _NAME_PAIR_JOIN.match(text, outer_end)
        r = read_name(text, gap.end()) if gap and gap.end() > outer_end else None
        if r is None or _covered(out + added, r.start, r.end):
            continue
        ref = _title_ref(t)
        if shared_tail:
            # "Ketua dan Sekum PWI, Sarjono dan Mahdar": the first head is of the body the second one names
            tail = second.data["corrected"][len(second.data.get("head_written", "")):]
            ref = {**ref, "corrected": ref["corrected"] + tail, "has_tail": True, "org": second.data.get("org")}
        first = _holding(holder, "pair", ref)
        out.remove(holder)
        added += [first, _person(r, "pair", second)]
        named[t.start] = first
        named[second.start] = added[-1]
    return added


def _without_title_abbreviations(text: str, titles: list[Mention], found: list[Mention]) -> list[Mention]:
    """'Wakil Menteri Pertahanan (Wamenhan)' makes "Wamenhan" a title wherever it is written: a name read as
    "Wamenhan" is dropped, and "Wamenkeu Suahasil" is the name "Suahasil"."""
    abbreviations = {m.group(1) for t in titles if (m := _ABBREVIATION_AFTER.match(text, t.end))}
    if not abbreviations:
        return found
    out = []
    for p in found:
        words = p.data["name"].split()
        if words[0] not in abbreviations:
            out.append(p)
            continue
        if len(words) == 1:
            continue
        start = text.find(words[1], p.start)
        if start < 0 or start >= p.end:
            out.append(p)
            continue
        name = " ".join(words[1:])
        out.append(Mention(start, p.end, text[start:p.end], kind="person", source=p.source,
                           data={**p.data, "name": name, "honorifics": [], "outer": [start, p.data["outer"][1]]}))
    return out


_SHORT_FORM_COMMA = re.compile(r"\)[ \t]*,")


def _org_at(doc: Doc, pos: int) -> Mention | None:
    """The longest organization read from `pos`."""
    return max((o for o in mentions(doc, "organization") if o.start == pos), key=lambda o: o.end, default=None)


_ORG_GAP = re.compile(r"[ \t]*(?:\([ \t]*[A-Z][\w\-]{1,14}[ \t]*\)[ \t]*)?,[ \t]*")


def _name_after_org(doc: Doc, text: str, pos: int) -> NameRead | None:
    """'Kepala Pusat Penyuluhan, Badan Penyuluhan Pertanian (BPP), Dr. Sri Wahyuni': the title's body in
    apposition, then the name."""
    org = _org_at(doc, pos)
    if org is None:
        return None
    end = org.end
    span = org.data.get("continuation_span")
    gap = _ORG_GAP.match(text, end)
    if gap and span and span[0] > end and text[end:span[0]].strip(" \t").startswith("("):
        gap = _ORG_GAP.match(text, span[1]) if text[span[1]:span[1] + 1] in ", " else None
    if gap is None:
        return None
    r = read_name(text, gap.end())
    if r is not None and any(m.start == r.start and m.end == r.end for m in mentions(doc, "place")):
        return None  # "Wamenhan RI, Kementerian Pertahanan, Jakarta": the body's seat, not a name
    return r


_BODY_CLOSE = re.compile(r"[ \t]*(?:\([ \t]*[A-Z][\w\-]{1,14}[ \t]*\))?[ \t]*,?[ \t]*")


def _bodies_then_name(doc: Doc, text: str, title: Mention) -> tuple[int, NameRead] | None:
    """'Kabid Angkutan Jalan, Dishub X, Budi' or 'Ketua Tim Y, Direktorat Z, Kementerian W (Kemw) Budi': a post
    whose words name only a portfolio, then the bodies it sits in after commas, then the holder. The bodies
    finish the title; returns where they end and the name."""
    if title.data.get("english"):
        return None
    starts: dict[int, int] = {}
    teams = set()  # "Ketua Tim X, Direktorat Y, ...": the team a post leads sits in the bodies named after it
    for o in mentions(doc, "organization"):
        starts[o.start] = max(starts.get(o.start, 0), o.end)
        if o.data.get("unit") == "Tim":
            teams.add(o.text)
    if title.data.get("org") and title.data["org"] not in teams:
        return None
    pos, body_end = title.end, None
    while (gap := _ORG_GAP.match(text, pos)) is not None and gap.end() in starts:
        body_end = pos = starts[gap.end()]
    if body_end is None:
        return None
    r = read_name(text, _BODY_CLOSE.match(text, body_end).end())
    if r is None or r.start in starts or _blocked(doc, r.start, r.end) or not _model_person(doc, r):
        return None
    return body_end, r


# "Komandan Skadron Udara 11 (Danskadron Udara 11), Letkol Pnb X", "Panglima Kodam XIV/ Hasanuddin, Mayjen TNI X":
# unit words, numbers, slashes and bracketed short forms after a title, up to a comma on the same line (possessive:
# a word is never split into two, which would make a long capitalized run without a comma backtrack for long)
_UNIT_RUN = re.compile(r"(?:[ \t]*+(?:[A-Z][\w\-']*+\.?|\d[\w\-]*+|/|&|dan|\([^()\n,;]{1,40}\))){1,10}?[ \t]*,[ \t]*")


def _holder_after_unit_comma(doc: Doc, text: str, title: Mention) -> tuple[dict, NameRead] | None:
    """A title whose unit the grammar stops short of, then a comma, a rank and a name: the rank after the comma
    opens the holder, so all the words before the comma are the post's unit. Returns the title read to the comma
    and the name. A rank, a second post or a name the model reads in the run (a list of attendees) stops it."""
    if title.data.get("english"):
        return None
    m = _UNIT_RUN.match(text, title.end)
    if m is None:
        return None
    unit_end = title.end + len(text[title.end:m.end()].rstrip(" \t,"))
    r = ranked_name_after(text, m.end() - 1, address=True)  # "Kasubag Bina Mental, Hj. Siti"
    if r is None or _blocked(doc, r.start, r.end):
        return None
    # brackets hold the post's short form ("(Danyon)", "(Chief of Defence Force/ CDF)"): not part of the run
    outside = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), text[title.end:unit_end])

    def in_run(pos: int) -> bool:
        return title.end <= pos < unit_end and outside[pos - title.end] != " "

    words = [(title.end + w.start(), w.group(0)) for w in re.finditer(r"\S+", outside)]
    if any(honorific_re().match(text, pos) for pos, _ in words[:-1]):
        return None  # "Kapolres X AKBP Budi, Kompol Y": a rank inside the run opens a name there
    if any(in_run(n.start) and n.data.get("label") == "PER" and not outside[:n.start - title.end].rstrip().endswith("/")
           for n in mentions(doc, "ner")):
        return None  # "Gubernur Sultra Ali Mazi, Brigjen TNI X"; a seat after a slash is no name ("Kodam XIV/ Y")
    if any(in_run(o.start) for o in mentions(doc, "title")):
        return None  # a second post in the run
    if not _closes_unit(text, outside, words):
        return None  # "Camat Bantan Sufandi, Serda X": a name may close the run; the rank opens the next item
    written = f"{title.data.get('corrected') or title.text}{_BRACKETS.sub('', text[title.end:unit_end])}"
    extended = {**_title_ref(title), "text": text[title.start:unit_end], "end": unit_end, "has_tail": True,
                "corrected": correct_phrase(re.sub(r"[ \t]+", " ", written).strip())}
    return extended, r


_BRACKETS = re.compile(r"[ \t]*\([^()\n]*\)")
_NUMBER_WORD = re.compile(r"\d[\w\-]*|[IVXL]+|[A-Z][A-Z\d\-]+")  # "835", "XIV", "TP", "HO"


def _closes_unit(text: str, outside: str, words: list[tuple[int, str]]) -> bool:
    """The run's last word is a unit's ("Skadron Udara 11", "Batalyon TP 835", "Pusat Pendidikan Kavaleri",
    "Angkatan Bersenjata Australia"), or a seat after a slash ("Kodam XIV/ Hasanuddin"): not a name's."""
    if not words:
        return True  # only the post's short form in brackets stands before the comma
    pos, last = words[-1]
    if "/" in outside:
        return True
    low = fold(last.strip(".,"))
    return bool(_NUMBER_WORD.fullmatch(last)) or low in common_words() or low in _countries() \
        or bool(honorific_re().match(text, pos)) or bool(match_place([last], 0)) \
        or last.lower() in english_body_words()


_CAPITALS = re.compile(r"[A-Z][A-Z'’]{2,}(?:[ \t]+[A-Z][A-Z'’]{2,}){1,3}(?=[ \t]*(?:,|\.|\n|$|[ \t][a-z]|[ \t][A-Z][a-z]))")


_AFFILIATION = re.compile(r"[ \t]+(?:jajaran|di\s+bawah)[ \t]+")


# "Kepala Desa Ulidang, Kecamatan Tammerodo, Suardi": the units a village or a kecamatan lies in, between commas
# (a hamlet's village too: "Ketua RT 01 Dusun X, Desa Y, Budi")
_ADDRESS_GAP = re.compile(r"(?:[ \t]*,[ \t]*(?:Desa|Kelurahan|Kecamatan|Kec\.|Distrik|Kabupaten|Kab\.|Kota|Provinsi|Prov\.)"
                          r"(?:[ \t]+[A-Z][\w'\-]*){1,3}(?=[ \t]*,))+")


def _past_affiliation(doc: Doc, text: str, pos: int, title: Mention | None = None) -> int:
    """'Babinsa Koramil 09 jajaran Kodim 0207/Simalungun Serma X': the body a unit belongs to, written between
    the title and the name, is skipped to read the name; so is the address of a local post's unit."""
    if title is not None and _closed_by_place(doc, title):
        a = _ADDRESS_GAP.match(text, pos)
        if a:
            return a.end()
    m = _AFFILIATION.match(text, pos)
    if not m:
        return pos
    org = _org_at(doc, m.end())
    return org.end if org is not None else pos


_UNIT_THEN_COMMA = re.compile(r"(?:[ \t]+[A-Z][\w/\-]*){1,5}[ \t]*,[ \t]*")


_UNIT_NUMBER_GAP = re.compile(r"[ \t]+\d{1,3}[ \t]+")


def _holder_after_unit(doc: Doc, text: str, r: NameRead) -> NameRead | None:
    """'Kasubdit Multilateral Ditkersinhan Ditjen Strahan Kemhan, Kolonel Arm Aziz Mahmudi': words read as a name
    after a title, then a body, a comma, a rank or an honorific and a name. The first words are the post's unit,
    the second name is its holder's."""
    if r.honorifics or r.degrees:
        return None
    ranked = ranked_name_after(text, r.outer_end) if len(r.name.split()) <= 3 else None
    if ranked is not None:
        return ranked  # "Babinsa Selat Baru Serda Armansyah": a rank after the words ends the unit, opens the holder
    numbered = _UNIT_NUMBER_GAP.match(text, r.outer_end)
    if numbered and honorific_re().match(text, numbered.end()):
        holder = read_name(text, numbered.end())  # "Ketua Kloter 5 H Ahmad": a numbered unit, then the holder
        return holder if holder is not None and holder.honorifics else None
    after = re.match(r"[ \t]+", text[r.outer_end:])
    if after and all(fold(w) in common_words() for w in r.name.split()) \
            and honorific_re().match(text, r.outer_end + after.end()):
        holder = read_name(text, r.outer_end + after.end())  # "Ketua Panitia H Ahmad Fauzi": the unit, then the holder
        return holder if holder is not None and holder.honorifics else None
    gap = _UNIT_THEN_COMMA.match(text, r.outer_end)
    if gap is None or not honorific_re().match(text, gap.end()):
        return None
    if not any(r.outer_end <= o.start and o.end <= gap.end() for o in mentions(doc, "organization")):
        return None
    holder = read_name(text, gap.end())
    return holder if holder is not None and holder.honorifics and len(holder.name.split()) >= 2 else None


# a name in capitals that the sentence goes on after in lowercase, or after a comma: not a line in capitals
_CAPITALS_CLOSED = re.compile(r"[ \t]*,|[ \t]+[a-z]")


def _capitals_name(doc: Doc, text: str, pos: int) -> NameRead | None:
    """'Kapolres Kepulauan Aru AKBP SUGENG KUNDARWANTO, SH': after a title and a rank or an honorific, a name
    written in capitals (two to four words the tables do not know as bodies or places); without them, when the
    sentence goes on after it in lowercase or after a comma ("Walikota Kupang, YOSEF LEKAN, melantik ...")."""
    i = pos + len(text[pos:]) - len(text[pos:].lstrip(" \t"))
    honorifics = []
    while (h := honorific_re().match(text, i)) is not None:
        honorifics.append(h.group(0))
        i = h.end() + len(text[h.end():]) - len(text[h.end():].lstrip(" \t,"))
    m = _CAPITALS.match(text, i)
    if m is None or not honorifics and not _CAPITALS_CLOSED.match(text, m.end()):
        return None
    words = m.group(0).split()
    if any(fold(w) in vocabulary() or match_place([w.title()], 0) or honorific_re().fullmatch(w) for w in words):
        return None
    if any(o.start < m.end() and m.start() < o.end for o in mentions(doc, "organization")):
        return None
    deg = degrees_run_re().match(text, m.end())
    outer_end = deg.end() if deg and deg.end() > m.end() else m.end()
    return NameRead(m.start(), m.end(), " ".join(w.title() for w in words), pos, outer_end, honorifics,
                    [d for d in re.split(r"[ ,]+", text[m.end():outer_end]) if d.strip(" ,.")])


def _name_after_glued_unit(text: str, r: NameRead) -> NameRead:
    """'Kapusbang Litpof Gati Gayatri': after a head glued to its unit ("Kapusbang"), a first word the text does
    not write with the rest elsewhere, where it writes the rest alone, is the unit's short name."""
    words = r.name.split()
    if len(words) < 3:
        return r
    rest = " ".join(words[1:])
    if len(find_all(text, rest, "")) <= len(find_all(text, r.name, "")):
        return r
    again = read_name(text, r.start + len(words[0]))
    return again if again is not None and again.name == rest else r


def _plausible_after(text: str, title: Mention, r: NameRead, comma: bool, doc: Doc) -> bool:
    """Guards for a name read right after a title."""
    if title.data.get("takes") == "place" and looks_like_place(r.name):
        return False  # "Pj Bupati Bene Meriah": a (misspelt) place, not a name
    if _COPULA_NAME.match(text, r.outer_end):
        return False  # "Direktur Layanan Digitalisasi Manajemen ASN, yakni Wahyu": the copula names the holder
    words = r.name.split()
    if len(words) == 1 and comma and not r.honorifics and not r.degrees and any(
            t.start == r.end + 1 and text[r.end] == " " for t in mentions(doc, "title")):
        return False  # "Kapuskon Baloghan Kemhan, Waasrenum Panglima TNI": the word heads the next post of a list
    if len(words) == 1 and not comma and not r.honorifics and not r.degrees:
        follow = text[r.outer_end:r.outer_end + 2]
        if re.match(r"[ \t]+[a-z]", follow + " ") and follow.strip()[:1].islower() and not _closed_by_place(doc, title):
            # "Ketua Dewan Penyantun untuk": one unknown word then prose; a name recurs or the NER knows it. A
            # jurisdiction closing the title ends the body's name ("Kepala Dinas X Kota Kendari Burhanuddin dan")
            again = len(find_all(text, r.name, "")) > 1
            ner = any(m.start <= r.start and r.end <= m.end and m.data.get("label") == "PER"
                      for m in mentions(doc, "ner"))
            # "Kasubbag Pemerintahan Bappeda Emilda dan Kabag Protokol X": in a list of posts and holders, the
            # word before "dan" and the next post is the holder
            listed = (j := _LIST_NEXT.match(text, r.outer_end)) is not None \
                and any(t.start == j.end() for t in mentions(doc, "title"))
            return again or ner or listed
    return True


@lru_cache(maxsize=1)
def _pledge_names() -> frozenset[str]:
    """Codes and pledges written like names (pledge_names.txt: Sapta Marga, Tri Brata): no person."""
    return frozenset(fold(x) for x in load_list("pledge_names"))


@lru_cache(maxsize=1)
def _event_phrases() -> frozenset[str]:
    """Event words as names ("Turut hadir pada RAMAH TAMAH tersebut"): what happened, never who."""
    return frozenset(" ".join(fold(w) for w in r["cue"].split()) for r in load_tsv("event_kinds")
                     if r["form"] == "noun" and " " in r["cue"])


def _holder_after_closed_body(title: Mention, r: NameRead, separated: bool) -> bool:
    """'Managing Director Pacific Finance Corporation (PFC), Makhtar Diop': where the body's bracketed acronym
    has closed an English post, a name set off by a comma or a dash is its holder, unless it names a place or
    an English body or thing. A name opening with an initial is one after any English post."""
    if _OPENING_INITIAL.match(r.name):
        return True  # "... Consulting Group A. B. Susanto": no body or place opens with an initial
    words = r.name.split()
    return bool(title.data.get("closed")) and separated and match_place(words, 0, max_level=4) != len(words) \
        and not _english_thing(r.name)


_OPENING_INITIAL = re.compile(r"[A-Z]\.[ \t]")


def _model_person(doc: Doc, r: NameRead) -> bool:
    """The trained NER reads a person at the name read, or the name has honorifics."""
    return bool(r.honorifics) or any(m.data.get("label") == "PER" and m.start < r.end and r.start < m.end
                                     for m in mentions(doc, "ner"))


def _english_body_name(p: Mention) -> bool:
    """'Kepala Bidang Data Center, membuka ...': words of English body names ("Center", "Council") end a unit;
    alone they name nobody."""
    words = p.data.get("name", p.text).split()
    return not p.data.get("honorifics") and all(w.lower() in english_body_words() for w in words)


def _lone_place(p: Mention) -> bool:
    """'tamu dari Jakarta Direktur Utama ...', 'Kepala Negara Afrika Selatan tersebut': a name that is wholly a
    region or a country, with no honorific or degree, is the place it names, not a person."""
    name = p.data.get("name", p.text)
    if fold(name) in _countries() or name_key(name) in countries():
        return not p.data.get("degrees")  # "Gubernur Jenderal Australia": a rank word before a country
    if p.data.get("honorifics") or p.data.get("degrees"):
        return False
    words = name.split()
    if len(words) >= 2 and fold(words[-1]) in _province_abbreviations():
        return True  # "Kepala Dinas Komimfo Sultra": a misspelt unit of a province ("Yan Sultra Indrajaya" stays)
    return match_place(words, 0, max_level=3) == len(words)


@lru_cache(maxsize=1)
def _province_abbreviations() -> frozenset[str]:
    """One-word short names of provinces ("Sultra", "Jabar"): inside a name maybe, never at its end."""
    return frozenset(fold(r["alias"]) for r in load_tsv("region_aliases")
                     if "." not in r["code"] and len(r["alias"].split()) == 1)


def _holder_ending_at(text: str, found: list[Mention], pos: int) -> Mention | None:
    """The person, already holding a post, whose name (with its degrees) ends at `pos`."""
    return next((p for p in found if p.data.get("title") and not text[p.data.get("outer", [0, p.end])[1]:pos].strip(" \t,")
                 and p.end <= pos), None)


def _covered(out: list[Mention], start: int, end: int) -> bool:
    return any(p.start < end and start < p.end for p in out)


@lru_cache(maxsize=1)
def _anchoring_honorific_re() -> re.Pattern[str]:
    """Forms of address that alone anchor a name (data/name_anchoring_honorifics.txt)."""
    forms = sorted(load_list("name_anchoring_honorifics"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(f) for f in forms)})\b")


def _honorific_anchored(doc: Doc, found: list[Mention], weak) -> list[Mention]:
    text = doc_text(doc)
    out: list[Mention] = []
    places = [(p.start, p.end) for p in mentions(doc, "place")]
    for m in _anchoring_honorific_re().finditer(text):
        if m.start() and text[m.start() - 1].isalnum() or _inside_degree(text, m.start()):
            continue
        if any(start < m.start() < end for start, end in places):
            continue  # "Gunung Ibu, Gunung Dukono": a word of a place's name, no form of address
        r = read_name(text, m.start())
        if r is None or not r.honorifics or _covered(found + out, r.start, r.end):
            continue
        if _blocked(doc, r.start, r.end):
            continue
        out.append(_titled(text, _person(r, "honorific", weak=weak(r.start)),
                           _title_before(doc, text, r.outer_start, found + out), r))
    for m in _LOWER_ADDRESS.finditer(text):
        # "diketuai oleh bapak Eko": a form of address written in lowercase still says a person's name follows
        r = read_name(text, m.end())
        if r is None or r.start != m.end() or _covered(found + out, r.start, r.end) or _blocked(doc, r.start, r.end):
            continue
        p = _person(r, "honorific", weak=weak(r.start))
        p.data["honorifics"] = [m.group(1).capitalize()]
        out.append(p)
    return out


def _inside_degree(text: str, pos: int) -> bool:
    """'Budi, S.H., M.M. Hadir ...': the "H." of a degree ("S.H.") is no Haji opening another name."""
    start = pos
    while start > 0 and text[start - 1] not in " \t\n,(":
        start -= 1
    m = degree_re().match(text, start) if start < pos else None
    return m is not None and m.end() > pos


def _titled(text: str, person: Mention, title: Mention | None, r: NameRead) -> Mention:
    """'Ketua RT 03 Hj. Siti': a holder with honorifics after a title and the unit words it left outside holds it."""
    if title is not None:
        person.data["title"] = _extended_title(text, _title_ref(title), r.outer_start)
    return person


_LOWER_ADDRESS = re.compile(r"(?<![\w-])(bapak|ibu)[ \t]+(?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _cue_re() -> tuple[re.Pattern[str], dict[str, int]]:
    rows = {r["cue"]: int(r["min_words"] or 1) for r in load_tsv("person_cues")}
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(rows, key=len, reverse=True))
    return re.compile(rf"(?<![\w])({alts})[ \t]+(?=[A-Z])"), rows


@lru_cache(maxsize=1)
def _quoted_cues() -> frozenset[str]:
    return frozenset(r["cue"] for r in load_tsv("person_cues") if r.get("kind") == "quoted")


# "…,” keluh Udin": a quote closed right before the verb
_QUOTE_CLOSED = re.compile(r"\S[”\"][ \t]*,?[ \t]*$")


def _unlikely_name(doc: Doc, r: NameRead) -> bool:
    """A place or venue, an organization or title, or a stretch of a quoted theme."""
    if _blocked(doc, r.start, r.end):
        return True
    for kind in ("place", "venue"):
        if any(m.start < r.end and r.start < m.end for m in mentions(doc, kind)):
            return True
    words = r.name.split()
    if match_place(words, 0, max_level=4) == len(words) or not r.honorifics and _english_thing(r.name):
        return True  # "dibuat oleh Orbital Launch Systems": an English body or thing
    return any(a <= r.start < b for a, b in _theme_spans(doc_text(doc)))


def _cue_anchored(doc: Doc, found: list[Mention], weak) -> list[Mention]:
    """'kelompok tani yang diketuai Darmansyah', 'disampaikan oleh Rina Wati'."""
    text = doc_text(doc)
    pattern, rows = _cue_re()
    out: list[Mention] = []
    for m in pattern.finditer(text):
        r = read_name(text, m.end())
        if r is None or _covered(found + out, r.start, r.end):
            continue
        cue = re.sub(r"\s+", " ", m.group(1))
        if cue in _quoted_cues() and not _QUOTE_CLOSED.search(text, max(0, m.start() - 6), m.start()):
            continue
        need = rows[cue]
        if len(r.name.split()) < need and not r.honorifics and not r.degrees:
            continue
        if _unlikely_name(doc, r):
            continue
        out.append(_person(r, "cue", weak=weak(r.start)))
    return out


_ORIGIN = re.compile(r"(?<![\w-])asal[ \t]+(?=[A-Z])")
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]*")


def _origin_anchored(doc: Doc, found: list[Mention], weak) -> list[Mention]:
    """'atlet pencak silat asal Kabupaten Majene, Nurhalisa, meraih emas': a name set off by commas after the region
    a person comes from ("asal" and a place) is that person's, one word too."""
    text = doc_text(doc)
    if "asal " not in text:
        return []
    starts = {m.start: m for m in mentions(doc, "place")}
    out: list[Mention] = []
    for m in _ORIGIN.finditer(text):
        place = starts.get(m.end())
        comma = _COMMA_GAP.match(text, place.end) if place is not None else None
        if comma is None:
            continue
        r = read_name(text, comma.end())
        if r is None or r.outer_start != comma.end() or not text.startswith(",", r.outer_end) \
                or _covered(found + out, r.start, r.end) or _unlikely_name(doc, r):
            continue
        if not all(is_name_word(w) for w in r.name.split()):
            continue
        out.append(_person(r, "origin", weak=weak(r.start)))
    return out




def _degree_anchored(doc: Doc, found: list[Mention], weak) -> list[Mention]:
    """'Cholilah, S.E., M.M.', 'Budi Santoso, S.Pd': a name followed by a comma and academic degrees."""
    text = doc_text(doc)
    out: list[Mention] = []
    deg = degree_re()
    for m in _COMMA_GAP.finditer(text):
        d = deg.match(text, m.end())
        if d is None or "." not in d.group(0) or not re.match(r"[ \t]*(?:[,.;)]|\n|$)", text[d.end():d.end() + 2]):
            continue  # only a dotted degree ("S.E.", "M.Si") that ends there, not an acronym ("SE")
        r = read_name_before(text, m.start()) or _with_lowercase_surname(text, m.start(), common_ok=True)
        if r is None or _covered(found + out, r.start, r.end) or _unlikely_name(doc, r):
            continue
        if not all(is_name_word(w) or re.fullmatch(r"[A-Z]\.", w) for w in r.name.split()):
            continue
        out.append(_person(r, "degree", weak=weak(r.start)))
    return out


_LOWER_LAST_WORD = re.compile(r"(?<=[A-Za-z][ \t])([a-z]{3,})[ \t]*$")


_CAPITAL_LAST_WORD = re.compile(r"(?<=[ \t])([A-Z][a-z’']+)[ \t]*$")


def _with_word_surname(doc: Doc, text: str, end: int) -> NameRead | None:
    """'Arsyad Bulu sebagai Kepala Dinas Sosial': a last name that is also a word of the dictionary, read before a
    role word only where the model reads the whole as a person's name."""
    m = _CAPITAL_LAST_WORD.search(text, max(0, end - 40), end)
    if m is None:
        return None
    r = read_name_before(text, m.start(1))
    if r is None or r.degrees or text[r.end:m.start(1)] != " ":
        return None
    if not any(n.data.get("label") == "PER" and n.start <= r.start and m.end(1) <= n.end for n in mentions(doc, "ner")):
        return None
    return NameRead(r.start, m.end(1), f"{r.name} {m.group(1)}", r.outer_start, m.end(1), r.honorifics, [])


def _with_lowercase_surname(text: str, end: int, common_ok: bool = False) -> NameRead | None:
    """'Joko sutrisno sebagai Asisten Daerah II', 'Retno indah, M. Si': a name whose last word the text writes in
    lowercase, a typo, read only where a role word or a comma and degrees follow it. The word is written
    capitalized; a word of running text is no surname unless degrees follow."""
    m = _LOWER_LAST_WORD.search(text, max(0, end - 40), end)
    if m is None:
        return None
    word = m.group(1)
    if not is_name_word(word.capitalize()) or (not common_ok and word in common_words()):
        return None
    r = read_name_before(text, m.start())
    if r is None or r.degrees or text[r.end:m.start()] != " ":
        return None
    return NameRead(r.start, m.end(1), f"{r.name} {word.capitalize()}", r.outer_start, m.end(1), r.honorifics, [])


@lru_cache(maxsize=1)
def _apposition_words() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(load_list("apposition_words")), frozenset(load_list("apposition_stops"))


_APPOSITION_OPEN = re.compile(r"(?:,|^)[ \t]*(?=[A-Z])", re.MULTILINE)
_APPOSITION_CLOSE = re.compile(r"[ \t]*(?:\([ \t]*\d{1,3}(?:[ \t]+tahun)?[ \t]*\)[ \t]*)?,?[ \t]*([a-z]+)\b")
_VERB_PREFIX = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}")


def _appositions(doc: Doc, found: list[Mention], weak) -> list[Mention]:
    """'Salah seorang peserta asal Desa Jada, Kecamatan Merawang, Suparman, mengaku ...': a name between
    commas (or opening a line) and followed by a verb, 'yang' or a role word is a person in apposition."""
    text = doc_text(doc)
    words, stops = _apposition_words()
    out: list[Mention] = []
    deg = degree_re()
    for m in _APPOSITION_OPEN.finditer(text):
        if deg.match(text, m.end()):
            continue  # "Drs. Haili Yoga, M. Si, mengharapkan"
        r = read_name(text, m.end())
        if r is None:
            continue
        close = _APPOSITION_CLOSE.match(text, r.outer_end)
        if close is None or "," not in text[r.end:close.start(1)]:
            continue
        w = close.group(1)
        if w in stops or not (w in words or _VERB_PREFIX.fullmatch(w)):
            continue
        if _covered(found + out, r.start, r.end) or _unlikely_name(doc, r):
            continue
        parts = r.name.split()
        if not (is_name_word(parts[0]) or parts[0] == "I") or not is_name_word(parts[-1]):
            continue  # inner words were vetted by read_name ("Rizky Pratama Putra"); Balinese "I" opens a name
        out.append(_person(r, "apposition", weak=weak(r.start)))
    return out


@lru_cache(maxsize=1)
def _theme_cue_re() -> re.Pattern[str]:
    from pipeline.extract.themes import _cue_pattern

    return _cue_pattern()


@lru_cache(maxsize=4)
def _theme_spans(text: str) -> tuple[tuple[int, int], ...]:
    from pipeline.extract.themes import theme_after

    return tuple(s for s in (theme_after(text, m.end()) for m in _theme_cue_re().finditer(text)) if s)


def _byline_persons(doc: Doc, found: list[Mention]) -> list[Mention]:
    text = doc_text(doc)
    out = []
    for s, e, part in bylines.closing_parts(text):
        words = part.split()
        if not 1 <= len(words) <= 3 or fold(words[0]) in _NOT_BYLINE:
            continue
        if all(len(w.strip(".")) <= 3 and not w.endswith(".") for w in words):
            continue  # "(Sua/Rf)", "(Irk/Ant/bd)": writers' codes, not names
        if not all(is_name_word(w) for w in words) or _covered(found, s, e) or _blocked(doc, s, e):
            continue
        r = read_name(text, s)
        if r is None or r.end != e:
            continue
        out.append(_person(r, "byline"))
    src = bylines.dateline_source(text)
    if src and fold(src[2].split()[0]) not in bylines.desk_heads() and (any(
            m.data.get("label") == "PER" and m.start <= src[0] and src[1] <= m.end for m in mentions(doc, "ner"))
            or (len(src[2].split()) >= 2 and all(is_name_word(w) and not match_place([w], 0) for w in src[2].split()))):
        # "Aceh Besar (Amwar Citra)---": two name words or more, none a place ("Radar Kendal" is an outlet), need
        # no model to be the reporter's name
        r = read_name(text, src[0])  # "Banda Aceh (Yakub) ---": the reporter in the dateline's bracket
        if r is not None and r.end == src[1] and not _covered(found + out, r.start, r.end):
            out.append(_person(r, "byline"))
    return out


_UNIT_GAP = re.compile(r"(?:[ \t]*(?>[A-Z][\w\-’']{0,3}\.|[A-Z][\w\-’']*|\d[\w/\-]*|dan|&|\([A-Z][\w\- ]{1,30}\)))+[ \t]*,?[ \t]*")


_ABBREVIATION_BRACKET = re.compile(r"[ \t]*\([ \t]*[A-Z][a-z]*(?:[ \t][A-Z][\w\-]*){1,3}[ \t]*\)")


def _extended_title(text: str, title: dict, end: int) -> dict:
    """The title read on to `end`: the unit words a rule left outside it ("Direktur Jenderal Bina" + "Marga")."""
    end = _honorifics_start(text, title["end"], end)
    hon = honorific_re()
    for m in re.finditer(r"(?<!\S)\S", text[title["end"]:end]):
        pos = title["end"] + m.start()
        run = pos
        while (h := hon.match(text, run)) is not None:
            run = _HONORIFIC_GAP.match(text, h.end()).end()
        rest = text[run:end].split()
        if run > pos and len(text[pos:run].strip(" .")) >= 2 and rest and all(is_name_word(w) for w in rest):
            end = pos  # "Ketua Panitia X Ibu Dr. Rina Wati Sitepu": the holder's honorifics, then the name, end it
            break
    # a title never ends on "dan" ("Kabid Sosial dan Budi Santoso"): the connector joins the name, not the unit
    end = title["end"] + len(re.sub(r"(?:[\s,]+(?:dan|&))+[\s,]*$", "", text[title["end"]:end]))
    gap = text[title["end"]:end].strip(" \t,")
    if not gap:
        return title
    new_end = title["end"] + len(text[title["end"]:end].rstrip(" \t,"))
    joint = ", " if text[title["end"]:end].lstrip(" \t").startswith(",") else " "  # "Ketua Tim X, Direktorat Y"
    corrected = correct_phrase(_BRACKET_GAP.sub("", _ABBREVIATION_BRACKET.sub(
        "", f"{title.get('corrected') or title['text']}{joint}{gap}")))
    return {**title, "text": text[title["start"]:new_end], "end": new_end, "corrected": corrected, "has_tail": True}


def _reconcile_with_model(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Where the trained NER and a rule disagree on a name's boundary, the model's person span wins.

    A name read right after a title whose unit the title rules cut short ("Direktur Jenderal Bina Marga Hedy
    Rahadian" read as "Marga Hedy Rahadian", "Kasat Intel Budi" as "Intel Budi") starts where the model's
    person starts, and the words before it finish the title. A one-word rule name that is a common word
    ("Panitia", "Perangkat") and that the model does not call a person is dropped.
    """
    model = [m for m in mentions(doc, "ner")]
    text = doc_text(doc)
    people = [m for m in model if m.data.get("label") == "PER"]
    bodies = [m for m in model if m.data.get("label") in ("ORG", "LOC")]
    titles = mentions(doc, "title")
    common = common_words()
    # "Ketua KPU Majalengka Supriatna mengatakan": a title closed by its jurisdiction, then the name
    place_ends = {m.end for m in mentions(doc, "place")} | _seat_ends(doc)
    # "Sekretaris Bappeda X, Randolf, ... diwakili Sekretaris, Randolf,": a word the text gives as a holder's name
    # after a full post and a comma is that name wherever else it follows a post
    held = {}
    for q in found:
        if q.data.get("how") == "after" and q.data.get("comma") and (q.data.get("title") or {}).get("has_tail") \
                and fold(q.data["name"]) not in common:
            held.setdefault(fold(q.data["name"]), set()).add(q.start)
    out: list[Mention] = []
    units: dict[int, dict] = {}  # end of a one-word unit read as a name -> the bare head before it
    def unit_words(a: int, b: int, placed: bool = False) -> bool:
        """Words a title's unit is made of, not a name's: common words, acronyms, places, honorifics; a given name
        that is a common word too ("Lalu" of Lombok's names) opens the name the model may read without it. After a
        title closed by its jurisdiction ("Kadis Sosial Kabupaten Sigi Muhlis Arsyad") the model's body running on
        past the region's name does not make the next name word a unit word."""
        words = [(m.start(), m.group(0)) for m in re.finditer(r"[\w’'\-.]+", text[a:b])]
        if placed and len(words) == 1 and words[0][1][:1].isupper() and not words[0][1].isupper() \
                and is_name_word(words[0][1]):
            return False  # "Kadis X Provinsi NTT Catur Ariyanto": the jurisdiction closed the post; a name word opens the name
        return bool(words) and all(not _INITIAL_WORD.fullmatch(w) and fold(w) not in given_words() and (_unit_word(w, common) or (
            not placed and any(e.start <= a + i < e.end for e in bodies))) for i, w in words)

    for p in found:
        title = p.data.get("title")
        target = None
        if title and p.data.get("how") == "after" and not p.data.get("honorifics") and not p.data.get("placed_slot") \
                and not any(m.start <= p.start < m.end for m in people):
            # "Ketua Baznas Kota Bandung, Akhmad Roziqin", "Perdana Menteri Laos Sonexay Siphandone": the rule
            # read the title's unit as a name; the model's person after it is the name (an abbreviated given name
            # or a given name that is also a word before it, "Kadis X Abd. Rahman", "Kadis X, Lalu Ahmad", is the name's)
            target = next((m for m in people if p.start < m.start <= p.start + 80 and m.end >= p.end
                           and _UNIT_GAP.fullmatch(text, p.start, m.start)
                           and not (p.data.get("comma") and _NAME_INITIALS.fullmatch(text, p.start, m.start))
                           and not _LIST_JOIN.search(text, p.start, m.start)
                           and not any(p.start < o.start < m.start and _JOINED_BEFORE.search(text, p.start, o.start)
                                       for o in titles)  # "La Ode Ali dan Kepala Desa Y, Budi": the next post's
                           and not _given_gap(text[p.start:m.start], m.text)
                           and not (p.data.get("comma") and _common_given(text[p.start:m.start]))
                           # "Bupati X, Putri Indah Sari, menghadiri": set off by commas, the whole run is the name
                           and not (p.data.get("comma") and p.end == m.end and closes_name_slot(text, p.end))
                           and not any(p.start <= o.start and o.end <= m.start for o in people)
                           and ("," in text[p.start:m.start] or unit_words(
                               p.start, m.start, title.get("end") in place_ends
                               and not text[title["end"]:p.start].strip()))), None)
        if p.data.get("how") == "cue" and target is None:
            # "ungkap Wamenkeu Suahasil": a quote verb's subject may open with a position; the name is the model's
            # ("ujar Hasnah Lamadi": a given name the model leaves out is no position)
            target = next((m for m in people if p.start < m.start < p.end and m.end >= p.end
                           and not any(o.start <= p.start < o.end for o in people)  # "Sri | Mulyani"
                           and (unit_words(p.start, m.start)
                                or any(t.start < m.start and p.start < t.end for t in titles))), None)
            if target is None and len(p.data["name"].split()) == 1 and not p.data.get("honorifics") \
                    and not any(m.start <= p.start < m.end for m in people) \
                    and (not _QUOTE_CLOSED.search(text, max(0, p.start - 30), p.start - len(text[:p.start].split()[-1]) - 1)
                         or _unit_word(p.data["name"], common) or is_vocab(p.data["name"])
                         or any(t.start <= p.start < t.end for t in titles)):
                continue  # "ujar Wamenhan", "ungkap Irup": a one-word subject the model does not call a person
        if target is None and p.data.get("how") == "before" and not p.data.get("honorifics"):
            # "oleh Erfan Agus Munif selaku ...": read back from the role, the rule stopped at a given name that is
            # also a month word; the model's person that ends with it says where the name begins
            longer = next((m for m in people if m.start < p.start and m.end == p.end), None)
            r = longer and read_name(text, longer.start, model_end=longer.end)
            if r is not None and r.start == longer.start and r.end == p.end:
                out.append(Mention(r.start, r.end, r.name, kind="person", source="rule+ner", data={
                    **p.data, "name": r.name, "honorifics": r.honorifics, "outer": [r.outer_start, r.outer_end]}))
                continue
        if target is not None and not degrees_run_re().fullmatch(target.text.strip()):
            begin = _honorifics_start(text, p.start, target.start)
            r = read_name(text, begin)
            if r is not None and r.end >= target.end - 1:
                out.append(_person(r, p.data.get("how"), source="rule+ner", weak=p.data.get("weak", False)))
                if title:
                    out[-1].data["title"] = _extended_title(text, title, begin)
                continue
        if len(p.data["name"].split()) == 1 and not p.data.get("honorifics") and not p.data.get("degrees") \
                and not p.data.get("copula") and not any(m.start <= p.start < m.end for m in people) \
                and not held.get(fold(p.data["name"]), set()) - {p.start} \
                and (fold(p.data["name"]) in common or any(b.start <= p.start and p.end <= b.end
                                                           and not _closes_title_body(text, b, p)
                                                           and not _unknown_place_after_comma(p, b)
                                                           and not _unknown_place_after_placed_post(
                                                               p, b, title, place_ends)
                                                           and not (b.start < p.start and (
                                                                    (title or {}).get("end") in place_ends
                                                                    or _placed_title(title)))
                                                           for b in bodies)
                     or (p.data.get("how") == "after" and not (title or {}).get("has_tail"))
                     or (p.data.get("how") == "before" and not p.data.get("role_word")
                         and len(find_all(text, p.data["name"], "")) == 1)):
            # "Ketua Panitia ...", "Kepala Biro Kesra,": a common word, a part of a body the model sees, or one
            # word after a bare head that the model does not read as a person is the head's unit, not a name;
            # "Governors' Plenary, Wamenkeu ...": one word before a title, written once and not joined to it by
            # "selaku/sebagai", is not a name either
            if title and p.data.get("how") == "after":
                units[p.end] = title
            continue
        words = p.data["name"].split()
        if len(words) > 1 and all(fold(w) in common for w in words) and not p.data.get("honorifics") \
                and not p.data.get("degrees") and not any(m.start <= p.start < m.end for m in people) \
                and not (closes_name_slot(text, p.end) and any(
                    t.end < p.start and not text[t.end:p.start].strip(" \t,") and "," in text[t.end:p.start]
                    for t in titles)):
            # "Babinsa Masuk Dapur": words running text writes in lowercase, and no person to the model; set off
            # by commas after a post ("Bupati X, Indah Putri, menghadiri") they are the holder's name
            continue
        if _unjoined_before(text, p, people):
            continue
        out.append(_longer_by_model(text, p, people))
    return [_holder_after_unit_word(text, p, units) for p in out] if units else out


_UNIT_COMMA = re.compile(r"[ \t]*,[ \t]*$")


def _holder_after_unit_word(text: str, p: Mention, units: dict[int, dict]) -> Mention:
    """'Ketua Pansel, Prof. H. Budi': the one word after a bare head is its unit (a body written short that no table
    knows); the name an honorific opens right after the comma is the holder of the post the two make."""
    if p.data.get("how") != "honorific" or p.data.get("title"):
        return p
    start = p.data["outer"][0] if p.data.get("outer") else p.start
    gap = _UNIT_COMMA.search(text, max(0, start - 4), start)
    title = units.get(gap.start()) if gap else None
    if title is None:
        return p
    held = _holding(p, "after", _extended_title(text, title, gap.start()))
    held.data["comma"] = True
    return held


def _noble_before(text: str, start: int) -> int:
    """Where the model's person starts, or the title of nobility right before it ("Lalu Ahmad Zaini"); one that also
    opens a post ("Raja Maha Vajiralongkorn", a king) is left to the titles."""
    particle = _PARTICLE_BEFORE.search(text, max(0, start - 4), start)
    if particle and birth_order_run([particle.group(1), text[start:start + 12].split(" ")[0]]):
        return particle.start(1)  # "I Ketut Suarjana": the Balinese particle the model leaves out
    m = _NOBLE_BEFORE.search(text, max(0, start - 8), start)
    return m.start(1) if m and m.group(1) in noble_openers() and m.group(1) not in title_firsts() \
        and (m.start(1) == 0 or not text[m.start(1) - 1].isalnum()) else start


_NOBLE_BEFORE = re.compile(r"([A-Z][a-z]+) $")
_PARTICLE_BEFORE = re.compile(r"(?<![\w.])(I|Ni) $")


def _unknown_place_after_comma(p: Mention, body: Mention) -> bool:
    """'Kepala Dinas Tata Ruang, Junaedi,', 'Ketua dan Sekum PWI, Sarjono dan Mahdar': one word set off by a comma
    after a title (or the first of a pair of heads) is its holder; the model's place reading of that word alone
    counts only when the register knows the word as a region."""
    return (p.data.get("how") in ("after", "pair") and bool(p.data.get("comma")) and body.data.get("label") == "LOC"
            and body.start == p.start and body.end == p.end and not match_place([p.data["name"]], 0))


def _unknown_place_after_placed_post(p: Mention, body: Mention, title: dict | None, place_ends: set[int]) -> bool:
    """'Bupati Aceh Barat Ramli untuk ...': one word right after a post closed by its place is its holder; the
    model's place reading of that word alone counts only when the register knows the word as a region."""
    return p.data.get("how") == "after" and bool(title) and (title.get("end") in place_ends or _placed_title(title)) \
        and body.data.get("label") == "LOC" and body.start == p.start and body.end == p.end \
        and not match_place([p.data["name"]], 0)


def _unjoined_before(text: str, p: Mention, people: list[Mention]) -> bool:
    """'Pada agenda Plenary Session, Wamenkeu menegaskan ...': words before a comma and a bare post, written once,
    not joined to it by "selaku/sebagai", with no honorific or degree and no person to the model, are not a name."""
    return p.data.get("how") == "before" and not p.data.get("role_word") and not p.data.get("honorifics") \
        and not (p.data.get("title") or {}).get("has_tail") \
        and not p.data.get("degrees") and not any(m.start <= p.start < m.end for m in people) \
        and len(find_all(text, p.data["name"], "")) == 1


def _closed_by_place(doc: Doc, title: Mention) -> bool:
    """The post ends with its jurisdiction ('Camat Bekasi Selatan', 'Ketua TP PKK Kota Bekasi') or with the seat
    a local service unit is named by ('Kepala Puskesmas Tinombo', 'Kepala KUA Sausu')."""
    return _placed_title(title.data) or any(p.end == title.end for p in mentions(doc, "place")) \
        or title.end in _seat_ends(doc)


def _seat_ends(doc: Doc) -> set[int]:
    """Ends of bodies named by a seat the register holds ('Puskesmas Tinombo', 'UPTD Puskesmas Wonomulyo'): the
    seat closes the name, so a word after it is no part of the body."""
    out = set()
    for o in mentions(doc, "organization"):
        data = o.data or {}
        seat = data.get("jurisdiction")
        if seat and o.text.endswith(seat):
            words = seat.split()
        else:
            # "Puskesmas Tomini", "SMP Negeri 3 Mepanga": the head, a school's number, then a registered name
            head = data.get("head") or ""
            words = o.text.split()
            if not head or words[:len(head.split())] != head.split():
                continue
            words = words[len(head.split()):]
            while words and words[0].isdigit():
                words = words[1:]
        if words and match_place(words, 0, max_level=4) == len(words):
            out.add(o.end)
    return out


_LIST_NEXT = re.compile(r"[ \t]+(?:dan|serta)[ \t]+")


def _placed_title(title: dict | None) -> bool:
    """'Camat Bantan', 'Lurah Cempaka Putih': a post closed by the place it takes; a word after it is a name."""
    return bool(title) and title.get("takes") == "place" and bool(title.get("has_tail"))


def _longer_by_model(text: str, p: Mention, people: list[Mention]) -> Mention:
    """'Yudi Pratama', 'Ardi Pranata': the rule stopped at a dictionary word that the model's person span
    still covers; the name runs to the model's end."""
    longer = next((m for m in people if m.start == p.start and m.end > p.end), None)
    if longer is None:
        return p
    r = read_name(text, p.data.get("outer", [p.start])[0], model_end=longer.end)
    if r is None or r.start != p.start or r.end != longer.end:
        return p
    return Mention(r.start, r.end, r.name, kind="person", source=p.source, data={
        **p.data, "name": r.name, "degrees": r.degrees, "outer": [r.outer_start, r.outer_end]})


# "Kepala Badan X, LT. Handoko": after a post and a comma, capitals with a dot before the name are its initials
_NAME_INITIALS = re.compile(r"(?:[A-Z]{1,3}\.[ \t]*)+")
# "Dirjen Togar Simatupang dan Rina Marlina": a unit never ends in a list's joining word; the next name is another
# person's
_LIST_JOIN = re.compile(r"\s(?:dan|serta)\s+$")
_JOINED_BEFORE = re.compile(r"(?:\s(?:dan|serta)|[,;])\s*$")


def _closes_title_body(text: str, body: Mention, p: Mention) -> bool:
    """'Kadinkes Kabupaten Wajo Armin,', 'Pembimbing Kemasyarakatan Ahli Utama Sudjonggo serta ...': the model's body
    runs from the title's unit up to the name and stops where a list item or a clause ends; the name is not part
    of it."""
    title = p.data.get("title")
    return bool(title) and body.start < p.start and body.end == p.end and body.start <= title["end"] \
        and _ITEM_END.match(text, p.data["outer"][1]) is not None


# a list item ends at a comma, a stop, a line's end or a joining word ("... Ahli Utama Sudjonggo serta para Kepala UPT")
_ITEM_END = re.compile(r"[ \t]*(?:[,.;]|\n|$)|[ \t]+(?:serta|dan)[ \t]")


_HONORIFIC_GAP = re.compile(r"[ \t]*,?[ \t]*")


def _honorifics_start(text: str, start: int, end: int) -> int:
    """Where the run of honorifics that ends at `end` begins ("... RI Dr. H. Ace": at "Dr."), else `end`."""
    hon = honorific_re()
    for m in re.finditer(r"(?<!\S)\S", text[start:end]):
        pos = start + m.start()
        while pos < end:
            h = hon.match(text, pos)
            if not h:
                break
            pos = _HONORIFIC_GAP.match(text, h.end()).end()
        if pos >= end:
            return start + m.start()
    return end


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(fold(w) for row in load_tsv("countries") for w in row["name"].split())


# "R. T. Wibowo": a letter and its dot is a name's initial, never a unit's acronym (even inside the model's body)
_INITIAL_WORD = re.compile(r"[A-Z]\.")


def _unit_word(word: str, common: frozenset[str]) -> bool:
    bare = word.strip(".")
    return (fold(bare) in common or bare.isupper() or bare.isdigit() or fold(bare) in _countries()
            or looks_like_place(bare) or bool(honorific_re().fullmatch(word)))


@lru_cache(maxsize=1)
def _credit_re() -> re.Pattern[str]:
    labels = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_credit_labels(), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{labels})(?:\s*(?:&|dan)\s*(?:{labels}))*\s*:\s*(?!\d{{1,2}}[.)]\s|[-•*]\s)([^\n()/|]{{2,120}})", re.IGNORECASE)


_TRAILING_INITIAL = re.compile(r"(?:[ \t]+[A-Z]\.)+(?=[\s,;/)]|$)")


def _credit_persons(doc: Doc, found: list[Mention]) -> list[Mention]:
    """'(Penulis: ... /Editor: Stephanie, Seno H.)', 'Fotografer: Andi': the names of a credit line."""
    text = doc_text(doc)
    out: list[Mention] = []
    for m in _credit_re().finditer(text):
        for part in re.finditer(r"[^/,;&]+", m.group(1)):
            chunk = part.group(0)
            if not chunk.strip() or re.match(r"\s*\w+\s*:", chunk):
                break  # the next label starts
            r = read_name(text, m.start(1) + part.start())
            if r is None or r.end > m.start(1) + part.end() or _covered(found + out, r.start, r.end):
                continue
            if not all(is_name_word(w) or re.fullmatch(r"[A-Z]\.", w) for w in r.name.split()):
                continue
            if _blocked(doc, r.start, r.end):
                continue
            initial = _TRAILING_INITIAL.match(text, r.end)
            if initial:  # "Editor: Seno H.": credit lines sign with an initial
                r = NameRead(r.start, initial.end(), text[r.start:initial.end()], r.outer_start,
                             max(r.outer_end, initial.end()), r.honorifics, r.degrees)
            out.append(_person(r, "credit"))  # a byline's names carry no position (the annotation convention)
    return out


def _model_person_end(doc: Doc, line_start: int) -> int | None:
    """The end of the model's person span on the line that starts at `line_start`."""
    text = doc_text(doc)
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    return next((m.end for m in mentions(doc, "ner")
                 if m.data.get("label") == "PER" and line_start <= m.start and m.end <= line_end), None)


def _name_alone(r: NameRead, model_end: int | None) -> bool:
    """A line that is only a name: name words and initials, or the span the model reads as a person."""
    return r.end == model_end or all(is_name_word(w) or re.fullmatch(r"[A-Z]\.", w) for w in r.name.split())


_SIGNING_SPACE = re.compile(r"(?:\n[ \t]*){1,3}\n")


def _signature_persons(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The contact block that closes a siaran pers: a line with a name alone, the next line its position."""
    text = doc_text(doc)
    out: list[Mention] = []
    for t in mentions(doc, "title"):
        line_start = text.rfind("\n", 0, t.start) + 1
        if text[line_start:t.start].strip() or line_start < 2:
            continue
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        model_end = _model_person_end(doc, prev_start)
        r = read_name(text, prev_start, model_end=model_end)
        if r is None or text[r.outer_end:line_start].strip(" \t,\n") or _covered(found + out, r.start, r.end):
            continue
        if not _name_alone(r, model_end):
            continue
        out.append(_person(r, "signature", t))
    for t in mentions(doc, "title"):
        # the other order: the position on its own line, the name alone on the next
        line_end = text.find("\n", t.end)
        if line_end < 0 or text[t.end:line_end].strip(" \t,") or text[text.rfind("\n", 0, t.start) + 1:t.start].strip():
            continue
        gap = _SIGNING_SPACE.match(text, line_end)  # a signature block leaves blank lines to sign in
        line_end = gap.end() - 1 if gap else line_end
        next_end = text.find("\n", line_end + 1)
        next_end = len(text) if next_end < 0 else next_end
        model_end = _model_person_end(doc, line_end + 1)
        r = read_name(text, line_end + 1, model_end=model_end)
        if r is None or text[r.outer_end:next_end].strip(" \t,."):
            continue
        if gap and _name_alone(r, model_end):
            same = [m for m in found if (m.start, m.end) == (r.start, r.end) and not m.data.get("title")]
            if same:  # read already by its honorific, "dr. X, M.Kes": the post signed above is its title
                same[0].data["title"] = _title_ref(t)
                continue
        if _covered(found + out, r.start, r.end):
            continue
        if not _name_alone(r, model_end):
            continue
        out.append(_person(r, "signature", t))
    return out


_NUMBERED = re.compile(r"\.[ \t]*(?:\d{1,3}|[IVX]{1,4})\b|[ \t]+\d{1,3}\b")  # "Lt. 2", "Lt. II", "Lt 2"
_INITIALS_AFTER = re.compile(r"(?:[ \t]+[A-Z]\.)+")
# a number right after a name (not a phone number, not an age): no person's name is written so, a unit's or a
# product's is
_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,4}(?![\d-])(?![ \t]+(?:tahun|thn|th)\b)", re.IGNORECASE)


def _surname_past_model(text: str, start: int, end: int) -> bool:
    """'Safira Umasugi asal X': one more word past the model's span that no dictionary knows is the surname the
    model cut off (a dictionary word there, 'Umat Nasrani Menjelang', is the next phrase's)."""
    words = text[start:end].split()
    return len(words) == 1 and len(words[0]) > 3 and words[0][:1].isupper() and words[0][1:].islower() \
        and words[0].isalpha() and is_name_word(words[0]) and not is_vocab(words[0]) \
        and fold(words[0]) not in given_words()


def _ner_persons(doc: Doc, found: list[Mention], weak) -> list[Mention]:
    out = []
    text = None
    for m in mentions(doc, "ner"):
        if m.data.get("label") != "PER":
            continue
        if degrees_run_re().fullmatch(m.text.strip()):
            continue  # "M. Si": a degree split off its name, not a person
        hon, name, deg = split_name(m.text)
        words = name.split()
        # "Muhammad Hafiz bin Rosli": "bin" joins the father's name, part of the full name
        if not words or not all(is_name_word(w) or (n == 0 and w.endswith(".") and w[:-1] in name_abbreviations())
                                or (n == 0 and birth_order_run(words[:2]))  # "I Nyoman Slamet"
                                or (0 < n < len(words) - 1 and is_patronymic(w))
                                # "Fadli Ramadhan", "Andi Muh. Fauzan": a given name that is a month's word, or a
                                # name written short, inside the run
                                or (n > 0 and fold(w) in given_words())
                                or (0 < n < len(words) - 1 and w.endswith(".") and w[:-1] in name_abbreviations())
                                for n, w in enumerate(words)):
            continue
        text = text or doc_text(doc)
        if len(words) == 1 and _NUMBERED.match(text, m.start + m.text.index(words[0]) + len(words[0])):
            continue  # "Ruang Rapat Bupati Lt. 2", "No. 5": a word written short before its number, no name
        begin = _noble_before(text, m.start)
        r = read_name(text, begin, model_end=m.end)
        if r is not None and r.end > m.end and not _INITIALS_AFTER.fullmatch(text, m.end, r.end) \
                and not any(o is not m and m.end <= o.start < r.end and o.data.get("label") == "PER"
                            for o in mentions(doc, "ner")) \
                and not _surname_past_model(text, m.end, r.end):
            # "Umat Nasrani Menjelang Hari Raya": where only the model reads a person, it also says where it ends
            r = read_name(text, begin, max_words=len(text[begin:m.end].split()), model_end=m.end)
        if r is not None and degrees_run_re().fullmatch(r.name):
            continue  # "Retno Indah, M. SI": a degree written with a space reads as an initial and a short word
        if r is not None and not r.honorifics:
            misspelt = _misspelt_known(text, r.name.split()[0])
            if misspelt == "body":
                continue  # "Mejelis Agama Katolik": a body's head misspelt opens the body's name
            if misspelt:
                r = _past_first_word(text, r)  # "Bupat Kasmarni", "Pemprov. Sulta Muh. Ilyas"
        if r is None or _covered(found + out, r.start, r.end) or _blocked(doc, r.start, r.end):
            continue
        title = _title_before(doc, text, r.outer_start, found + out)
        if title is None and not r.honorifics and (_thing_before(text, r.outer_start) or _in_thing_list(text, r.start)):
            continue  # "penghargaan Anubhawa Sasana", "Latihan Posko Kridha Yudha": the name of a thing
        if title is None and not r.honorifics and _QUOTED_TITLE.match(text, r.end) and _QUOTE_OPEN.search(text, max(0, r.start - 3), r.start):
            continue  # acara “Cahaya Hati Cahaya Indonesia: Doa Untuk Bangsa”: the quoted name of an event or a work
        if title is None and not r.honorifics and len(r.name.split()) > 1 and r.name.split()[-1] in _PILGRIMAGE:
            continue  # "Manasik Haji", "Calon Haji": "Haji" opens a pilgrim's name, closing words it is the pilgrimage
        if title is None and not r.honorifics and not r.degrees and _NUMBER_AFTER.match(text, r.outer_end):
            continue  # "Yon TP 835/SYB", "Meriam 30 mm Kestrel Mk 30 RC": a unit's or a model's number follows
        if title is None and not r.honorifics and not r.degrees and fold(r.name.split()[-1]) in given_words() \
                and not text[:r.outer_start].rstrip().endswith(","):
            continue  # "Tarhib Ramadhan": a month's word closes a thing's name; a name set off by a comma keeps it
        if title is None and not r.honorifics and not r.degrees and _common_phrase(r.name):
            continue  # "Ramah Tamah", "Bangun Bahasa", "Rapid Antigen": words running text writes in lowercase
        if title is None and not r.honorifics and (_english_thing(r.name) or _english_thing(" ".join(m.text.split()))):
            # "Hughes Network Systems", "Humanitarian Assistance": an English body or thing; "Defence Diplomacy
            # Forum": the model's span ends in the English body's word where the name read stops before it
            continue
        # one word is a name only with a title, an honorific or a degree ("Khaeruddin, ST.") beside it
        alone = len(r.name.split()) < 2 and title is None and not r.honorifics and not r.degrees
        person = _person(r, "ner", title, source="ner", weak=weak(r.start) or alone)
        person.data["alone"] = alone and not weak(r.start)
        if title is not None:
            person.data["title"] = _extended_title(text, person.data["title"], r.outer_start)
        out.append(person)
    return out


# "Pasangan nomor urut 1, Budi Santoso–Ahmad Yani": a pair of candidates for a post and its deputy, joined by a dash
_PAIR_CUE = re.compile(r"\b(?:[Pp]asangan|[Pp]aslon|PASLON|[Nn]omor[ \t]+urut)\b")
_PAIR_DASH = re.compile(r"[ \t]*[–—][ \t]*|[ \t]+-[ \t]+")
_HYPHEN_JOIN = re.compile(r"(?<=[a-z])-(?=[A-Z][a-z])")


def _running_pairs(doc: Doc, text: str, found: list[Mention], weak) -> list[Mention]:
    """After a word of a running pair ("pasangan", "paslon", "nomor urut"), two names joined by a dash are two
    persons, the second one too where the model misses it or reads the pair as one name."""
    out = list(found)
    people = sorted(found, key=lambda p: p.start)
    starts = {m.start for kind in ("title", "organization") for m in mentions(doc, kind)}
    for p in people:
        if p.data.get("title") or not _PAIR_CUE.search(text, max(0, p.start - 40), p.start):
            continue
        name = p.data.get("name", p.text)
        joint = _HYPHEN_JOIN.search(text, p.start, p.end)
        if joint is not None and len(name.split()) >= 3:
            first = read_name(text[:joint.start()], p.start)  # rare: the name must stop at the hyphen
            second = read_name(text, joint.end())
            if first is None or second is None or first.end > joint.start() or second.end != p.end \
                    or len(first.name.split()) < 2 or len(second.name.split()) < 2:
                continue
            out.remove(p)
            out += [_person(first, "pair", source=p.source, weak=weak(first.start)),
                    _person(second, "pair", source=p.source, weak=weak(second.start))]
            continue
        if len(name.split()) < 2:
            continue
        gap = _PAIR_DASH.match(text, (p.data.get("outer") or [p.start, p.end])[1])
        r = read_name(text, gap.end()) if gap else None
        if r is None or len(r.name.split()) < 2 or r.start in starts or _covered(out, r.start, r.end) \
                or _blocked(doc, r.start, r.end):
            continue
        out.append(_person(r, "pair", source=p.source, weak=weak(r.start)))
    return out


# a list's joint between two items: a comma, "dan"/"serta", the next item's number ("2. Budi 3. Ani"), or a line
# break where each line holds one item, with its degrees, its affiliation in brackets or a bullet ("Budi (Dinas X)\n- Ani")
_LIST_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t](?:dan|serta)[ \t]+|\.?[ \t]+\d{1,2}[.)][ \t]+"
                             r"|(?:[ \t,.]|\([^()\n]{1,60}\)|[A-Z][A-Za-z]{0,3}\.?)*\n[ \t]*(?:[-•*][ \t]*|\d{1,2}[.)][ \t]+)?)")


def _listed_with_persons(text: str, found: list[Mention]) -> list[Mention]:
    """'yang hadir adalah Kaderismanto, Indrawansyah, Septian Nugraha, ... dan Nanang Haryanto': one word the model
    reads as a person counts as a name where it is an item of a list that names at least two other persons."""
    lone = [p for p in found if p.data.get("alone") and p.data.get("weak")]
    if not lone:
        return found
    people = sorted(found, key=lambda p: p.start)
    def outer(p: Mention) -> tuple[int, int]:
        return tuple(p.data.get("outer") or (p.start, p.end))
    # chains of persons joined only by list separators
    chains: list[list[Mention]] = []
    for p in people:
        last = chains[-1][-1] if chains else None
        if last is not None and outer(last)[1] <= outer(p)[0] \
                and _LIST_SEPARATOR.fullmatch(text, outer(last)[1], outer(p)[0]):
            chains[-1].append(p)
        elif last is None or outer(p)[0] >= outer(last)[1]:
            chains.append([p])
    listed = set()
    for chain in chains:
        if sum(1 for p in chain if not p.data.get("weak")) >= 2:
            listed.update(id(p) for p in chain if p.data.get("alone"))
    out = [Mention(p.start, p.end, p.text, kind=p.kind, source=p.source, data={**p.data, "weak": False})
           if id(p) in listed else p for p in found]
    return out + _numbered_names(text, out)


_STACK_CUE = re.compile(r"[ \t]+(?:selaku|sekaligus|merangkap|yang[ \t]+(?:juga|sekaligus))[ \t]+$")
# "Inspektur Upacara, Bupati X, Budi", "Inspektur Upacara : Gubernur X, Budi", "Komandan Upacara dalam kegiatan ini yaitu Kepala Bidang X, Budi": a ceremony's
# role, then the post and the name of whoever takes it
_ROLE_GAP = re.compile(r"[ \t]*[,:]?[ \t]*(?:(?:[a-z]+[ \t]+){0,4}(?:adalah|yakni|yaitu|ialah)[ \t]+)?")


@lru_cache(maxsize=1)
def _ceremony_roles() -> frozenset[str]:
    return load_set("ceremony_roles")


# the units a commission's or a legislature's members lead ("Ketua Divisi Hukum", "Koordinator Divisi X")
_MEMBER_UNITS = frozenset({"Divisi", "Komisi"})


def _member_then_unit_post(t1: Mention, t2: dict) -> bool:
    """'Anggota Bawaslu Provinsi X, Koordinator Divisi Y, Budi': a member's post, then the unit of that body the
    member leads, then the name: one person holds both."""
    words = t2.get("text", "").split()
    return bool(t1.data.get("has_tail")) and fold(t1.data.get("head") or "") == "anggota" \
        and len(words) >= 3 and words[1] in _MEMBER_UNITS


def _stacked_posts(text: str, titles: list[Mention], found: list[Mention]) -> list[Mention]:
    """'Sekretaris Daerah Kota X selaku Ketua Satgas Y, Budi': a post written before "selaku/sekaligus" and a second
    post, with no name of its own, is held by the second post's holder too; so is a ceremony's role written right
    before a post and its holder's name, and a member's post before the unit of the body the member leads."""
    out = []
    for p in found:
        t2 = p.data.get("title")
        if not t2 or p.data.get("how") != "after":
            continue
        for t1 in titles:
            if t1.end >= t2["start"]:
                continue
            if t1.data.get("head") in _ceremony_roles():
                cue = _ROLE_GAP.match(text, t1.end, t2["start"])
            elif _member_then_unit_post(t1, t2):
                cue = _COMMA_GAP.match(text, t1.end, t2["start"])
            else:
                # "Sekda selaku Ketua TAPD, Budi": a regional post written bare has its region implied
                cue = _STACK_CUE.match(text, t1.end, t2["start"]) if t1.data.get("has_tail") \
                    or t1.data.get("takes") == "place" and t1.text[:1].isupper() else None
            if cue is None or cue.end() != t2["start"]:
                continue
            if any(t1.start <= q.start < t2["start"] for q in found):
                continue  # "Bupati X Budi selaku Ketua Y": the first post has its own holder
            out.append(_holding(p, "stacked", _title_ref(t1)))
    return out


# "Ketua TP PKK X yang juga istri Bupati X, Ny. Budi": the spouse phrase names another's post, not the holder's
_SPOUSE_PHRASE = re.compile(r"[ \t]+yang[ \t]+(?:(?:juga|sekaligus|merupakan|adalah)[ \t]+)?(?:istri|isteri|suami)[ \t]+"
                            r"[^,.;:\n()]{3,60},[ \t]*(?:(?:[A-Z][a-z]{0,3}\.|Ibu|Bapak)[ \t]*)*")


def _post_then_spouse_phrase(text: str, titles: list[Mention], found: list[Mention]) -> list[Mention]:
    """A post, then 'yang juga istri <another's post>', a comma and a name: the name holds the first post."""
    out = []
    by_start = {}
    for p in found:
        by_start.setdefault((p.data.get("outer") or (p.start, p.end))[0], p)
        by_start.setdefault(p.start, p)
    held = {(p.data.get("title") or {}).get("start") for p in found}
    for t in titles:
        if t.start in held:
            continue
        m = _SPOUSE_PHRASE.match(text, t.end)
        p = by_start.get(m.end()) if m else None
        if p is None or p.data.get("title"):
            continue
        out.append(_holding(p, "spouse_phrase", _title_ref(t)))
    return out


_MEMBER_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)")


def _members_listed(text: str, found: list[Mention]) -> list[Mention]:
    """'Anggota KPU RI Evi Novida serta Hasyim', 'kuasa hukum Termohon Arif, Absar dan lainnya': a post that several
    people hold at once (`member_posts.txt`), written before a list of names, is held by each name of the list."""
    members = {fold(h) for h in load_list("member_posts")}
    people = sorted(found, key=lambda p: p.start)
    out = {id(p): p for p in found}
    def outer(p: Mention) -> tuple[int, int]:
        return tuple(p.data.get("outer") or (p.start, p.end))
    for i, p in enumerate(people):
        t = p.data.get("title")
        # a member post without its body ("hakim anggota A dan B") is one the whole panel shares
        if not t or not (t.get("has_tail") or fold(t.get("head") or "").endswith(" anggota")) \
                or fold(t.get("head") or "") not in members or p.data.get("how") != "after" \
                or t.get("end", p.start) > p.start:
            continue
        last = p
        for q in people[i + 1:]:
            if outer(q)[0] < outer(last)[1]:
                continue
            after = outer(last)[1]
            deg = degrees_run_re().match(text, after, outer(q)[0])  # "A, S.H., M.H., B, S.H. dan C"
            after = deg.end() if deg else after
            while text[after - 1] == "," and after > last.end:  # the comma closing the degrees joins the next name
                after -= 1
            gap = _MEMBER_JOIN.match(text, after, outer(q)[0])
            if gap is None or q.data.get("title"):
                break
            rest = text[gap.end():outer(q)[0]]  # ranks and honorifics before the next name
            if rest.strip() and not all(honorific_re().fullmatch(w) for w in rest.split()):
                break
            out[id(q)] = Mention(q.start, q.end, q.text, kind=q.kind, source=q.source,
                                 data={**q.data, "title": t, "member_of": p.start})
            last = q
    return [out[id(p)] for p in found]


_NUMBER_MARK = re.compile(r"(?<![^\s:])(\d{1,2})[.)][ \t]+(?=[A-Z])")
# an item that is a name alone, or a name before a dash or a comma and what the list says of it ("4. Jumardin – ...")
_NAME_ITEM = re.compile(r"[ \t]*([A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,}){0,2})"
                        r"(?:[ \t]*[.,]?\s*$|[ \t]*(?:[–—]|-[ \t])|[ \t]*,)")


def _opens_line(text: str, at: int) -> bool:
    """A number mark that opens its line: such items may run long ("1. Name – two sentences ...\n2. ...")."""
    return at == 0 or text[at - 1] == "\n"


def _numbered_names(text: str, found: list[Mention]) -> list[Mention]:
    """'Anggota:\n1. Rahmawati Saleh, S.E.\n2. Jumardin\n3. Tasrifin\n4. ...': in a numbered list that names at least two
    persons, an item that is name words alone, or name words before a dash or a comma and what the list says of the
    person ("4. Jumardin – teguran tertulis"), is a person too (the model often misses such words)."""
    marks = list(_NUMBER_MARK.finditer(text))
    runs: list[list[re.Match]] = []
    for m in marks:
        last = runs[-1][-1] if runs else None
        if last is not None and int(m.group(1)) == int(last.group(1)) + 1 \
                and (m.start() - last.end() <= 60 or _opens_line(text, m.start()) and _opens_line(text, last.start())):
            runs[-1].append(m)
        else:
            runs.append([m])
    common = common_words()
    out: list[Mention] = []
    for run in runs:
        if len(run) < 3:
            continue
        line_end = text.find("\n", run[-1].end())
        ends = [m.start() for m in run[1:]] + [line_end if line_end >= 0 else len(text)]
        items = [(m.end(), end) for m, end in zip(run, ends)]
        strong = [p for p in found if not p.data.get("weak")]
        if sum(1 for a, b in items if any(a <= p.start < b for p in strong)) < 2:
            continue
        for a, b in items:
            one = _NAME_ITEM.match(text, a, b)
            if one is None or any(p.start < b and a < p.end for p in strong + out):
                continue
            words = one.group(1).split()
            if any(not is_name_word(w) or fold(w) in common or looks_like_place(w) for w in words):
                continue
            r = read_name(text, one.start(1), max_words=len(words))
            if r is not None and r.name == " ".join(words):
                out.append(_person(r, "list"))
    return out


@lru_cache(maxsize=1)
def _known_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Folded first words of body heads and of title heads."""
    bodies = frozenset(fold(r["head"].split()[0]) for t in ("org_heads", "venue_heads") for r in load_tsv(t))
    return bodies, frozenset(fold(r["head"].split()[0]) for r in load_tsv("title_heads"))


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    from pipeline.resolve.lexicon import place_words

    return place_words() | _province_abbreviations()


@lru_cache(maxsize=8)
def _text_words(text: str) -> dict[tuple[str, int], tuple[str, ...]]:
    """The text's capitalized words of five letters or more, folded, for `one_edit_away`."""
    return by_first_and_length({fold(w) for w in re.findall(r"[A-Z][a-z]{4,}", text)})


def _given_gap(gap: str, after: str = "") -> bool:
    """The words between a post's holder read by rule and the model's person are an abbreviated given name
    ("Muh.", "Abd.") or a given name that is also a word ("Lalu", "Agus"): they open the name."""
    words = gap.replace(",", " ").split()
    if birth_order_run(words) or birth_order_run(words + after.split()[:1]):
        return True  # "Kadis X, I Made Suarta": Balinese birth-order words open the name
    return bool(words) and all(w.rstrip(".") in name_abbreviations() or (not w.endswith(".") and fold(w) in given_words())
                               for w in words)


def _common_given(gap: str) -> bool:
    """'Ketua DPRD X, Arus Abdul Karim,': after a post and its comma, one title-case word that is a common word
    but no word of a body's name ("Arus", "Bunga") opens the holder's name the model reads without it."""
    words = gap.split()
    return len(words) == 1 and words[0].isalpha() and words[0].istitle() and not is_vocab(words[0]) \
        and not looks_like_place(words[0]) and fold(words[0]) not in _countries()


def _misspelt_known(text: str, word: str) -> str | None:
    """'Mejelis' (Majelis), 'Bupat' (Bupati): a word one letter off a body's head or a title's head that the same
    text writes rightly elsewhere is that word misspelt, not a name. Returns "body" or "title". (A misspelt
    region, "Tanjunhbalai", is read as the region by the region reader, `resolve.fuzzy`.)"""
    f = fold(word)
    if len(f) < 5 or not is_name_word(word):
        return None
    bodies, titles = _known_heads()
    places = _known_places()
    if f in bodies or f in titles or f in places or f in birth_order_names():
        return None  # "Ketut" is a Balinese given name, not "Ketua" misspelt
    for w in one_edit_away(f, _text_words(text), lengths=(0, 1)):  # a letter changed or dropped
        if w in bodies:
            return "body"
        if w in titles:
            return "title"
    return None


def _past_first_word(text: str, r: NameRead) -> NameRead | None:
    """The name read again from the word after the first one."""
    second = re.match(r"\S+\s+", text[r.start:r.end])
    if second is None:
        return None
    again = read_name(text, r.start + second.end())
    if again is None or again.start != r.start + second.end():
        return None
    return again


# a name opening a quotation that ends right after it or goes on after a colon is a title, not a person
_QUOTE_OPEN = re.compile(r"[“\"][ \t]*\Z")
_QUOTED_TITLE = re.compile(r"[ \t]*(?:[”\"]|:[ \t]*[A-Z][^”\"\n]{0,80}[”\"])")
_PILGRIMAGE = frozenset({"Haji", "Hajjah", "HAJI"})
_ROMAN_WORD = re.compile(r"\b[IVX]+\b")
_THING_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[ \t]+$")


def _thing_before(text: str, pos: int) -> bool:
    """'penghargaan Anubhawa Sasana', 'kebijakan Perisai Trisula Nusantara': a thing's noun right before `pos`, or
    before up to two capitalized words of the same name."""
    for _ in range(3):
        m = _THING_BEFORE.search(text, max(0, pos - 30), pos)
        if m is None:
            return False
        if fold(m.group(1)) in load_set("thing_heads"):
            return True
        if not m.group(1)[:1].isupper():
            return False
        pos = m.start()
    return False


_LIST_ITEM = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}"


@lru_cache(maxsize=1)
def _thing_list_re() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(load_set("thing_heads"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?i:{heads})[ \t]+{_LIST_ITEM}(?:[ \t]*,[ \t]*{_LIST_ITEM})*[ \t]*,?[ \t]*"
                      rf"(?:dan|serta)[ \t]+{_LIST_ITEM}")


@lru_cache(maxsize=8)
def _thing_lists(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _thing_list_re().finditer(text))


def _in_thing_list(text: str, pos: int) -> bool:
    """'membawakan lagu Aku Papua, Gemu Famire, dan Rayuan Pulau Kelapa', 'Lencana Melati, Lencana Darma Bakti
    dan Lencana Karya Bakti': the items of a list closed by "dan" after a thing's noun are all things."""
    return any(a < pos < b for a, b in _thing_lists(text))


# English nouns of things and bodies end so; no Indonesian given or family name does
_ENGLISH_NOUN = re.compile(r"(?:tion|sion|ment|ance|ence|ship|ness|ogy|ems)$")
# an English verb in -ize/-ise as a gerund opens a heading ("Revitalizing Awqaf"), never a person's name
_ENGLISH_GERUND = re.compile(r"^[A-Z][a-z]+(?:iz|is)ing$")


def _english_thing(name: str) -> bool:
    """The name ends in an English noun of a body ("Team", "Council") or of a thing ("Assistance", "Systems"), has
    an English noun of an event or a thing after its first word ("Ceremony"), or opens with an English gerund
    ("Modernizing ...")."""
    words = name.split()
    if len(words) < 2:
        return False
    last, things = words[-1].lower(), load_set("english_thing_words")
    # an event's English noun goes on with what it is for ("Family Gathering Aparatur Sipil Negara")
    return (last in english_body_words() or bool(_ENGLISH_NOUN.search(last))
            or any(w.lower() in things for w in words[1:]) or bool(_ENGLISH_GERUND.match(words[0])))


def _common_phrase(name: str) -> bool:
    """Every word is one running text writes in lowercase and none opens persons' names."""
    common, openers = common_words(), name_openers()
    return bool(name.split()) and all(fold(w) in common and fold(w) not in openers for w in name.split())


def _title_before(doc: Doc, text: str, pos: int, found: list[Mention]) -> Mention | None:
    """The title a name follows, with the rest of its unit in between ("Presiden Republik Indonesia Prabowo")."""
    for t in mentions(doc, "title"):
        if t.end <= pos <= t.end + 80 and not any(t.end <= p.start < pos for p in found):
            if t.end == pos or _UNIT_GAP.fullmatch(text, t.end, pos):
                return t
    return None


def to_facts(doc: Doc, facts: Facts) -> None:
    facts.persons.extend(merge.persons_of(doc_text(doc), mentions(doc, "person"), mentions(doc, "title"),
                                          mentions(doc, "organization")))
