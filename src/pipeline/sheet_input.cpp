#include "pipeline/sheet_input.h"

#include <iterator>
#include <numeric>
#include <stdexcept>

#include "cards/cards.h"
#include "pipeline/cloze_cards.h"
#include "pipeline/identity.h"
#include "pipeline/repository.h"
#include "print/options.h"
#include "support/parallel.h"

namespace deckpress::pipeline {
namespace {

const SourcePos kCommandLine{print::kCommandLine};

bool one_card_per_note(const SheetNote& note, print::ClozeCards cloze) {
  return cloze == print::ClozeCards::note && note.type->is_cloze && !note.card_ords.empty();
}

size_t printed_cards(const SheetNote& note, print::ClozeCards cloze) {
  return one_card_per_note(note, cloze) ? 1 : note.card_ords.size();
}

// The note's printed cards, numbered from `number` on.
void add_cards(const SheetNote& note, int number, print::ClozeCards cloze, std::vector<print::PrintedCard>& cards) {
  if (one_card_per_note(note, cloze)) {
    std::vector<std::string> fields = numbered_deletions(*note.fields_html);
    cards::CardContext context{note.type, &fields, *note.key.tags, note.deck_name};
    auto sides = cards::render_card(context, 0, cards::FrontSide::omitted);
    cards.push_back({note.deck_name, std::move(sides.question_html),
                     sides.answer_html + answer_key(*note.fields_html), note.pos, number, note.type->css});
    return;
  }
  cards::CardContext context{note.type, note.fields_html, *note.key.tags, note.deck_name};
  for (int ord : note.card_ords) {
    auto sides = cards::render_card(context, ord, cards::FrontSide::omitted);
    cards.push_back({note.deck_name, sized_blanks(sides.question_html), std::move(sides.answer_html), note.pos,
                     number++, note.type->css});
  }
}

std::string holdings(const std::string& title, size_t printed, size_t total, const Selection& selection) {
  std::string text = title + ": ";
  text += printed == total ? std::to_string(total) : std::to_string(printed) + " of " + std::to_string(total);
  text += total == 1 ? " card" : " cards";
  std::string how = selection.describe();
  return how.empty() ? text : text + " (" + how + ")";
}

// The sheet, unless something before it was an error; then only the
// settings are checked, so that every problem is reported at once.
std::optional<std::string> rendered(const print::SheetInput& input, size_t errors_before,
                                    const print::SheetOptions& options, Diagnostics& diagnostics,
                                    print::MathTypesetter* math) {
  if (diagnostics.error_count() > errors_before) {
    print::read_sheet_config(input.settings, options, diagnostics);
    return std::nullopt;
  }
  return print::render_sheet(input, options, diagnostics, math);
}

}  // namespace

print::SheetInput sheet_input(const SheetSource& source, const Selection& selection, const anki::Lock* earlier,
                              const print::SheetOptions& options, Diagnostics& diagnostics) {
  print::SheetInput input;
  input.title = source.title;
  input.settings = source.settings;
  input.images = source.media;
  print::ClozeCards cloze = print::cloze_cards(source.settings, options);
  size_t errors = diagnostics.error_count();
  std::vector<size_t> chosen(source.notes.size());
  std::iota(chosen.begin(), chosen.end(), 0);
  if (selection.chooses()) {
    std::vector<SelectableNote> keys;
    for (const SheetNote& note : source.notes) keys.push_back(note.key);
    chosen = select_notes(keys, selection, earlier, kCommandLine, diagnostics);
  }
  // A card keeps its number in the whole deck, whichever cards are printed.
  std::vector<int> first_number(source.notes.size());
  std::map<std::string, int> counts;
  for (size_t i = 0; i < source.notes.size(); ++i) {
    int& count = counts[source.notes[i].deck_name];
    first_number[i] = count + 1;
    count += static_cast<int>(printed_cards(source.notes[i], cloze));
  }
  // Each note's cards are rendered on every core: a tenth of printing a
  // package, before its first card can be laid out.
  std::vector<std::vector<print::PrintedCard>> of_note(chosen.size());
  parallel_for(chosen.size(), core_count(), [&](size_t k) {
    add_cards(source.notes[chosen[k]], first_number[chosen[k]], cloze, of_note[k]);
  });
  std::vector<print::PrintedCard> cards;
  for (auto& note_cards : of_note) std::move(note_cards.begin(), note_cards.end(), std::back_inserter(cards));
  for (size_t i : print_order(cards.size(), selection.shuffle)) input.cards.push_back(std::move(cards[i]));
  size_t total = 0;
  for (const auto& [deck, count] : counts) total += static_cast<size_t>(count);
  input.holdings = holdings(source.title, input.cards.size(), total, selection);
  if (input.cards.empty() && total > 0 && diagnostics.error_count() == errors) {
    diagnostics.warning(kCommandLine, "no card of " + source.title + " is chosen (" + selection.describe() +
                                          "); the sheet says so and holds no card");
  }
  return input;
}

std::optional<std::string> source_sheet(const SheetSource& source, const Selection& selection,
                                        const print::SheetOptions& options, Diagnostics& diagnostics,
                                        print::MathTypesetter* math) {
  size_t errors = diagnostics.error_count();
  if (!selection.changed_since.empty()) {
    diagnostics.error(kCommandLine, "--changed-since compares with the lock of a deck folder; a package has none");
    return std::nullopt;
  }
  print::SheetInput input = sheet_input(source, selection, nullptr, options, diagnostics);
  if (source.fetch_media) input.images = source.fetch_media(print::shown_images(input.cards));
  return rendered(input, errors, options, diagnostics, math);
}

std::optional<std::string> deck_sheet(const std::vector<const CompiledDeck*>& decks, const Selection& selection,
                                      const print::SheetOptions& options, Diagnostics& diagnostics,
                                      print::MathTypesetter* math) {
  size_t errors = diagnostics.error_count();
  SheetSource source;
  bool hashes = !selection.changed_since.empty();
  for (const CompiledDeck* compiled : decks) {
    if (source.title.empty()) source.title = compiled->deck.name;
    if (source.settings.empty()) source.settings = compiled->deck.print;
    for (const CompiledNote& note : compiled->notes) {
      const Note& written = *note.note;
      source.notes.push_back(SheetNote{{written.id, note.guid, &written.tags, hashes ? note_content_hash(note) : ""},
                                       written.type, &note.fields_html, compiled->deck.deck_of(written), note.card_ords,
                                       written.pos});
    }
    source.media.insert(compiled->media.begin(), compiled->media.end());
  }
  std::optional<anki::Lock> earlier;
  if (hashes && !decks.empty()) {
    try {
      std::filesystem::path folder = std::filesystem::path(decks.front()->deck.path).parent_path();
      earlier = lock_at(selection.changed_since, find_repository(folder.empty() ? "." : folder));
    } catch (const std::runtime_error& error) {
      diagnostics.error(kCommandLine, error.what());  // the sheet is not made; its settings are still checked
    }
  }
  return rendered(sheet_input(source, selection, earlier ? &*earlier : nullptr, options, diagnostics), errors, options,
                  diagnostics, math);
}

}  // namespace deckpress::pipeline
