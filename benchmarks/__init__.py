"""QueZ benchmarks: run with ``python benchmarks/run.py``; not part of the test suite."""
