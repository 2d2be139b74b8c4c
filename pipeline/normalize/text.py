"""Unicode and whitespace clean-up that keeps paragraphs."""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from pipeline.tables import load_set

# Spaces other than U+0020 and tab (no-break, thin, ideographic)
_ODD_SPACE_CHARS = "\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(i) for i in range(0x2000, 0x200b))
_SPACES = re.compile(f"[ \\t{_ODD_SPACE_CHARS}]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_ODD_SPACES = str.maketrans({c: " " for c in _ODD_SPACE_CHARS})  # one for one, so that offsets stay valid


def plain_spaces(text: str) -> str:
    """The text with every kind of space written as U+0020, character for character (web pages write
    "Bupati&nbsp;Sigi"; the rules read words split by plain spaces)."""
    return text.translate(_ODD_SPACES)


# an HTML entity a site left in its text ("Maros&nbsp;Andi", "Perumahan &amp; Kawasan")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#[xX][0-9a-fA-F]{2,4});")


def _entity_char(m: re.Match[str]) -> str:
    char = html.unescape(m.group(0))
    if len(char) != 1:
        return m.group(0)
    pad = " " * (len(m.group(0)) - 1)
    if char.isspace():
        return " " + pad
    # the mark stays beside the word it touches, the rest is space
    after = m.string[m.end():m.end() + 1]
    return pad + char if after[:1].isalnum() and not m.string[m.start() - 1:m.start()].isalnum() else char + pad


def plain_entities(text: str) -> str:
    """The text with each HTML entity written as its character and spaces, character for character
    ("Sekda&nbsp;Andi" -> "Sekda      Andi", "&quot;Kita" -> '     "Kita'), so that offsets stay valid."""
    if "&" not in text:
        return text
    return _ENTITY.sub(_entity_char, text)


# characters that show nothing: a soft hyphen, zero-width (non-)joiners and spaces, a word joiner, a BOM
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_JOINERS = "\u00ad\u200c\u200d\u2060"
_CHUNK_WITH_INVISIBLE = re.compile(r"[^ \t\n]*[\u00ad\u200b\u200c\u200d\u2060\ufeff][^ \t\n]*")


def _visible_chunk(m: re.Match[str]) -> str:
    chunk, out, pad = m.group(0), [], 0
    for k, ch in enumerate(chunk):
        if _INVISIBLE.match(ch):
            if not out or out[-1] == " ":
                out.append(" ")  # before the word: a space where it stands
            elif ch == "\u200b" and chunk[k + 1:k + 2].isupper() and out and not out[-1].isupper():
                out.append(" " * pad + " ")  # "Mohamad\u200bIrwan": a zero-width space between two words parts them
                pad = 0
            else:
                pad += 1
            continue
        if pad and not ch.isalnum():
            out.append(" " * pad)  # the word ends here: its spaces stand before the punctuation after it
            pad = 0
        out.append(ch)
    return "".join(out) + " " * pad


def word_end(original: str, text: str, end: int) -> int:
    """The end of a span read from `plain_invisibles(original)`, moved over the letters the padding took the place of."""
    while end < len(text) and text[end] == " " and (original[end].isalnum() or original[end] in _JOINERS):
        end += 1
    return end


def has_invisibles(text: str) -> bool:
    return _INVISIBLE.search(text) is not None


def plain_invisibles(text: str) -> str:
    """The text with the characters that show nothing taken out of each word and written as spaces after it,
    so that the word reads whole ("Moha\u00admad" -> "Mohamad ") and the words keep their offsets."""
    if not _INVISIBLE.search(text):
        return text
    return _CHUNK_WITH_INVISIBLE.sub(_visible_chunk, text)


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


def light_clean(text: str) -> str:
    """For plain text: keep the author's layout so offsets stay close to the file's characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return plain_spaces(_ZERO_WIDTH.sub("", text)).strip()


# a line that closes a sentence, a heading's mark or a list/quote/hashtag opening the next line
_LINE_CLOSED = re.compile(r"[.!?:;\"”’'*#®©)\]\-–—/|=_]$")
_LINE_OPENS_ITEM = re.compile(r"(?:\d+[.)]|[a-zA-Z][.)][ \t]|[-•*#@“\"'‘>–—=_]|https?:)")
_INNER_STOP = re.compile(r"[a-z\d)][.!?][\"”’]?[ \t]+[A-Z]")  # a sentence ends inside the line: running text
# "Peserta : 150 orang", "Hari/Tanggal: Senin, ...": a report's field label opens a line of its own
_LINE_OPENS_FIELD = re.compile(r"[A-Z][\w/.]*(?:[ \t]+[A-Za-z][\w/.]*){0,2}[ \t]*:(?:[ \t]|$)")
# "Sigi, 3 Februari 2025", "Luwuk – ...", "KOTA PALU - Senin, ...": a dateline opens a release's body
_DATELINE = re.compile(r"[A-Z][\w.’' ]{0,40}?(?:,[ \t]*\d{1,2}[ \t/]|[ \t]+[–—-]{1,2}[ \t])")
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z\-]+\b")
# at least this many characters: a line of running prose, not a heading, a signature or a list item
_PROSE_LINE = 60
_PAGE_WIDTH = 120


def unwrap_lines(text: str) -> str:
    """The text with each line break inside a sentence (a release pasted from a PDF wraps its lines) written as a
    space, character for character. A line is wrapped when it does not close a sentence and the next line goes on
    mid-phrase: it starts lowercase, or the line ends on a comma or a word no sentence ends on ("oleh", "dan"),
    or the line is running prose (long, with lowercase words) and the next line is no list item or quote. The
    first line (the headline) and empty lines (paragraphs) are never joined."""
    if "\n" not in text:
        return text
    wrap_words = load_set("line_wrap_words")
    lines = text.split("\n")
    out = list(text)
    pos = len(lines[0]) + 1
    for before, a, b in zip(lines, lines[1:], lines[2:]):
        nl = pos + len(a)
        pos = nl + 1
        a, b = a.rstrip(), b.lstrip()
        if not a or not b or _LINE_CLOSED.search(a) or _LINE_OPENS_ITEM.match(b) or _LINE_OPENS_FIELD.match(b):
            continue
        last = a.rsplit(None, 1)[-1]
        if _DATELINE.match(b):
            continue
        if b[0].islower() or last in wrap_words:
            out[nl] = " "
            continue
        # a wrapped line of running prose (a page's width: a whole paragraph that lost its stop is longer): a
        # sentence ends inside it, or it has lowercase words and opens with a dateline or follows another wrapped
        # line of the paragraph (a headline stands alone)
        prose = [w for w in _LOWER_WORD.findall(a) if w not in ("dan", "atau", "serta")]
        item = _LINE_OPENS_ITEM.match(a)  # "2. Kepala Dinas X, Nama": the item's number ends no sentence
        if _PROSE_LINE <= len(a) <= _PAGE_WIDTH and (_INNER_STOP.search(a, item.end() if item else 0) or len(prose) >= 3 and (
                _DATELINE.match(a) or _PROSE_LINE <= len(before.strip()) <= _PAGE_WIDTH)):
            out[nl] = " "
    return "".join(out)


_LINK_LINE_MAX = 250  # a linked headline, not a paragraph
# an illustration's caption ("Foto ilustrasi: jembatan yang rusak, Jumat (28/9/2018)") shows an archive scene
_ILLUSTRATION = re.compile(r"(?im)^[ \t]*[(\[]?(?:(?:foto|gambar)[ \t]+)?ilustrasi\b[^\n]*$")
_SYNDICATED_TITLE = re.compile(r"(?im)^artikel ini (?:telah )?(?:tayang|terbit|dimuat)\b[^\n]*?dengan judul[ \t]*[\"“]([^\"”\n]+)[\"”]")


@lru_cache(maxsize=1)
def _link_label() -> re.Pattern[str]:
    labels = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(load_set("link_labels"), key=len, reverse=True))
    return re.compile(rf"(?im)^[ \t]*(?:{labels})\b[ \t]*[:\-–—]?[ \t]*([^\n]*)$")


@lru_cache(maxsize=1)
def _inline_link() -> re.Pattern[str]:
    labels = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(load_set("link_labels"), key=len, reverse=True))
    return re.compile(rf"(?<=[.!?\"”][ \t])(?:{labels})[ \t]*:[ \t]*(?=[A-Z\d\"“])", re.IGNORECASE)


# lowercase words a headline writes inside its capitalized words
_HEADLINE_SMALL = frozenset("di ke dari dan atau untuk bagi yang dengan pada oleh hingga sampai jadi akan tak tidak "
                            "sebagai se ini itu jelang usai".split())


def _linked_headline_end(text: str, pos: int) -> int:
    """End of a headline linked inside a paragraph ("... kata dia. Baca juga: Bupati X Resmikan Pasar Y Lomba ini
    ..."): its capitalized words and the small words between them, up to a sentence stop or the first word of
    running text, whose capitalized opener before it begins the next sentence."""
    end, last_cap = pos, pos
    for w in re.finditer(r"[^\s]+", text[pos:pos + _LINK_LINE_MAX]):
        word = w.group(0)
        if "\n" in text[pos + w.start() - 1:pos + w.start()]:  # the line ends the headline
            break
        bare = word.strip("\"“”'‘’(),:;")
        if bare[:1].isupper() or bare[:1].isdigit():
            last_cap, end = end, pos + w.end()
            if word.endswith((".", "!", "?")) and len(bare) > 2:
                return end
        elif bare.lower() in _HEADLINE_SMALL:
            end = pos + w.end()
        else:
            return last_cap if last_cap > pos else end
    return end


def blank_frame(text: str, title: str | None = None) -> str:
    """The text with the parts of a web page's frame that speak of other articles written as spaces, character for
    character: a link's label and the headlines it lists ("Baca juga: X", "Berita Terkait:" and one headline a
    line), an illustration's caption (an archive scene), the title a syndicated copy quotes ("Artikel ini telah tayang di X dengan judul "Y""), and the headline
    repeated after the body. They name other releases' persons, places and events; the headline is read at the top."""
    low = text.lower()
    if not any(w in low for w in ("baca", "simak", "lihat", "terkait", "lainnya", "judul", "ilustrasi")) and not title:
        return text
    spans = []
    for m in _link_label().finditer(text):
        if len(m.group(1)) > _LINK_LINE_MAX:
            continue  # a paragraph read on after the label: no link
        spans.append((m.start(), m.end()))
        if m.group(1).strip():
            continue
        pos = m.end() + 1  # the label alone on its line: the headlines it lists follow, one a line
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end].strip()
            if not line or len(line) > _LINK_LINE_MAX or line.endswith("."):
                break
            spans.append((pos, end))
            pos = end + 1
    for m in _inline_link().finditer(text):
        spans.append((m.start(), _linked_headline_end(text, m.end())))
    for m in _ILLUSTRATION.finditer(text):
        if len(m.group(0)) <= _LINK_LINE_MAX:
            spans.append(m.span())
    for m in _SYNDICATED_TITLE.finditer(text):
        spans.append(m.span(1))
    head = (title or "").strip()
    if head:
        first = text.find(head)
        at = text.find("\n" + head, first + len(head)) if first >= 0 else -1
        while at >= 0:
            end = at + 1 + len(head)
            if not text[end:text.find("\n", end) if "\n" in text[end:] else len(text)].strip():
                spans.append((at + 1, end))
            at = text.find("\n" + head, end)
    if not spans:
        return text
    out = list(text)
    for s, e in spans:
        for i in range(s, e):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)
