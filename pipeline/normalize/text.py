"""Unicode and whitespace clean-up that keeps paragraphs."""
from __future__ import annotations

import re
import unicodedata

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
