"""zhkg: knowledge graphs of Chinese policy and news text."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
