"""French typography of the bot's own words: non-breaking spaces before ``: ; ? !`` and inside « ».

A plain space there lets a chat client wrap a lone « ? » or « » » onto the next line. The rule is
the Imprimerie nationale's, as French publishers apply it: a narrow no-break space (U+202F)
before ``; ? !``, a no-break space (U+00A0) before ``:`` and inside guillemets.

Only the bot's words change. Quotes of the resolution keep the source's characters (its plain
spaces included), and so does anything a user typed: the template extension rewrites the literal
text of the templates at compile time, never the values printed into them, and ``french_spacing``
is for sentences a Python module writes itself. English text has no space before punctuation and
is never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
# The name ending of the few templates written in English rather than translated.
ENGLISH_SUFFIX = "_en.md.j2"

# A run of plain spaces before the punctuation, or after an opening guillemet. Only spaces the
# text already has are replaced: no space is added, none is removed (« 29, 31 », URLs untouched).
_BEFORE_TALL = re.compile(r" +(?=[;?!])")
_BEFORE_COLON = re.compile(r" +(?=[:»])")
_AFTER_GUILLEMET = re.compile(r"(?<=«) +")


def french_spacing(text: str) -> str:
    """Return ``text`` with French no-break spaces where it has plain ones (idempotent)."""
    text = _BEFORE_TALL.sub(NARROW_NBSP, text)
    text = _BEFORE_COLON.sub(NBSP, text)
    return _AFTER_GUILLEMET.sub(NBSP, text)


class FrenchTypography(Extension):
    """Rewrite the literal text of every template with ``french_spacing``, when it is compiled.

    ``data`` tokens are the template's own text between tags; expressions, and so the values they
    print (quotes, user input, names), are other tokens and stay as they are. Installed on the
    French environment only.
    """

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        """Yield the template's tokens, its literal text with French spacing.

        A template written in English (``_question_en.md.j2``, the frame of a question asked in
        English) keeps English spacing even in the French environment.
        """
        english = (stream.name or "").endswith(ENGLISH_SUFFIX)
        for token in stream:
            if token.type == "data" and not english:
                yield Token(token.lineno, "data", french_spacing(token.value))
            else:
                yield token
