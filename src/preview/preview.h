#pragma once
// The HTML preview: every card's question and answer as Anki shows them, on
// one self-contained page (CSS, script and media inline) with a search box
// and a night-mode switch. docs/preview.md describes the page.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace deckpress::preview {

struct PreviewCard {
  std::string deck_name;
  std::string note_id;         // the author's key; may be empty
  int ord = 0;                 // Anki's card ord
  std::string note_type_name;  // note types are told apart by name
  std::string card_name;       // the template's name, "Cloze 2" for cloze cards
  std::string question_html;   // rendered with Anki's template rules
  std::string answer_html;     // with {{FrontSide}}
  std::string css;             // the note type's CSS
  std::string source;          // "path:line" of the note, shown in the header
  std::string source_url;      // where that header links, e.g. file_url(path)
};

struct PreviewInput {
  std::string title;
  std::vector<PreviewCard> cards;  // in deck order
  // Media named in the HTML (bare package names) and the files they are.
  std::map<std::string, std::filesystem::path> media;
  // MathJax 2's MathJax.js as a URL, or empty to leave math as TeX source.
  std::string mathjax_url;
};

// The page, byte-identical for identical input. Media files are embedded as
// data: URIs; a reference to a file that cannot be read is left as written.
std::string render_preview(const PreviewInput& input);

// A file:// URL for `path`, made absolute and percent-encoded.
std::string file_url(const std::filesystem::path& path);

// Debian's libjs-mathjax as a file:// URL when it is installed, else empty.
std::string installed_mathjax();

}  // namespace deckpress::preview
