"""Benchmarks of what users feel, as ratios against raw httpx measured in the same run: ``nox -s bench``.

One module per figure (``call_overhead``, ``page_parse``, ``import_cost``, ``pagination_memory``, ``bulk``),
the profile split (``profile_split``) and the runner (``python -m benchmarks``) printing one table.
Absolute times are noisy on shared machines, so every timing figure is a ratio of two measurements taken in
the same process, interleaved round by round, after a warm-up: the median of the rounds, with min-max.
"""
