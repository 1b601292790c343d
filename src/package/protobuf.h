#pragma once
// Reads protocol buffer messages from their wire format, the few Anki stores
// in its packages (package/anki_messages.h decodes them). Fields come one at
// a time, unknown ones are skipped by the caller simply not asking for them.
// Every length is checked against the bytes left, so a hostile blob gives a
// clear error, never a read past its end.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace deckpress::package {

struct ProtobufError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

enum class WireType { varint = 0, fixed64 = 1, length_delimited = 2, fixed32 = 5 };

struct WireField {
  uint32_t number = 0;
  WireType type = WireType::varint;
  uint64_t value = 0;      // varint, fixed64 and fixed32 fields
  std::string_view bytes;  // length-delimited fields: strings, bytes, messages, packed lists

  // The value as the .proto file types it; each throws ProtobufError when the
  // wire type does not fit.
  uint64_t as_uint() const;
  int64_t as_int() const;  // int64/int32: two's complement, as protobuf encodes negatives
  bool as_bool() const { return as_uint() != 0; }
  std::string_view as_bytes() const;
};

class ProtobufReader {
 public:
  explicit ProtobufReader(std::string_view message) : rest_(message) {}

  // The next field, or nothing at the end of the message.
  std::optional<WireField> next();

 private:
  uint64_t read_varint();
  std::string_view take(uint64_t size);

  std::string_view rest_;
};

}  // namespace deckpress::package
