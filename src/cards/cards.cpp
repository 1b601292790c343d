#include "cards/cards.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "cards/filters.h"
#include "cards/template.h"
#include "text/cloze.h"
#include "text/html.h"

namespace deckpress::cards {

namespace {

constexpr int kNoField = -1;  // field_index() of a name the note type lacks
constexpr std::string_view kDeckSeparator = "::";
// The longest <hr id=answer> worth comparing: the tag with spaces and quotes.
constexpr size_t kLongestAnswerRule = 40;

// A cloze card's ord is its cloze number - 1: c1 is card 0.
constexpr int cloze_ord(int number) { return number - 1; }
constexpr int cloze_number(int ord) { return ord + 1; }

// Special fields with a value on every card; Tags and FrontSide may be empty.
bool always_non_empty(const std::string& field) {
  return is_special_field(field) && field != "Tags" && field != "FrontSide";
}

int field_index(const NoteType& type, const std::string& name) {
  auto found = std::find(type.fields.begin(), type.fields.end(), name);
  return found == type.fields.end() ? kNoField : static_cast<int>(found - type.fields.begin());
}

// Anki's non-empty test for a field or special field of the note.
bool non_empty(const CardContext& note, const std::string& field) {
  if (always_non_empty(field)) return true;
  if (field == "Tags") return !note.tags.empty();
  int index = field_index(*note.type, field);
  return index != kNoField && !text::field_is_empty((*note.fields_html)[index]);
}

std::string joined_tags(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& tag : tags) out += (out.empty() ? "" : " ") + tag;
  return out;
}

std::string special_value(const CardContext& note, const std::string& field, int ord) {
  if (field == "Tags") return joined_tags(note.tags);
  if (field == "Deck") return note.deck_name;
  if (field == "Subdeck") {
    size_t split = note.deck_name.rfind(kDeckSeparator);
    return split == std::string::npos ? note.deck_name : note.deck_name.substr(split + kDeckSeparator.size());
  }
  if (field == "Type") return note.type->name;
  if (field == "Card") {
    return note.type->is_cloze ? note.type->templates[0].name
                               : note.type->templates[static_cast<size_t>(ord)].name;
  }
  return "";
}

FieldLookup lookup_for(const CardContext& note, const Side& side) {
  FieldLookup lookup;
  lookup.non_empty = [&note](const std::string& field) { return non_empty(note, field); };
  lookup.render = [&note, side](const std::string& field, const std::vector<std::string>& filters) {
    std::string value;
    if (field == "FrontSide") value = side.front_side_html;
    else if (int index = field_index(*note.type, field); index != kNoField) value = (*note.fields_html)[index];
    else value = special_value(note, field, cloze_ord(side.cloze_number));
    return apply_filters(value, field, filters, side);
  };
  return lookup;
}

// The end of the tag at `open` if it is Anki's answer rule, <hr id=answer>,
// in any case and quoting; npos otherwise.
size_t answer_rule_end(const std::string& html, size_t open) {
  size_t close = html.find('>', open);
  if (close == std::string::npos || close - open > kLongestAnswerRule) return std::string::npos;
  std::string tag;
  for (size_t i = open; i <= close; ++i) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(html[i])));
    if (c != '"' && c != '\'' && c != '/' && !std::isspace(static_cast<unsigned char>(c))) tag += c;
  }
  return tag == "<hrid=answer>" ? close + 1 : std::string::npos;
}

// A printed back shows only the answer: the rule and the space after it go.
std::string without_answer_rule(const std::string& html) {
  std::string out;
  size_t at = 0;
  for (size_t open; (open = html.find('<', at)) != std::string::npos;) {
    size_t end = answer_rule_end(html, open);
    out.append(html, at, (end == std::string::npos ? open + 1 : open) - at);
    at = end == std::string::npos ? open + 1 : std::min(html.find_first_not_of(" \t\r\n", end), html.size());
  }
  return out.append(html, at);
}

}  // namespace

bool is_special_field(std::string_view name) {
  static constexpr std::string_view specials[] = {"FrontSide", "Card", "CardFlag", "Deck",
                                                  "Subdeck",   "Tags", "Type",     "CardID"};
  return std::find(std::begin(specials), std::end(specials), name) != std::end(specials);
}

std::vector<int> card_ords(const CardContext& note) {
  std::vector<int> ords;
  if (note.type->is_cloze) {
    std::set<int> numbers;
    for (const auto& field : *note.fields_html) numbers.merge(text::cloze_numbers(field));
    for (int number : numbers)
      if (number <= text::kMaxClozeNumber) ords.push_back(cloze_ord(number));
    return ords;
  }
  FieldLookup lookup = lookup_for(note, Side{});
  for (size_t i = 0; i < note.type->templates.size(); ++i) {
    auto nodes = parse_template(note.type->templates[i].front);
    if (renders_content(nodes, lookup)) ords.push_back(static_cast<int>(i));
  }
  return ords;
}

CardSides render_card(const CardContext& note, int ord, FrontSide front_side) {
  const Template& tmpl = note.type->templates[note.type->is_cloze ? 0 : static_cast<size_t>(ord)];
  Side side;
  side.cloze_number = cloze_number(ord);
  CardSides sides;
  sides.question_html = render_template(parse_template(tmpl.front), lookup_for(note, side));
  side.answer = true;
  if (front_side == FrontSide::included) side.front_side_html = sides.question_html;
  sides.answer_html = render_template(parse_template(tmpl.back), lookup_for(note, side));
  if (front_side == FrontSide::omitted) sides.answer_html = without_answer_rule(sides.answer_html);
  return sides;
}

std::vector<Requirement> template_requirements(const NoteType& type) {
  std::vector<Requirement> requirements;
  const size_t count = type.fields.size();
  for (size_t t = 0; t < type.templates.size(); ++t) {
    auto nodes = parse_template(type.templates[t].front);
    auto renders_with = [&](const std::vector<bool>& filled) {
      FieldLookup lookup;
      lookup.non_empty = [&](const std::string& field) {
        int index = field_index(type, field);
        return index != kNoField && filled[static_cast<size_t>(index)];
      };
      return renders_content(nodes, lookup, true);
    };
    Requirement requirement{static_cast<int>(t), "any", {}};
    for (size_t f = 0; f < count; ++f) {
      std::vector<bool> only(count, false);
      only[f] = true;
      if (renders_with(only)) requirement.fields.push_back(static_cast<int>(f));
    }
    if (requirement.fields.empty()) {
      std::vector<bool> all(count, true);
      requirement.kind = renders_with(all) ? "all" : "none";
      for (size_t f = 0; f < count && requirement.kind == "all"; ++f) {
        std::vector<bool> without = all;
        without[f] = false;
        if (!renders_with(without)) requirement.fields.push_back(static_cast<int>(f));
      }
      if (requirement.fields.empty()) requirement.kind = "none";
    }
    requirements.push_back(std::move(requirement));
  }
  return requirements;
}

}  // namespace deckpress::cards
