"""Hostile user text for property-based tests: what students, pranksters and phones type."""

from hypothesis import strategies as st

# Fragments that have broken bots: mentions, markdown, template syntax, references near the
# valid ones, unicode that folds or hides (fullwidth digits, zero-width, bidi, combining marks).
FRAGMENTS = (
    "@everyone",
    "@here",
    "<@123456789012345678>",
    "<@!123456789012345678>",
    "<@&123456789012345678>",
    "<#123456789012345678>",
    "**",
    "__",
    "`",
    "```",
    "||",
    "> ",
    "[lien](https://exemple.org)",
    "{{ 7*7 }}",
    "{% raw %}",
    "{#",
    "§",
    "OP",
    "PP",
    "FN",
    "note ",
    "paragraphe ",
    "29",
    "0",
    "-1",
    "99999999999999999999",
    "-",
    "à",
    ",",
    " et ",
    "２９",
    "\u200b",
    "\u202e",
    "\u0301",
    "\ufeff",
    "\x00",
    "\n",
    "’",
    "l'homme",
    "coopération",
    "Sud-Sud",
    "70/1",
    "France",
    "États-Unis",
    "GRULAC",
    '"',
)

hostile_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)),
    max_size=12,
).map("".join)

huge_text = st.builds(
    lambda unit, n: unit * n, st.sampled_from(("a", "é ", "@everyone ", "§29 ")), st.integers(400, 3000)
)

user_text = st.one_of(hostile_text, huge_text)

# Numbers around and past what ids can hold: PostgreSQL's integer (2**31), signed and unsigned
# 64 bits (2**63, 2**64), and far beyond; as text, the way a forged custom id carries them.
_EDGES = (2**31 - 1, 2**31, 2**53, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 10**19 - 1, 10**20)
huge_numbers = st.one_of(
    st.sampled_from(_EDGES).flatmap(lambda n: st.integers(n - 2, n + 2)),
    st.integers(2**31, 10**40),
).map(str)
