#include "package/protobuf.h"

namespace deckpress::package {

uint64_t WireField::as_uint() const {
  if (type == WireType::length_delimited)
    throw ProtobufError("field " + std::to_string(number) + " holds bytes where a number belongs");
  return value;
}

int64_t WireField::as_int() const { return static_cast<int64_t>(as_uint()); }

std::string_view WireField::as_bytes() const {
  if (type != WireType::length_delimited)
    throw ProtobufError("field " + std::to_string(number) + " holds a number where bytes belong");
  return bytes;
}

uint64_t ProtobufReader::read_varint() {
  uint64_t value = 0;
  for (int shift = 0;; shift += 7) {
    if (rest_.empty()) throw ProtobufError("the message ends inside a number");
    if (shift > 63) throw ProtobufError("a number is longer than 10 bytes");
    const auto byte = static_cast<unsigned char>(rest_.front());
    rest_.remove_prefix(1);
    value |= uint64_t{byte & 0x7fu} << shift;
    if (!(byte & 0x80)) return value;
  }
}

std::string_view ProtobufReader::take(uint64_t size) {
  if (size > rest_.size())
    throw ProtobufError("a field claims " + std::to_string(size) + " bytes, but only " +
                        std::to_string(rest_.size()) + " are left");
  const std::string_view taken = rest_.substr(0, size);
  rest_.remove_prefix(size);
  return taken;
}

namespace {

uint64_t little_endian(std::string_view bytes) {
  uint64_t value = 0;
  for (size_t i = bytes.size(); i-- > 0;) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

}  // namespace

std::optional<WireField> ProtobufReader::next() {
  if (rest_.empty()) return std::nullopt;
  const uint64_t key = read_varint();
  WireField field;
  field.number = static_cast<uint32_t>(key >> 3);
  if (field.number == 0 || (key >> 3) > 0x1fffffff)
    throw ProtobufError("field number " + std::to_string(key >> 3) + " is not valid");
  switch (key & 7) {
    case 0:
      field.type = WireType::varint;
      field.value = read_varint();
      return field;
    case 1:
      field.type = WireType::fixed64;
      field.value = little_endian(take(8));
      return field;
    case 2:
      field.type = WireType::length_delimited;
      field.bytes = take(read_varint());
      return field;
    case 5:
      field.type = WireType::fixed32;
      field.value = little_endian(take(4));
      return field;
    default:
      // 3 and 4 are proto2 groups, which Anki's messages never use.
      throw ProtobufError("field " + std::to_string(field.number) + " has wire type " +
                          std::to_string(key & 7) + ", which these messages never use");
  }
}

}  // namespace deckpress::package
