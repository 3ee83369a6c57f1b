"""Benchmarks: run with `make bench` (all) or `python -m bench NAME...`. They print figures; CI never
asserts timings. Each module bench/bench_<name>.py has a `main(argv)` that prints its own table."""
