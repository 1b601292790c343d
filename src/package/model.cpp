#include "package/model.h"

namespace deckpress::package {

std::vector<std::string> NoteType::field_names() const {
  std::vector<std::string> names;
  for (const Field& field : fields) names.push_back(field.name);
  return names;
}

std::vector<std::string> NoteType::template_names() const {
  std::vector<std::string> names;
  for (const Template& card : templates) names.push_back(card.name);
  return names;
}

const NoteType* Package::note_type(int64_t id) const {
  for (const NoteType& type : note_types)
    if (type.id == id) return &type;
  return nullptr;
}

}  // namespace deckpress::package
