#include "pipeline/compiled.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "pipeline/identity.h"
#include "pipeline/media.h"
#include "anki/latex_images.h"
#include "cards/cards.h"
#include "deck/loader.h"
#include "support/parallel.h"
#include "text/cloze.h"
#include "text/markdown.h"

namespace deckpress::pipeline {

namespace {

constexpr size_t kSliceNotes = 256;

class DeckCompiler {
 public:
  DeckCompiler(CompiledDeck& out, Diagnostics& diagnostics, const std::filesystem::path& repository)
      : out_(out), diagnostics_(diagnostics),
        media_(std::filesystem::path(out.deck.path).parent_path(), repository, out.deck.media_folder) {}

  // The description is compiled after the notes, so that media only it
  // names are known as such; its problems are still reported first.
  void run() {
    Diagnostics note_problems;
    compile_notes(note_problems);
    Field description{out_.deck.description, out_.deck.description_pos, out_.deck.description_format};
    out_.description_html = to_html(description, diagnostics_, MediaUser::description);
    for (const Subdeck& subdeck : out_.deck.subdecks)
      out_.subdeck_descriptions_html.push_back(to_html(
          {subdeck.description, subdeck.description_pos, subdeck.description_format}, diagnostics_,
          MediaUser::description));
    diagnostics_.append(note_problems);
    for (const NoteType* type : note_types_used()) media_.add_template_media(*type);
    out_.media = media_.files();
  }

 private:
  // Notes compile on every core, in slices that collect their own problems;
  // the problems are then reported in note order.
  void compile_notes(Diagnostics& diagnostics) {
    std::vector<Note*> typed;
    for (Note& note : out_.deck.notes)
      if (note.type) typed.push_back(&note);
    out_.notes.resize(typed.size());
    const size_t slices = (typed.size() + kSliceNotes - 1) / kSliceNotes;
    std::vector<Diagnostics> found(slices);
    parallel_for(slices, core_count(), [&](size_t slice) {
      size_t end = std::min(typed.size(), (slice + 1) * kSliceNotes);
      for (size_t i = slice * kSliceNotes; i < end; ++i) out_.notes[i] = compile_note(*typed[i], found[slice]);
    });
    for (const auto& problems : found) diagnostics.append(problems);
  }

  std::string to_html(const Field& field, Diagnostics& diagnostics, MediaUser user = MediaUser::note) {
    text::HtmlOptions options;
    options.allow_html = out_.deck.allow_html;
    options.media_name = [&](const text::MediaRef& ref) {
      if (is_external(ref.target)) return ref.target;
      auto name = media_.resolve(ref.target, position_in(field, ref.offset), diagnostics, user);
      if (name && user == MediaUser::description) out_.description_media.insert(*name);
      return name.value_or(ref.target);
    };
    if (field.format.value_or(out_.deck.format) == TextFormat::html)
      return text::rewrite_html_media(field.text, options).html;
    text::Html html = text::markdown_to_html(field.text, options);
    for (auto& problem : html.problems) diagnostics.warning(position_in(field, problem.offset), std::move(problem.message));
    return std::move(html.html);
  }

  CompiledNote compile_note(Note& note, Diagnostics& diagnostics) {
    CompiledNote compiled;
    compiled.note = &note;
    compiled.guid = note_guid(out_.deck, note);
    compiled.fields_html.reserve(note.fields.size());
    bool cloze_reported = false;
    for (const Field& field : note.fields) {
      cloze_reported |= check_cloze_syntax(field, !note.guid.empty(), diagnostics);
      compiled.fields_html.push_back(to_html(field, diagnostics));
      if (!out_.deck.media_folder.empty())
        media_.add_latex_images(anki::latex_image_names(compiled.fields_html.back(), note.type->settings.latex_svg));
    }
    cards::CardContext context{note.type, &compiled.fields_html, note.tags, out_.deck.deck_of(note)};
    compiled.card_ords = cards::card_ords(context);
    if (compiled.card_ords.empty() && !cloze_reported && required_fields_filled(note))
      report_no_cards(note, diagnostics);
    std::vector<Field>().swap(note.fields);
    return compiled;
  }

  // The package's note types: its notes' and those [deck] carries.
  std::set<const NoteType*> note_types_used() const {
    std::set<const NoteType*> types;
    for (const Note& note : out_.deck.notes)
      if (note.type) types.insert(note.type);
    for (const CarriedNoteType& carried : out_.deck.note_types) types.insert(carried.type);
    return types;
  }

  // An empty required field was reported by the loader; say nothing twice.
  static bool required_fields_filled(const Note& note) {
    for (size_t i = 0; i < note.fields.size(); ++i)
      if (note.type->field_required[i] &&
          note.fields[i].text.find_first_not_of(" \t\r\n") == std::string::npos)
        return false;
    return true;
  }

  // True when there was a problem to report: a broken deletion explains
  // by itself why a cloze note has no card. A note with an explicit guid is
  // one Anki already holds as written (an imported one): its text is a
  // warning, since refusing it would leave the note out of every build.
  static bool check_cloze_syntax(const Field& field, bool held_by_anki, Diagnostics& diagnostics) {
    auto problems = text::check_cloze_syntax(field.text);
    for (const auto& problem : problems) {
      if (held_by_anki)
        diagnostics.warning(position_in(field, problem.offset), problem.message + "; kept as Anki holds it");
      else
        diagnostics.error(position_in(field, problem.offset), problem.message);
    }
    return !problems.empty();
  }

  static void report_no_cards(const Note& note, Diagnostics& diagnostics) {
    if (note.type->is_cloze) {
      diagnostics.error(note.fields.front().pos, "a cloze note needs a deletion such as {{c1::answer}}");
      return;
    }
    diagnostics.error(note.pos, fmt::format("this note yields no card: every template of '{}' "
                                             "has an empty front for it",
                                             note.type->key));
  }

  CompiledDeck& out_;
  Diagnostics& diagnostics_;
  MediaResolver media_;
};

}  // namespace

CompiledDeck compile_deck(Deck deck, Diagnostics& diagnostics, const std::filesystem::path& repository) {
  CompiledDeck out;
  out.deck = std::move(deck);
  DeckCompiler(out, diagnostics, repository).run();
  return out;
}

}  // namespace deckpress::pipeline
