"""Relating mentions into assertions: the rules, their words and the scorer."""

from kg.native import package_path

# the compiled modules first, when they were built from these sources (kg.native)
__path__[:0] = package_path(__name__)
