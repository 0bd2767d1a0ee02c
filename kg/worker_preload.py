"""Imported by the fork server of a parallel build, to load what every worker needs once.

:class:`kg.parallel.ProcessEngine` names this module in the fork server's preload list:
the server loads the lexicon, jieba's dictionary and the gazetteer before it forks the
first worker, and each worker starts with them in memory (shared until written) instead
of spending a second of CPU loading its own copy. Nothing else imports it: importing it
is the work.
"""

from __future__ import annotations

__all__: list[str] = []


def _preload() -> None:
    from kg.parallel import die_with_parent, worker_lexicon

    die_with_parent()  # the fork server goes when the build goes, even on SIGKILL

    try:
        worker_lexicon()
    except Exception:  # a worker loads it again and reports the error
        pass


_preload()
