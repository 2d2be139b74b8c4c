"""Position titles -> posts: the head, the organization the post heads or belongs to, the Kemendagri code of its
jurisdiction, the portfolio, and a key that is the same for the same post in every document.

"Bupati Sikka" -> head Bupati, Pemerintah Kabupaten Sikka, 53.07; "Plt. Kepala Dinas Kesehatan Kabupaten Sikka"
-> head Kepala, Dinas Kesehatan Kabupaten Sikka, 53.07, portfolio Kesehatan (acting kept on the title, not in the
post). A mention of a former holder ("mantan Bupati Sikka"), of a candidate or of the office itself ("jabatan
Bupati") gets a status, so that it does not count as someone holding the post.

Rules are data: data/post_bodies.tsv (what each head is a post of), data/post_qualifiers.tsv (words that make
a mention not a holder in office), data/acting_markers.tsv (one form per acting marker) and
data/post_acronyms.tsv (acronyms written out in post keys). `resolve_post` is a pure function of the title and
its document's organizations and places; `fill` applies it to every title of a document's facts.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.records import Facts, Organization, Title
from pipeline.resolve import agencies
from pipeline.resolve import gazetteer as gz
from pipeline.resolve.lexicon import fold, match_place
from pipeline.resolve.regions import Region, resolve_place
from pipeline.tables import load_list, load_tsv


@dataclass(frozen=True)
class Post:
    key: str | None  # head|body key|region code; None when neither a body nor a jurisdiction is known
    name: str  # "Bupati Sikka", "Kepala Dinas Kesehatan Kabupaten Sikka"
    head: str  # "Bupati", "Kepala", "Kapolres"
    organization: str | None
    region_code: str | None
    portfolio: str | None


@dataclass(frozen=True)
class _Row:
    head: str
    short: str
    cue: str
    body: str
    post: str
    unit: str


@dataclass(frozen=True)
class Context:
    """What a document says besides the title: its organizations and the codes of its places."""

    organizations: tuple[Organization, ...] = ()
    place_codes: tuple[str, ...] = ()


# ---------------------------------------------------------------- tables
@lru_cache(maxsize=1)
def _rows() -> dict[str, _Row]:
    return {fold_phrase(r["head"]): _Row(r["head"], r["short"], r["cue"], r["body"], r["post"], r["unit"])
            for r in load_tsv("post_bodies")}


@lru_cache(maxsize=1)
def _written_heads() -> tuple[tuple[str, str], ...]:
    """(head as written, expansion), longest first: to cut a title into head and tail."""
    rows = [(r["head"], r["expansion"]) for r in load_tsv("title_heads")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _takes() -> dict[str, str]:
    """Head as written (lowercase) -> what follows it in a title: org | place | none (title_heads.tsv)."""
    return {r["head"].lower(): r["takes"] for r in load_tsv("title_heads")}


@lru_cache(maxsize=1)
def _acting_forms() -> tuple[str, ...]:
    return tuple(sorted((a.rstrip(".") for a in load_list("title_acting")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _qualifier_re() -> tuple[re.Pattern[str], re.Pattern[str] | None, dict[str, str]]:
    """(words before a title or name, words after a title, word -> status)."""
    table = load_tsv("post_qualifiers")
    rows = {r["word"]: r["status"] for r in table}

    def alts(words):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    before = [r["word"] for r in table if r.get("after") != "yes"]
    after = [r["word"] for r in table if r.get("after") == "yes"]
    # the qualifier, then at most a few honorifics ("almarhum Drs. H."), then the end of the window
    return (re.compile(rf"(?<![\w.])({alts(before)})(?:\s+(?:[A-Z][A-Za-z]{{0,3}}\.|Bapak|Ibu|Pak|Bu))*\s*$",
                       re.IGNORECASE),
            re.compile(rf"[ \t]*({alts(after)})\b", re.IGNORECASE) if after else None, rows)


@lru_cache(maxsize=1)
def _markers() -> dict[str, str]:
    return {fold_phrase(r["written"]): r["marker"] for r in load_tsv("acting_markers")}


@lru_cache(maxsize=1)
def _marker_before_re() -> re.Pattern[str]:
    forms = sorted((r["written"].rstrip(".") for r in load_tsv("acting_markers")), key=len, reverse=True)
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in dict.fromkeys(forms))
    # "Pelaksana Tugas (Plt) Bupati", "Penjabat (Pj.) Bupati", "Plt Bupati": a marker the title left out
    return re.compile(rf"(?<![\w.])({alts})\.?(?:[ \t]*\([ \t]*(?:{alts})\.?[ \t]*\))?[ \t]*$", re.IGNORECASE)


def marker_before(text: str, start: int) -> str | None:
    """The acting marker written right before a title that does not carry it."""
    m = _marker_before_re().search(text[max(0, start - 40):start])
    return acting_marker(m.group(1)) if m else None


def acting_marker(written: str | None) -> str | None:
    """The marker analysts compare ("Penjabat" -> "Pj.", "Pelaksana Tugas" -> "Plt."); unknown ones as written."""
    if not written:
        return None
    return _markers().get(fold_phrase(written), written)


@lru_cache(maxsize=8192)
def fold_phrase(text: str) -> str:
    return " ".join(fold(w) for w in text.split())


# ---------------------------------------------------------------- pieces of a title
_CUED_PLACE = re.compile(r"(?:\b(?:Provinsi|Prov\.?|Kabupaten|Kab\.?|Kota(?: Administrasi)?)\s+)"
                         r"([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})\s*$")
_BIDANG = re.compile(r"\bBidang\s+(.+?)(?=\s+(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota|Sekretariat|Setda\w*|"
                     r"Pemerintah|Pemkab|Pemprov|Pemkot)\b|$)")
_SPACES = re.compile(r"\s+")
_ORDINAL = re.compile(r"(I{1,3}|IV)\b")
_DOUBLED = re.compile(r"\b(\w+) \1\b")


# a term of office ("periode 2025-2030", "2019 - 2022"): it dates the holder, not the post
TERM_OF_OFFICE = (r"(?:(?:periode|masa[ \t]+(?:bakti|jabatan|khidmat))[ \t]+)?(?:19|20)\d\d[ \t]*[-–—/][ \t]*"
                  r"(?:19|20)\d\d\b")
# a candidate's ballot number ("Calon Bupati X nomor urut 2, Nama"): it tells the candidate, not the post
BALLOT_NUMBER = r"(?:[Nn]omor|[Nn]o\.?)[ \t]*[Uu]rut[ \t]+\d{1,2}\b"
_TERM_IN_TITLE = re.compile(r"\s*\b(?:" + TERM_OF_OFFICE + "|" + BALLOT_NUMBER + ")", re.IGNORECASE)


def split_title(text: str) -> tuple[str | None, str, str, str]:
    """(acting as written, head as written, head expansion, tail) of a title's canonical text."""
    rest = _SPACES.sub(" ", _TERM_IN_TITLE.sub("", text)).strip()
    acting = None
    for form in _acting_forms():
        m = re.match(rf"{re.escape(form)}\.?\s+", rest, re.IGNORECASE)
        if m:
            acting, rest = rest[:m.end()].strip(), rest[m.end():]
            break
    for written, expansion in _written_heads():
        if rest.lower().startswith(written.lower()) and (len(rest) == len(written) or not rest[len(written)].isalnum()):
            return acting, rest[:len(written)], expansion, rest[len(written):].strip(" ,.")
    first = rest.split(" ", 1)
    return acting, first[0], first[0], first[1] if len(first) > 1 else ""


def _row_for(expansion: str) -> tuple[_Row | None, str]:
    """The post row of the longest head opening the expansion, and the expansion's words after it."""
    words = expansion.split()
    for n in range(len(words), 0, -1):
        row = _rows().get(fold_phrase(" ".join(words[:n])))
        if row is not None:
            return row, " ".join(words[n:])
    return None, ""


def region_label(r: Region) -> str:
    return f"Provinsi {r.name}" if r.kind == "provinsi" else r.name


def bare(r: Region) -> str:
    name = gz.bare_name(r.name)
    return re.sub(r"^(?:Kecamatan|Kelurahan|Desa|Kapanewon)\s+", "", name)


def _place(tail: str, cue: str, context: Sequence[str]) -> Region | None:
    if not tail:
        return None
    tries = [f"{cue} {tail}", tail] if cue and not re.match(r"(?i)(?:prov|kab|kota|kec|kel|desa)", tail) else [tail]
    for t in tries:
        try:
            r = resolve_place(t, context)
        except Exception:  # an unreadable place is no jurisdiction, not a failed document
            r = None
        if r is not None and r.code:
            return r
    return None


def _organization(title: Title, tail: str, orgs: Sequence[Organization]) -> Organization | None:
    """The document's organization that the title names: its written organization, else the longest
    organization name or alias inside the tail."""
    want = [fold_phrase(s) for s in (title.organization, tail) if s]
    best: tuple[int, Organization] | None = None
    for o in orgs:
        forms = [o.name, *o.aliases]
        for fw in want:
            padded = f" {fw} "
            for f in forms:
                ff = fold_phrase(f)
                if not ff:
                    continue
                if ff == fw:
                    return o
                if f" {ff} " in padded and (best is None or len(ff) > best[0]):  # whole words of the title
                    best = (len(ff), o)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _subunit_kinds() -> frozenset[str]:
    return frozenset(load_list("subunit_kinds"))


@lru_cache(maxsize=1)
def _unit_openers() -> tuple[str, ...]:
    return tuple(f"{fold_phrase(w)} " for w in load_list("post_unit_openers"))


def _unit_opener(tail: str) -> bool:
    return f"{fold_phrase(tail)} ".startswith(_unit_openers())


def _unit_then_parent(org: Organization, tail: str) -> bool:
    """The tail opens with the organization and goes on with "pada" and the body it belongs to."""
    padded = f"{fold_phrase(tail)} "
    return any(padded.startswith(f"{ff} pada ") and len(padded) > len(ff) + 12
               for ff in (fold_phrase(f) for f in (org.name, *org.aliases)) if ff)


def _named_after_words(org: Organization, tail: str) -> bool:
    """The organization is named inside the tail after words of its own (a unit's name), not at its start."""
    padded = f" {fold_phrase(tail)} "
    forms = [ff for ff in (fold_phrase(f) for f in (org.name, *org.aliases)) if ff]
    return not any(padded.startswith(f" {ff} ") for ff in forms) and any(f" {ff} " in padded[1:] for ff in forms)


def _cued_region(tail: str, context: Sequence[str]) -> Region | None:
    m = _CUED_PLACE.search(tail)
    if not m:
        return None
    return _place(tail[m.start():], "", context)


def _trailing_place(tail: str, context: Sequence[str]) -> Region | None:
    """'DPRD Sikka', 'Kantor Pertanahan Bangka': a body's last words naming a province or kabupaten/kota
    exactly (no typo tolerance: a body's own words must not read as a place)."""
    words = tail.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        last = words[-n:]
        if all(w[:1].isupper() for w in last) and match_place(last, 0, max_level=2) == n:
            return _place(" ".join(last), "", context)
    return None


def _portfolio(tail: str, rest: str, body: str | None, org: Organization | None, row: _Row | None,
               region: Region | None) -> str | None:
    m = _BIDANG.search(tail)
    if m:
        return "Bidang " + m.group(1).strip(" ,")
    if org is not None and org.portfolio:
        return org.portfolio
    if row is not None and row.short.startswith(("Menteri", "Wakil Menteri")):
        words = f"{rest} {tail}".strip()
        return _expand(words) or None
    if not body:
        return None
    unit = next((u for u in _PORTFOLIO_UNITS if body.startswith(u + " ")), None)
    if not unit:
        return None
    words = body[len(unit):]
    if region is not None:
        words = re.sub(rf"\s+(?:{re.escape(region_label(region))}|{re.escape(region.name)}|{re.escape(bare(region))})\s*$",
                       "", words)
    words = re.sub(r"\s+(?:Provinsi|Prov\.?|Kabupaten|Kab\.?|Kota|Sekretariat|Setda\w*|Kementerian|Dinas|Badan)\b.*$",
                   "", words).strip(" ,")
    return _expand(words) or None


# bodies whose name after the unit word is a portfolio ("Dinas Kesehatan" -> Kesehatan)
_PORTFOLIO_UNITS = ("Kementerian Koordinator", "Kementerian", "Direktorat Jenderal", "Direktorat", "Dinas", "Badan",
                    "Biro", "Bagian", "Bidang", "Balai", "Pusat")


def _expand(words: str) -> str:
    abbreviations = agencies.portfolio_abbreviations()
    return " ".join(abbreviations.get(w, w) for w in words.split()).strip()


def _fill(template: str, **values: str) -> str:
    out = template
    for k, v in values.items():
        out = out.replace("{" + k + "}", v or "")
    return _SPACES.sub(" ", out).strip(" ,")


_ENGLISH_LINK = re.compile(r"^(?:of|for)\s+(?:the\s+)?")


# ---------------------------------------------------------------- the post
def resolve_post(title: Title, context: Context = Context()) -> Post:
    """The post a title names, from the title and what its document says (see the module docstring)."""
    post = _post(title, context)
    _, written, expansion, tail = split_title(title.text)
    if post.key and fold_phrase(title.head or expansion) in _aide_heads():
        return _aide_post(post, tail, context)
    return post


@lru_cache(maxsize=1)
def _aide_heads() -> frozenset[str]:
    return frozenset(fold_phrase(w) for w in load_list("aide_posts"))


_AIDE_NUMBER = re.compile(r"^(?:[IVX]{1,4}|\d)\b")


def _aide_post(post: Post, tail: str, context: Context) -> Post:
    """'Staf Ahli Bupati Poso Bidang Ekonomi' is a post of the Bupati's government, 'Asisten II Setda X' one of the
    Setda's: its number or its field tells it from the others there."""
    m = _BIDANG.search(tail)
    field = m.group(1).strip(" ,") if m else None
    rest = f"{tail[:m.start()]} {tail[m.end():]}".strip(" ,") if m else tail
    head, body_key, code = post.key.split("|")
    principal = _post(Title(text=rest), context) if rest and _row_for(split_title(rest)[2])[0] else None
    organization, region_code = post.organization, post.region_code
    if principal is not None and principal.key and principal.organization:
        # "Bupati Poso": the principal's post names the government the aide serves
        head = f"{head} {fold_phrase(principal.head)}"
        _, body_key, code = principal.key.split("|")
        organization, region_code = principal.organization, principal.region_code
    number = _AIDE_NUMBER.match(rest)
    if number:
        head = f"{head} {number.group(0).lower()}"
    elif field:
        head = f"{head} bidang {fold_phrase(_expand(field))}"
    elif post.organization and rest.find(" ") > 0:
        # "Asisten Pemerintahan dan Kesra Setda X": the field written before the body
        words = rest[:rest.find(post.organization)].strip(" ,") if post.organization in rest else ""
        if words and not words.lower().startswith(("setda", "sekretariat")):
            head = f"{head} {fold_phrase(_expand(words))}"
    return Post(key=f"{head}|{body_key}|{code}", name=post.name, head=post.head, organization=organization,
                region_code=region_code, portfolio=post.portfolio)


def _post(title: Title, context: Context) -> Post:
    _, written, expansion, written_tail = split_title(title.text)
    tail = _ENGLISH_LINK.sub("", written_tail)  # "Treasurer of Australia": the body is what follows "of"
    head_expansion = title.head or expansion
    row, rest = _row_for(head_expansion)
    org = _organization(title, tail, context.organizations)
    codes = context.place_codes
    region: Region | None = None
    if org is not None and org.region_code:
        region = _region_of_code(org.region_code)
    if org is not None and rest in _subunit_kinds() and not org.name.startswith(rest) \
            and f" {fold_phrase(tail)} ".startswith(f" {fold_phrase(org.name)} "):
        org = None  # "Kasi Pemerintahan Kecamatan X": the head's section, named by the words read as a body
    if org is not None and _unit_then_parent(org, tail):
        org = None  # "Kepala Seksi X pada Bidang Y Dinas Z": the section within the body written after "pada"
    if org is not None and (rest or (row is not None and row.unit) or tail.split(" ", 1)[0] in _subunit_kinds()
                            or _unit_opener(tail)) \
            and _named_after_words(org, tail):
        # "Kabid Umum Dinas Sosial Kota X", "Direktur Jenderal Pajak Kementerian Keuangan": the head's unit, named by
        # the words before the organization, is the post's body, not the organization it sits in
        org = None
    whole_tail = False  # the tail is the jurisdiction itself ("Kadinkes Sikka")
    if region is None and org is None and tail and _takes().get(written.lower()) == "place":
        region = _place(tail, row.cue if row else "", codes)
        whole_tail = region is not None
    elif region is None and org is None and tail and row is not None and row.unit and not rest \
            and match_place(tail.split(), 0, max_level=2) == len(tail.split()):
        region = _place(tail, row.cue, codes)  # "Inspektur Sikka": a head named after its unit, then its region
        whole_tail = region is not None
    if region is None:
        region = _cued_region(tail, codes) or _trailing_place(tail, codes)
    short = row.short if row else head_expansion
    if row is not None and not rest and tail:
        # "Kepala Kejaksaan Negeri Poso" is the post "Kajari Poso" names: the head and its body's words open a row
        whole, _ = _row_for(f"{head_expansion} {tail}")
        if whole is not None and len(whole.head.split()) > len(head_expansion.split()):
            short = whole.short
    unit = row.unit if row else ""
    where = region_label(region) if whole_tail and region is not None else tail
    org_name = org.name if org is not None else _SPACES.sub(" ", f"{unit} {rest} {where}").strip()
    values = {"rest": rest, "tail": tail, "org": org_name,
              "region": region_label(region) if region else tail, "bare": bare(region) if region else tail}
    body = _fill(row.body, **values) if row else (org_name or None)
    name = _fill(row.post, **values) if row else _SPACES.sub(" ", f"{head_expansion} {written_tail}").strip()
    if "{region}" in (row.body if row else "") and region is None:
        body = None  # "Bupati" alone: no jurisdiction, no body
    body = body or None
    if row is None and org is None and region is None and tail.islower():
        body = None  # "pengamat kebijakan publik": a field written in lowercase names no body
    code = region.code if region else None
    body_key = expand_key(org.key if org is not None and org.key else _registered_key(body)) if body else ""
    # "Bidang X pada Badan Kesbangpol Y" and "Bidang X Badan Kesatuan Bangsa dan Politik Y": one unit
    body_key = _DOUBLED.sub(r"\1", body_key.replace(" pada ", " "))
    named = org is not None or code is not None or (unit and tail) or _names_a_body(tail) \
        or (row is not None and "{" not in row.body)
    ordinal = _ORDINAL.match(tail)
    if ordinal and short.startswith("Wakil"):
        short = f"{short} {ordinal.group(1)}"  # "Wakil Ketua I DPRD X" and "Wakil Ketua II DPRD X": two posts
    key = f"{fold_phrase(short)}|{body_key}|{code or ''}" if named and (body_key or code) else None
    return Post(key=key, name=name, head=short, organization=body, region_code=code,
                portfolio=_portfolio(tail, rest, body, org, row, region))


def _registered_key(body: str) -> str:
    """The key of a body; a registered unit written with its registered parent after it ("Direktorat Jenderal Pajak
    Kementerian Keuangan") keys as the unit alone, as it is written short ("Direktorat Jenderal Pajak")."""
    words = body.split()
    for i in range(len(words) - 1, 1, -1):
        unit = agencies.lookup(" ".join(words[:i]))
        if unit is not None and unit.parent:
            parent = agencies.lookup(" ".join(words[i:]))
            if parent is not None and parent.name == unit.parent:
                return agencies.org_key(unit.name)
    return agencies.org_key(body)


@lru_cache(maxsize=1)
def _key_expansions() -> dict[str, str]:
    """Folded acronym -> the folded key words it stands for (post_acronyms.tsv, then regional bodies)."""
    out: dict[str, str] = {}
    for r in load_tsv("post_acronyms"):
        out[fold(r["acronym"])] = agencies.org_key(r["expansion"])
    for acronym, body in agencies.regional_bodies().items():
        if " " not in acronym:
            out.setdefault(fold(acronym), agencies.org_key(body.name))
    return out


def expand_key(key: str) -> str:
    """An organization key with its acronyms written out: 'dprd sikka' -> 'dewan perwakilan rakyat daerah sikka'."""
    expansions = _key_expansions()
    return " ".join(expansions.get(w, w) for w in key.split())


def _names_a_body(tail: str) -> bool:
    """'Ketua panitia', 'Wakil Ketua I': a tail without a proper word names no body that other documents share."""
    return any(w[:1].isupper() and len(w) >= 3 for w in re.findall(r"[\w’']+", tail))


@lru_cache(maxsize=4096)
def _region_of_code(code: str) -> Region | None:
    from pipeline.resolve.regions import region

    try:
        return region(code)
    except Exception:
        return None


_TERM = re.compile(r"[ \t]*,?[ \t]*(?:periode[ \t]+|masa[ \t]+jabatan[ \t]+|\([ \t]*)(\d{4})[ \t]*"
                   r"(?:-|–|—|s\.?[ \t]*d\.?|sampai)[ \t]*(\d{4})", re.IGNORECASE)


def mention_status(text: str, start: int, name_start: int | None = None, end: int | None = None,
                   year: int | None = None) -> str | None:
    """former | candidate | office when the words right before the title (or before its holder's name) say
    so ("mantan Bupati", "almarhum Drs. Yosef ...", "calon Bupati", "jabatan Bupati") or right after it
    ("Bupati Ende terpilih"; "Bupati Ende periode 2013-2018" in a release of a later year); None otherwise."""
    pattern, after, rows = _qualifier_re()
    if end is not None and year is not None:
        term = _TERM.match(text, end)
        if term and int(term.group(2)) < year:
            return "former"
    if end is not None and after is not None:
        m = after.match(text, end)
        if m:
            return rows.get(_SPACES.sub(" ", m.group(1).lower()))
    for pos in (start, name_start):
        if pos is None or pos <= 0:
            continue
        window = text[max(0, pos - 48):pos]
        window = window.split("\n")[-1]
        m = pattern.search(window)
        if m:
            return rows.get(_SPACES.sub(" ", m.group(1).lower()))
    return None


# ---------------------------------------------------------------- facts
def context_of(facts: Facts) -> Context:
    return Context(tuple(facts.organizations), tuple(sorted({p.code for p in facts.places if p.code})))


def fill(facts: Facts, text: str) -> None:
    """Fill every title of the document's persons with its post (region code, organization, portfolio, key)."""
    ctx = context_of(facts)
    when = (facts.main_event.start if facts.main_event and facts.main_event.start else None) or facts.published
    year = int(when[:4]) if when and when[:4].isdigit() else None
    for person in facts.persons:
        for title in person.titles:
            post = resolve_post(title, ctx)
            title.post, title.post_key = post.name, post.key
            title.head = post.head
            title.organization = post.organization or title.organization
            title.region_code = post.region_code
            title.portfolio = title.portfolio or post.portfolio
            title.acting = acting_marker(title.acting) or (marker_before(text, title.span[0]) if title.span else None)
            title.status = mention_status(text, title.span[0], _name_next_to(person.spans, title.span),
                                          title.span[1], year) if title.span else None
            word = _qualifier_in_title(text, title.span[0]) if title.span else None
            if word and not title.text.lower().startswith(word.lower()):
                title.text = f"{word} {title.text}"


@lru_cache(maxsize=1)
def _in_title_re() -> re.Pattern[str] | None:
    words = sorted((r["word"] for r in load_tsv("post_qualifiers") if r.get("in_title") == "yes"), key=len, reverse=True)
    return re.compile(rf"(?<![\w.])({'|'.join(re.escape(w) for w in words)})[ \t]+$", re.IGNORECASE) if words else None


def _qualifier_in_title(text: str, start: int) -> str | None:
    """'yang juga mantan Kepala Dinas X ...': a former post keeps the word that says so in its text; so does the
    second post of a pair written after it ("calon Bupati dan Wakil Bupati X": both are candidates)."""
    pattern = _in_title_re()
    m = pattern.search(text, max(0, start - 12), start) if pattern else None
    if m is None and pattern is not None and (pair := _PAIR_BEFORE.search(text, max(0, start - 40), start)):
        m = pattern.search(text, max(0, pair.start() - 12), pair.start())
    return m.group(1) if m else None


# the first post of a pair and its "dan", right before the second ("Bupati dan Wakil Bupati X")
_PAIR_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+dan[ \t]+$")


def _name_next_to(spans: Sequence[tuple[int, int]], title: tuple[int, int]) -> int | None:
    """Start of the holder's name written next to the title ("Bupati Sikka, Yosef ..." or "Yosef ..., Bupati")."""
    near = [s for s, e in spans if 0 <= s - title[1] <= 6 or 0 <= title[0] - e <= 6]
    return near[0] if near else None
