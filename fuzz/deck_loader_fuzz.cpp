// libFuzzer entry for fuzz::load_deck; see fuzz/run.
#include "fuzz/targets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  deckpress::fuzz::load_deck({reinterpret_cast<const char*>(data), size});
  return 0;
}
