"""Imported by the fork server of a parallel build, to load what every worker needs once.

:class:`kg.pipeline.engines.ProcessEngine` names this module in the fork server's preload
list: the server loads the lexicon, the segmentation dictionary and the gazetteer before
it forks the first worker, and each worker starts with them in memory (shared until
written) instead of spending a second of CPU loading its own copy. Nothing else imports
it: importing it is the work.
"""

from __future__ import annotations

import signal

# Ctrl-C is the build's to handle (it stops and shuts the pool down): the server and the
# workers it forks ignore it from here on, before the imports of a second or so that a
# Ctrl-C would otherwise break with a traceback, or leave a worker half started
signal.signal(signal.SIGINT, signal.SIG_IGN)

from kg.pipeline.worker import become_fork_server  # noqa: E402

__all__: list[str] = []

become_fork_server()
