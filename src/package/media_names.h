#pragma once
// Media file names from a package, which anyone may have written.
#include <string_view>

namespace deckpress::package {

// True for one plain path component, as Anki requires of every media name:
// not empty, not "." or "..", without a slash, backslash or control
// character. Only such a name may become a file in a media folder.
bool is_plain_file_name(std::string_view name);

}  // namespace deckpress::package
