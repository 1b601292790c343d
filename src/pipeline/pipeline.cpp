#include "pipeline/pipeline.h"

#include "pipeline/builder.h"
#include "pipeline/disk.h"

namespace deckpress::pipeline {

Outcome run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
  RealDisk disk;
  return Builder(options, disk, out, err).run();
}

}  // namespace deckpress::pipeline
