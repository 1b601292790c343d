#include "pipeline/deck_job.h"

namespace deckpress::pipeline {

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
