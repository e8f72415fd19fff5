"""Boilerplate lines: the one table of what is not article text.

Each rule is a regular expression, written in lower case and plain Arabic, that must match a
*whole* line after ``fold()`` (lower case, no accents, straight quotes, Arabic letters folded,
single spaces). The kind says what
the line does to the page besides being dropped:

  videos   section header after which lone video titles follow ("Related Videos")
  related  section header before reposted articles ("Related News", "MORE ON THE TOPIC:")
  teasers  section header before headline-only teasers ("Related Posts:")
  image    image placeholder: the line attached right below it is a caption
  marker   marks an article header and names no outlet: "Posted by BLOG on", an author's
           Twitter handle or bio line
  stub     "Source" with the name missing: part of an article header
  drop     anything else that is chrome: widgets, appeals, notes, URLs, bios

Positional rules (captions below an image line, an alt-text + caption pair, a lone short line
between an article's header and its first paragraph) depend on neighbours and live in
``segment.py``; their names are listed in ``POSITIONAL_RULES`` so reports can cite them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import fold, normalize_arabic


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str
    pattern: str
    examples: tuple[str, ...]


RULES: tuple[Rule, ...] = (
    Rule("related-videos", "videos", r"related videos?|فيديوات متعلقه|فيديو متعلق|فيديوهات متعلقه",
         ("Related Videos", "Related Video", "فيديوات متعلقة")),
    Rule("related-posts", "teasers", r"related posts ?:?",
         ("Related Posts:",)),
    Rule("related", "related",
         r"related(?: news(?: ?/ ?posts)?| articles?| stories| posts ?/ ?news)? ?:?"
         r"|more on (?:the|this) topic ?:?|read also ?:?|see also ?:?"
         r"|مقالات متعلقه|مقالات ذات صله|اخبار متعلقه|مقالات سابقه للكاتب|مواضيع متعلقه",
         ("Related", "Related News", "Related News/Posts", "Related Articles", "MORE ON THE TOPIC:",
          "MORE ON THIS TOPIC:", "مقالات متعلقة", "مقالات سابقة للكاتب")),
    Rule("image-placeholder", "image",
         r"visual search query image|see the source image|illustrative image\.?|image source\.?"
         r"|file photo\.?|صوره ارشيفيه|صوره تعبيريه|صوره من الارشيف",
         ("Visual search query image", "See the source image", "Illustrative image",
          "Illustrative image.", "صورة أرشيفية", "صورة تعبيرية")),
    Rule("posted-by", "marker", r"posted by .{1,80} on\b.{0,40}",
         ("Posted by INTERNATIONALIST 360° on ",)),
    Rule("source-stub", "stub", r"sources? ?:?|المصدر ?:?",
         ("Source", "Source:")),
    Rule("bloggers-like", "drop", r"%d bloggers like this ?:?",
         ("%d bloggers like this:",)),
    Rule("share-like-widget", "drop",
         r"share this ?:?|like this ?:?|like loading\.*|loading\.*|like|"
         r"(?:click to )?share on (?:twitter|facebook|whatsapp|telegram|reddit|linkedin|email)"
         r"(?: \(opens in new window\))?|(?:twitter|facebook|whatsapp|telegram|email|print|reddit|"
         r"linkedin|tumblr|pinterest|pocket|more)(?: \(opens in new window\))?|شارك(?: هذا)? ?:?",
         ("Share this:", "Like this:", "Like Loading...", "Twitter", "Share on Facebook")),
    Rule("donate-appeal", "drop", r"to help us continue.{0,200}donat.{0,200}",
         ("To help us continue please visit the Donate page to donate or learn how you can help "
          "us with no cost on you.",)),
    Rule("telegram-appeal", "drop", r"(?:follow|join) us on telegram.{0,200}",
         ("Follow us on Telegram: http://t.me/syupdates link will open Telegram app.",)),
    Rule("mailing-list", "drop", r"subscribe to (?:our|the) (?:mailing list|newsletter)!?",
         ("Subscribe to our mailing list!",)),
    Rule("translation-note", "drop", r"\(important note ?:.{0,300}\)",
         ("(Important Note: Please help us keep producing independent translations for you by "
          "contributing as little as $1/month here)",)),
    Rule("continue-reading", "drop",
         r"continue reading.{0,80}|read more ?\"?|read the full (?:article|story).{0,40}"
         r"|اقرا المزيد.{0,20}|تابع القراءه.{0,20}",
         ("Continue reading", "Read more »", "اقرأ المزيد", "تابع القراءة")),
    Rule("separator", "drop", r"[-_=*•·~.]{3,}|-{1,2}-",
         ("——–", "***", "----")),
    Rule("bare-url", "drop", r"(?:https?://|www\.)\S+",
         ("https://media.thecradle.co/wp-content/uploads/2021/08/12101423/Unknown-2-3.jpeg",)),
    Rule("photo-credit", "drop", r"(?:photo|image|picture)(?: credit| source)? ?: ?.{1,80}"
         r"|(?:photo|image) by .{1,60}|مصدر الصوره ?:.{1,60}",
         ("Photo credit: The Cradle",)),
    Rule("video-also-on", "drop", r"the video is also (?:available )?on .{1,60}",
         ("The video is also on BitChute.",)),
    Rule("twitter-handle", "marker", r".{0,80}\(@\w{1,30}\) ?\|? ?twitter|@\w{1,30}",
         ("عمرو علان - Amro 🇵🇸 (@amrobilal77) | Twitter", "@amrobilal77")),
    Rule("author-bio", "marker", r"\*.{1,120}",
         ("*كاتب وباحث سياسي",)),
    Rule("skip-link", "drop", r"skip to (?:main )?content|محتوى رئيسي|تخطي الى المحتوى|انتقل الى المحتوى",
         ("Skip to content", "محتوى رئيسي")),
    Rule("comment-form", "drop",
         r"leave a (?:reply|comment)|cancel reply|post comment|notify me of .{0,60}"
         r"|your email address will not be published\.?.{0,80}|required fields are marked.{0,10}",
         ("Leave a Reply", "Cancel reply")),
)

# Lines printed after an article's end: whatever title-shaped line follows them starts the next one.
ENDS_ARTICLE = frozenset({"donate-appeal", "telegram-appeal", "mailing-list", "separator",
                          "continue-reading", "bloggers-like"})

POSITIONAL_RULES = {
    "image-caption": "a line attached right below an image placeholder",
    "alt-caption-pair": "two short attached lines standing alone: image alt text and caption",
    "header-alt-text": "a short unpunctuated line between an article's header and its body",
    "video-title": "a lone line under a 'Related Videos' header that starts no article",
    "title-repeat": "the title printed a second time",
}

# Patterns are written in plain Arabic; fold their letters the way lines are folded (ى -> ي, ة -> ه).
_COMBINED = re.compile("|".join(f"(?P<r{i}>{normalize_arabic(rule.pattern)})"
                                for i, rule in enumerate(RULES)))
_MAX_RULE_LINE = 420


def match(line: str) -> Rule | None:
    """The boilerplate rule a whole line matches, or None."""
    if len(line) > _MAX_RULE_LINE:
        return None
    m = _COMBINED.fullmatch(fold(line))
    return RULES[int(m.lastgroup[1:])] if m else None
