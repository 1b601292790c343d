#include "text/raw_html.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "text/ascii.h"
#include "text/html.h"

namespace deckpress::text {
namespace {

// The inline tags of formatted text, as Anki's editor and shared decks use them.
constexpr std::string_view kInlineTags[] = {
    "a",    "abbr", "b",   "bdi", "bdo", "big",  "br",    "cite",   "code",  "del",    "dfn",  "em",
    "font", "i",    "img", "ins", "kbd", "mark", "q",     "rb",     "rp",    "rt",     "ruby", "s",
    "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "wbr"};

// Plain attributes any of them may have, and those of a few tags.
constexpr std::string_view kCommonAttributes[] = {"class", "style", "title", "lang", "dir"};

bool attribute_allowed(std::string_view tag, std::string_view name) {
  if (std::find(std::begin(kCommonAttributes), std::end(kCommonAttributes), name) != std::end(kCommonAttributes))
    return true;
  if (tag == "a") return name == "href";
  if (tag == "img") return name == "src" || name == "alt" || name == "width" || name == "height";
  if (tag == "font") return name == "color" || name == "face" || name == "size";
  return false;
}

struct Attribute {
  std::string name;  // lower case
  std::string value;  // entities decoded
};

struct Tag {
  std::string name;  // lower case
  std::vector<Attribute> attributes;
  size_t end = 0;  // past its '>'
};

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c) || c == '-' || c == '_' || c == ':';
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// The tag that starts at html[at] ('<'), or nothing when none does there.
std::optional<Tag> read_tag(std::string_view html, size_t at) {
  size_t i = at + 1 + (at + 1 < html.size() && html[at + 1] == '/');
  size_t name_end = i;
  while (name_end < html.size() && is_name_char(html[name_end])) ++name_end;
  if (name_end == i || !std::isalpha(static_cast<unsigned char>(html[i]))) return std::nullopt;
  Tag tag{lower(html.substr(i, name_end - i)), {}, 0};
  for (i = name_end; i < html.size();) {
    if (is_ascii_space(html[i]) || html[i] == '/') {
      ++i;
    } else if (html[i] == '>') {
      tag.end = i + 1;
      return tag;
    } else {
      size_t start = i;
      while (i < html.size() && !is_ascii_space(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') ++i;
      Attribute attribute{lower(html.substr(start, i - start)), ""};
      if (i < html.size() && html[i] == '=') {
        ++i;
        char quote = i < html.size() && (html[i] == '"' || html[i] == '\'') ? html[i++] : 0;
        size_t value_start = i;
        while (i < html.size() && (quote ? html[i] != quote : !is_ascii_space(html[i]) && html[i] != '>')) ++i;
        attribute.value = decode_entities(html.substr(value_start, i - value_start));
        i += quote && i < html.size();
      }
      tag.attributes.push_back(std::move(attribute));
    }
  }
  return std::nullopt;
}

// The scheme of an address ("javascript" for "java\tscript:..."), lower case;
// "" for a relative address.
std::string scheme_of(std::string_view address) {
  std::string compact;
  for (char c : address)
    if (static_cast<unsigned char>(c) > ' ') compact += ascii_lower(c);
  size_t colon = compact.find(':');
  if (colon == std::string::npos || compact.find_first_of("/?#") < colon) return "";
  return compact.substr(0, colon);
}

// Why `tag` may not pass, or "".
std::string unsafe_because(const Tag& tag) {
  if (std::find(std::begin(kInlineTags), std::end(kInlineTags), tag.name) == std::end(kInlineTags))
    return "Markdown fields pass only inline tags such as <b>, <i>, <sub>, <sup> and <span>; write it in "
           "Markdown, or set allow_html = true in [deck]";
  for (const Attribute& attribute : tag.attributes) {
    if (!attribute_allowed(tag.name, attribute.name))
      return fmt::format("its attribute '{}' is not passed (no event handlers, nothing that runs); remove it, "
                         "or set allow_html = true in [deck]", attribute.name);
    std::string scheme = attribute.name == "href" || attribute.name == "src" ? scheme_of(attribute.value) : "";
    if (!scheme.empty() && scheme != "http" && scheme != "https" && scheme != "mailto")
      return fmt::format("its {} is a '{}:' address, which Anki would open or run; use http, https or mailto",
                         attribute.name, scheme);
    std::string value = lower(attribute.value);
    if (attribute.name == "style" && (value.find("url(") != std::string::npos || value.find("expression(") != std::string::npos))
      return "its style loads or runs something (url() or expression()); remove that part";
  }
  return "";
}

void report(std::string_view what, std::string_view why, size_t offset, std::vector<TextProblem>& problems,
            std::vector<std::string>& reported) {
  std::string key(what);
  if (std::find(reported.begin(), reported.end(), key) != reported.end()) return;
  reported.push_back(key);
  problems.push_back({offset, fmt::format("HTML {} is shown as text: {}", what, why)});
}

}  // namespace

void append_raw_html(std::string& out, std::string_view html, size_t offset, std::vector<TextProblem>& problems,
                     std::vector<std::string>& reported) {
  size_t copied = 0;
  // Once no "-->" or '>' follows, none follows any later '<': a block of many
  // unclosed comments or tags is not searched to its end for each.
  bool comments_close = true;
  size_t next_close = html.find('>');
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at)) {
    append_escaped_html(out, html.substr(copied, at - copied));  // the text of an HTML block
    size_t end = std::string_view::npos;
    if (comments_close && html.substr(at).starts_with("<!--")) {
      end = html.find("-->", at + 4);
      comments_close = end != std::string_view::npos;
    }
    if (next_close < at) next_close = html.find('>', at);
    std::optional<Tag> tag;
    if (end != std::string_view::npos) {
      end += 3;
      out.append(html, at, end - at);  // comments show nothing, in Anki too
    } else if (next_close != std::string_view::npos && (tag = read_tag(html, at))) {
      end = tag->end;
      std::string why = unsafe_because(*tag);
      if (why.empty()) {
        out.append(html, at, end - at);
      } else {
        append_escaped_html(out, html.substr(at, end - at));
        report(fmt::format("tag <{}>", tag->name), why, offset + at, problems, reported);
      }
    } else {
      end = at + 1;
      bool markup = at + 1 < html.size() && (html[at + 1] == '!' || html[at + 1] == '?');
      if (markup)
        report(fmt::format("<{}", html[at + 1]), "set allow_html = true in [deck] to keep it", offset + at, problems, reported);
      out += "&lt;";
    }
    copied = at = end;
  }
  append_escaped_html(out, html.substr(copied));
}

}  // namespace deckpress::text
