"""Text in charts: fonts that have the glyphs, and Arabic-script text matplotlib can draw.

matplotlib before 3.11 draws a string glyph by glyph, left to right: Persian letters come out
unjoined and reversed. There, every right-to-left string is *reshaped* (``arabic-reshaper``
picks each letter's joined presentation form) and put into *visual order* (``python-bidi``).
matplotlib 3.11 lays text out with libraqm, which shapes and reorders by itself; doing it
twice would reverse the words again, so there the text is handed over as it is (libraqm also
shapes with the font's own rules, which beats presentation forms).

Thai needs no reshaping (it is left to right, combining marks are drawn by the font); it needs a
font with Thai glyphs, like Persian needs one with Arabic ones. ``font_families()`` is the
per-text family list (matplotlib falls back from family to family glyph by glyph); only fonts
that are installed are named, so matplotlib never warns about a missing family.

Nothing here imports matplotlib at import time.
"""

from __future__ import annotations

import unicodedata
from functools import cache

#: families tried in order: a Latin/Cyrillic face first, then faces for Arabic script and Thai
#: on Linux (Noto, Vazirmatn, TLWG), Windows (Segoe UI, Tahoma, Leelawadee) and macOS
#: (Geeza Pro, Thonburi); DejaVu Sans ships with matplotlib and closes the list.
PREFERRED_FAMILIES: tuple[str, ...] = (
    "Noto Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Vazirmatn",
    "Noto Sans Arabic",
    "Noto Naskh Arabic",
    "Tahoma",
    "Geeza Pro",
    "Noto Sans Thai",
    "Leelawadee UI",
    "Thonburi",
    "Loma",
    "Garuda",
    "Arial Unicode MS",
    "DejaVu Sans",
)


def is_rtl(text: str) -> bool:
    """True when ``text`` holds a right-to-left letter (Arabic script, Hebrew)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def has_arabic_script(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "AL" for c in text)


RLM = "\u200f"  # RIGHT-TO-LEFT MARK: makes a paragraph's base direction right to left


@cache
def native_bidi() -> bool:
    """True when matplotlib reorders bidirectional text itself (libraqm layout, 3.11+)."""
    from matplotlib.ft2font import FT2Font

    return hasattr(FT2Font, "_layout")


@cache
def _reshaper() -> object:
    import arabic_reshaper

    # Persian letters (پ چ ژ گ ی ک) and the Arabic ones; harakat kept, ligatures off (the
    # optional ones are not in every font)
    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "support_ligatures": True}
    )


def reshape(text: str) -> str:
    """Arabic-script letters in their joined (presentation) forms, in logical order."""
    if not has_arabic_script(text):
        return text
    reshaper = _reshaper()
    return str(reshaper.reshape(text))  # type: ignore[attr-defined]


def visual_order(text: str, *, rtl_base: bool | None = None) -> str:
    """``text`` in the order its characters are drawn (Unicode bidi algorithm)."""
    from bidi import get_display

    base = None if rtl_base is None else ("R" if rtl_base else "L")
    return str(get_display(text, base_dir=base) if base else get_display(text))


def shape(text: str, *, rtl_base: bool = False, native: bool | None = None) -> str:
    """``text`` ready for matplotlib.

    Where matplotlib shapes and reorders by itself (``native``, default ``native_bidi()``)
    the text is kept, with a right-to-left mark in front when ``rtl_base`` (so that "start –
    end" or "12 / 20" read from the right in a right-to-left layout); elsewhere text with
    right-to-left letters (or any text, when ``rtl_base``) is reshaped and put into visual
    order."""
    if not text or (not rtl_base and not is_rtl(text)):
        return text
    if native_bidi() if native is None else native:
        return RLM + text if rtl_base else text
    return visual_order(reshape(text), rtl_base=True if rtl_base else None)


@cache
def font_families() -> tuple[str, ...]:
    """The installed families of ``PREFERRED_FAMILIES``, in order (DejaVu Sans always last)."""
    from matplotlib import font_manager

    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    found = tuple(f for f in PREFERRED_FAMILIES if f in installed)
    return found if "DejaVu Sans" in found else (*found, "DejaVu Sans")


__all__ = [
    "PREFERRED_FAMILIES",
    "RLM",
    "font_families",
    "has_arabic_script",
    "is_rtl",
    "native_bidi",
    "reshape",
    "shape",
    "visual_order",
]
