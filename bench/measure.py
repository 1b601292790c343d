"""Runs a command several times and keeps its median wall time and peak memory."""
import os
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass


class BenchError(Exception):
    pass


@dataclass
class Timing:
    seconds: float  # median wall time of the whole process
    peak_mb: float  # largest resident set over the runs

    def __str__(self):
        return f"{format_seconds(self.seconds)}, {self.peak_mb:.0f} MB"


def format_seconds(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


# wait4 reports the child's peak resident set, as /usr/bin/time -v does, without
# a process of its own in the measurement.
def run_once(command, env=None):
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace")
            raise BenchError(f"`{' '.join(map(str, command))}` failed:\n{message}")
    return seconds, usage.ru_maxrss / 1024


def timed(command, runs, env=None):
    samples = [run_once(command, env) for _ in range(runs)]
    return Timing(statistics.median(s for s, _ in samples), max(mb for _, mb in samples))
