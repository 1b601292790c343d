#include "deck/note_types.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "deck/builtin_templates.h"
#include "deck/file_bytes.h"
#include "deck/note_type_settings.h"
#include "deck/names.h"
#include "deck/toml_util.h"

namespace deckpress {

namespace fs = std::filesystem;

namespace {

// Where a note type's files come from: a folder on disk or the built-ins.
// Paths are relative to the templates root and must stay inside it.
struct TemplateRoot {
  std::string display;  // prefix for diagnostics, e.g. "templates/" or "built-in:"
  std::function<std::optional<std::string>(const std::string&)> read;
  std::function<fs::path(const std::string&)> file_path;  // for change detection
};

TemplateRoot disk_root(const fs::path& dir) {
  return {dir.generic_string() + "/",
          [dir](const std::string& rel) { return read_file_bytes(dir / rel); },
          [dir](const std::string& rel) { return dir / rel; }};
}

TemplateRoot builtin_root() {
  return {"built-in:",
          [](const std::string& rel) -> std::optional<std::string> {
            for (const auto& file : builtin_template_files())
              if (file.path == rel) return std::string(file.contents);
            return std::nullopt;
          },
          [](const std::string&) { return fs::path(); }};
}

// Anki's own note types: a note type of ours with one of these names would
// be merged into, or fork, the user's.
bool is_stock_name(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* stock : {"basic", "basic (and reversed card)", "basic (optional reversed card)",
                            "basic (type in the answer)", "cloze", "image occlusion"})
    if (name == stock) return true;
  return false;
}

// Why Anki would refuse or rewrite `name`, or "": it removes quotes from
// every name, and from field names : { } and a leading # / ^ as well.
std::string name_problem(std::string_view what, const std::string& name) {
  bool field = what == "field name";
  if (name.find_first_of(field ? ":{}\"" : "\"") != std::string::npos)
    return fmt::format("{} '{}' may not contain {}", what, name, field ? ": { } or \"" : "\"");
  if (field && (name.starts_with('#') || name.starts_with('/') || name.starts_with('^')))
    return fmt::format("field name '{}' may not start with # / or ^", name);
  return name_rewrite_problem(what, name);
}

std::vector<std::string> with(std::vector<std::string> keys, std::initializer_list<std::string> more) {
  keys.insert(keys.end(), more);
  return keys;
}

bool valid_key(const std::string& key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// "basic/../base.css" -> "base.css"; nullopt when it leaves the root.
std::optional<std::string> inside_root(const std::string& folder, const std::string& rel) {
  fs::path joined = (fs::path(folder) / rel).lexically_normal();
  std::string text = joined.generic_string();
  if (joined.is_absolute() || text.empty() || text.starts_with("..")) return std::nullopt;
  return text;
}

class NoteTypeReader {
 public:
  NoteTypeReader(const TemplateRoot& root, std::string key, Diagnostics& diagnostics)
      : root_(root), key_(std::move(key)), path_(root.display + key_ + "/notetype.toml"),
        diagnostics_(diagnostics) {}

  bool read(NoteType& type, std::vector<fs::path>& files) {
    auto text = root_.read(key_ + "/notetype.toml");
    if (!text) return false;
    files.push_back(root_.file_path(key_ + "/notetype.toml"));
    size_t errors_before = diagnostics_.error_count();
    auto table = parse_toml(*text, path_, diagnostics_);
    if (!table) return true;
    type.key = key_;
    type.source = root_.display + key_;
    read_top(*table, type, files);
    read_fields(*table, type);
    read_templates(*table, type, files);
    ok_ = diagnostics_.error_count() == errors_before;
    return true;
  }

  bool ok() const { return ok_; }

 private:
  void read_top(const toml::table& table, NoteType& type, std::vector<fs::path>& files) {
    check_keys(table, with(note_type_setting_keys, {"name", "cloze", "css", "sort_field", "field", "template"}),
               "notetype.toml", path_, diagnostics_);
    read_note_type_settings(table, type, path_, diagnostics_);
    type.name = get_string(table, "name", path_, diagnostics_).value_or("");
    if (type.name.empty()) diagnostics_.error({path_, 1, 1}, "a note type needs a 'name'");
    else if (auto problem = name_problem("note type name", type.name); !problem.empty())
      diagnostics_.error(pos_of(*table.get("name"), path_), problem);
    // An explicit id makes it the user's own note type, which may keep Anki's name.
    else if (is_stock_name(type.name) && !type.id)
      diagnostics_.error(pos_of(*table.get("name"), path_),
                         fmt::format("note type name '{}' is one of Anki's own; choose a name of your "
                                     "own so your notes never touch the user's", type.name));
    type.is_cloze = get_bool(table, "cloze", path_, diagnostics_).value_or(false);
    for (const auto& css : get_strings(table, "css", path_, diagnostics_).value_or(std::vector<std::string>{}))
      type.css += file_text(css, *table.get("css"), files);
    auto sort_key = get_string(table, "sort_field", path_, diagnostics_);
    sort_key_ = sort_key.value_or("");
    if (sort_key) sort_node_ = table.get("sort_field");
  }

  void read_fields(const toml::table& table, NoteType& type) {
    const toml::array* fields = table.get_as<toml::array>("field");
    if (!fields || fields->empty()) {
      diagnostics_.error({path_, 1, 1}, "a note type needs at least one [[field]]");
      return;
    }
    for (const auto& node : *fields) {
      const toml::table* field = node.as_table();
      if (!field) continue;
      check_keys(*field, with(field_setting_keys, {"key", "name", "required"}), "[[field]]", path_, diagnostics_);
      read_field_settings(*field, type, path_, diagnostics_);
      auto key = get_string(*field, "key", path_, diagnostics_).value_or("");
      auto name = get_string(*field, "name", path_, diagnostics_).value_or("");
      if (key.empty() || name.empty())
        diagnostics_.error(pos_of(node, path_), "a [[field]] needs a 'key' and a 'name'");
      if (std::find(note_keys.begin(), note_keys.end(), key) != note_keys.end())
        diagnostics_.error(pos_of(*field->get("key"), path_),
                           fmt::format("field key '{}' is taken by the note itself; choose another", key));
      if (!name.empty()) check_name("field name", name, type.fields, *field->get("name"));
      if (std::find(type.field_keys.begin(), type.field_keys.end(), key) != type.field_keys.end())
        diagnostics_.error(pos_of(*field->get("key"), path_), fmt::format("field key '{}' is defined twice", key));
      type.field_keys.push_back(key);
      type.fields.push_back(name);
      type.field_required.push_back(get_bool(*field, "required", path_, diagnostics_).value_or(false));
    }
    if (sort_node_) {
      auto found = std::find(type.field_keys.begin(), type.field_keys.end(), sort_key_);
      if (found == type.field_keys.end())
        diagnostics_.error(pos_of(*sort_node_, path_),
                           fmt::format("sort_field '{}' is not a field key", sort_key_));
      else
        type.sort_field = static_cast<int>(found - type.field_keys.begin());
    }
  }

  void read_templates(const toml::table& table, NoteType& type, std::vector<fs::path>& files) {
    const toml::array* templates = table.get_as<toml::array>("template");
    if (!templates || templates->empty()) {
      diagnostics_.error({path_, 1, 1}, "a note type needs at least one [[template]]");
      return;
    }
    for (const auto& node : *templates) {
      const toml::table* entry = node.as_table();
      if (!entry) continue;
      check_keys(*entry, with(template_setting_keys, {"key", "name", "front", "back"}), "[[template]]", path_,
                 diagnostics_);
      Template tmpl;
      read_template_settings(*entry, tmpl, path_, diagnostics_);
      tmpl.name = get_string(*entry, "name", path_, diagnostics_).value_or("");
      if (tmpl.name.empty())
        diagnostics_.error(pos_of(node, path_), "a [[template]] needs a 'name'");
      else
        check_name("template name", tmpl.name, names_of(type.templates), *entry->get("name"));
      tmpl.key = template_key(*entry, type.templates);
      std::tie(tmpl.front, tmpl.front_path) = template_file(*entry, "front", node, files);
      std::tie(tmpl.back, tmpl.back_path) = template_file(*entry, "back", node, files);
      type.templates.push_back(std::move(tmpl));
    }
    if (type.is_cloze && type.templates.size() != 1)
      diagnostics_.error({path_, 1, 1}, "a cloze note type has exactly one [[template]]");
  }

  // Anki renames a name equal to an earlier one ignoring case, and rewrites
  // one it would trim or normalise; quotes it removes.
  void check_name(std::string_view what, const std::string& name, const std::vector<std::string>& earlier,
                  const toml::node& where) {
    std::string problem = name_problem(what, name);
    if (problem.empty()) problem = duplicate_name_problem(what, name, earlier);
    if (!problem.empty()) diagnostics_.error(pos_of(where, path_), problem);
  }

  static std::vector<std::string> names_of(const std::vector<Template>& templates) {
    std::vector<std::string> names;
    for (const auto& tmpl : templates) names.push_back(tmpl.name);
    return names;
  }

  // The optional key its id derives from, unique in the note type.
  std::string template_key(const toml::table& entry, const std::vector<Template>& earlier) {
    auto key = get_string(entry, "key", path_, diagnostics_);
    if (!key) return "";
    const toml::node& where = *entry.get("key");
    if (!valid_key(*key))
      diagnostics_.error(pos_of(where, path_), fmt::format("template key '{}' may use only a-z, 0-9, '-' and '_'", *key));
    else if (std::any_of(earlier.begin(), earlier.end(), [&](const Template& t) { return t.key == *key; }))
      diagnostics_.error(pos_of(where, path_), fmt::format("template key '{}' is defined twice", *key));
    return *key;
  }

  // The template file's text, and its path as diagnostics name it.
  std::pair<std::string, std::string> template_file(const toml::table& entry, std::string_view side,
                                                    const toml::node& where, std::vector<fs::path>& files) {
    auto rel = get_string(entry, side, path_, diagnostics_);
    if (!rel) {
      diagnostics_.error(pos_of(where, path_), fmt::format("a [[template]] needs '{}'", side));
      return {};
    }
    auto inside = inside_root(key_, *rel);
    return {file_text(*rel, *entry.get(side), files), inside ? root_.display + *inside : ""};
  }

  std::string file_text(const std::string& rel, const toml::node& where,
                        std::vector<fs::path>& files) {
    auto inside = inside_root(key_, rel);
    if (!inside) {
      diagnostics_.error(pos_of(where, path_),
                         fmt::format("'{}' is outside the templates folder", rel));
      return "";
    }
    auto text = root_.read(*inside);
    if (!text) {
      diagnostics_.error(pos_of(where, path_),
                         fmt::format("cannot read '{}{}'", root_.display, *inside));
      return "";
    }
    files.push_back(root_.file_path(*inside));
    return *text;
  }

  const TemplateRoot& root_;
  std::string key_;
  std::string path_;
  Diagnostics& diagnostics_;
  std::string sort_key_;
  const toml::node* sort_node_ = nullptr;
  bool ok_ = false;
};

}  // namespace

NoteTypes::NoteTypes(std::vector<fs::path> search_dirs, NoteTypeCheck check)
    : search_dirs_(std::move(search_dirs)), check_(std::move(check)) {}

const NoteType* NoteTypes::find(const std::string& key, Diagnostics& diagnostics) {
  std::lock_guard lock(mutex_);
  for (const auto& entry : loaded_)
    if (entry.type.key == key) return entry.ok ? &entry.type : nullptr;
  if (!valid_key(key)) return nullptr;
  std::vector<TemplateRoot> roots;
  for (const auto& dir : search_dirs_) roots.push_back(disk_root(dir));
  roots.push_back(builtin_root());
  for (const auto& root : roots) {
    Entry entry;
    NoteTypeReader reader(root, key, diagnostics);
    if (!reader.read(entry.type, entry.files)) continue;
    entry.type.key = key;
    entry.ok = reader.ok();
    if (entry.ok && check_) {
      size_t errors_before = diagnostics.error_count();
      check_(entry.type, diagnostics);
      entry.ok = diagnostics.error_count() == errors_before;
    }
    loaded_.push_back(std::move(entry));
    return loaded_.back().ok ? &loaded_.back().type : nullptr;
  }
  return nullptr;
}

bool NoteTypes::broken(const std::string& key) const {
  std::lock_guard lock(mutex_);
  return std::any_of(loaded_.begin(), loaded_.end(),
                     [&](const Entry& entry) { return entry.type.key == key && !entry.ok; });
}

std::vector<std::string> NoteTypes::known_keys() const {
  std::set<std::string> keys;
  for (const auto& file : builtin_template_files()) {
    auto slash = file.path.find('/');
    if (slash != std::string_view::npos) keys.emplace(file.path.substr(0, slash));
  }
  for (const auto& dir : search_dirs_) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (fs::exists(entry.path() / "notetype.toml")) keys.insert(entry.path().filename());
  }
  return {keys.begin(), keys.end()};
}

std::vector<fs::path> NoteTypes::files_of(const std::string& key) const {
  std::lock_guard lock(mutex_);
  std::vector<fs::path> files;
  for (const auto& dir : search_dirs_) files.push_back(dir / key / "notetype.toml");
  for (const auto& entry : loaded_)
    if (entry.type.key == key)
      for (const auto& file : entry.files)
        if (!file.empty()) files.push_back(file);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace deckpress
