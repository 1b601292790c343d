#include "text/code_highlight.h"

#include <srchilite/formatter.h>
#include <srchilite/formattermanager.h>
#include <srchilite/formatterparams.h>
#include <srchilite/langdefmanager.h>
#include <srchilite/langmap.h>
#include <srchilite/regexrulefactory.h>
#include <srchilite/settings.h>
#include <srchilite/sourcehighlighter.h>

#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "text/ascii.h"
#include "text/html.h"

namespace deckpress::text {
namespace {

struct TokenStyle {
  const char* element;  // source-highlight's name for a kind of token
  const char* css;
};

// Mid-tone colours: legible on Anki's white cards and in its night mode.
constexpr TokenStyle palette[] = {
    {"keyword", "color:#a626a4;font-weight:bold"},
    {"type", "color:#0184bc"},
    {"classname", "color:#0184bc"},
    {"usertype", "color:#0184bc"},
    {"function", "color:#4078f2"},
    {"string", "color:#50a14f"},
    {"regexp", "color:#50a14f"},
    {"specialchar", "color:#0184bc"},
    {"number", "color:#c18401"},
    {"preproc", "color:#e45649"},
    {"variable", "color:#e45649"},
    {"comment", "color:#8a8a8a;font-style:italic"},
    {"todo", "color:#e45649;font-weight:bold"},
    {"section", "color:#a626a4;font-weight:bold"},  // [headers] of ini-like files
};

// Fence names source-highlight's lang.map lacks, and the name it knows them by.
constexpr std::pair<std::string_view, std::string_view> language_aliases[] = {
    {"c++", "cpp"},
    {"rust", "rs"},
    {"toml", "ini"},  // same shape: [sections], key = value, # comments
};

std::string canonical_language(std::string_view language) {
  std::string name;
  for (char c : language) name += ascii_lower(c);
  for (auto [alias, known] : language_aliases) {
    if (name == alias) return std::string(known);
  }
  return name;
}

// Appends tokens to `out`, escaped and wrapped in a span when styled.
class SpanFormatter : public srchilite::Formatter {
 public:
  SpanFormatter(std::string& out, std::string_view css) : out_(out), css_(css) {}

  void format(const std::string& token, const srchilite::FormatterParams*) override {
    if (css_.empty()) {
      out_ += escape_html(token);
      return;
    }
    out_ += "<span style=\"";
    out_ += css_;
    out_ += "\">";
    out_ += escape_html(token);
    out_ += "</span>";
  }

 private:
  std::string& out_;
  std::string_view css_;
};

// source-highlight keeps unguarded global state (its definition parser, a
// counter bumped whenever a state is copied), so one lock covers all use.
// Definitions are parsed once per language and kept.
class CodeHighlighter {
 public:
  CodeHighlighter() : formatters_(srchilite::FormatterPtr(new SpanFormatter(out_, ""))) {
    for (const TokenStyle& style : palette) {
      formatters_.addFormatter(style.element,
                               srchilite::FormatterPtr(new SpanFormatter(out_, style.css)));
    }
  }

  // Nothing when the language has no definition.
  std::optional<std::string> highlight(std::string_view code, const std::string& language) {
    std::lock_guard lock(mutex_);
    srchilite::HighlightStatePtr state = definition(language);
    if (!state) return std::nullopt;
    out_.clear();
    highlight_lines(code, state);
    return std::move(out_);
  }

 private:
  // A fresh highlighter per block, so no state leaks from the previous one.
  void highlight_lines(std::string_view code, srchilite::HighlightStatePtr state) {
    srchilite::SourceHighlighter highlighter(state);
    highlighter.setFormatterManager(&formatters_);
    highlighter.setFormatterParams(&params_);
    highlighter.setOptimize(true);  // one span per run of same-kind tokens
    size_t begin = 0;
    while (true) {
      size_t end = code.find('\n', begin);
      highlighter.highlightParagraph(std::string(code.substr(begin, end - begin)));
      if (end == std::string_view::npos) break;
      out_ += '\n';
      begin = end + 1;
    }
  }

  srchilite::HighlightStatePtr definition(const std::string& language) {
    auto [it, inserted] = definitions_.try_emplace(language);
    if (inserted) it->second = load(language);
    return it->second;
  }

  srchilite::HighlightStatePtr load(const std::string& language) {
    std::string file = names_.getMappedFileName(language);
    if (file.empty()) return {};
    try {
      return parser_.getHighlightState(data_dir_, file);
    } catch (const std::exception&) {
      return {};  // lang.map names a definition that is missing or broken
    }
  }

  std::mutex mutex_;
  // The compiled-in folder, not the user's ~/.source-highlight settings, so
  // every machine highlights alike.
  std::string data_dir_ = srchilite::Settings::getDefaultDataDir();
  srchilite::LangMap names_{data_dir_, "lang.map"};
  srchilite::RegexRuleFactory rules_;
  srchilite::LangDefManager parser_{&rules_};
  std::map<std::string, srchilite::HighlightStatePtr> definitions_;  // null: none
  std::string out_;
  srchilite::FormatterManager formatters_;
  srchilite::FormatterParams params_;
};

}  // namespace

std::string highlight_code(std::string_view code, std::string_view language) {
  static CodeHighlighter highlighter;
  if (language.empty()) return escape_html(code);
  std::optional<std::string> html = highlighter.highlight(code, canonical_language(language));
  return html ? std::move(*html) : escape_html(code);
}

}  // namespace deckpress::text
