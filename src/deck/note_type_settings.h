#pragma once
// The keys of notetype.toml that carry Anki's identities and settings of a
// note type: explicit ids (which `deckpress import` writes to keep Anki's),
// `verbatim`, LaTeX, the editor's field settings and the browser's template
// settings. All optional; without them a note type gets derived ids and
// Anki's defaults.
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "deck/model.h"
#include "deck/toml_util.h"

namespace deckpress {

extern const std::vector<std::string> note_type_setting_keys;  // top level
extern const std::vector<std::string> field_setting_keys;      // [[field]]
extern const std::vector<std::string> template_setting_keys;   // [[template]]

void read_note_type_settings(const toml::table& table, NoteType& type, const TomlOrigin& origin,
                             Diagnostics& diagnostics);
// Appends the field's id and settings to `type`, one per [[field]].
void read_field_settings(const toml::table& field, NoteType& type, const TomlOrigin& origin,
                         Diagnostics& diagnostics);
void read_template_settings(const toml::table& entry, Template& card, const TomlOrigin& origin,
                            Diagnostics& diagnostics);

}  // namespace deckpress
