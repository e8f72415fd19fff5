"""Image captions among a page's classified lines: a caption under an image placeholder, and a
stand-alone pair of alt text and caption (a short line and one glued under it), dropped before
the page is split into articles."""
from __future__ import annotations

from .boilerplate import ENDS_ARTICLE
from .lines import DROP, HEADER, IMAGE, META, TEXT, Line
from .shapes import ends_sentence, is_all_caps, is_paragraph, same_title


def mark_captions(lines: list[Line]) -> None:
    """Drop captions under image placeholders, and stand-alone alt-text + caption pairs."""
    previous_significant: Line | None = None
    above_it: Line | None = None                      # the significant line before that one
    for i, line in enumerate(lines):
        if line.kind == TEXT and line.attached and i and lines[i - 1].kind == IMAGE \
                and len(line.text) < 250:
            line.drop("image-caption")
        if line.kind == TEXT and not line.attached and i + 1 < len(lines):
            nxt = lines[i + 1]
            after = lines[i + 2] if i + 2 < len(lines) else None
            under_videos = previous_significant is not None and previous_significant.section == "videos"
            if (nxt.attached and nxt.kind == TEXT and not (after and after.attached)
                    and not under_videos and not _opens_a_block(previous_significant, above_it,
                                                                  lines[i - 1] if i else None)
                    and _alt_caption_pair(line, nxt)):
                line.drop("alt-caption-pair")
                nxt.drop("alt-caption-pair")
        if line.kind != DROP:
            previous_significant, above_it = line, previous_significant


def _opens_a_block(previous: Line | None, above_it: Line | None, before: Line | None) -> bool:
    """After a section header, an article's closing lines or a credit under a paragraph, a short
    line and one glued under it are a title and its deck or body, not an image's alt text and
    caption (which do follow header blocks: a dateline, then a photo)."""
    if previous is None:
        return False
    bottom_credit = previous.kind in META and above_it is not None and above_it.kind == TEXT and is_paragraph(above_it)
    return previous.kind == HEADER or bottom_credit or (before is not None and before.rule in ENDS_ARTICLE)


def _alt_caption_pair(alt: Line, caption: Line) -> bool:
    """A short line and a caption glued under it; not one line printed twice (a title and the
    title again, glued under it: an article starts there), nor a line in capitals (a wire
    headline over its deck)."""
    return (len(alt.text) < 120 and len(caption.text) < 200 and not ends_sentence(alt.text)
            and not same_title(alt.text, caption.text) and not is_all_caps(alt.text)
            and not alt.text.startswith(("•", "-", "–")) and not caption.text.startswith(("•", "-", "–")))
