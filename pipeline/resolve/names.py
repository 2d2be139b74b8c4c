"""Person names as written -> (honorifics, name, degrees), and reading a name at a position in a text.

"Prof. Dr. H. Irwan Prayitno, S.Psi, M.Sc." -> (["Prof.", "Dr.", "H."], "Irwan Prayitno", ["S.Psi", "M.Sc."]).
Honorifics and degrees come from data/honorifics.txt and data/degrees.txt and match with or without dots.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.nlp.ner import common_words
from pipeline.resolve.lexicon import fold, is_vocab
from pipeline.tables import load_list, load_tsv

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
# A name word: capitalized word (apostrophes/hyphens inside; an Irish or Scottish prefix, "O'Connor", "McKenzie"),
# an initial "M.", or a short all-caps part ("MD").
NAME_WORD = (rf"(?:(?:[OD][’'](?=[{_UP}])|Ma?c(?=[{_UP}][{_LOW}]))?[{_UP}][{_LOW}]+(?:[’'`\-][{_UP}{_LOW}]+)*"
             rf"|[{_UP}]\.|[{_UP}]{{2,3}}(?![{_LOW}]))")
_PARTICLES = ("bin", "binti", "van", "der", "de", "da", "dos", "al", "el", "br", "boru")


def _flex(entry: str, later_any_case: bool = False) -> str:
    """'M.Si.' -> M\\.?\\s?Si\\.? ; dots optional, one optional space between letter groups."""
    entry = entry.strip()
    if entry.startswith("("):
        return re.escape(entry).replace(r"\.", r"\.?")
    chunks = [c for c in re.split(r"\.", entry) if c]
    parts = []
    for n, c in enumerate(chunks):
        part = r"\s+".join(re.escape(w) for w in c.split())
        # "S.Ap." = "S.AP.", "M.Ip" = "M.IP.": a degree's letter groups after its first are written in any case
        parts.append(f"(?i:{part})" if later_any_case and n else part)
    return r"\.?\s?".join(parts) + r"\.?"


@lru_cache(maxsize=1)
def honorific_re() -> re.Pattern[str]:
    alts = sorted({_flex(h) for h in load_list("honorifics")}, key=len, reverse=True)
    # "H.Syafrudin", "Drs.H.Muqodam": releases glue an honorific's dot to the name
    return re.compile(rf"(?:{'|'.join(alts)})(?=[\s,]|$|(?<=\.)[A-Z])")


@lru_cache(maxsize=1)
def degree_re() -> re.Pattern[str]:
    alts = sorted({_flex(d, later_any_case=True) for d in load_list("degrees")}, key=len, reverse=True)
    # a clinician's subspecialty (consultant) closes the specialist degree: "Sp.PD-KGEH", "Sp.OG(K)"
    return re.compile(rf"(?:{'|'.join(alts)})(?:-K[A-Z]{{1,6}}\b|\s?\(K\))?(?![A-Za-z]|['’][a-z])")


@lru_cache(maxsize=1)
def degrees_run_re() -> re.Pattern[str]:
    """One or more degrees after a name, separated by commas, dots or spaces."""
    one = degree_re().pattern
    return re.compile(rf"(?:[ \t]*[,.]*[ \t]*(?:{one}))+[,.]*")


@lru_cache(maxsize=1)
def _name_word_re() -> re.Pattern[str]:
    return re.compile(NAME_WORD)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Folded capitalized words that never belong to a person's name (weekdays, months, function words)."""
    words = {fold(w) for w in load_list("name_stopwords")}
    words.update(fold(w) for w in load_list("stopwords_id"))
    words.update(fold(r["name"]) for r in load_tsv("weekdays"))
    words.update(fold(r["name"]) for r in load_tsv("months"))
    return frozenset(words)


_VERB_PREFIXES = ("me", "di", "ber", "ter", "per")


@lru_cache(maxsize=8192)
def _verb_like(word: str) -> bool:
    """A verb or a possessive ("Sampaikan", "Katanya", "Menurutnya"): -kan or -nya on a word of running text or
    after a verb prefix. A surname that only ends so ("Sopaheluwakan") is not one."""
    w = word.lower()
    if len(w) < 6 or not w.endswith(("kan", "nya")):
        return False
    if w.startswith(_VERB_PREFIXES) or w[:-3] in common_words() or is_vocab(w[:-3]):
        return True
    # a name glued to the verb after it ("Dwianamenekankan")
    return any(w.startswith(("me", "di"), i) and w[i:-3] in common_words() for i in range(3, len(w) - 6))


# prefixes written with a hyphen before a word or a short form ("Non-PNS", "Pra-Musrenbang", "Pasca-Pilkada"):
# they qualify a category of people or a stage, never open a name
_HYPHEN_PREFIXES = ("non-", "pra-", "pasca-", "antar-", "anti-")


def is_name_word(word: str) -> bool:
    """A capitalized word that can be part of a person's name."""
    if not _name_word_re().fullmatch(word):
        return False
    if word.lower().startswith(_HYPHEN_PREFIXES):
        return False
    f = fold(word)
    if len(word) > 2 and (f in stop_words() or is_vocab(word) or _verb_like(word)):
        return False
    return f not in _short_name_stops()


@lru_cache(maxsize=1)
def _short_name_stops() -> frozenset[str]:
    """Two-letter words the name table rules out ("No 18", "Jl."): other short words may be names."""
    return frozenset(fold(w) for w in load_list("name_stopwords") if len(w) <= 2)


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """Folded first words of organization, title and venue heads: never inside a person's name."""
    out = {fold(r["head"].split()[0]) for t in ("org_heads", "title_heads", "venue_heads") for r in load_tsv(t)}
    return frozenset(out)


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """Head words that are heads only with the words after them ("Hakim" of "Hakim Konstitusi"): a name may hold
    them where the model or the name words around say so ("Arif Rahman Hakim")."""
    heads = [r["head"].split() for t in ("org_heads", "title_heads", "venue_heads") for r in load_tsv(t)]
    return frozenset({fold(h[0]) for h in heads if len(h) > 1} - {fold(h[0]) for h in heads if len(h) == 1})


@lru_cache(maxsize=1)
def name_prefixes() -> frozenset[str]:
    return frozenset(load_list("name_prefix_acronyms"))


@lru_cache(maxsize=1)
def _long_prefix_re() -> re.Pattern[str]:
    """Name prefixes of four letters or more (IGAK), then a name word."""
    long = sorted((p for p in name_prefixes() if len(p) > 3), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(long)})(?=[ \t]+[A-Z][a-z])" if long else r"(?!)")


@lru_cache(maxsize=1)
def _acting_markers() -> frozenset[str]:
    """Folded one-word acting markers (Plt, Pj, Plh) that end a name when written after it."""
    return frozenset(fold(a.rstrip(".")) for a in load_list("title_acting") if " " not in a.strip())


@lru_cache(maxsize=1)
def noble_openers() -> frozenset[str]:
    """Titles of nobility that are also common words ("Lalu"): capitalized, they open a name that goes on."""
    return frozenset(load_list("name_noble_openers"))


@lru_cache(maxsize=1)
def birth_order_names() -> frozenset[str]:
    """Folded Balinese birth-order names and their particles ("I", "Ni", "Made", "Ketut")."""
    return frozenset(fold(w) for w in load_list("name_birth_order"))


def birth_order_run(words: list[str]) -> bool:
    """'I Made', 'Ni Luh Putu', 'Ketut': Balinese birth-order words that open a name (a particle only before one)."""
    return bool(words) and all(fold(w) in birth_order_names() for w in words) \
        and fold(words[-1]) not in ("i", "ni")


@lru_cache(maxsize=1)
def given_words() -> frozenset[str]:
    """Folded given names that are stop words elsewhere (month names: "Agus", "Juli"; titles of nobility: "Lalu")."""
    return frozenset(fold(w) for w in (*load_list("name_given_words"), *load_list("name_noble_openers")))


def _inner_name_word(text: str, word: str, end: int) -> bool:
    """'Rizky Pratama Putra': a dictionary word between two name words is part of the name (Pratama, Jaya,
    Utama are common given names); a head word ('Dinas', 'Kepala') or a function word never is."""
    if not _may_be_in_name(word):
        return False
    sm = _SPACE.match(text, end)
    nxt = _name_word_re().match(text, sm.end()) if sm else None
    # "Lalu Agus Wirajaya": a given name that is also a month's short form follows as a name word
    return bool(nxt) and (is_name_word(nxt.group(0)) or fold(nxt.group(0)) in given_words()) \
        and not (nxt.end() < len(text) and text[nxt.end()].isalnum())


# "Agus 2025", "Minggu (9/3)", "Hari Ini": a month, a day or a word of time, not a given name
_NUMBER_AFTER = re.compile(r"[ \t]*(?:[\d(]|[Ii]ni\b)")


# a name set off by commas after its post closes with a comma and the clause's lowercase word or a degree
_SLOT_CLOSE = re.compile(r"[ \t]*,[ \t]+(?:[a-z]|(?=[A-Z][a-z]{0,3}\.))")


def closes_name_slot(text: str, end: int) -> bool:
    """The apposition after "Post," closes at `end` with a comma and the clause's lowercase word or a degree."""
    return _SLOT_CLOSE.match(text, end) is not None


def _closing_slot_word(text: str, word: str, end: int, after_words: bool) -> bool:
    """'Bupati Bima, Abdullah Kota, menghadiri', 'Kepala Desa, Indah Putri, mengatakan': in the slot after
    "Post,", a dictionary word that the apposition's closing comma follows (or the name word before one) is the
    name's, though it opens no name alone."""
    if not _may_be_in_name(word):
        return False
    if _SLOT_CLOSE.match(text, end):
        return after_words
    sm = _SPACE.match(text, end)
    nxt = _name_word_re().match(text, sm.end()) if sm else None
    return not after_words and nxt is not None and _may_be_in_name(nxt.group(0)) \
        and _SLOT_CLOSE.match(text, nxt.end()) is not None


def _may_be_in_name(word: str) -> bool:
    """A capitalized dictionary word that can be part of a name: not a head word, function word or verb."""
    f = fold(word)
    return bool(_name_word_re().fullmatch(word)) and word[:1].isupper() and not word.isupper() \
        and not (f in stop_words() and f not in given_words()) and not _verb_like(word) and f not in _head_words()


def _name_word_here(text: str, word: str, at: int) -> bool:
    """is_name_word, except that a word opening only longer heads is a name word where the rest of no such head
    follows ("Arif Rahman Hakim menyampaikan" but "Hakim Konstitusi Anwar")."""
    if is_name_word(word):
        return True
    f = fold(word)
    if f not in _opening_words() or word.isupper() or f in stop_words() or _verb_like(word):
        return False
    if _long_head_re().match(text, at):
        return False
    nxt = re.match(r"[ \t]+(\w+)", text[at + len(word):at + len(word) + 40])  # a head goes on in its own line
    return not (nxt and nxt.group(1)[0].isupper() and fold(nxt.group(1)) in _head_words())  # "Wakil Panglima TNI"


@lru_cache(maxsize=1)
def _long_head_re() -> re.Pattern[str]:
    heads = {r["head"] for t in ("org_heads", "title_heads", "venue_heads") for r in load_tsv(t)}
    alts = sorted((re.escape(h).replace(r"\ ", r"\s+") for h in heads if " " in h), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(alts)})\b", re.IGNORECASE)


@dataclass
class NameRead:
    start: int  # start of the name proper (after honorifics)
    end: int  # end of the name proper (before degrees)
    name: str
    outer_start: int  # start including honorifics
    outer_end: int  # end including degrees
    honorifics: list[str] = field(default_factory=list)
    degrees: list[str] = field(default_factory=list)


_SPACE = re.compile(r"[ \t]+")
_ANY_SPACE = re.compile(r"\s+")
_COMMA_GAP = re.compile(r"[ \t]*,?[ \t]*")
_ACRONYM = re.compile(r"[A-Z]{2,3}")
_INITIAL = re.compile(r"[A-Z]\.")
_COMPOUND_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}(?=[ \t])")
_BARE_INITIAL = re.compile(r"[A-Z][ \t]")
_CAPS_SLIP = re.compile(r"[A-Z]{2}[a-z]{2,}(?<!nya)(?![\w'’-])")
_TRAILING_SPACE = re.compile(r"[ \t]$")
# a name word follows a space, a bracket, a quote or an honorific's glued dot ("H.Kasiman")
_WORD_AT_END = re.compile(rf"(?:^|(?<=[\s(“\"])|(?<=\w\.))({NAME_WORD})[ \t]*$")
def is_patronymic(word: str) -> bool:
    """"bin"/"binti": joins a Malay or Arabic name to the father's name, part of the full name."""
    return word in ("bin", "binti")


# a particle may be doubled in Dutch, German and Iberian names ("Ruud van der Berg", "Maria de la Cruz")
_PARTICLE = re.compile(rf"(?:{'|'.join(_PARTICLES)}|von)(?:[ \t]+(?:der|den|de|la|los|las))?(?=\s)")


@lru_cache(maxsize=1)
def name_abbreviations() -> frozenset[str]:
    return frozenset(load_list("name_abbreviations"))


@lru_cache(maxsize=1)
def _folded_name_abbreviations() -> frozenset[str]:
    return frozenset(fold(a) for a in name_abbreviations())


_LAST_AFTER_INITIAL = re.compile(r"[A-Z]\.[ \t]+([A-Z][a-z][\w'’-]*)(?=[ \t]*(?:[,.;:)\n]|$|[ \t][a-z]))")


def _middle_initial(text: str, j: int) -> bool:
    """'Yasonna H. Laoly': a one-letter honorific inside a name, before its last word, is an initial."""
    m = _LAST_AFTER_INITIAL.match(text, j)
    return bool(m) and is_name_word(m.group(1))


def _only_common(text: str, words: list[tuple[int, int]]) -> bool:
    """The words read so far are all words running text writes in lowercase: a post's unit ("Ketua Panitia")."""
    return all(fold(text[a:b]) in common_words() for a, b in words)


_SHORT_ABBREV = re.compile(r"[A-Z][a-z]{1,2}")

_DOTTED_CAPS = re.compile(r"[A-Z]{2,4}\.(?=[ \t]+[A-Z][a-z])")


def _dotted_caps(text: str, i: int) -> re.Match[str] | None:
    """'Dr. HAS. Budi': capitals closed by a dot among the honorifics, before a name, are initials of titles
    the tables do not list; a name's own short form ('ABD. Rahman') is not."""
    m = _DOTTED_CAPS.match(text, i)
    if m is None or fold(m.group(0)[:-1]) in _folded_name_abbreviations() \
            or m.group(0)[:-1] in name_prefixes():
        return None
    return m


def _initials_open(text: str, at: int) -> bool:
    """A capitalized name word, not an initial nor a dictionary word, follows the dotted capitals."""
    nxt = _name_word_re().match(text, at)
    return bool(nxt) and not _INITIAL.fullmatch(nxt.group(0)) and is_name_word(nxt.group(0)) \
        and fold(nxt.group(0)) not in common_words()


def read_name(text: str, pos: int, max_words: int = 5, allow_newline: bool = False,
              name_slot: bool = False, model_end: int | None = None) -> NameRead | None:
    """Read honorifics, a name and degrees starting at `pos` (leading spaces skipped). In a `name_slot` (after
    'Title,') a dictionary word may open the name when name words follow ('Agung Setiawan Nugroho').
    `model_end`: where a trained model's person span ends; a dictionary word before it may close the name
    ('Ardi Pranata')."""
    ws = _ANY_SPACE if allow_newline else _SPACE
    i = pos
    m = ws.match(text, i)
    if m:
        i = m.end()
    outer_start = i
    honorifics: list[str] = []
    hon = honorific_re()
    while True:
        m = hon.match(text, i) or (_dotted_caps(text, i) if honorifics else None)
        if not m:
            break
        honorifics.append(m.group(0))
        i = m.end()
        i = _COMMA_GAP.match(text, i).end()
    start = i
    words: list[tuple[int, int]] = []
    word_re = _name_word_re()
    deg = degree_re()
    while len(words) < max_words:
        if words:
            sm = _SPACE.match(text, i)
            if not sm:
                break
            j = sm.end()
        else:
            j = i
        dm = deg.match(text, j) if words else None
        if dm and _degree_boundary(text, dm.end()) and not _name_like_degree(dm.group(0)):
            break
        pm = _PARTICLE.match(text, j) if words else None
        if pm:
            nm = word_re.match(text, _SPACE.match(text, pm.end()).end() if _SPACE.match(text, pm.end()) else pm.end())
            if nm and is_name_word(nm.group(0)):
                words.append((j, nm.end()))
                i = nm.end()
                continue
            break
        ci = _COMPOUND_INITIALS.match(text, j)
        if ci:
            sm = _SPACE.match(text, ci.end())
            nxt = word_re.match(text, sm.end()) if sm else None
            if nxt and is_name_word(nxt.group(0)) and not _INITIAL.fullmatch(nxt.group(0)):
                words.append((j, ci.end()))  # "Dr. I.E. Djoko Purwanto", "A.A. Gede": initials written together
                i = ci.end()
                continue
        nm = word_re.match(text, j)
        long_prefix = _long_prefix_re().match(text, j) if not words else None
        if long_prefix:  # "IGAK Satrya": a Balinese prefix of four letters, longer than a name word's capitals
            words.append((j, long_prefix.end()))
            i = long_prefix.end()
            continue
        if not nm and words and _BARE_INITIAL.match(text, j):
            if hon.match(text, j) and _only_common(text, words):
                break  # "Ketua Panitia H Ahmad": after the post's unit, a bare "H" is Haji opening the holder's name
            nxt = word_re.match(text, j + 2)
            if nxt and is_name_word(nxt.group(0)) and not _INITIAL.fullmatch(nxt.group(0)):
                words.append((j, j + 1))  # a middle initial written without its dot: "Yasona H Laoli"
                i = j + 1
                continue
        if not nm and not words and (text.startswith("I ", j) or ((name_slot or honorifics)
                                                                  and _BARE_INITIAL.match(text, j))):
            nxt = word_re.match(text, j + 2)
            if nxt and is_name_word(nxt.group(0)):
                words.append((j, j + 1))  # Balinese "I Komang ...", "A Rusman" (Andi) after "Title,"
                i = j + 1
                continue
        if not nm and words:
            slip = _CAPS_SLIP.match(text, j)  # "Rusdy MAstura": a shift key held one letter too long
            if slip and is_name_word(slip.group(0).capitalize()):
                words.append((j, slip.end()))
                i = slip.end()
                continue
        if not nm:
            break
        w = nm.group(0)
        left, hyphen, right = w.partition("-")
        if words and hyphen and left and right[:1].isupper() and fold(right) in _head_words():
            # "Presiden Prabowo Subianto-Wakil Presiden Gibran": a pair of posts joined by a hyphen; the name ends there
            if is_name_word(left):
                words.append((j, j + len(left)))
            break
        if words and _rank_before_degree(text, j, nm.end()):
            words.append((j, nm.end()))  # "Tatang Laksamana ST": a rank word closing a name before its degree
            i = nm.end()
            continue
        if words and hon.match(text, j) and (not _middle_initial(text, j) or _only_common(text, words)) \
                and not (w in name_abbreviations() and text.startswith(". ", nm.end())) \
                and not _last_word_as_honorific(text, w, nm.end()):  # "Rusdi Hi. Taher"
            break  # "Bupati Mubar Drs. Ahmad", "Ketua Panitia H Ahmad": an honorific opens the next name
        if words and fold(w) in _acting_markers():
            break  # "Tri Adhianto PLT. Wali Kota": an acting marker opens the title after the name
        after_initial = bool(words) and bool(honorifics) and _INITIAL.fullmatch(text[words[-1][0]:words[-1][1]]) \
            and _may_be_in_name(w)  # "Bapak J. Batubara": after an addressed initial, a dictionary word is the surname
        if not after_initial and not _name_word_here(text, w, j) and not ((words or name_slot or fold(w) in given_words())
                                        and _inner_name_word(text, w, nm.end())) \
                and not (name_slot and _closing_slot_word(text, w, nm.end(), bool(words))) \
                and not (words and fold(w) in given_words() and not _NUMBER_AFTER.match(text, nm.end())) \
                and not (words and model_end is not None and nm.end() <= model_end and _may_be_in_name(w)
                         and (len(words) >= 2 or fold(w) not in given_words())):  # "Safari Ramadhan" is no name
            break
        # "TB. Ace Hasan Syadzily"; "Kepala Badan X, LT. Handoko": initials in capitals open the holder's name
        if not words and text.startswith(".", nm.end()) and (w in name_prefixes() or (
                name_slot and _ACRONYM.fullmatch(w) and text.startswith(". ", nm.end())
                and _initials_open(text, nm.end() + 2))):
            words.append((j, nm.end() + 1))
            i = nm.end() + 1
            continue
        if not words and _ACRONYM.fullmatch(w) and w not in name_prefixes():
            break  # a name does not start with an acronym (but "LD Rusman Emba", "TB Hasanuddin")
        if w.endswith(".") and len(w) == 2:
            glued = word_re.match(text, nm.end())  # "Andi M.Yusuf": an initial glued to the name word after it
            if glued and not _INITIAL.fullmatch(glued.group(0)) and is_name_word(glued.group(0)) \
                    and not deg.match(text, j) and not text[glued.end():glued.end() + 1].isalnum():
                words.append((j, glued.end()))
                i = glued.end()
                continue
            # an initial must be followed by another name word
            nxt = word_re.match(text, _SPACE.match(text, nm.end()).end()) if _SPACE.match(text, nm.end()) else None
            if not nxt or not (is_name_word(nxt.group(0)) or (honorifics and _may_be_in_name(nxt.group(0)))):
                if len(words) >= 2 and _degrees_after_comma(text, nm.end()):
                    words.append((j, nm.end()))  # a last initial before a comma and degrees: "M. Yusuf S., S.Kom."
                break
        # A name word glued to a following word (no space, e.g. "Kamis(15") still ends the name.
        if nm.end() < len(text) and (text[nm.end()].isalnum()):
            break
        if text.startswith(". ", nm.end()) and (w in name_abbreviations() or (
                not words and honorifics and _SHORT_ABBREV.fullmatch(w))):
            # "Moch. Wahyudi", "Andi Muh. Rasyid"; after the honorifics, "Dr. H. Mz. Amirul": a short capitalized
            # abbreviation with its dot is an abbreviated given name
            nxt = word_re.match(text, nm.end() + 2)
            if nxt and is_name_word(nxt.group(0)):
                words.append((j, nm.end() + 1))  # "Moch. Wahyudi", "Abd. Rahman"
                i = nm.end() + 1
                continue
        words.append((j, nm.end()))
        i = nm.end()
    # drop trailing initials and all-caps parts that are really the start of something else
    while words and _INITIAL.fullmatch(text[words[-1][0]:words[-1][1]]) and not (
            len(words) >= 3 and _degrees_after_comma(text, words[-1][1])):
        words.pop()
    if not words or (len(words) == 1 and words[0][1] - words[0][0] == 1):
        return None  # a letter alone ("I" before a name in capitals) names no one
    start, end = words[0][0], words[-1][1]
    degrees: list[str] = []
    outer_end = end
    m = degrees_run_re().match(text, end)
    if m and _degree_boundary(text, m.end()):
        degrees = [d.group(0).strip() for d in deg.finditer(m.group(0))]
        outer_end = m.end()
    return NameRead(start, end, _father_unaddressed(text[start:end]), outer_start, outer_end, honorifics, degrees)


_NEXT_CAP = re.compile(r"[ \t]+[A-Z]")


def _last_word_as_honorific(text: str, w: str, end: int) -> bool:
    """'Presiden Vietnam, Luong Van Tuan, di ...': a word spelt as an honorific that no name follows ends the name
    it is part of; an honorific opens the next name."""
    return len(w) >= 3 and w.isalpha() and w[0].isupper() and not w.isupper() and not text.startswith(".", end) \
        and not _NEXT_CAP.match(text, end)


def _name_like_degree(written: str) -> bool:
    """'Yosef Bata Ama': a degree's letters written without dots in title case ("Ama" for A.Ma) are a name word."""
    return "." not in written and written.istitle() and len(written) >= 3 and is_name_word(written)


def _degrees_after_comma(text: str, end: int) -> bool:
    c = re.compile(r"[ \t]*,[ \t]*").match(text, end)
    m = degrees_run_re().match(text, c.end()) if c else None
    return bool(m) and m.end() > c.end() and _degree_boundary(text, m.end())


_FATHER = re.compile(r"\b(?:bin|binti)[ \t]+")


def _father_unaddressed(name: str) -> str:
    """'Muhammad Ridwan bin H. Abdul Latif': the father's honorific is no word of the name."""
    m = _FATHER.search(name)
    h = honorific_re().match(name, m.end()) if m else None
    if h is None or h.end() >= len(name):
        return name
    return name[:m.end()] + name[h.end():].lstrip()


def _rank_before_degree(text: str, start: int, end: int) -> bool:
    """A rank is written before a name, never before a degree: a rank word (not a letter or an abbreviation)
    followed by a degree is the last word of the name."""
    h = honorific_re().match(text, start)
    if h is None or h.end() != end or end - start < 5 or not text[start:end].isalpha():
        return False
    m = degrees_run_re().match(text, end)
    return bool(m) and m.end() > end and _degree_boundary(text, m.end())


def _degree_boundary(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()


@lru_cache(maxsize=1)
def _trailing_degree_re() -> re.Pattern[str]:
    return re.compile(rf"(?:[ \t]*[,.]?[ \t]*(?:{degree_re().pattern}))[,. \t]*$")


def ranked_name_after(text: str, pos: int, address: bool = False) -> NameRead | None:
    """The name right after `pos` when a space and a rank or title of address (not an initial) open it
    ("Babinsa Selat Baru Serda Armansyah", "anggota Polsek Loura Brigpol X"): that word ends what came before.
    With `address`, a short form of address written in mixed case ("Hj.", "Dr.", "Ir.") opens it too."""
    gap = _SPACE.match(text, pos)
    rank = honorific_re().match(text, gap.end()) if gap else None
    word = rank.group(0).strip(" .") if rank else ""
    if rank is None or len(word) < 3 and not (address and len(word) == 2 and word[1].islower()):
        return None
    r = read_name(text, gap.end())
    return r if r is not None and r.honorifics else None


def read_name_before(text: str, end: int, max_words: int = 5) -> NameRead | None:
    """The name that ends right before `end` (trailing spaces/degrees allowed), read backwards."""
    window_start = max(0, end - 120)
    chunk = text[window_start:end]
    # strip trailing degrees (", M.Si") before looking for the name
    stripped = chunk.rstrip(" \t,")
    while True:
        m = _trailing_degree_re().search(stripped)
        if not m or m.start() == 0:
            break
        stripped = stripped[:m.start()].rstrip(" \t,")
    if not _WORD_AT_END.search(stripped):
        return None
    # walk back over name words separated by single spaces
    pos = len(stripped)
    first = None
    count = 0
    word_re = _WORD_AT_END
    cur = stripped
    while count < max_words:
        m = word_re.search(cur)
        if not m or not (is_name_word(m.group(1)) or (fold(m.group(1)) in given_words()
                                                      and _name_word_before(cur[:m.start(1)]))):
            break  # a given name that is also a month or day word may close a name ("Erlangga Langit Ramadhan")
            # or stand inside one ("Bambang Hari Kusumo, M.Sc. dilantik sebagai ...")
        first = m.start(1)
        count += 1
        cur = cur[:m.start(1)]
        if not _TRAILING_SPACE.search(cur):
            break
        cur = cur.rstrip(" \t")
    if first is None:
        return None
    verb = _WORD_AT_START.match(stripped, first)
    if count >= 2 and verb and fold(verb.group(1)) in _speech_verbs() and _QUOTE_BEFORE.search(stripped[:first]):
        # '…,” Ungkap Ermayani Kepala Sekolah': the quote's speech verb, capitalized, opens no name
        first = stripped.index(verb.group(2), verb.end(1))
        cur = stripped[:first]
    abbrev = _ABBREV_AT_END.search(cur)
    if abbrev and (abbrev.group(1) in name_abbreviations() or len(abbrev.group(1)) == 1):
        first = abbrev.start(1)  # "Muh. Ilyas Abibu", "M. Faisal": an abbreviated given name opens the name
        cur = cur[:first]
        while abbrev.group(1) in name_abbreviations() and count < max_words and _TRAILING_SPACE.search(cur):
            # "Asni Dg. Matona", "Andi Muh. Rasyid": name words before it belong to the name too
            m = word_re.search(cur.rstrip(" \t"))
            if not m or not is_name_word(m.group(1)):
                break
            first, count, cur = m.start(1), count + 1, cur[:m.start(1)]
    noble = _CAPITAL_AT_END.search(cur) if count else None
    if noble and noble.group(1) in noble_openers():
        first = noble.start(1)  # "Hadir pula Lalu Ahmad Zaini selaku Camat": a title of nobility opens the name
    start = window_start + first
    # honorifics before the name belong to it
    return read_name(text, start, max_words=max_words)


_WORD_AT_START = re.compile(r"(\S+)[ \t]+(\S)")
_QUOTE_BEFORE = re.compile(r"[\"”’'][ \t]*,?[ \t]*$|,[ \t]*[\"”’'][ \t]*$")


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """The verbs that attribute a quote ("ujar", "ungkap"), from the person cues."""
    return frozenset(r["cue"] for r in load_tsv("person_cues") if r.get("kind") == "speech")


_ABBREV_AT_END = re.compile(r"(?:^|(?<=[\s(]))([A-Z][a-z]{0,4})\.[ \t]*$")
_CAPITAL_AT_END = re.compile(r"(?:^|(?<=[\s(]))([A-Z][a-z]+)[ \t]*$")


def _name_word_before(chunk: str) -> bool:
    m = _WORD_AT_END.search(chunk.rstrip(" \t")) if _TRAILING_SPACE.search(chunk) else None
    return bool(m) and is_name_word(m.group(1))


def split_name(raw: str) -> tuple[list[str], str, list[str]]:
    """Honorifics, bare name and degrees of a name as written."""
    r = read_name(raw, 0, max_words=8)
    if r is None:
        return [], raw.strip(), []
    return r.honorifics, r.name, r.degrees


def name_key(name: str) -> str:
    return " ".join(fold(w) for w in name.split())
