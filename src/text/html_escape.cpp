// Escaping text into HTML and decoding character references back out of it.
#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

#include "text/html.h"
#include "text/utf8.h"

namespace deckpress::text {
namespace {

struct NamedEntity {
  std::string_view name;
  std::string_view utf8;
};

// The entities authors actually type in flashcards; a name not listed here is
// left as written, which is how browsers show unknown entities too.
constexpr NamedEntity named_entities[] = {
    {"AElig", "Æ"},  {"Agrave", "À"}, {"Eacute", "É"}, {"aacute", "á"}, {"agrave", "à"},
    {"amp", "&"},    {"apos", "'"},   {"bull", "•"},   {"ccedil", "ç"}, {"cent", "¢"},
    {"copy", "©"},   {"darr", "↓"},   {"deg", "°"},    {"divide", "÷"}, {"eacute", "é"},
    {"egrave", "è"}, {"euro", "€"},   {"ge", "≥"},     {"gt", ">"},     {"harr", "↔"},
    {"hellip", "…"}, {"iexcl", "¡"},  {"infin", "∞"},  {"iquest", "¿"}, {"laquo", "«"},
    {"larr", "←"},   {"ldquo", "“"},  {"le", "≤"},     {"lsquo", "‘"},  {"lt", "<"},
    {"mdash", "—"},  {"middot", "·"}, {"nbsp", "\u00a0"}, {"ndash", "–"}, {"ne", "≠"},
    {"ntilde", "ñ"}, {"ouml", "ö"},   {"para", "¶"},   {"plusmn", "±"}, {"pound", "£"},
    {"quot", "\""},  {"raquo", "»"},  {"rarr", "→"},   {"rdquo", "”"},  {"rsquo", "’"},
    {"sect", "§"},   {"times", "×"},  {"uarr", "↑"},
};


// "#65" or "#x41" (without & and ;) as UTF-8; false when malformed.
bool decode_numeric(std::string_view body, std::string& out) {
  body.remove_prefix(1);
  int base = 10;
  if (!body.empty() && (body[0] == 'x' || body[0] == 'X')) {
    base = 16;
    body.remove_prefix(1);
  }
  uint32_t code = 0;
  auto [end, error] = std::from_chars(body.data(), body.data() + body.size(), code, base);
  if (body.empty() || error != std::errc() || end != body.data() + body.size()) return false;
  bool is_scalar = code != 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
  append_utf8(out, is_scalar ? code : 0xFFFD);
  return true;
}

bool decode_named(std::string_view name, std::string& out) {
  auto it = std::find_if(std::begin(named_entities), std::end(named_entities),
                         [&](const NamedEntity& e) { return e.name == name; });
  if (it == std::end(named_entities)) return false;
  out += it->utf8;
  return true;
}

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped_html(out, text);
  return out;
}

// The entity for each byte that needs one; empty for all others. A table
// lookup per byte: find_first_of would call memchr once per character.
constexpr std::array<std::string_view, 256> html_entities = [] {
  std::array<std::string_view, 256> table{};
  table['&'] = "&amp;";
  table['<'] = "&lt;";
  table['>'] = "&gt;";
  table['"'] = "&quot;";
  return table;
}();

void append_escaped_html(std::string& out, std::string_view text) {
  size_t run = 0;  // plain runs are copied whole: most text has nothing to escape
  for (size_t i = 0; i < text.size(); ++i) {
    std::string_view entity = html_entities[static_cast<unsigned char>(text[i])];
    if (entity.empty()) continue;
    out.append(text.substr(run, i - run));
    out.append(entity);
    run = i + 1;
  }
  out.append(text.substr(run));
}

std::string decode_entities(std::string_view html) {
  constexpr size_t longest_reference = 32;
  std::string out;
  out.reserve(html.size());
  size_t i = 0;
  while (i < html.size()) {
    size_t amp = html.find('&', i);
    out.append(html.substr(i, amp - i));
    if (amp == std::string_view::npos) break;
    // Looked for no further than the longest reference: a field of many '&'
    // and no ';' is not searched to its end for each.
    size_t semicolon = html.substr(0, amp + longest_reference + 1).find(';', amp);
    std::string_view body = html.substr(amp + 1, semicolon - amp - 1);
    bool decoded = semicolon != std::string_view::npos && body.size() < longest_reference &&
                   (body.starts_with('#') ? decode_numeric(body, out) : decode_named(body, out));
    if (decoded) {
      i = semicolon + 1;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out;
}

}  // namespace deckpress::text
