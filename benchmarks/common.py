"""What every benchmark reports: a measured figure beside a floor measured in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass
class Result:
    area: str
    name: str
    value_ms: float
    """The figure measured (milliseconds; for rates, see `unit`)."""
    floor_name: str
    floor_ms: float
    """The same kind of work done the plainest way, measured in this run."""
    goal: str = ""
    """The target from the issue, as text (e.g. "<= 300 ms")."""
    met: bool | None = None
    unit: str = "ms"

    @property
    def ratio(self) -> float:
        return self.value_ms / self.floor_ms if self.floor_ms else float("inf")

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        d["ratio"] = round(self.ratio, 2)
        return d


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds one call takes."""
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def percentile(samples: list[float], p: float) -> float:
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[int(p) - 1]
