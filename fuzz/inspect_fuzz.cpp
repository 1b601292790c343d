// libFuzzer entry for fuzz::inspect; see fuzz/run.
#include "fuzz/targets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  deckpress::fuzz::inspect({reinterpret_cast<const char*>(data), size});
  return 0;
}
