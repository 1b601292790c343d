"""What people write instead of deckpress: read the deck with tomllib, convert
the Markdown with python3-markdown, write the package with genanki.

    peer_genanki.py DECK.toml OUT.apkg
"""
import hashlib
import sys
import tomllib

import genanki
import markdown

CSS = ".card { font-family: sans-serif; font-size: 20px; }"


def stable_id(text):
    return int.from_bytes(hashlib.sha1(text.encode()).digest()[:4], "big") + (1 << 30)


BASIC = genanki.Model(
    stable_id("basic"), "Basic", css=CSS,
    fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])


def html(text):
    return markdown.markdown(text)


def anki_note(note):
    tags = note.get("tags", [])
    if note.get("type") == "cloze":
        return genanki.Note(model=genanki.CLOZE_MODEL, tags=tags, guid=genanki.guid_for(note["id"]),
                            fields=[html(note["text"]), html(note.get("extra", ""))])
    return genanki.Note(model=BASIC, tags=tags, guid=genanki.guid_for(note["id"]),
                        fields=[html(note["front"]), html(note["back"])])


def main():
    source, out = sys.argv[1:3]
    with open(source, "rb") as file:
        parsed = tomllib.load(file)
    deck = genanki.Deck(stable_id(parsed["deck"]["name"]), parsed["deck"]["name"])
    for note in parsed["note"]:
        deck.add_note(anki_note(note))
    genanki.Package(deck).write_to_file(out)


if __name__ == "__main__":
    main()
