"""The tools people use instead of deckpress, run on the same notes.

Each peer is skipped with a sentence saying why when it cannot run here.
"""
import json
import subprocess
import sys
import tomllib
from pathlib import Path

from measure import BenchError, timed

HERE = Path(__file__).resolve().parent


class Peer:
    def __init__(self, name, skipped=None):
        self.name = name
        self.skipped = skipped  # why it cannot run, or None


class Genanki(Peer):
    """TOML + Markdown + genanki, the usual Python script."""

    def __init__(self):
        probe = subprocess.run([sys.executable, "-c", "import genanki, markdown"],
                               capture_output=True)
        why = None if probe.returncode == 0 else (
            "skipped: genanki is not importable (not in Debian; put it on PYTHONPATH)")
        super().__init__("TOML + Markdown + genanki", why)

    def run(self, deck, out, runs):
        return timed([sys.executable, HERE / "peer_genanki.py", deck, out], runs)


class ApkgExport(Peer):
    """anki-apkg-export from npm, installed into the work folder at bench time."""

    def __init__(self, work):
        self.install = work / "npm"
        super().__init__("anki-apkg-export", self._set_up())

    def _set_up(self):
        try:
            import markdown  # noqa: F401  (the notes are converted before the peer runs)
        except ImportError:
            return "skipped: python3-markdown is not installed"
        # sql.js 1.x beside it: see peer_apkg_export.js.
        command = ["npm", "install", "--prefix", self.install, "--no-audit", "--no-fund",
                   "--silent", "anki-apkg-export", "sql.js@1"]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as error:
            return f"skipped: `npm install anki-apkg-export` failed ({error})"
        return None

    def run(self, deck, out, runs):
        notes = out.with_suffix(".json")
        notes.write_text(json.dumps(html_notes(deck)), encoding="utf-8")
        env = {"NODE_PATH": str(self.install / "node_modules"), "PATH": "/usr/bin:/bin"}
        return timed(["node", HERE / "peer_apkg_export.js", notes, out], runs, env)


# Front and back as HTML for generators that take HTML; a cloze note's text
# goes on the front.
def html_notes(deck):
    import markdown
    with open(deck, "rb") as file:
        parsed = tomllib.load(file)
    notes = [{"front": markdown.markdown(note.get("front", note.get("text", ""))),
              "back": markdown.markdown(note.get("back", note.get("extra", ""))),
              "tags": note["tags"]} for note in parsed["note"]]
    return {"name": parsed["deck"]["name"], "notes": notes}


def run_peer(peer, deck, out, runs):
    """The peer's Timing, or the reason it did not run."""
    if peer.skipped:
        return peer.skipped
    try:
        return peer.run(deck, out, runs)
    except BenchError as error:
        print(f"bench: {peer.name} {error}", file=sys.stderr)
        return "failed (its error is printed above)"
