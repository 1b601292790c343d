"""The engine of bench/run: generates the benchmark decks, times `deckpress
build` and its peers on them, prints one Markdown table and, for a full run,
keeps it in docs/performance.md. See docs/performance.md.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import current_format
import content
import make_decks
import sheets
from checks import check_package, check_sheet
from measure import BenchError, Timing, format_seconds, timed
from peers import ApkgExport, Genanki, run_peer

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
RESULTS_START = "<!-- results: rewritten by bench/run -->"
RESULTS_END = "<!-- end of results -->"

RUNS = {10: 11, 1000: 7, 10_000: 5, 100_000: 3}  # runs per size; the median is kept
MODES = {"apkg": "package", "pdf": "PDF", "both": "package and PDF"}
FOLDER_DECKS, FOLDER_NOTES = 100, 1000


@dataclass
class Target:
    seconds: float
    peak_mb: float | None = None

    def __str__(self):
        memory = f", ≤ {self.peak_mb:.0f} MB" if self.peak_mb else ""
        return f"≤ {format_seconds(self.seconds)}{memory}"

    def met(self, timing):
        return timing.seconds <= self.seconds and (not self.peak_mb or timing.peak_mb <= self.peak_mb)


TARGETS = {(10, "both"): Target(0.030), (1000, "apkg"): Target(0.050),
           (10_000, "apkg"): Target(0.25), (100_000, "apkg"): Target(2.0, 250),
           (10_000, "pdf"): Target(1.0)}
IMPORT_NOTES = 100_000
INSPECT_TARGET, IMPORT_TARGET = Target(1.5), Target(3.0, 400)


@dataclass
class Row:
    work: str
    ours: str
    peak: str
    target: str = "—"
    met: bool | None = None
    peer: str = "—"
    ratio: str = "—"

    def cells(self):
        met = {True: "yes", False: "**no**", None: "—"}[self.met]
        return [self.work, self.ours, self.peak, self.target, met, self.peer, self.ratio]


def timing_row(work, timing, target=None):
    return Row(work, format_seconds(timing.seconds), f"{timing.peak_mb:.0f}",
               str(target) if target else "—", target.met(timing) if target else None)


def ratio(peer, ours):
    times = peer.seconds / ours.seconds
    return f"{times:.1f}×" if times < 10 else f"{times:.0f}×"


def add_peer(row, name, result, ours):
    cell = f"{name}: {result}"
    row.peer = cell if row.peer == "—" else f"{row.peer}; {cell}"
    share = ratio(result, ours) if isinstance(result, Timing) else "—"
    row.ratio = share if row.ratio == "—" else f"{row.ratio}; {share}"


class Bench:
    def __init__(self, binary, work):
        self.binary = binary
        self.work = work

    def deck(self, notes, seed=1, folder=None):
        folder = folder or self.work / f"deck-{notes}"
        path = folder / f"deck-{seed}.toml"
        if not path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(make_decks.deck(notes, seed, f"Benchmark {seed}"), encoding="utf-8")
        return path

    def build(self, source, out, options, runs):
        command = [self.binary, "build", source, "-o", out, "--quiet", *options]
        return timed(command, runs)

    def size_rows(self, notes, peers, modes=MODES):
        deck = self.deck(notes)
        rows, cards = [], 0
        for mode in modes:
            out = self.work / f"out-{notes}-{mode}"
            options = ["--force"] + ([] if mode == "both" else ["--only", mode])
            timing = self.build(deck, out, options, RUNS[notes])
            found = self.check_outputs(out / deck.stem, notes, mode)
            cards = found or cards  # the package counts them; a sheet alone does not
            work = f"{notes:,} notes ({cards:,} cards), {MODES[mode]}"
            rows.append(timing_row(work, timing, TARGETS.get((notes, mode))))
            if mode == "apkg":
                for peer in peers:
                    result = run_peer(peer, deck, self.work / f"peer-{notes}.apkg",
                                      3 if notes <= 1000 else 1)
                    add_peer(rows[-1], peer.name, result, timing)
        return rows

    def check_outputs(self, base, notes, mode):
        cards = 0
        if mode != "pdf":
            found, cards = check_package(base.with_suffix(".apkg"))
            if found != notes:
                raise BenchError(f"{base}.apkg holds {found} notes, not {notes}")
        if mode != "apkg":
            check_sheet(base.with_suffix(".pdf"))
        return cards

    def package_size_row(self, notes):
        apkg = self.work / f"out-{notes}-apkg" / "deck-1.apkg"
        collection = collection_size(apkg)
        row = Row(f"{notes:,} notes, package size", f"{apkg.stat().st_size / 1e6:.1f} MB", "—",
                  "≤ 30 % of genanki's")
        genanki = self.work / f"peer-{notes}.apkg"
        reference, name = ((genanki.stat().st_size, "genanki") if genanki.exists()
                           else (collection, "the same collection uncompressed, as genanki stores it"))
        share = apkg.stat().st_size / reference
        row.met, row.peer, row.ratio = share <= 0.30, f"{name}: {reference / 1e6:.1f} MB", f"{share:.0%}"
        return row

    def folder_rows(self):
        folder = self.work / "folder"
        for seed in range(FOLDER_DECKS):
            self.deck(FOLDER_NOTES, 1000 + seed, folder)
        work = f"{FOLDER_DECKS} decks × {FOLDER_NOTES:,} notes, package and PDF"
        out = self.work / "out-folder"
        # Serial means one core: with -j 1 alone, each deck still uses both.
        serial = timed(["taskset", "-c", "0", self.binary, "build", folder, "-o", out, "--quiet",
                        "--force", "-j", "1"], 3)
        parallel = self.build(folder, out, ["--force", "-j", "2"], 3)
        share = parallel.seconds / serial.seconds
        target = f"≤ 60 % of serial ({share:.0%})"
        unchanged = self.build(folder, out, [], RUNS[10])
        return [timing_row(work + ", serial (-j 1, one core)", serial),
                Row(work + ", parallel (-j 2)", format_seconds(parallel.seconds),
                    f"{parallel.peak_mb:.0f}", target, share <= 0.60),
                timing_row(f"rebuild of {FOLDER_DECKS} unchanged decks", unchanged, Target(0.050))]


    def import_rows(self):
        """inspect in both formats, import, and a build of what import wrote, at 100,000 notes."""
        legacy = self.work / f"out-{IMPORT_NOTES}-apkg" / "deck-1.apkg"
        current = self.work / "current.apkg"
        current_format.rewrite(legacy, current)
        rows = []
        for package, name in ((legacy, "legacy (collection.anki2)"), (current, "current (collection.anki21b)")):
            timing = timed([self.binary, "inspect", package], RUNS[IMPORT_NOTES])
            rows.append(timing_row(f"{IMPORT_NOTES:,} notes, inspect, {name}", timing, INSPECT_TARGET))
        # Each run imports into a fresh folder: removing the last one costs a few ms.
        repository = self.work / "imported"
        fresh = ["sh", "-c", 'rm -rf "$0" && exec "$1" import "$2" -o "$0"', repository, self.binary, current]
        timing = timed(fresh, RUNS[IMPORT_NOTES])
        rows.append(timing_row(f"{IMPORT_NOTES:,} notes, import (current format)", timing, IMPORT_TARGET))
        out = self.work / "out-imported"
        timing = self.build(repository / "decks", out, ["--force", "--only", "apkg"], RUNS[IMPORT_NOTES])
        rebuilt = next(out.glob("*.apkg"))  # named after the deck, as import names its file
        found, _ = check_package(rebuilt)
        if found != IMPORT_NOTES:
            raise BenchError(f"{rebuilt} holds {found} notes, not {IMPORT_NOTES}")
        changes = subprocess.run([self.binary, "diff", legacy, rebuilt], capture_output=True, text=True).stdout
        if changes != "no changes\n":
            raise BenchError(f"the imported deck does not build back to the package:\n{changes[:2000]}")
        rows.append(timing_row(f"{IMPORT_NOTES:,} notes, build of the imported deck, package",
                               timing, TARGETS[(IMPORT_NOTES, "apkg")]))
        return rows


def collection_size(apkg):
    import zipfile
    with zipfile.ZipFile(apkg) as archive:
        return archive.getinfo("collection.anki2").file_size


def table(rows):
    header = ["work", "deckpress (median)", "peak MB", "target", "met?", "peer", "ratio"]
    lines = [header, ["---"] * len(header)] + [row.cells() for row in rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines) + "\n"


def machine(binary):
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                  if line.startswith("model name")), "unknown CPU")
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    return f"{version}, {os.cpu_count()} cores ({model}), {time.strftime('%Y-%m-%d')}"


def keep_results(text):
    doc = DOC.read_text(encoding="utf-8")
    before, found, rest = doc.partition(RESULTS_START)
    _, ended, after = rest.partition(RESULTS_END)
    if not (found and ended):
        raise BenchError(f"{DOC} has no results section between {RESULTS_START} and {RESULTS_END}")
    DOC.write_text(before + RESULTS_START + "\n" + text + RESULTS_END + after, encoding="utf-8")


def full(bench):
    peers = [Genanki(), ApkgExport(bench.work)]
    for peer in peers:
        if peer.skipped:
            print(f"bench: {peer.name}: {peer.skipped}", file=sys.stderr)
    rows = []
    for notes in RUNS:
        # anki-apkg-export's time grows with the square of the notes: 1,000 only.
        compared = [p for p in peers if notes >= 1000 and (p.name != "anki-apkg-export" or notes == 1000)]
        # At 100,000 notes the target is the package; a sheet of 110,000 cards is not a use.
        modes = ["apkg"] if notes == 100_000 else MODES
        rows += bench.size_rows(notes, compared, modes)
    rows.append(bench.package_size_row(100_000))
    rows += bench.import_rows()
    rows.append(sheets.package_print_row(bench, Row, RUNS[10_000]))
    rows.append(sheets.photo_sheet_row(bench, Row, RUNS[1000]))
    rows += content.content_rows(bench, Row, RUNS[1000])
    rows += bench.folder_rows()
    return rows


def main():
    parser = argparse.ArgumentParser(description="Benchmarks deckpress; see docs/performance.md.")
    parser.add_argument("--quick", action="store_true",
                        help="the 10-note deck only, checking its outputs (CI's smoke test)")
    parser.add_argument("--sheets", action="store_true",
                        help="the printing rows only: a package printed, a sheet of photographs")
    parser.add_argument("--import", dest="imports", action="store_true",
                        help="the package reading rows only: inspect in both formats, import, "
                             "and a build of what import wrote")
    parser.add_argument("--content", action="store_true",
                        help="the content rows only: formulas (cold and warm cache) and shaped scripts")
    args = parser.parse_args()
    binary = Path(os.environ["DECKPRESS"]).resolve()
    with tempfile.TemporaryDirectory(prefix="deckpress-bench-") as work:
        bench = Bench(binary, Path(work))
        try:
            if args.sheets:
                rows = [sheets.package_print_row(bench, Row, RUNS[10_000]),
                        sheets.photo_sheet_row(bench, Row, RUNS[1000])]
            elif args.imports:
                rows = bench.size_rows(IMPORT_NOTES, [], ["apkg"]) + bench.import_rows()
            elif args.content:
                rows = content.content_rows(bench, Row, RUNS[1000])
            else:
                rows = bench.size_rows(10, []) if args.quick else full(bench)
        except BenchError as error:
            print(f"bench: {error}", file=sys.stderr)
            return 1
        results = f"Measured on {machine(binary)}.\n\n{table(rows)}"
    print(results, end="")
    if not (args.quick or args.sheets or args.imports or args.content):
        keep_results(results)
        print(f"bench: results kept in {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
