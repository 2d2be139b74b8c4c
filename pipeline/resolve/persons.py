"""Within-document person resolution: one Person per human, all spans, each distinct position once.

- "Musta’in" and "Musta’in Ahmad" are one person (a one-word name inside a longer one, a name that is the
  start of a longer one, "Surya Paloh" and "Surya Dharma Paloh"); "Pramono Anung" and "Hani Pramono Anung" stay two.
- Candidates from headlines (weak) only count when they match a person found in the body.
- A bare head ("Kakanwil", "Kepala") stands for the one full title of that head in the text.
- Two written forms of one position ("Kakanwil Kemenag Prov. Jawa Tengah" / "Kepala Kantor Wilayah Kementerian
  Agama Provinsi Jawa Tengah") are one title: the fullest is kept.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from pipeline.records import Mention, Person, Title
from pipeline.resolve import agencies
from pipeline.resolve.fuzzy import correct_phrase
from pipeline.resolve.lexicon import fold, match_place
from pipeline.resolve.names import is_name_word, name_abbreviations, name_key
from pipeline.resolve.people import spelling_key
from pipeline.resolve.tokens import find_all
from pipeline.tables import load_list

try:
    from pipeline.resolve.regions import resolve_place
except ImportError:  # pragma: no cover
    resolve_place = None  # type: ignore[assignment]

_PREFIX = re.compile(r"\b(?:Provinsi|Prov\.?|Kabupaten|Kab\.?|Kota)\s+", re.IGNORECASE)


def _tokens(name: str) -> list[str]:
    return name_key(name).split()


def _respelt(a: list[str], b: list[str]) -> bool:
    """'Tjiptono' / 'Ciptono', 'Soeharto' / 'Suharto': the spelling before 1972 lives on in names."""
    return len(a) == len(b) and a != b and [spelling_key(w) for w in a] == [spelling_key(w) for w in b]


def _initialed(a: list[str], b: list[str]) -> bool:
    """'M. Fikri Harahap' / 'Fikri Harahap', 'Moh. Rizal Ladjumu' / 'Rizal Ladjumu', 'Rina S Wulandari' / 'Rina
    Sari Wulandari': initials or an abbreviated given name that one writing adds or spells out."""
    short, long_ = sorted((a, b), key=len)
    lead = 0
    abbreviated = {fold(w) for w in name_abbreviations()}
    while lead < len(long_) - len(short) and (len(long_[lead].strip(".")) == 1 or long_[lead] in abbreviated):
        lead += 1
    long_ = long_[lead:]
    if len(short) != len(long_) or len(short) < 2 or short == long_ and not lead:
        return False
    if lead and _misspelt(short, long_):
        return True  # "M. Ridwan Badallah" / "Ridwan Badalah": the given name dropped, the surname mistyped
    if short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    return all(x == y or len(x.strip(".")) == 1 and y.startswith(x.strip(".")) or
               len(y.strip(".")) == 1 and x.startswith(y.strip(".")) for x, y in zip(short, long_))


def _misspelt(a: list[str], b: list[str]) -> bool:
    """'Apriani Rahayu' / 'Apriany Rahayu': one name written twice with a typo in one word."""
    if len(a) != len(b) or len(a) < 2:
        return False
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differ) == 1 and all(len(w) >= 5 for w in differ[0]) and differ[0][0][0] == differ[0][1][0] \
        and fuzz.ratio(*differ[0]) >= 80


def _joins(short: list[str], long_: list[str]) -> bool:
    if len(short) >= len(long_):
        return False
    if len(short) == 1:
        return short[0] in long_
    # "Lula da Silva" after "Luiz Inácio Lula da Silva": three or more last words are the same person too
    return long_[:len(short)] == short or (len(short) >= 3 and long_[-len(short):] == short)


def _middle_dropped(a: list[str], b: list[str]) -> bool:
    """'Surya Paloh' / 'Surya Dharma Paloh': the same first and last name, a middle name written once."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 2 or len(short) >= len(long_) or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    rest = iter(long_[1:-1])
    return all(w in rest for w in short[1:-1])


def _words_kept(a: list[str], b: list[str]) -> bool:
    """'Don Bosco' / 'Yohanes Don Bosco Mitan', 'Andi Syukri' / 'Andi Achmad Syukri Tammalele': a later mention
    keeps two or more words of a longer name in their order."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 2 or len(long_) < 3 or len(short) >= len(long_) or any(len(w.strip(".")) == 1 for w in short) \
            or short[-1] == long_[-1]:  # "Ali Mazi" / "Agista Ariany Ali Mazi": a wife bears her husband's name
        return False
    rest = iter(long_)
    return all(w in rest for w in short)


def _given_dropped(c: Mention, grp: list[Mention], toks: list[str], gt: list[str], cands: list[Mention]) -> bool:
    """'Petrus Yumte Beanal ... kata Yumte Beanal': a later mention of the last two words or more, never titled
    itself, is the person named in full before. A husband's name his wife's ends with ("Gubernur Ali Mazi", "Agista
    Ariany Ali Mazi") carries his own post or comes first."""
    if len(toks) < 2 or len(toks) >= len(gt) or gt[-len(toks):] != toks or any(len(w.strip(".")) == 1 for w in toks):
        return False
    same = [m for m in cands if _tokens(m.data["name"]) == toks]
    return not any(m.data.get("title") for m in same) and min(m.start for m in grp) < min(m.start for m in same)


def _patronymic_short(a: list[str], b: list[str]) -> bool:
    """'Hafiz Rosli' / 'Muhammad Hafiz bin Rosli': a later mention drops "bin" and a given name."""
    short, long_ = sorted((a, b), key=len)
    k = next((i for i, w in enumerate(long_) if w in ("bin", "binti")), None)
    if k is None or len(short) < 2 or "bin" in short or "binti" in short:
        return False
    own, father = long_[:k], long_[k + 1:]
    return short[-len(father):] == father and all(w in own for w in short[:-len(father)])


def _spouse_post(m: Mention) -> bool:
    """A post of a body the wife of a head chairs ("Ketua TP PKK Wajo", "Ketua DWP Dinas X")."""
    title = m.data.get("title") or {}
    words = f" {fold(title.get('corrected') or title.get('text') or '')} "
    return any(f" {b} " in words for b in load_list("spouse_bodies"))


def _kin(c: Mention, grp: list[Mention], toks: list[str], gt: list[str]) -> bool:
    """'Wali Kota Malang, Drs H. Sutiaji' and 'Ketua TP PKK Widayati Sutiaji': a family name shared by two
    people who hold different posts (a spouse chairs the PKK) names two persons, not one; so do 'Bupati X, Andi
    Rosman' and 'Ketua TP PKK X, Andi Tenri Rosman', his wife's name holding his."""
    if _middle_dropped(toks, gt) and c.data.get("title") and any(m.data.get("title") for m in grp):
        return _spouse_post(c) != any(_spouse_post(m) for m in grp)
    if len(toks) != 1 or len(gt) < 2 or toks[0] != gt[-1] or toks[0] in gt[:-1]:
        return False
    def post(m: Mention) -> str | None:  # "Menkeu" and "Menteri": one post word
        head = (m.data.get("title") or {}).get("head")
        return head.split()[0].lower() if head else None

    mine = post(c)
    theirs = {post(m) for m in grp} - {None}
    return bool(mine) and bool(theirs) and mine not in theirs


def persons_of(text: str, cands: list[Mention], titles: list[Mention], orgs: list[Mention]) -> list[Person]:
    strong = [c for c in cands if not c.data.get("weak")]
    weak = [c for c in cands if c.data.get("weak")]
    groups: list[list[Mention]] = []
    for c in sorted(strong, key=lambda m: -len(_tokens(m.data["name"]))):
        toks = _tokens(c.data["name"])
        home = None
        for grp in groups:
            gt = _tokens(grp[0].data["name"])
            if _kin(c, grp, toks, gt):
                continue
            if toks == gt or _joins(toks, gt) or _misspelt(toks, gt) or _initialed(toks, gt) or _respelt(toks, gt) \
                    or _middle_dropped(toks, gt) or _patronymic_short(toks, gt) or _words_kept(toks, gt) \
                    or _given_dropped(c, grp, toks, gt, strong):
                home = grp
                break
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    unjoined: dict[tuple, list[Mention]] = {}
    for c in weak:
        toks = _tokens(c.data["name"])
        for grp in groups:
            gt = _tokens(grp[0].data["name"])
            # a headline candidate may run into a capitalized verb: keep it when it starts with a known name
            if toks[:len(gt)] == gt or toks == gt or _joins(toks, gt):
                end = c.start + len(grp[0].data["name"]) if toks[:len(gt)] == gt else c.end
                grp.append(Mention(c.start, end, text[c.start:end], kind="person", data={**c.data, "weak": False}))
                break
        else:
            unjoined.setdefault(tuple(toks), []).append(c)
    for same in unjoined.values():
        # "Walikota Serang Syafrudin mengukuhkan ..." in a lead written like a headline, and "Syafrudin mengaku ..."
        # read by the model alone: two weak readings of one name, one of them after a title, confirm each other
        if len({m.data.get("how") for m in same}) >= 2 and any(m.data.get("title") for m in same):
            groups.append([Mention(m.start, m.end, m.text, kind="person", data={**m.data, "weak": False})
                           for m in sorted(same, key=lambda m: (not m.data.get("title"), m.start))])
    groups.sort(key=lambda grp: min(m.start for m in grp))
    full_titles = _full_titles(titles, orgs)
    holders = _holders(groups, orgs)
    out = []
    for grp in groups:
        out.append(_person(text, grp, groups, full_titles, orgs, holders))
    return out


def _by_comma(m: Mention) -> bool:
    """The name is joined to its post by a bare comma only ("Budi, Kadis ..." or "Kadis, Budi")."""
    how = m.data.get("how")
    return (how == "before" and not m.data.get("role_word")) or (how == "after" and bool(m.data.get("comma")))


def _holders(groups: list[list[Mention]], orgs: list[Mention]) -> dict[str, set[int]]:
    """title key -> the persons (by group id) the text gives that full title."""
    out: dict[str, set[int]] = {}
    for grp in groups:
        for m in grp:
            t = m.data.get("title")
            if t and t.get("has_tail"):
                out.setdefault(title_key(t, orgs), set()).add(id(grp))
    return out


def _person(text: str, grp: list[Mention], groups: list[list[Mention]], full_titles: dict,
            orgs: list[Mention], holders: dict[str, set[int]]) -> Person:
    name = grp[0].data["name"]
    spans = {(m.start, m.end) for m in grp}
    spans |= _more_spans(text, name, grp, groups, orgs)
    honorifics: list[str] = []
    degrees: list[str] = []
    for m in grp:
        for h in m.data.get("honorifics", []):
            if h not in honorifics:
                honorifics.append(h)
        for d in m.data.get("degrees", []):
            if d not in degrees:
                degrees.append(d)
    titles: dict[str, Title] = {}
    own = {m.data["title"]["head"] for m in grp if (m.data.get("title") or {}).get("has_tail")}
    own_texts = {fold(m.data["title"].get("corrected") or m.data["title"]["text"]) for m in grp
                 if (m.data.get("title") or {}).get("has_tail")}
    for m in sorted(grp, key=lambda m: m.start):
        t = m.data.get("title")
        if not t:
            continue
        key = title_key(t, orgs)
        if not t.get("has_tail") and (t["head"] in own or any(f.startswith(fold(t["head"]) + " ") for f in own_texts)):
            continue  # "Menteri Karimova", "Kadis Ramli": the bare head repeats this person's own full title
        if not t.get("has_tail") and _by_comma(m) and holders.get(key, set()) - {id(grp)}:
            continue  # "didampingi Menhan, Sohibul menyampaikan": the bare post is its known holder's
        if not t.get("has_tail") and t["head"] in full_titles and len(full_titles[t["head"]]) == 1:
            others = holders.get(next(iter(full_titles[t["head"]])), set()) - {id(grp)}
            if others and _by_comma(m) and not m.data.get("succession"):
                continue
            if not others or m.data.get("succession"):
                # "Presiden Ramaphosa" next to "Presiden Republik Indonesia Prabowo": a post another person holds
                # is not this one's; "kepada Kapolsek baru, Budi": the next holder of the one post named
                key, t = next(iter(full_titles[t["head"]].items()))
        title = Title(text=t["corrected"], head=t["head"], acting=t.get("acting"),
                      organization=t.get("org"), span=(t["start"], t["end"]))
        old = titles.get(key)
        if old is None or len(title.text) > len(old.text):
            titles[key] = title
    # a bare head next to a full title of the same head is the same position
    kept = [t for t in titles.values()
            if not any(o is not t and o.head == t.head and len(o.text) > len(t.text) and
                       (t.text.endswith(t.head) or fold(t.text) == fold(t.head) or len(t.text.split()) <= 2
                        and not (t.organization and o.organization and t.organization != o.organization))
                       for o in titles.values())]
    # a title written inside a longer one is part of it ("Ketua Tim Seleksi (Timsel) Calon Anggota KIP Sultra")
    kept = [t for t in kept if not (t.span and any(
        o is not t and o.span and o.span[0] <= t.span[0] and t.span[1] <= o.span[1] and o.span != t.span
        for o in kept))]
    kept.sort(key=lambda t: t.span[0] if t.span else 0)
    kept = [t for i, t in enumerate(kept) if not any(_respelt_title(o.text, t.text) for o in kept[:i])]
    # the same words in capitals ("Bupati SIGI" in a caps headline) are the same title: running text's writing wins
    cased: dict[str, list[Title]] = {}
    for t in kept:
        cased.setdefault(" ".join(fold(t.text).split()), []).append(t)
    kept = [t for t in kept if t is min(cased[" ".join(fold(t.text).split())], key=_capital_words)]
    return Person(name=name, titles=kept, spans=sorted(spans), honorifics=honorifics, degrees=degrees,
                  source=grp[0].source)


def _capital_words(title: Title) -> int:
    return sum(1 for w in title.text.split() if len(w) > 1 and w.isupper())


def _respelt_title(a: str, b: str) -> bool:
    """'President ADB' and 'Presiden ADB', 'Sekertaris Daerah' and 'Sekretaris Daerah': the same words but one,
    written in another spelling or language, are one position ("Wakil Ketua I" and "II" stay two)."""
    wa, wb = fold(a).split(), fold(b).split()
    if len(wa) != len(wb) or wa == wb:
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= 5 \
        and not any(c.isdigit() for c in diff[0][0] + diff[0][1]) and fuzz.ratio(*diff[0]) >= 85


def _more_spans(text: str, name: str, grp, groups, orgs: list[Mention]) -> set[tuple[int, int]]:
    """Later mentions by the full name or by one of its words that no other person shares."""
    out = set()
    others = {w for g in groups if g is not grp for w in _tokens(g[0].data["name"])}
    forms = [name] + [w for w in name.split() if len(w) >= 3 and is_name_word(w) and fold(w) not in others]
    for form in forms:
        for ms, me in find_all(text, form):
            if any(o.start <= ms < o.end for o in orgs):
                continue
            if any(s <= ms < e for s, e in out) or any(
                    gm.start <= ms < gm.end and (gm.start, gm.end) != (ms, me) for gm in grp):
                continue
            out.add((ms, me))
    # one-word spans inside a full-name span are not separate mentions
    full = [(s, e) for s, e in out if text[s:e] == name]
    return {(s, e) for s, e in out if (s, e) in full or not any(a <= s and e <= b for a, b in full)}


def _full_titles(titles: list[Mention], orgs: list[Mention]) -> dict[str, dict[str, dict]]:
    """head expansion -> {title key: title data} for titles that name their body."""
    out: dict[str, dict[str, dict]] = {}
    for t in titles:
        if not t.data.get("has_tail"):
            continue
        d = {"text": t.text, "start": t.start, "end": t.end, **t.data}
        out.setdefault(t.data["head"], {})
        key = title_key(d, orgs)
        old = out[t.data["head"]].get(key)
        if old is None or len(d["text"]) > len(old["text"]):
            out[t.data["head"]][key] = d
    return out


_STATE_WORDS = {"ri", "r", "i", "republik", "indonesia"}


def title_key(t: dict, orgs: list[Mention]) -> str:
    """A position as comparable words: head expansion + the body's canonical key (or its corrected tail)."""
    head = fold(t.get("acting") or "") + " " + " ".join(fold(w) for w in t["head"].split())
    unit = " ".join(fold(w) for w in (t.get("unit") or "").split())
    org = next((o for o in orgs if t["start"] <= o.start and o.end <= t["end"]), None)
    if org is not None:
        body = org.data.get("key", "")
    else:
        tail = t["text"][len(t.get("head_written", "")):] if t["text"].startswith(t.get("head_written", "")) \
            else t["text"]
        # "Wakil Menteri Pertahanan (Wamenhan) RI": the short form in brackets names the same post
        tail = correct_phrase(re.sub(r"\s*\([^()]*\)", "", tail))
        if {fold(w) for w in re.findall(r"\w+", tail)} <= _STATE_WORDS:
            body = ""  # no tail, or the state's name only: "Wamenhan RI" is "Wakil Menteri Pertahanan RI"
        else:
            region = None
            words = _PREFIX.sub("", tail).split()
            if resolve_place is not None and words and match_place(words, 0) == len(words):
                try:
                    region = resolve_place(tail.strip())
                except Exception:
                    region = None
            body = agencies.org_key(region.name if region and region.code else tail)
    if unit and body.startswith(unit):
        body = body[len(unit):].strip()
        head = head.strip()
    return f"{head.strip()} {body}".strip()
