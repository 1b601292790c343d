// libFuzzer entry for fuzz::markdown; see fuzz/run.
#include "fuzz/targets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  deckpress::fuzz::markdown({reinterpret_cast<const char*>(data), size});
  return 0;
}
