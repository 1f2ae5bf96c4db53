"""The speed suite (``python -m benchmarks``): prints figures with targets; never fails on time.

The large data sets it needs are built once and cached in ``benchmarks/.cache/`` (git-ignored).
"""
