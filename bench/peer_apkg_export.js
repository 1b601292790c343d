// The npm generator anki-apkg-export on the benchmark's notes.
//   node peer_apkg_export.js NOTES.json OUT.apkg   (NODE_PATH names its install)
// NOTES.json holds the notes already converted to HTML, so only the
// generator is timed: the comparison is kind to it.
//
// anki-apkg-export's own sql.js (0.5) has a fixed 16 MB heap and aborts at
// 1,000 notes of this size, so the generator's Exporter is handed sql.js 1.x
// instead: the same Database API, a heap that grows.
'use strict';
const fs = require('fs');
const initSqlJs = require('sql.js');
const { Exporter } = require('anki-apkg-export');
const createTemplate = require('anki-apkg-export/dist/template').default;

const [notesFile, out] = process.argv.slice(2);
const deck = JSON.parse(fs.readFileSync(notesFile, 'utf8'));
initSqlJs()
  .then((sql) => {
    const apkg = new Exporter(deck.name, { template: createTemplate(), sql });
    for (const note of deck.notes) apkg.addCard(note.front, note.back, { tags: note.tags });
    return apkg.save();
  })
  .then((zip) => fs.writeFileSync(out, zip, 'binary'))
  .catch((error) => {
    console.error(error.stack || error);
    process.exit(1);
  });
