"""Benchmarks: run with `make bench` (all) or `python -m bench NAME...`. They print figures; CI never
asserts timings. Each module bench/bench_<name>.py has a `main(argv)` that prints its own table."""


def host_reference_us() -> float:
    """Microseconds for sum(range(1000)), best of 5 x 5,000: this host's speed varies by about 2x
    over a day, so every benchmark prints its figures next to this reference."""
    import timeit

    return min(timeit.repeat("sum(range(1000))", number=5000, repeat=5)) / 5000 * 1e6
