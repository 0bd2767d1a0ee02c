"""Where the tests find the checkout, the shared folder and their own data."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED = ROOT.parent / "shared"
GOLD = TESTS / "gold"
GOLDEN = TESTS / "golden"
STORIES = SHARED / "corpus" / "xwlb_stories_2025"
