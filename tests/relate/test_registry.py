"""The rule registry and the word lists: every rule once, with what `kg eval` and the graph read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import read_text
from kg.relate.extract import extract_document
from kg.relate.registry import KINDS, PROGRAM, SUBJECT, THEME, Registry, program, theme
from kg.relate.rules import REGISTRY, RULES
from kg.relate.words import relate_word_files
from kg.text.lexicon import load_lexicon
from kg.text.wordlists import TEXT_WORDS, read_words, word_files

EXPECTED = {
    PROGRAM: {
        "impl.quoted",
        "impl.quoted-typed",
        "impl.typed-np",
        "impl.enumeration",
        "impl.plan",
        "impl.document",
        "impl.slogan",
        "impl.topic",
        "impl.shared-type",
        "impl.listed",
        "impl.branded",
        "impl.package-aim",
        "impl.hosted",
        "impl.hosted-back",
    },
    THEME: {
        "serves.frame",
        "serves.purpose",
        "serves.embedded",
        "serves.context",
        "serves.backref",
        "serves.name",
        "serves.topic",
        "serves.around-quote",
        "serves.event-theme",
    },
    SUBJECT: {"carried", "carried-sentence", "named-in", "author"},
}

# Files read first entry to last, where an entry before a longer one it starts with wins.
ORDERED = (
    "adverbs",
    "author_words",
    "frame_cues",
    "lead_ins",
    "purpose_cues",
    "subject_suffixes",
    "topic_clause_verbs",
)
# Known today, kept so that the extraction does not change (see the files' headers).
KNOWN_SHADOWED = {("author_words", "省委", "省委省政府"), ("lead_ins", "今年", "今年以来")}


def test_every_rule_is_registered_once_with_its_kind_confidence_and_description() -> None:
    assert {k: {r.id for r in REGISTRY.rules(k)} for k in KINDS} == EXPECTED
    assert len(REGISTRY) == sum(len(ids) for ids in EXPECTED.values())
    for rule in REGISTRY:
        assert 0 < rule.confidence <= 1, rule
        assert all(0 < c <= 1 for _, c in rule.variants), rule
        assert rule.description.strip() and "\n" not in rule.description, rule


def test_the_graph_reads_the_descriptions_of_the_registry() -> None:
    assert RULES == {r.id: r.description for r in REGISTRY}


def test_every_program_and_theme_rule_has_a_step_that_fires_it() -> None:
    fired = {rid for step in REGISTRY.all_steps() for rid in step.rules}
    assert fired == {r.id for r in REGISTRY}
    # the order of the program steps is the order of the rules' precedence
    names = [s.name for s in REGISTRY.steps(PROGRAM, "clause")]
    assert names == [
        "quoted_names",
        "plans",
        "enumerations",
        "typed_noun_phrases",
        "slogans",
        "branded_campaigns",
        "issued_documents",
        "listed_items",
        "hosted_events",
        "aimed_packages",
    ]
    # read with what the document named before the sentence (kg.relate.events)
    assert [s.name for s in REGISTRY.all_steps() if s.scope == "document"] == [
        "event_hosts",
        "event_themes",
    ]


def test_a_rule_declared_twice_or_used_undeclared_is_refused() -> None:
    reg = Registry()
    reg.register(program("impl.x", 0.5, "x"), scope="clause")(lambda scan: None)
    with pytest.raises(ValueError, match="declared twice"):
        reg.register(program("impl.x", 0.5, "x"), scope="clause")
    with pytest.raises(ValueError, match="before it is declared"):
        reg.register("impl.y", scope="clause")
    with pytest.raises(ValueError, match="one kind"):
        reg.register("impl.x", theme("serves.x", 0.5, "x"), scope="clause")
    with pytest.raises(ValueError, match="not in"):
        program("impl.z", 1.5, "z")


def test_an_unknown_rule_cannot_be_switched_off() -> None:
    with pytest.raises(InputError, match=r"no rule impl\.nothing"):
        REGISTRY.switch_off(["impl.nothing"])
    assert REGISTRY.switch_off(["serves.frame"]) == frozenset({"serves.frame"})


def _word_files() -> list[tuple[str, Path]]:
    files = {**relate_word_files(), **{f"text/{k}": v for k, v in word_files(TEXT_WORDS).items()}}
    return sorted(files.items())


@pytest.mark.parametrize(("name", "path"), _word_files(), ids=lambda v: str(v))
def test_every_word_file_loads_without_duplicates_or_blank_entries(name: str, path: Path) -> None:
    entries = read_words(path)
    assert entries, name
    assert len(set(entries)) == len(entries), [e for e in entries if entries.count(e) > 1]
    # one word an entry; a numbered list (weak_types) may give a number after a space
    # one word an entry; a numbered list (weak_types) gives a number after a space, and a
    # list of pairs (key_expansions) a second word
    assert all(re.fullmatch(r"\S+(?: \S+)?", e) for e in entries), name
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), f"{name}: the header says what the list is for"


def test_word_files_are_read_once() -> None:
    path = relate_word_files()["implement_verbs"]
    assert read_words(path) is read_words(path)


@pytest.mark.parametrize("name", ORDERED)
def test_in_ordered_lists_a_longer_entry_stands_before_its_prefix(name: str) -> None:
    entries = read_words(relate_word_files()[name])
    shadowed = {
        (name, a, b)
        for i, a in enumerate(entries)
        for b in entries[i + 1 :]
        if b.startswith(a) and b != a
    }
    assert shadowed <= KNOWN_SHADOWED


TIANJIN = (
    "天津围绕海河特色资源，推出“游船+”等系列文旅消费活动，"
    "打造海河沿岸消费走廊、相声演艺等特色观光游船，受到游客喜爱。"
)
SHANDONG = "山东开展职工关心关爱“四个1”活动，浙江实施“体育+”行动。"
GUIZHOU = (
    "为了让更多年轻人来到贵州、留在贵州，贵州连续四年实施40件“贵州青年实事”，服务青年人才全面发展。"
)


def _facts(text: str, without: tuple[str, ...] = ()) -> set[tuple[str, str, str, str]]:
    ex = extract_document(read_text(text, id="t"), load_lexicon(), without=without)
    return {(a.subject.key, a.predicate, a.object.key, a.rule) for a in ex.assertions}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (TIANJIN, "impl.typed-np"),
        (TIANJIN, "carried"),
        (TIANJIN, "serves.frame"),
        (SHANDONG, "serves.around-quote"),
        (GUIZHOU, "impl.quoted"),
        (GUIZHOU, "serves.purpose"),
    ],
)
def test_without_a_rule_exactly_its_assertions_are_gone(text: str, rule: str) -> None:
    full = _facts(text)
    assert any(rule in f[3].split("+") for f in full), "the rule fires on the sentence"
    # a program that no rule reads any more serves nothing either
    lost = {f[2] for f in full if f[1] == "implements" and rule in f[3].split("+")}
    expected = {
        f for f in full if rule not in f[3].split("+") and not (f[1] == "serves" and f[0] in lost)
    }
    # what it took is gone; what it took precedence over may come back (a name's topic
    # where the frame said what the program is for)
    without = _facts(text, (rule,))
    assert expected <= without
    assert not any(rule in f[3].split("+") for f in without)


def test_a_stretch_a_rule_switched_off_leaves_is_free_for_the_rules_after_it() -> None:
    # without the quoted-name rule, the unquoted noun phrase after the quote is read
    text = "天津围绕海河特色资源，推出“游船+”等系列海河文旅消费活动，打造海河沿岸消费走廊。"
    facts = _facts(text, ("impl.quoted-typed",))
    assert ("tianjin", "implements", "海河文旅消费活动", "impl.typed-np+carried") in facts
    assert ("tianjin", "implements", "游船+", "impl.quoted-typed+carried") in _facts(text)
    assert not any(f[3].startswith("impl.quoted-typed") for f in facts)
