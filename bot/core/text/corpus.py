"""Parse the markdown rendering of the official PDF into one validated ``Resolution``.

The text is a conversion of a PDF, with its traps: a page break splits PP26 in two, footnote lines
sit between paragraphs and inside the vote list, ``1^{er}``/``34^e`` are superscripts and
``[70/1](#)`` is a link with no target. Every invariant is checked here, so that a corpus that does
not parse fails at start-up with the line at fault instead of half-loading.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from bot.core.text.french import parse_date, parse_ordinal, squash
from bot.core.text.models import (
    Citation,
    Group,
    Kind,
    MemberVote,
    Metadata,
    Paragraph,
    Resolution,
    VoteChoice,
    VoteRecord,
)

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_FOOTNOTE_LINE = re.compile(rf"^([{SUPERSCRIPT_DIGITS}]+)\s*(.*)$", re.DOTALL)
_FOOTNOTE_MARK = re.compile(rf"[{SUPERSCRIPT_DIGITS}]+")
_OPERATIVE = re.compile(r"^(\d+)\.\s+(.*)$", re.DOTALL)
_VERB = re.compile(r"^\*([^*]+)\*\s*")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_SUPERSCRIPT_MARKUP = re.compile(r"\^\{([^}]*)\}|\^(\w+)")
_EMPHASIS = re.compile(r"\*{1,2}([^*]+?)\*{1,2}")
# Word characters, less the superscript footnote markers that may follow a cited symbol directly.
_WORD = rf"[^\W{SUPERSCRIPT_DIGITS}]"
_WORD_CHAR = re.compile(_WORD)
_SYMBOL_NUMBER = re.compile(rf"(?<!{_WORD})(?<![/.])\d{{1,4}}/\d{{1,3}}(?!{_WORD})(?!/)")
_CHAPEAU = "Le Conseil des droits de l'homme,"
_VOTE_TOTALS = re.compile(r"par (\d+) voix contre (\d+), avec (\d+) abstentions?")
_VOTE_HEADINGS = {
    "Ont voté pour :": VoteChoice.FOR,
    "Ont voté contre :": VoteChoice.AGAINST,
    "Se sont abstenus :": VoteChoice.ABSTAIN,
}
# A preambular paragraph ends with a comma, an operative one with a semicolon (the last with a
# full stop): a paragraph without its ending punctuation continues after a page break.
_ENDINGS = (",", ";", ".", ":")


class CorpusFormatError(ValueError):
    """The corpus does not parse or breaks an invariant; names the file and the line at fault."""

    def __init__(self, path: Path, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path.name}:{line}" if line else path.name
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class _Block:
    """Lines of the source between two blank lines, with the number of the first one."""

    line: int
    text: str


def clean(raw: str) -> str:
    """Return source words without markdown markup, superscripts written plainly, spaces folded."""
    text = _LINK.sub(r"\1", raw)
    text = _SUPERSCRIPT_MARKUP.sub(lambda m: m.group(1) or m.group(2), text)
    text = _EMPHASIS.sub(r"\1", text)
    return squash(text.replace("*", ""))


def load_resolution(corpus_dir: Path) -> Resolution:
    """Build the validated ``Resolution`` from ``corpus_dir`` (``resolution.toml`` and its files)."""
    manifest_path = corpus_dir / "resolution.toml"
    try:
        manifest = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CorpusFormatError(manifest_path, None, f"manifeste illisible ({exc})") from exc
    missing = [key for key in ("symbol", "url", "text", "groups", "citations") if key not in manifest]
    if missing:
        raise CorpusFormatError(manifest_path, None, f"clés manquantes : {', '.join(missing)}")
    parser = _Parser(corpus_dir / manifest["text"], manifest)
    return parser.parse(
        groups_path=corpus_dir / manifest["groups"],
        citations_path=corpus_dir / manifest["citations"],
    )


class _Parser:
    """One pass over the text; every ``fail`` names the line of the source at fault."""

    def __init__(self, path: Path, manifest: dict[str, object]) -> None:
        self.path = path
        self.manifest = manifest
        try:
            self.lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise CorpusFormatError(path, None, f"texte illisible ({exc})") from exc

    def fail(self, line: int | None, reason: str) -> CorpusFormatError:
        return CorpusFormatError(self.path, line, reason)

    def find(self, test: Callable[[str], bool], start: int = 0) -> int | None:
        """Return the 0-based index of the first line from ``start`` that passes ``test``."""
        return next((i for i in range(start, len(self.lines)) if test(self.lines[i].strip())), None)

    def blocks(self, start: int, stop: int) -> Iterator[_Block]:
        """Yield the blank-line separated blocks of lines ``start``..``stop`` (0-based, exclusive)."""
        current: list[str] = []
        first = start
        for index in range(start, stop):
            line = self.lines[index].strip()
            if line:
                if not current:
                    first = index
                current.append(line)
            elif current:
                yield _Block(first + 1, "\n".join(current))
                current = []
        if current:
            yield _Block(first + 1, "\n".join(current))

    # -- the whole document ---------------------------------------------------------------------

    def parse(self, groups_path: Path, citations_path: Path) -> Resolution:
        chapeau = self.find(lambda line: line == _CHAPEAU)
        if chapeau is None:
            raise self.fail(None, f"ligne introuvable : {_CHAPEAU!r}")
        meeting = self.find(lambda line: re.match(r"^\*\d+\^", line) is not None, chapeau)
        if meeting is None:
            raise self.fail(None, "ligne de séance (« *34^e séance ») introuvable")
        metadata = self.metadata(chapeau, meeting)
        paragraphs, footnotes = self.body(chapeau + 1, meeting)
        vote_start = self.find(lambda line: line.startswith("[Adoptée"), meeting)
        if vote_start is None:
            raise self.fail(meeting + 1, "bloc de vote « [Adoptée … » introuvable après la séance")
        groups, membership = self.groups(groups_path)
        vote, vote_footnotes = self.vote(vote_start, membership)
        footnotes.extend(vote_footnotes)
        # body() guarantees document order: every preambular paragraph before the operative ones.
        linked, notes = self.attach_footnotes(tuple(paragraphs), footnotes)
        self.check_counts(linked, notes, vote)
        citations = self.citations(citations_path, (*linked, *notes))
        return Resolution(
            metadata=metadata,
            preambular=tuple(p for p in linked if p.kind is Kind.PREAMBULAR),
            operative=tuple(p for p in linked if p.kind is Kind.OPERATIVE),
            footnotes=notes,
            vote=vote,
            citations=citations,
            groups=groups,
        )

    # -- header ---------------------------------------------------------------------------------

    def metadata(self, chapeau: int, meeting: int) -> Metadata:
        # Padding lets "the line after X" read as empty, and then fail cleanly, at the header's end.
        header = [line.strip() for line in self.lines[:chapeau]] + ["", ""]

        def first(pattern: str) -> tuple[int, re.Match[str]]:
            for index, line in enumerate(header):
                if match := re.match(pattern, line):
                    return index, match
            raise self.fail(None, f"en-tête incomplet : aucune ligne ne correspond à {pattern!r}")

        distr, _ = first(r"Distr\.")
        _, original = first(r"Original : (.+)$")
        session_at, session = first(r"^(.+) session$")
        agenda_at, agenda = first(r"^Point (\d+) de l'ordre du jour$")
        adopted_at, adopted_line = first(r"^Résolution adoptée par (.+) le (.+)$")
        title_at, numbered = first(r"^(\d+/\d+)\.\s+(.+)$")
        bold = re.search(r"\*\*(.+?)\*\*", "\n".join(header[agenda_at:adopted_at]), re.DOTALL)
        distributed = parse_date(header[distr + 1])
        language, session_dates = header[distr + 2], header[session_at + 2]
        adopted = parse_date(adopted_line.group(2))
        meeting_text = " ".join(self.lines[meeting : meeting + 2])
        meeting_match = re.match(r"^\*(\d+)\^\{?e\}? séance", meeting_text)
        if not (distributed and adopted and bold and meeting_match and language and session_dates):
            raise self.fail(title_at + 1, "en-tête incomplet : date, intitulé du point ou séance illisible")
        number, title = numbered.groups()
        session_number = parse_ordinal(session.group(1))
        symbol = str(self.manifest["symbol"])
        if session_number != int(number.split("/")[0]) or not symbol.endswith("/" + number):
            raise self.fail(
                session_at + 1,
                f"session {session.group(1)!r}, numéro {number} et symbole {symbol} discordants",
            )
        if parse_date(meeting_text) != adopted:
            raise self.fail(meeting + 1, f"date de séance différente de la date d'adoption {adopted}")
        return Metadata(
            symbol=symbol,
            number=number,
            title=clean(title),
            body=adopted_line.group(1).removeprefix("le ").strip(),
            session=session_number,
            session_label=session.group(0),
            session_dates=session_dates,
            agenda_item=int(agenda.group(1)),
            agenda_title=clean(bold.group(1)),
            adopted=adopted,
            meeting=int(meeting_match.group(1)),
            distributed=distributed,
            language=language,
            original_language=original.group(1).strip(),
            url=str(self.manifest["url"]),
        )

    # -- paragraphs and footnotes ---------------------------------------------------------------

    def body(self, start: int, stop: int) -> tuple[list[Paragraph], list[Paragraph]]:
        paragraphs: list[Paragraph] = []
        footnotes: list[Paragraph] = []
        pending: _Block | None = None  # a paragraph cut by a page break, waiting for its end
        for block in self.blocks(start, stop):
            if note := self.footnote(block):
                footnotes.append(note)
                continue
            if pending is not None:
                if not block.text[:1].islower():
                    raise self.fail(block.line, f"le paragraphe de la ligne {pending.line} ne se termine pas")
                block = _Block(pending.line, f"{pending.text} {block.text}")
                pending = None
            elif block.text[:1].islower():
                raise self.fail(block.line, "paragraphe commençant par une minuscule sans suite attendue")
            if not block.text.rstrip().endswith(_ENDINGS):
                pending = block
                continue
            paragraphs.append(self.paragraph(block, paragraphs))
        if pending is not None:
            raise self.fail(pending.line, "paragraphe interrompu sans suite")
        return paragraphs, footnotes

    def footnote(self, block: _Block) -> Paragraph | None:
        match = _FOOTNOTE_LINE.match(block.text)
        if not match:
            return None
        number = int(match.group(1).translate(_FROM_SUPERSCRIPT))
        return Paragraph(kind=Kind.FOOTNOTE, number=number, text=clean(match.group(2)), line=block.line)

    def paragraph(self, block: _Block, previous: list[Paragraph]) -> Paragraph:
        operative = _OPERATIVE.match(block.text)
        if operative is None:
            if previous and previous[-1].kind is Kind.OPERATIVE:
                raise self.fail(block.line, "paragraphe non numéroté après le dispositif")
            number = len(previous) + 1
            if not block.text.endswith(","):
                raise self.fail(block.line, f"l'alinéa PP{number} du préambule ne finit pas par une virgule")
            return Paragraph(kind=Kind.PREAMBULAR, number=number, text=clean(block.text), line=block.line)
        number = int(operative.group(1))
        expected = sum(p.kind is Kind.OPERATIVE for p in previous) + 1
        if number != expected:
            raise self.fail(block.line, f"paragraphe {number} trouvé, {expected} attendu")
        rest = operative.group(2)
        verb = _VERB.match(rest)
        if verb is None:
            raise self.fail(block.line, f"le paragraphe {number} ne commence pas par un verbe en italique")
        if not rest.endswith((";", ".")):
            raise self.fail(block.line, f"le paragraphe {number} ne finit ni par « ; » ni par « . »")
        return Paragraph(
            kind=Kind.OPERATIVE,
            number=number,
            text=clean(rest),
            line=block.line,
            verb=clean(verb.group(1)),
        )

    def attach_footnotes(
        self, paragraphs: tuple[Paragraph, ...], footnotes: list[Paragraph]
    ) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
        """Tie each footnote to the one paragraph whose text carries its marker, and back."""
        numbers = {note.number for note in footnotes}
        carriers: dict[int, Paragraph] = {}
        for paragraph in paragraphs:
            for mark in _FOOTNOTE_MARK.findall(paragraph.text):
                number = int(mark.translate(_FROM_SUPERSCRIPT))
                if number not in numbers:
                    raise self.fail(paragraph.line, f"appel de note {mark} sans note correspondante")
                if number in carriers:
                    raise self.fail(
                        paragraph.line, f"appel de note {mark} déjà porté par {carriers[number].id}"
                    )
                carriers[number] = paragraph
        for expected, note in enumerate(footnotes, start=1):
            if note.number != expected:
                raise self.fail(note.line, f"note {note.number} trouvée, note {expected} attendue")
        linked = tuple(
            replace(p, footnotes=tuple(f"FN{n}" for n, c in carriers.items() if c is p)) for p in paragraphs
        )
        notes = []
        for note in footnotes:
            if note.number not in carriers:
                raise self.fail(note.line, f"la note {note.number} n'est appelée par aucun paragraphe")
            notes.append(replace(note, parent=carriers[note.number].id))
        return linked, tuple(notes)

    # -- the recorded vote ----------------------------------------------------------------------

    def groups(self, path: Path) -> tuple[tuple[Group, ...], dict[str, Group]]:
        rows = _read_csv(path, ("pays", "groupe", "code_groupe"))
        groups: dict[str, Group] = {}
        membership: dict[str, Group] = {}
        for line, row in enumerate(rows, start=2):
            group = groups.setdefault(row["code_groupe"], Group(row["code_groupe"], row["groupe"]))
            if group.name != row["groupe"] or row["pays"] in membership:
                raise CorpusFormatError(path, line, f"groupe ou pays en double : {row}")
            membership[row["pays"]] = group
        return tuple(groups.values()), membership

    def vote(self, start: int, membership: dict[str, Group]) -> tuple[VoteRecord, list[Paragraph]]:
        end = self.find(lambda line: line.endswith("]"), start)
        if end is None:
            raise self.fail(start + 1, "bloc de vote non refermé par « ] »")
        totals_match = _VOTE_TOTALS.search(self.lines[start])
        if totals_match is None:
            raise self.fail(
                start + 1, "décompte du vote (« par N voix contre N, avec N abstentions ») illisible"
            )
        totals = dict(zip(VoteChoice, map(int, totals_match.groups()), strict=True))
        members: list[MemberVote] = []
        footnotes: list[Paragraph] = []
        heading: VoteChoice | None = None
        for block in self.blocks(start + 1, end + 1):
            if note := self.footnote(block):
                footnotes.append(note)
            elif block.text in _VOTE_HEADINGS:
                heading = _VOTE_HEADINGS[block.text]
            elif heading is None:
                raise self.fail(block.line, "liste de pays sans intitulé « Ont voté … : »")
            else:
                for country in block.text.removesuffix("]").removesuffix(".").split(", "):
                    if country not in membership:
                        raise self.fail(block.line, f"{country!r} n'est pas un membre du Conseil connu")
                    members.append(MemberVote(country, heading, membership[country]))
                heading = None
        for choice, expected in totals.items():
            counted = sum(m.vote is choice for m in members)
            if counted != expected:
                raise self.fail(start + 1, f"{counted} votes « {choice} » listés, {expected} annoncés")
        voters = [m.country for m in members]
        missing = sorted(set(membership) - set(voters))
        if len(set(voters)) != len(voters) or missing:
            raise self.fail(start + 1, f"membres en double ou sans vote : {missing}")
        return VoteRecord(totals=totals, members=tuple(members)), footnotes

    # -- checks and citations -------------------------------------------------------------------

    def check_counts(
        self, paragraphs: tuple[Paragraph, ...], footnotes: tuple[Paragraph, ...], vote: VoteRecord
    ) -> None:
        expected = self.manifest.get("expected", {})
        if not isinstance(expected, dict):
            raise self.fail(None, "resolution.toml : la table [expected] est mal formée")
        found = {
            "preambular": sum(p.kind is Kind.PREAMBULAR for p in paragraphs),
            "operative": sum(p.kind is Kind.OPERATIVE for p in paragraphs),
            "footnotes": len(footnotes),
            "members": len(vote.members),
        }
        for name, count in found.items():
            if name in expected and expected[name] != count:
                raise self.fail(None, f"{count} {name} trouvés, {expected[name]} attendus (resolution.toml)")

    def citations(self, path: Path, segments: tuple[Paragraph, ...]) -> tuple[Citation, ...]:
        """Find every cited document in the text and check that no symbol is left unexplained."""
        rows = _read_csv(path, ("cle", "motifs", "libelle", "type", "symbole", "lien"))
        covered: dict[str, list[tuple[int, int]]] = {s.id: [] for s in segments}
        order = {s.id: i for i, s in enumerate(segments)}
        citations = []
        for line, row in enumerate(rows, start=2):
            cited_in: list[str] = []
            motifs = row["motifs"].split("|")
            for segment in segments:
                spans = [span for motif in motifs for span in _motif_spans(motif, segment.text)]
                if spans:
                    # A footnote's reference is also the reference of the paragraph calling it.
                    cited_in.extend(filter(None, (segment.parent, segment.id)))
                    covered[segment.id].extend(spans)
            if not cited_in:
                raise CorpusFormatError(path, line, f"document {row['cle']!r} cité nulle part dans le texte")
            symbol = row["symbole"] or None
            url = row["lien"] or (f"https://undocs.org/fr/{symbol}" if symbol else None)
            cited = tuple(sorted(set(cited_in), key=order.__getitem__))
            citations.append(Citation(row["cle"], row["libelle"], row["type"], symbol, url, cited))
        for segment in segments:
            for match in _SYMBOL_NUMBER.finditer(segment.text):
                if not any(a <= match.start() and match.end() <= b for a, b in covered[segment.id]):
                    raise self.fail(segment.line, f"{match.group()} cité mais absent de {path.name}")
        for source_line, raw in enumerate(self.lines, start=1):
            for link in _LINK.finditer(raw):
                if not any(link.group(1) in row["motifs"].split("|") for row in rows):
                    raise self.fail(source_line, f"lien [{link.group(1)}] absent de {path.name}")
        return tuple(citations)


def _motif_spans(motif: str, text: str) -> Iterator[tuple[int, int]]:
    """Yield the spans of ``motif`` standing alone in ``text``: no word character or ``/`` on either side.

    The same spans as ``re.finditer`` over ``(?<!{_WORD})(?<!/)`` + the escaped motif +
    ``(?!{_WORD})(?!/)``, found with ``str.find``: compiling that pattern for every motif (and its
    Unicode class) cost more than the whole parse.
    """
    if not motif:  # an empty pattern matches between characters; keep the regex's reading of it
        pattern = rf"(?<!{_WORD})(?<!/)(?!{_WORD})(?!/)"
        yield from (match.span() for match in re.finditer(pattern, text))
        return
    start = text.find(motif)
    while start != -1:
        end = start + len(motif)
        if not _is_bound(text[start - 1 : start]) and not _is_bound(text[end : end + 1]):
            yield start, end
            start = text.find(motif, end)
        else:
            start = text.find(motif, start + 1)


def _is_bound(char: str) -> bool:
    """Tell whether a character next to a motif glues it to a word or a symbol (empty: text edge)."""
    return char == "/" or _WORD_CHAR.match(char) is not None


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Read a side file, checking that it has the columns the parser reads."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in columns if c not in (reader.fieldnames or ())]
            if missing:
                raise CorpusFormatError(path, 1, f"colonnes manquantes : {', '.join(missing)}")
            return list(reader)
    except OSError as exc:
        raise CorpusFormatError(path, None, f"fichier illisible ({exc})") from exc
