"""Rewrites a legacy package (collection.anki2, schema 11) in the format
Anki 2.1.50 and later export: `meta`, a zstd collection.anki21b at schema 18
whose note types, fields, templates and decks are rows of protobuf blobs, a
stub collection.anki2, and a zstd protobuf media map. deckpress writes only
the legacy format; the benchmark times `inspect` and `import` on both.
"""
import json
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from pathlib import Path


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def number(field, value):
    return varint(field << 3) + varint(value & 0xFFFFFFFFFFFFFFFF)


def text(field, value):
    data = value.encode() if isinstance(value, str) else value
    return varint(field << 3 | 2) + varint(len(data)) + data


def zstd(data):
    """One frame without a declared size, as Anki writes."""
    return subprocess.run(["zstd", "-q", "-3", "--no-content-size", "-c"], input=data,
                          capture_output=True, check=True).stdout


SCHEMA18 = """
CREATE TABLE notetypes (id integer PRIMARY KEY, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
  config blob NOT NULL, PRIMARY KEY (ntid, ord)) WITHOUT ROWID;
CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL,
  PRIMARY KEY (ntid, ord)) WITHOUT ROWID;
CREATE TABLE decks (id integer PRIMARY KEY, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
"""


def unicase(a, b):
    a, b = a.casefold(), b.casefold()
    return (a > b) - (a < b)


def move_to_tables(db):
    models_json, decks_json = db.execute("SELECT models, decks FROM col").fetchone()
    db.executescript(SCHEMA18)
    for model in json.loads(models_json).values():
        config = (number(1, model["type"]) + number(2, model["sortf"]) + text(3, model["css"]) +
                  text(5, model["latexPre"]) + text(6, model["latexPost"]))
        db.execute("INSERT INTO notetypes VALUES (?,?,?,0,?)", (int(model["id"]), model["name"], model["mod"], config))
        for field in model["flds"]:
            config = text(3, field["font"]) + number(4, field["size"]) + number(9, field["id"])
            db.execute("INSERT INTO fields VALUES (?,?,?,?)", (int(model["id"]), field["ord"], field["name"], config))
        for card in model["tmpls"]:
            config = text(1, card["qfmt"]) + text(2, card["afmt"]) + number(8, card["id"])
            db.execute("INSERT INTO templates VALUES (?,?,?,0,0,?)", (int(model["id"]), card["ord"], card["name"], config))
    for deck in json.loads(decks_json).values():
        kind = text(1, number(1, 1) + text(4, deck.get("desc", "")))
        db.execute("INSERT INTO decks VALUES (?,?,0,0,x'',?)", (deck["id"], deck["name"].replace("::", "\x1f"), kind))
    db.execute("UPDATE col SET ver = 18, models = '', decks = '', dconf = '', conf = '', tags = ''")


def rewrite(legacy, current):
    with tempfile.TemporaryDirectory() as folder, zipfile.ZipFile(legacy) as source:
        collection = Path(source.extract("collection.anki2", folder))
        stub = Path(folder) / "stub.anki2"
        shutil.copy(collection, stub)
        # The stub old clients read: no notes, as Anki's holds only a note asking to update.
        with sqlite3.connect(stub) as db:
            db.execute("DELETE FROM notes")
            db.execute("DELETE FROM cards")
        db.execute("VACUUM")
        db.close()
        with sqlite3.connect(collection) as db:
            db.create_collation("unicase", unicase)
            move_to_tables(db)
        db.close()
        media = json.loads(source.read("media"))
        with zipfile.ZipFile(current, "w", zipfile.ZIP_STORED) as out:
            out.writestr("meta", b"\x08\x03")
            out.writestr("collection.anki21b", zstd(collection.read_bytes()))
            out.writestr("collection.anki2", stub.read_bytes())
            entries = b""
            for index, (member, name) in enumerate(sorted(media.items(), key=lambda item: int(item[0]))):
                data = source.read(member)
                out.writestr(str(index), zstd(data))
                entries += text(1, text(1, name) + number(2, len(data)) + text(3, b"\0" * 20))
            out.writestr("media", zstd(entries))
