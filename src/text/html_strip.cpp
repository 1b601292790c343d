// Plain text out of field HTML, following Anki's rules so that sort fields,
// checksums and card generation agree with what Anki computes on import.
#include <optional>
#include <string_view>

#include "text/ascii.h"
#include "text/html.h"
#include "text/media_refs.h"

namespace deckpress::text {
namespace {

constexpr size_t npos = std::string_view::npos;

// The end of `closing` (searched case-insensitively) at or after `from`.
size_t find_end_of(std::string_view html, std::string_view closing, size_t from) {
  for (size_t at = from; at + closing.size() <= html.size(); ++at) {
    if (istarts_with(html.substr(at), closing)) return at + closing.size();
  }
  return npos;
}

// Where markup ends, asked from ever later places. Each closing string is
// looked for again only once passed, so a field of many "<!--" and no
// "-->" (or "<style>" and no "</style>") is read in linear time.
class MarkupEnds {
 public:
  explicit MarkupEnds(std::string_view html) : html_(html) {}

  // Where the markup that opens at html[at] ('<') ends: a comment, a whole
  // style or script element, or a single tag. npos when nothing closes it.
  size_t after(size_t at) {
    std::string_view rest = html_.substr(at);
    size_t end = npos;
    if (rest.starts_with("<!--")) {
      end = end_of(kComment, at + 4);
    } else if (istarts_with(rest, "<style") || istarts_with(rest, "<script")) {
      size_t open_end = html_.find('>', at);
      if (open_end != npos) end = end_of(istarts_with(rest, "<style") ? kStyle : kScript, open_end + 1);
    }
    if (end != npos) return end;
    size_t tag_end = html_.find('>', at);
    return tag_end == npos ? npos : tag_end + 1;
  }

 private:
  enum Closing { kComment, kStyle, kScript };
  static constexpr std::string_view kClosings[] = {"-->", "</style>", "</script>"};

  // The first one found from `from` is the first from any later place before it.
  struct Found {
    size_t from = 0;
    size_t end = npos;
  };

  size_t end_of(Closing closing, size_t from) {
    std::optional<Found>& found = found_[closing];
    if (!found || from < found->from || found->end < from + kClosings[closing].size()) {
      found = Found{from, find_end_of(html_, kClosings[closing], from)};
    }
    return found->end;
  }

  std::string_view html_;
  std::optional<Found> found_[3];  // by Closing
};

std::string remove_markup(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  MarkupEnds markup(html);
  size_t i = 0;
  while (i < html.size()) {
    size_t at = html.find('<', i);
    size_t end = at == npos ? npos : markup.after(at);
    if (end == npos) {
      out.append(html.substr(i));
      break;
    }
    out.append(html.substr(i, at - i));
    i = end;
  }
  return out;
}

// Anki turns no-break spaces into plain ones only when the text had entities
// to decode; we follow it so checksums match.
std::string decode_like_anki(std::string_view text) {
  std::string decoded = decode_entities(text);
  if (text.find('&') == npos) return decoded;
  std::string out;
  out.reserve(decoded.size());
  for (size_t i = 0; i < decoded.size(); ++i) {
    if (decoded.compare(i, 2, "\u00a0") == 0) {
      out += ' ';
      ++i;
    } else {
      out += decoded[i];
    }
  }
  return out;
}

// Replaces each media tag by " name " so the file name survives stripping.
std::string keep_media_names(std::string_view html) {
  std::string out;
  size_t i = 0;
  while (auto tag = find_media_tag(html, i)) {
    out.append(html.substr(i, tag->begin - i));
    out += ' ';
    out.append(html.substr(tag->name_begin, tag->name_end - tag->name_begin));
    out += ' ';
    i = tag->end;
  }
  out.append(html.substr(i));
  return out;
}

// One <br>, <br/>, <br />, <div>, </div> ... at html[i]; its length or 0.
size_t empty_markup_length(std::string_view html, size_t i) {
  size_t j = i + 1;
  if (j < html.size() && html[j] == '/') ++j;
  std::string_view rest = html.substr(j);
  size_t name_length = istarts_with(rest, "br") ? 2 : istarts_with(rest, "div") ? 3 : 0;
  if (name_length == 0) return 0;
  j += name_length;
  if (j < html.size() && html[j] == ' ') ++j;
  if (j < html.size() && html[j] == '/') ++j;
  return j < html.size() && html[j] == '>' ? j + 1 - i : 0;
}

}  // namespace

std::string strip_html(std::string_view html) { return decode_like_anki(remove_markup(html)); }

std::string strip_html_for_sort(std::string_view html) {
  return strip_html(keep_media_names(html));
}

bool field_is_empty(std::string_view html) {
  size_t i = 0;
  while (i < html.size()) {
    if (is_ascii_space(html[i])) {
      ++i;
    } else if (size_t length = html[i] == '<' ? empty_markup_length(html, i) : 0) {
      i += length;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace deckpress::text
