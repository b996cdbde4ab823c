"""The paraphrase lexicon: a checked file, one entry per paragraph, and what it adds to questions."""

import re
import tomllib

import pytest

from bot.core.questions.router import QuestionAnswerer
from bot.core.service import Service
from bot.core.text.corpus import CorpusFormatError
from bot.core.text.paraphrases import EVERYDAY_FILE, FILE_NAME, ParaphraseError, Paraphrases


def test_every_paragraph_and_footnote_has_french_and_english_paraphrases(corpus_dir, resolution):
    """75 entries (33 PP, 37 OP, 5 FN), each with both lists non-empty, in the text's order."""
    data = tomllib.loads((corpus_dir / FILE_NAME).read_text(encoding="utf-8"))
    assert list(data) == [s.id for s in resolution.segments]
    assert len(data) == 33 + 37 + 5
    for segment_id, entry in data.items():
        assert entry["fr"], segment_id
        assert entry["en"], segment_id


def test_paraphrases_name_no_amount_person_or_later_event(corpus_dir):
    """What a paragraph does not say stays out: no figure of money, no « president », no « implemented »."""
    data = tomllib.loads((corpus_dir / FILE_NAME).read_text(encoding="utf-8"))
    everyday = tomllib.loads((corpus_dir / EVERYDAY_FILE).read_text(encoding="utf-8"))
    forbidden = re.compile(
        r"\$|€|dollars?|euros?|budget|million|salaire|salary|président|president|ambassad|"
        r"mis en œuvre depuis|implemented|après l'adoption|after adoption",
        re.IGNORECASE,
    )
    found = [
        (sid, phrase)
        for source in (data, everyday)
        for sid, entry in source.items()
        for key in ("fr", "en", "fr_familier", "en_familier", "fr_simple", "fr_questions", "en_questions")
        for phrase in entry.get(key, [])
        if forbidden.search(phrase)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('[PP99]\nfr = ["x"]\nen = ["y"]\n', "paragraphe inconnu : PP99"),
        ('[PP1]\nfr = [""]\nen = ["y"]\n', "PP1.fr : une liste de phrases non vides"),
        ('[PP1]\nde = ["x"]\n', "PP1 : attendu les listes fr, en"),
    ],
)
def test_a_broken_file_stops_start_up_naming_the_entry(tmp_path, corpus_dir, content, reason):
    """Like a broken text or thesaurus: a French message naming the entry, at start-up."""
    for path in corpus_dir.iterdir():
        if path.is_file():
            (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / FILE_NAME).write_text(content, encoding="utf-8")
    with pytest.raises(CorpusFormatError) as caught:
        Service.from_corpus(tmp_path)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        # (« le dialogue interreligieux », « la coopération entre pays pauvres »: the thesaurus's
        # phrases now find them too, PP27 and PP7, without the lexicon.)
        ("la capitale autrichienne, le texte en parle ?", "PP1"),
        ("les objectifs mondiaux, il en est question ?", "PP2"),
    ],
)
def test_a_question_in_the_readers_words_finds_the_paragraph(service, resolution, question, paragraph):
    """Words the text does not use, listed as that paragraph's paraphrases: answered with it; without
    the lexicon, the same question is declined."""
    with_lexicon = QuestionAnswerer(service).answer(question)
    assert with_lexicon.answered
    assert paragraph in with_lexicon.citations
    without = QuestionAnswerer(Service(resolution, paraphrases=Paraphrases())).answer(question)
    assert paragraph not in without.citations or not without.answered


def test_everyday_words_count_in_coverage_without_changing_rarity(service, resolution):
    """« fr_familier » and « en_familier » (« crouler sous les dettes », "drowning in debt"): a
    question in those words is answered with the paragraph; without them, declined. They bring no
    passage search did not find and leave the paraphrases' term counts as they were."""
    question = "y a un passage sur les pays qui ont les caisses vides à cause du covid ?"
    answer = QuestionAnswerer(service).answer(question)
    assert answer.answered
    assert "PP15" in answer.citations
    plain = Paraphrases(service.paraphrases.phrases)
    assert not QuestionAnswerer(Service(resolution, paraphrases=plain)).answer(question).answered
    assert plain.frequency == service.paraphrases.frequency


def test_the_everyday_file_has_every_segment_in_order(corpus_dir, resolution):
    """75 entries, each with both everyday lists (12 or more each) and a plain explanation; each
    of the 70 paragraphs (not the footnotes) with the questions it answers, in French (two writers)
    and English."""
    data = tomllib.loads((corpus_dir / EVERYDAY_FILE).read_text(encoding="utf-8"))
    assert list(data) == [s.id for s in resolution.segments]
    for segment_id, entry in data.items():
        footnote = segment_id.startswith("FN")
        expected = {"fr_familier", "en_familier", "fr_simple"} | (
            set() if footnote else {"fr_questions", "en_questions"}
        )
        assert set(entry) == expected, segment_id
        assert len(entry["fr_familier"]) >= 12, segment_id
        assert len(entry["en_familier"]) >= 12, segment_id
        assert len(entry["fr_simple"]) == 1, segment_id
        assert footnote or len(entry["fr_questions"]) >= 18, segment_id
        assert footnote or len(entry["en_questions"]) >= 16, segment_id


def test_the_everyday_file_is_read_on_the_first_question_only(tmp_path, corpus_dir):
    """Start-up reads paraphrases.toml; the everyday file waits for a question, checked as strictly."""
    for path in corpus_dir.iterdir():
        if path.is_file():
            (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / EVERYDAY_FILE).write_text('[PP1]\nfr_familier = [""]\n', encoding="utf-8")
    service = Service.from_corpus(tmp_path)  # no error: not read yet
    with pytest.raises(ParaphraseError, match=r"PP1\.fr_familier : une liste de phrases non vides"):
        _ = service.paraphrases.coverage_only
