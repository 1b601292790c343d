#include "pipeline/deck_job.h"

#include <algorithm>

namespace deckpress::pipeline {

bool DeckJob::written() const {
  return to_build() && std::all_of(outputs.begin(), outputs.end(), [](const OutputFile& output) { return output.written; });
}

std::string DeckJob::name() const {
  if (compiled) return compiled->deck.name;
  return previous ? previous->name : "";
}

size_t DeckJob::notes() const {
  if (compiled) return compiled->notes.size();
  return previous ? previous->notes : 0;
}

size_t DeckJob::cards() const {
  if (!compiled) return previous ? previous->cards : 0;
  size_t count = 0;
  for (const auto& note : compiled->notes) count += note.card_ords.size();
  return count;
}

}  // namespace deckpress::pipeline
