#include "print/html_tokens.h"

#include "text/html.h"

namespace deckpress::print {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':' || c == '_';
}

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return result;
}

// Reads `name`, `name=value`, `name="value"` or `name='value'` at `pos`.
void read_attribute(std::string_view tag, size_t& pos, HtmlToken& token) {
  size_t start = pos;
  while (pos < tag.size() && !is_space(tag[pos]) && tag[pos] != '=' && tag[pos] != '/') ++pos;
  std::string name = lower(tag.substr(start, pos - start));
  while (pos < tag.size() && is_space(tag[pos])) ++pos;
  std::string value;
  if (pos < tag.size() && tag[pos] == '=') {
    ++pos;
    while (pos < tag.size() && is_space(tag[pos])) ++pos;
    char quote = pos < tag.size() && (tag[pos] == '"' || tag[pos] == '\'') ? tag[pos++] : '\0';
    size_t value_start = pos;
    while (pos < tag.size() && (quote ? tag[pos] != quote : !is_space(tag[pos]))) ++pos;
    value = text::decode_entities(tag.substr(value_start, pos - value_start));
    if (quote && pos < tag.size()) ++pos;
  }
  if (!name.empty()) token.attributes.emplace(std::move(name), std::move(value));
}

// `tag` is what lies between '<' and '>'.
HtmlToken parse_tag(std::string_view tag) {
  HtmlToken token;
  size_t pos = 0;
  token.kind = HtmlToken::Kind::open;
  if (tag.starts_with('/')) {
    token.kind = HtmlToken::Kind::close;
    pos = 1;
  }
  size_t name_start = pos;
  while (pos < tag.size() && is_name_char(tag[pos])) ++pos;
  token.name = lower(tag.substr(name_start, pos - name_start));
  while (pos < tag.size()) {
    if (is_space(tag[pos]) || tag[pos] == '/') {
      ++pos;
      continue;
    }
    read_attribute(tag, pos, token);
  }
  return token;
}

bool starts_tag(std::string_view html, size_t pos) {
  if (pos + 1 >= html.size()) return false;
  char next = html[pos + 1];
  return (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '!' ||
         next == '?';
}

}  // namespace

std::vector<HtmlToken> tokenize_html(std::string_view html) {
  std::vector<HtmlToken> tokens;
  std::string text;
  auto flush_text = [&] {
    if (!text.empty()) tokens.push_back(HtmlToken{HtmlToken::Kind::text, "", std::move(text), {}});
    text.clear();
  };
  size_t pos = 0;
  while (pos < html.size()) {
    if (html[pos] != '<' || !starts_tag(html, pos)) {
      text += html[pos++];
      continue;
    }
    flush_text();
    bool comment = html.substr(pos, 4) == "<!--";
    size_t end = comment ? html.find("-->", pos) : html.find('>', pos);
    if (end == std::string_view::npos) end = html.size();
    if (html[pos + 1] != '!' && html[pos + 1] != '?') {
      tokens.push_back(parse_tag(html.substr(pos + 1, end - pos - 1)));
    }
    pos = comment ? end + 3 : end + 1;
  }
  flush_text();
  return tokens;
}

}  // namespace deckpress::print
