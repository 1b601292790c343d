#include "build/output_file.h"

#include <fstream>
#include <stdexcept>

#include <fmt/format.h>
#include <unistd.h>

namespace deckpress::build {

namespace fs = std::filesystem;

void replace_file(const fs::path& target, const std::function<void(const fs::path&)>& write) {
  fs::path temp = target;
  temp += fmt::format(".tmp-{}", ::getpid());
  try {
    write(temp);
    fs::rename(temp, target);
  } catch (const std::exception& error) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    throw std::runtime_error(fmt::format("cannot write {}: {}", target.generic_string(), error.what()));
  }
}

void replace_file_contents(const fs::path& target, std::string_view bytes) {
  replace_file(target, [bytes](const fs::path& temp) {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw std::runtime_error("write failed (disk full or no permission?)");
  });
}

}  // namespace deckpress::build
