__version__ = "0.1.0"

import os as _os
if _os.environ.get('IN_TEST'):  # set by nbdev_test in its notebook workers only: one passive thread each (see nbs/42_speed)
    from .speed import configure_threads as _configure_threads
    _configure_threads(1)
