#include "package/protobuf.h"

#include <catch2/catch.hpp>

#include "package/anki_messages.h"
#include "support/anki_fixture.h"

using namespace deckpress::package;

TEST_CASE("protobuf fields of every wire type Anki's messages use") {
  std::string message;
  test::fixture::put_uint(message, 1, 300);
  message += std::string("\x11\x01\x02\x03\x04\x05\x06\x07\x08", 9);  // 2: fixed64
  test::fixture::put_bytes(message, 3, "css");
  message += std::string("\x25\xff\x00\x00\x00", 5);                  // 4: fixed32
  test::fixture::put_uint(message, 255, uint64_t(-2));                // int64 -2: ten bytes
  ProtobufReader reader(message);
  auto field = reader.next();
  REQUIRE(field);
  CHECK(field->number == 1);
  CHECK(field->as_uint() == 300);
  field = reader.next();
  CHECK(field->type == WireType::fixed64);
  CHECK(field->value == 0x0807060504030201);
  field = reader.next();
  CHECK(field->as_bytes() == "css");
  CHECK_THROWS_WITH(field->as_uint(), "field 3 holds bytes where a number belongs");
  field = reader.next();
  CHECK(field->type == WireType::fixed32);
  CHECK(field->value == 255);
  field = reader.next();
  CHECK(field->number == 255);
  CHECK(field->as_int() == -2);
  CHECK_FALSE(reader.next());
}

TEST_CASE("malformed protobuf is an error, never a read past the end") {
  auto first_error = [](const std::string& message) {
    ProtobufReader reader(message);
    try {
      while (reader.next()) {
      }
    } catch (const ProtobufError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(first_error(std::string("\x08", 1)) == "the message ends inside a number");
  CHECK(first_error(std::string("\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 12)) ==
        "a number is longer than 10 bytes");
  CHECK(first_error(std::string("\x1a\x80\x80\x80\x80\x10", 6)) ==
        "a field claims 4294967296 bytes, but only 0 are left");
  CHECK(first_error(std::string("\x0b", 1)) == "field 1 has wire type 3, which these messages never use");
  CHECK(first_error(std::string("\x00\x01", 2)) == "field number 0 is not valid");
  CHECK(first_error(std::string("\x11\x01\x02", 3)) == "a field claims 8 bytes, but only 2 are left");
}

TEST_CASE("a deck that is neither normal nor filtered is refused, as Anki does") {
  Deck deck;
  CHECK_THROWS_WITH(decode_deck_kind("", deck), "the deck is neither a normal nor a filtered deck");
  std::string normal;
  test::fixture::put_bytes(normal, 4, "<i>about</i>");
  test::fixture::put_uint(normal, 5, 1);
  std::string kind;
  test::fixture::put_bytes(kind, 1, normal);
  decode_deck_kind(kind, deck);
  CHECK(deck.description == "<i>about</i>");
  CHECK(deck.markdown_description);
}

TEST_CASE("the package version in meta") {
  CHECK(decode_package_version(std::string("\x08\x02", 2)) == 2);
  CHECK_FALSE(decode_package_version(""));
  CHECK_FALSE(decode_package_version(std::string("\x08\x00", 2)));
}
