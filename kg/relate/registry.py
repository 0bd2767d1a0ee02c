"""The extractor's rules: one registry that extraction, ``kg eval`` and the graph read.

A rule has an id (written on every assertion it makes, and as ``kg:rule`` in the graph),
a kind, a confidence and a one-line description. Program and theme rules are carried out
by *steps*: small functions registered with the rules they may fire, run in the order
they were registered (a step's rules are one family: the quoted-name step fires
``impl.quoted``, ``impl.quoted-typed`` or ``impl.topic``). Subject rules name how a
clause got its subject; an implements assertion's rule id is ``<program rule>+<subject
rule>`` unless the subject is named in the clause itself.

A rule may have *variants*: other confidences for weaker readings of the same rule
(``impl.typed-np`` 0.75, and 0.7 for a phrase between 加快 and 建设). They are stated
with the rule, never as literals in the code that fires it.

The modules that define rules register them when imported; :mod:`kg.relate.rules`
imports them all, so read the registry through it. Switching rules off
(:meth:`Registry.switch_off`) gives a set that extraction takes as an argument: there
is no global switch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from kg.errors import InputError

__all__ = [
    "KINDS",
    "PROGRAM",
    "REGISTRY",
    "SUBJECT",
    "THEME",
    "Registry",
    "Rule",
    "Step",
    "program",
    "subject",
    "theme",
]

PROGRAM = "program"  # who implements what: a program found in a clause
THEME = "theme"  # what a program serves
SUBJECT = "subject"  # how a clause without a named province got its subject
KINDS = (PROGRAM, THEME, SUBJECT)

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Rule:
    """One rule: its id, kind, confidence and what it reads, in one line."""

    id: str
    kind: str
    confidence: float
    description: str
    variants: tuple[tuple[str, float], ...] = ()  # (name, confidence) of weaker readings

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"rule {self.id}: unknown kind {self.kind!r}")
        for conf in (self.confidence, *(c for _, c in self.variants)):
            if not 0 < conf <= 1:
                raise ValueError(f"rule {self.id}: confidence {conf} not in (0, 1]")
        if not self.description or "\n" in self.description:
            raise ValueError(f"rule {self.id}: the description is one line")

    def confidence_of(self, variant: str | None = None) -> float:
        """The confidence of the rule, or of one of its variants."""
        if variant is None:
            return self.confidence
        return dict(self.variants)[variant]


def program(id: str, confidence: float, description: str, **variants: float) -> Rule:
    """A program rule (``impl.*``)."""
    return Rule(id, PROGRAM, confidence, description, tuple(variants.items()))


def theme(id: str, confidence: float, description: str, **variants: float) -> Rule:
    """A theme rule (``serves.*``)."""
    return Rule(id, THEME, confidence, description, tuple(variants.items()))


def subject(id: str, confidence: float, description: str) -> Rule:
    """A subject rule: its confidence multiplies the program rule's."""
    return Rule(id, SUBJECT, confidence, description)


@dataclass(frozen=True)
class Step:
    """A registered function and the rules it may fire."""

    name: str
    kind: str
    # what it is called with: "clause", "sentence", "program" or "subject"; "document":
    # a sentence with what the document named before it (kg.relate.events)
    scope: str
    rules: tuple[str, ...]
    run: Callable[..., Any]


@dataclass
class Registry:
    """Rules by id, and the steps that fire them in their order."""

    _rules: dict[str, Rule] = field(default_factory=dict)
    _steps: list[Step] = field(default_factory=list)

    def register(self, *rules: Rule | str, scope: str) -> Callable[[F], F]:
        """Register the decorated function as the step that fires ``rules``.

        A rule is given once, as a :class:`Rule`; a step that fires a rule another step
        declared names it by its id.
        """
        ids = tuple(self._declare(r) for r in rules)
        kinds = {self._rules[i].kind for i in ids}
        if len(kinds) != 1:
            raise ValueError(f"one step fires rules of one kind: {ids}")

        def decorate(fn: F) -> F:
            self._steps.append(Step(fn.__name__, kinds.pop(), scope, ids, fn))
            return fn

        return decorate

    def _declare(self, rule: Rule | str) -> str:
        if isinstance(rule, str):
            if rule not in self._rules:
                raise ValueError(f"rule {rule} is used before it is declared")
            return rule
        if rule.id in self._rules:
            raise ValueError(f"rule {rule.id} is declared twice")
        self._rules[rule.id] = rule
        return rule.id

    def __getitem__(self, rule_id: str) -> Rule:
        return self._rules[rule_id]

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def rules(self, kind: str | None = None) -> tuple[Rule, ...]:
        """The rules (of one kind), in the order they were declared."""
        return tuple(r for r in self._rules.values() if kind is None or r.kind == kind)

    def steps(self, kind: str, scope: str) -> tuple[Step, ...]:
        """The steps of a kind called with ``scope``, in the order they run."""
        return tuple(s for s in self._steps if s.kind == kind and s.scope == scope)

    def all_steps(self) -> tuple[Step, ...]:
        """Every registered step."""
        return tuple(self._steps)

    def descriptions(self) -> dict[str, str]:
        """Rule id -> description (the graph's ``rdfs:comment`` of each ``kg:rule``)."""
        return {r.id: r.description for r in self._rules.values()}

    def switch_off(self, rule_ids: Iterable[str]) -> frozenset[str]:
        """The rules to leave out of an extraction, checked against the registry."""
        off = frozenset(rule_ids)
        unknown = sorted(r for r in off if r not in self._rules)
        if unknown:
            known = ", ".join(self._rules)
            raise InputError("--without", f"no rule {', '.join(unknown)} (rules: {known})")
        return off


REGISTRY = Registry()
