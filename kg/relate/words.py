"""The extractor's word lists, read from the data files in ``kg/relate/words/``.

Each file says in its header what its list is for. Sets are for membership; tuples keep
the file's order where the first match wins (see the files marked ORDER MATTERS), and
:func:`alternation` makes a regular-expression group of a list in that order. The files
are read once per process, when this module is first imported.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.text.wordlists import read_words, word_files

__all__ = [
    "ACTION_VERBS",
    "ADVERBS",
    "AUTHOR_WORDS",
    "BARE_FIELDS",
    "BLOCK_VERBS",
    "BUILD_VERBS",
    "CAMPAIGN_VERBS",
    "CLAUSE_VERBS",
    "COLLECTIVE_ACTORS",
    "COMPOUND_AIMS",
    "DELEGATE_VERBS",
    "DESIGNATIONS",
    "DOING_VERBS",
    "EVENT_SCOPES",
    "EVENT_TOPIC_HEADS",
    "EXAMPLE_HEADS",
    "FACILITY_HEADS",
    "FACILITY_TYPES",
    "FIELD_TYPES",
    "FORMULAS",
    "FRAME_CUES",
    "FUNCTION_ENDINGS",
    "GENERIC_CORES",
    "GENERIC_QUALIFIERS",
    "GENERIC_THEMES",
    "IMPLEMENT_VERBS",
    "IMPROVE_VERBS",
    "INSTRUMENTS",
    "LABEL_LEFTOVERS",
    "LEAD_INS",
    "LOOSE_MODIFIERS",
    "MEANS_HEADS",
    "NAME_TAILS",
    "NATIONAL_PROGRAMS",
    "NEVER_OPENS",
    "NOT_IN_MODIFIER",
    "NOT_ITEM_TAILS",
    "NOT_OWN_HEADS",
    "NOT_OWN_OPENERS",
    "NOT_PROGRAM_HEADS",
    "NOT_THEMES",
    "NP_STOPS",
    "OBJECT_VERBS",
    "OPERATIONS",
    "ORG_HEADS",
    "OTHER_ACTORS",
    "OUTCOME_VERBS",
    "PARALLEL_CUES",
    "PEOPLE",
    "PLAN_VERBS",
    "PLATFORM_ENDINGS",
    "PROVINCE_BRANDS",
    "PURPOSE_CUES",
    "PUSH_VERBS",
    "QUOTE_CONTINUATIONS",
    "QUOTE_HEADS",
    "REGIONS",
    "RELATE_WORDS",
    "RESEARCH_KINDS",
    "RESULT_PREDICATES",
    "ROUTINE_PLANS",
    "SENTENCE_CONTINUATIONS",
    "SHARED_TYPES",
    "SLOGAN_AIMS",
    "SPLIT_TYPES",
    "STORY_PURPOSE_CUES",
    "STRONG_CUES",
    "STRONG_PURPOSE_CUES",
    "SUBJECT_SUFFIXES",
    "SUPERLATIVES",
    "THEME_LEFTOVERS",
    "THING_TYPES",
    "TITLE_NOTES",
    "TOPIC_CLAUSE_VERBS",
    "TOPIC_TYPES",
    "TWO_CHARACTER_TOPICS",
    "VERBS_BEFORE_JIANSHE",
    "VERB_ADVERBS",
    "WEAK_TYPES",
    "alternation",
    "numbered",
    "paired",
    "relate_word_files",
    "words",
]

RELATE_WORDS = Path(__file__).with_name("words")


def words(name: str) -> tuple[str, ...]:
    """The entries of ``kg/relate/words/<name>.txt`` in the file's order."""
    return read_words(RELATE_WORDS / f"{name}.txt")


def numbered(name: str, default: int) -> dict[str, int]:
    """A word file whose entries may carry a number after a space (``活动 4``)."""
    out: dict[str, int] = {}
    for entry in words(name):
        word, _, number = entry.partition(" ")
        out[word] = int(number) if number.strip() else default
    return out


def paired(name: str) -> dict[str, str]:
    """A word file whose entries are a word and a second word after a space (``书香 全民阅读``)."""
    return dict(entry.split(" ", 1) for entry in words(name))


def alternation(entries: tuple[str, ...]) -> str:
    """A non-capturing regular-expression group of the entries, tried in their order."""
    return "(?:" + "|".join(re.escape(e) for e in entries) + ")"


def relate_word_files() -> dict[str, Path]:
    """Every word file of the extractor, by name."""
    return word_files(RELATE_WORDS)


# verbs
IMPLEMENT_VERBS = frozenset(words("implement_verbs"))
IMPROVE_VERBS = frozenset(words("improve_verbs"))
DOING_VERBS = frozenset(words("doing_verbs")) - IMPLEMENT_VERBS
CAMPAIGN_VERBS = frozenset(words("campaign_verbs"))
PUSH_VERBS = frozenset(words("push_verbs"))
COMPOUND_AIMS = words("compound_aims")
BLOCK_VERBS = frozenset(words("block_verbs"))
DELEGATE_VERBS = frozenset(words("delegate_verbs"))
PLAN_VERBS = frozenset(words("plan_verbs"))
# every verb that may govern a program's name: carrying out, working on, planning
ACTION_VERBS = IMPLEMENT_VERBS | DOING_VERBS | PLAN_VERBS
BUILD_VERBS = frozenset(words("build_verbs"))
CLAUSE_VERBS = frozenset(words("clause_verbs"))
VERB_ADVERBS = frozenset(words("verb_adverbs"))
VERBS_BEFORE_JIANSHE = frozenset(words("verbs_before_jianshe"))
TOPIC_CLAUSE_VERBS = words("topic_clause_verbs")
RESULT_PREDICATES = words("result_predicates")
OUTCOME_VERBS = words("outcome_verbs")
# cues of purposes and frames
PURPOSE_CUES = words("purpose_cues")
STORY_PURPOSE_CUES = words("story_purpose_cues")
STRONG_CUES = frozenset(words("strong_cues"))
STRONG_PURPOSE_CUES = frozenset(words("strong_purpose_cues"))
PARALLEL_CUES = frozenset(words("parallel_cues"))
FRAME_CUES = words("frame_cues")
ADVERBS = words("adverbs")
# subjects
LEAD_INS = words("lead_ins")
REGIONS = words("regions")
LABEL_LEFTOVERS = words("label_leftovers")
NEVER_OPENS = frozenset(words("never_opens"))
SENTENCE_CONTINUATIONS = words("sentence_continuations")
COLLECTIVE_ACTORS = words("collective_actors")
OTHER_ACTORS = words("other_actors")
ORG_HEADS = words("org_heads")
AUTHOR_WORDS = words("author_words")
SUBJECT_SUFFIXES = words("subject_suffixes")
# heads and names
NOT_PROGRAM_HEADS = words("not_program_heads")
NOT_OWN_HEADS = words("not_own_heads")
NOT_OWN_OPENERS = frozenset(words("not_own_openers"))
FORMULAS = frozenset(words("formulas"))
EXAMPLE_HEADS = words("example_heads")
MEANS_HEADS = words("means_heads")
QUOTE_CONTINUATIONS = words("quote_continuations")
QUOTE_HEADS = words("quote_heads")
GENERIC_CORES = frozenset(words("generic_cores"))
FUNCTION_ENDINGS = words("function_endings")
PLATFORM_ENDINGS = (*FUNCTION_ENDINGS, *words("platform_endings"))
ROUTINE_PLANS = words("routine_plans")
TITLE_NOTES = words("title_notes")
OPERATIONS = words("operations")
BARE_FIELDS = frozenset(words("bare_fields"))
GENERIC_QUALIFIERS = words("generic_qualifiers")
SUPERLATIVES = words("superlatives")
GENERIC_THEMES = frozenset(words("generic_themes"))
NOT_THEMES = frozenset(words("not_themes"))
THEME_LEFTOVERS = words("theme_leftovers")
NOT_IN_MODIFIER = words("not_in_modifier")
NAME_TAILS = words("name_tails")
PROVINCE_BRANDS = paired("province_brands")  # brand -> the theme it states
SLOGAN_AIMS = paired("slogan_aims")  # a slogan, X for a province -> the aim it states
FACILITY_TYPES = frozenset(words("facility_types"))
NATIONAL_PROGRAMS = words("national_programs")
SHARED_TYPES = frozenset(words("shared_types"))
SPLIT_TYPES = words("split_types")
NOT_ITEM_TAILS = words("not_item_tails")
DESIGNATIONS = frozenset(words("designations"))
WEAK_TYPES = numbered("weak_types", 6)
RESEARCH_KINDS = words("research_kinds")
LOOSE_MODIFIERS = words("loose_modifiers")
EVENT_TOPIC_HEADS = words("event_topic_heads")
TOPIC_TYPES = frozenset(words("topic_types")) | frozenset(EVENT_TOPIC_HEADS)
FIELD_TYPES = frozenset(words("field_types"))
TWO_CHARACTER_TOPICS = frozenset(words("two_character_topics"))
EVENT_SCOPES = words("event_scopes")
EVENT_VENUES = words("event_venues")
THING_TYPES = frozenset(words("thing_types"))
FACILITY_HEADS = words("facility_heads")
INSTRUMENTS = words("instruments")
PEOPLE = words("people")
OBJECT_VERBS = words("object_verbs")
NP_STOPS = frozenset(words("np_stops"))
