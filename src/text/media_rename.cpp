#include "text/media_rename.h"

#include "text/html.h"
#include "text/media_refs.h"

namespace deckpress::text {

Html rename_media(std::string_view html, const HtmlOptions& options, const LocateRef& locate) {
  Html result;
  size_t i = 0;
  while (auto spot = find_media_ref(html, i)) {
    std::string_view written = html.substr(spot->name_begin, spot->name_end - spot->name_begin);
    MediaRef ref{decode_entities(written), 0};
    ref.offset = locate(ref.target, spot->name_begin);
    result.html.append(html.substr(i, spot->name_begin - i));
    // A name that stays the same keeps its bytes as written, entities and all.
    std::string name = options.media_name ? options.media_name(ref) : ref.target;
    if (name == ref.target) result.html.append(written);
    else result.html += escape_html(name);
    result.media.push_back(std::move(ref));
    i = spot->name_end;
  }
  result.html.append(html.substr(i));
  return result;
}

Html rewrite_html_media(std::string_view html, const HtmlOptions& options) {
  return rename_media(html, options, [](const std::string&, size_t html_offset) {
    return html_offset;
  });
}

}  // namespace deckpress::text
