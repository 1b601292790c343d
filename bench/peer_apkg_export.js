// The npm generator anki-apkg-export on the benchmark's notes.
//   node peer_apkg_export.js NOTES.json OUT.apkg   (NODE_PATH names its install)
// NOTES.json holds the notes already converted to HTML, so only the
// generator is timed: the comparison is kind to it.
'use strict';
const fs = require('fs');
const AnkiExport = require('anki-apkg-export').default;

const [notesFile, out] = process.argv.slice(2);
const deck = JSON.parse(fs.readFileSync(notesFile, 'utf8'));
const apkg = new AnkiExport(deck.name);
for (const note of deck.notes) apkg.addCard(note.front, note.back, { tags: note.tags });
apkg
  .save()
  .then((zip) => fs.writeFileSync(out, zip, 'binary'))
  .catch((error) => {
    console.error(error.stack || error);
    process.exit(1);
  });
