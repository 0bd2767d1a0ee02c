"""Imported by the fork server of a parallel build, to load what every worker needs once.

:class:`kg.parallel.ProcessEngine` names this module in the fork server's preload list:
the server loads the lexicon, jieba's dictionary and the gazetteer before it forks the
first worker, and each worker starts with them in memory (shared until written) instead
of spending a second of CPU loading its own copy. Nothing else imports it: importing it
is the work.
"""

from __future__ import annotations

import os

__all__ = ["SERVER_PID"]

#: The fork server's pid: its workers, forked from it, compare their parent with it.
SERVER_PID = os.getpid()


def _preload() -> None:
    from kg.pipeline.engines import die_with_parent, worker_lexicon

    # the fork server goes when the build goes, even on SIGKILL
    build = os.environ.get("ZHKG_BUILD_PID", "")
    die_with_parent(int(build) if build.isdigit() else None)

    try:
        worker_lexicon()
    except Exception:  # a worker loads it again and reports the error
        pass


_preload()
