#include "anki/ids.h"

#include <string>

#include "anki/digest.h"
#include "deck/model.h"

namespace deckpress::anki {
namespace {

// Anki's guid alphabet, in Anki's order.
constexpr std::string_view base91_digits =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";
static_assert(base91_digits.size() == 91);

std::string to_base91(uint64_t value) {
  std::string reversed;
  for (; value > 0; value /= base91_digits.size())
    reversed += base91_digits[value % base91_digits.size()];
  return {reversed.rbegin(), reversed.rend()};
}

// Prefixes keep a deck and a note type of the same name apart.
int64_t prefixed_id(std::string_view kind, std::string_view text) {
  std::string key{kind};
  key += '\x1f';
  key += text;
  return stable_id(key);
}

}  // namespace

std::string guid_for(const std::vector<std::string>& parts) {
  std::string joined;
  for (const std::string& part : parts) {
    if (&part != &parts.front()) joined += "__";
    joined += part;
  }
  return to_base91(leading_u64(sha256_digest(joined)));
}

int64_t stable_id(std::string_view text) {
  // 52 hash bits plus bit 52: below 2^53, and never 1, Anki's Default deck.
  constexpr uint64_t bit52 = uint64_t{1} << 52;
  return static_cast<int64_t>((leading_u64(sha256_digest(text)) >> 12) | bit52);
}

int64_t deck_id(std::string_view deck_name) {
  return deck_name == kDefaultDeck ? kDefaultDeckId : prefixed_id("deck", deck_name);
}
int64_t note_type_id(std::string_view note_type_name) {
  return prefixed_id("note type", note_type_name);
}

int64_t field_id(int64_t note_type_id, std::string_view field_key) {
  return prefixed_id("field " + std::to_string(note_type_id), field_key);
}

int64_t template_id(int64_t note_type_id, std::string_view template_key) {
  return prefixed_id("template " + std::to_string(note_type_id), template_key);
}

int64_t note_type_id(const NoteType& type) { return type.id.value_or(note_type_id(type.name)); }

namespace {

std::optional<int64_t> explicit_or(const std::optional<int64_t>& given, int64_t derived) {
  if (!given) return derived;
  if (*given == 0) return std::nullopt;
  return given;
}

}  // namespace

std::optional<int64_t> field_id(const NoteType& type, size_t index) {
  const int64_t derived = field_id(note_type_id(type), type.field_keys[index]);
  return explicit_or(index < type.field_ids.size() ? type.field_ids[index] : std::nullopt, derived);
}

std::optional<int64_t> template_id(const NoteType& type, size_t index) {
  const Template& card = type.templates[index];
  return explicit_or(card.id, template_id(note_type_id(type), card.key.empty() ? card.name : card.key));
}

uint32_t field_checksum(std::string_view stripped_text) {
  return static_cast<uint32_t>(leading_u64(sha1_digest(stripped_text)) >> 32);
}

}  // namespace deckpress::anki
