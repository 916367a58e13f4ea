"The tables of each paper, as data: one module per paper, listed in `mtlrepro.experiments.PAPERS`."
