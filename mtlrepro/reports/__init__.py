"Shared machinery of the paper notebooks, by concern: published numbers, tables, rankings, baselines, figures, fixtures, the per-table flow."
# Hand-written (not exported): gathers the public names of the modules, so `from mtlrepro.reports import *` gives them all.
from .published import *
from .tables import *
from .rankings import *
from .baselines import *
from .figures import *
from .fixtures import *
from .flow import *
from .claims import *
