#include "cards/template_check.h"

#include <algorithm>

#include <fmt/format.h>

#include "cards/cards.h"
#include "cards/filters.h"
#include "cards/template.h"
#include "deck/toml_util.h"

namespace deckpress::cards {

namespace {

struct Problem {
  SourcePos pos;
  std::string message;
};

// One side of one template, read tag by tag.
class SideChecker {
 public:
  SideChecker(const NoteType& type, std::string_view source, const std::string& path,
              std::vector<Problem>& problems)
      : type_(type), source_(source), path_(path), problems_(problems) {}

  // True when the side has a {{cloze:...}} replacement.
  bool run() {
    tags_ = template_tags(source_);
    for (const TemplateTag& tag : tags_) {
      if (tag.sigil == '/') close(tag);
      else if (tag.sigil) open(tag);
      else check_replacement(tag);
    }
    for (const TemplateTag* tag : open_) report(*tag, fmt::format("{} is never closed: add {{{{/{}}}}}", written(*tag), tag->text));
    return has_cloze_;
  }

 private:
  void open(const TemplateTag& tag) {
    open_.push_back(&tag);
    bool cloze_number = tag.text.size() > 1 && tag.text[0] == 'c' &&
                        tag.text.find_first_not_of("0123456789", 1) == std::string::npos;
    if (!cloze_number) check_field(tag, tag.text);
  }

  void close(const TemplateTag& tag) {
    auto match = std::find_if(open_.rbegin(), open_.rend(), [&](const TemplateTag* open) { return open->text == tag.text; });
    if (match == open_.rend()) {
      report(tag, fmt::format("{} closes a section that is not open; open it with {{{{#{}}}}} or {{{{^{}}}}}",
                              written(tag), tag.text, tag.text));
      return;
    }
    if (match != open_.rbegin())
      report(tag, fmt::format("{} closes {} before {}: close the section opened last first, with {{{{/{}}}}}",
                              written(tag), written(**match), written(*open_.back()), open_.back()->text));
    open_.erase(std::prev(match.base()), open_.end());
  }

  void check_replacement(const TemplateTag& tag) {
    TemplateNode node = replacement(tag.text);
    if (const std::string* filter = unknown_filter(node.filters))
      report(tag, fmt::format("unknown filter '{}' in {}; Anki's filters are {}", *filter, written(tag), kKnownFilters));
    has_cloze_ |= std::find(node.filters.begin(), node.filters.end(), "cloze") != node.filters.end();
    // Anki lets add-ons give a filter no field: {{filter:}}.
    if (!(node.field.empty() && !node.filters.empty())) check_field(tag, node.field);
  }

  void check_field(const TemplateTag& tag, const std::string& field) {
    if (is_special_field(field) || std::find(type_.fields.begin(), type_.fields.end(), field) != type_.fields.end())
      return;
    std::string hint = suggestion(field, type_.fields);
    if (hint.empty()) hint = fmt::format("; its fields are {}", fmt::join(type_.fields, ", "));
    report(tag, fmt::format("{} names no field of note type '{}'{}", written(tag), type_.name, hint));
  }

  std::string written(const TemplateTag& tag) const { return std::string(source_.substr(tag.begin, tag.end - tag.begin)); }

  void report(const TemplateTag& tag, std::string message) {
    problems_.push_back({advanced({path_, 1, 1}, source_.substr(0, tag.begin)), std::move(message)});
  }

  const NoteType& type_;
  std::string_view source_;
  const std::string& path_;
  std::vector<Problem>& problems_;
  std::vector<TemplateTag> tags_;
  std::vector<const TemplateTag*> open_;  // sections open at the tag being read
  bool has_cloze_ = false;
};

// Anki shows no card of a cloze note type whose template lacks
// {{cloze:...}} on either side.
void check_cloze(bool has_cloze, const std::string& path, std::string_view side, std::vector<Problem>& problems) {
  if (has_cloze) return;
  problems.push_back({SourcePos{path, 1, 1},
                      fmt::format("the {} of a cloze note type's template needs {{{{cloze:Field}}}}: "
                                  "Anki shows no card without it", side)});
}

std::vector<Problem> problems_of(const NoteType& type) {
  std::vector<Problem> problems;
  for (const Template& tmpl : type.templates) {
    bool cloze_front = SideChecker(type, tmpl.front, tmpl.front_path, problems).run();
    bool cloze_back = SideChecker(type, tmpl.back, tmpl.back_path, problems).run();
    if (!type.is_cloze) continue;
    check_cloze(cloze_front, tmpl.front_path, "front", problems);
    check_cloze(cloze_back, tmpl.back_path, "back", problems);
  }
  return problems;
}

}  // namespace

void check_templates(const NoteType& type, Diagnostics& diagnostics) {
  auto problems = problems_of(type);
  if (problems.empty()) return;
  if (!type.verbatim) {
    for (auto& problem : problems) diagnostics.error(std::move(problem.pos), std::move(problem.message));
    return;
  }
  std::string more = problems.size() > 1 ? fmt::format(" (and {} more)", problems.size() - 1) : "";
  diagnostics.warning(problems.front().pos,
                      fmt::format("note type '{}' is packaged as written (verbatim), but Anki may show its "
                                  "cards as template errors: {}{}", type.name, problems.front().message, more));
}

}  // namespace deckpress::cards
