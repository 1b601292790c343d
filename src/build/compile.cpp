#include "build/compiled.h"

#include <fmt/format.h>

#include "build/media.h"
#include "cards/cards.h"
#include "deck/loader.h"
#include "text/cloze.h"
#include "text/markdown.h"

namespace deckpress::build {

namespace {

class DeckCompiler {
 public:
  DeckCompiler(CompiledDeck& out, Diagnostics& diagnostics)
      : out_(out), diagnostics_(diagnostics),
        media_(std::filesystem::path(out.deck.path).parent_path()) {}

  void run() {
    Field description{out_.deck.description, out_.deck.pos};
    out_.description_html = to_html(description);
    for (const Note& note : out_.deck.notes)
      if (note.type) out_.notes.push_back(compile_note(note));
    out_.media = media_.files();
  }

 private:
  std::string to_html(const Field& field) {
    text::HtmlOptions options;
    options.allow_html = out_.deck.allow_html;
    options.media_name = [&](const text::MediaRef& ref) {
      if (is_external(ref.target)) return ref.target;
      return media_.resolve(ref.target, position_in(field, ref.offset), diagnostics_)
          .value_or(ref.target);
    };
    if (out_.deck.format == TextFormat::html) return text::rewrite_html_media(field.text, options).html;
    return text::markdown_to_html(field.text, options).html;
  }

  CompiledNote compile_note(const Note& note) {
    CompiledNote compiled;
    compiled.note = &note;
    for (const Field& field : note.fields) {
      check_cloze_syntax(field);
      compiled.fields_html.push_back(to_html(field));
    }
    cards::CardContext context{note.type, &compiled.fields_html, note.tags, out_.deck.name};
    compiled.card_ords = cards::card_ords(context);
    if (compiled.card_ords.empty() && required_fields_filled(note)) report_no_cards(note);
    return compiled;
  }

  // An empty required field was reported by the loader; say nothing twice.
  static bool required_fields_filled(const Note& note) {
    for (size_t i = 0; i < note.fields.size(); ++i)
      if (note.type->field_required[i] &&
          note.fields[i].text.find_first_not_of(" \t\r\n") == std::string::npos)
        return false;
    return true;
  }

  void check_cloze_syntax(const Field& field) {
    for (const auto& problem : text::check_cloze_syntax(field.text))
      diagnostics_.error(position_in(field, problem.offset), problem.message);
  }

  void report_no_cards(const Note& note) {
    if (note.type->is_cloze) {
      diagnostics_.error(note.fields.front().pos,
                         "a cloze note needs a deletion such as {{c1::answer}}");
      return;
    }
    diagnostics_.error(note.pos, fmt::format("this note yields no card: every template of '{}' "
                                             "has an empty front for it",
                                             note.type->key));
  }

  CompiledDeck& out_;
  Diagnostics& diagnostics_;
  MediaResolver media_;
};

}  // namespace

CompiledDeck compile_deck(Deck deck, Diagnostics& diagnostics) {
  CompiledDeck out;
  out.deck = std::move(deck);
  DeckCompiler(out, diagnostics).run();
  return out;
}

}  // namespace deckpress::build
