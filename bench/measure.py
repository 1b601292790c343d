"""Runs a command several times and keeps its median wall time and peak memory."""
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


# Wall time of the process alone, started straight from here.
def run_once(command, env=None):
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        seconds = time.perf_counter() - start
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace")
            raise BenchError(f"`{' '.join(map(str, command))}` failed:\n{message}")
    return seconds


# Peak resident memory from GNU time (`-f %M`, in KiB). Not from wait4 here:
# Linux keeps the high-water mark of the process that exec'd, and a child of
# this Python process would report the Python process's own memory.
def peak_mb(command, env=None):
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *map(str, command)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
    if result.returncode != 0:
        raise BenchError(f"`{' '.join(map(str, command))}` failed:\n{result.stderr}")
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def timed(command, runs, env=None):
    samples = [run_once(command, env) for _ in range(runs)]
    return Timing(statistics.median(samples), peak_mb(command, env))
