#include "anki/collection_json.h"
#include "anki/ids.h"
#include "cards/cards.h"

namespace deckpress::anki {
namespace {

using nlohmann::ordered_json;

constexpr int standard_kind = 0;
constexpr int cloze_kind = 1;

// Anki's stock LaTeX header and footer.
constexpr const char* latex_pre =
    "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
    "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
    "\\setlength{\\parindent}{0in}\n\\begin{document}\n";
constexpr const char* latex_post = "\\end{document}";

ordered_json field_json(int64_t model_id, const NoteType& type, size_t ord) {
  return {{"name", type.fields[ord]},
          {"ord", ord},
          {"sticky", false},
          {"rtl", false},
          {"font", "Arial"},
          {"size", 20},
          {"media", ordered_json::array()},
          {"id", field_id(model_id, type.field_keys.at(ord))}};
}

ordered_json template_json(int64_t model_id, const Template& card, size_t ord) {
  return {{"name", card.name},  {"ord", ord},
          {"qfmt", card.front}, {"afmt", card.back},
          {"bqfmt", ""},        {"bafmt", ""},
          {"did", nullptr},     {"bfont", ""},
          {"bsize", 0},         {"id", template_id(model_id, card.key.empty() ? card.name : card.key)}};
}

// The legacy card-generation cache: [ord, "any"|"all"|"none", [field ords]].
ordered_json requirements_json(const NoteType& type) {
  ordered_json requirements = ordered_json::array();
  for (const cards::Requirement& req : cards::template_requirements(type)) {
    requirements.push_back({req.ord, req.kind, req.fields});
  }
  return requirements;
}

}  // namespace

ordered_json note_type_json(const NoteType& type, int64_t mod, int64_t deck) {
  const int64_t id = note_type_id(type.name);
  ordered_json fields = ordered_json::array();
  for (size_t i = 0; i < type.fields.size(); ++i) fields.push_back(field_json(id, type, i));
  ordered_json templates = ordered_json::array();
  for (size_t i = 0; i < type.templates.size(); ++i) templates.push_back(template_json(id, type.templates[i], i));
  return {{"id", id},
          {"name", type.name},
          {"type", type.is_cloze ? cloze_kind : standard_kind},
          {"mod", mod},
          {"usn", -1},
          {"sortf", type.sort_field},
          {"did", deck},
          {"flds", fields},
          {"tmpls", templates},
          {"css", type.css},
          {"latexPre", latex_pre},
          {"latexPost", latex_post},
          {"latexsvg", false},
          {"req", requirements_json(type)},
          {"tags", ordered_json::array()},
          {"vers", ordered_json::array()}};
}

std::string note_type_stored_text(const NoteType& type) { return note_type_json(type, 0, 0).dump(); }

ordered_json models_json(const PackageInput& input) {
  ordered_json models = ordered_json::object();
  for (const PackageNoteType& entry : input.note_types) {
    models[std::to_string(note_type_id(entry.type->name))] =
        note_type_json(*entry.type, entry.mod, main_deck_id(input));
  }
  return models;
}

}  // namespace deckpress::anki
