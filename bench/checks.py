"""Checks that a build's outputs are what a user can open: the package's
collection opens with SQLite, the sheet passes pdfinfo."""
import sqlite3
import subprocess
import tempfile
import zipfile
from pathlib import Path

from measure import BenchError


def check_package(apkg):
    """(notes, cards) of the package; raises BenchError when it does not open."""
    try:
        with zipfile.ZipFile(apkg) as archive, tempfile.TemporaryDirectory() as folder:
            collection = Path(archive.extract("collection.anki2", folder))
            header = collection.read_bytes()[:20]
            if header[18:20] != b"\x01\x01":
                raise BenchError(f"{apkg}: the collection is not in rollback-journal mode")
            with sqlite3.connect(collection) as db:
                notes, = db.execute("SELECT count(*) FROM notes").fetchone()
                cards, = db.execute("SELECT count(*) FROM cards").fetchone()
            db.close()
            return notes, cards
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.Error) as error:
        raise BenchError(f"{apkg} is not a valid package: {error}") from error


def check_sheet(pdf):
    result = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
    if result.returncode != 0 or "Pages:" not in result.stdout:
        raise BenchError(f"{pdf} is not a valid PDF: {result.stderr.strip()}")
