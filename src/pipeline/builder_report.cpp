// The last stage of Builder: every diagnostic on the terminal (and as
// GitHub annotations), a line per deck, and the JSON report.
#include <ostream>

#include <fmt/format.h>

#include "deck/diagnostic_format.h"
#include "pipeline/builder.h"
#include "pipeline/output_file.h"
#include "pipeline/report.h"

namespace deckpress::pipeline {

namespace {

const char* status_name(const DeckJob& job, bool write) {
  switch (job.status) {
    case DeckJob::Status::built: return write ? "built" : "checked";
    case DeckJob::Status::skipped: return "skipped";
    case DeckJob::Status::failed: return "failed";
  }
  return "failed";
}

DeckReport report_of(const DeckJob& job, bool write) {
  DeckReport report;
  report.file = job.file.generic_string();
  report.name = job.compiled ? job.compiled->deck.name : "";
  report.status = status_name(job, write);
  for (const auto& output : job.outputs)
    if (output.written) report.outputs.push_back(output.path.generic_string());
  if (job.previous)
    for (const auto& file : job.previous->outputs) report.outputs.push_back(file.path);
  report.notes = job.notes();
  report.cards = job.cards();
  report.seconds = job.seconds;
  report.diagnostics = job.diagnostics.all();
  return report;
}

}  // namespace

void Builder::report() {
  SourceLines sources;
  size_t errors = 0, warnings = 0;
  auto print = [&](const Diagnostics& diagnostics) {
    for (const auto& d : diagnostics.all()) {
      err_ << format_diagnostic(d, sources);
      if (options_.github_annotations) out_ << github_annotation(d);
    }
    errors += diagnostics.error_count();
    warnings += diagnostics.warning_count();
  };
  for (const auto& folder : folders_) print(folder->lock.problems());
  std::vector<DeckReport> reports;
  for (const auto& job : jobs_) {
    print(job.diagnostics);
    reports.push_back(report_of(job, options_.write));
    if (options_.quiet || !options_.write || job.status == DeckJob::Status::failed) continue;
    out_ << fmt::format("{} {} ({} notes, {} cards)\n", job.status == DeckJob::Status::skipped ? "unchanged" : "built",
                        job.file.generic_string(), job.notes(), job.cards());
  }
  if (errors) err_ << fmt::format("deckpress: {} error(s), {} warning(s)\n", errors, warnings);
  if (options_.report.empty()) return;
  try {
    replace_file_contents(options_.report, report_json(reports, seconds_since(start_)));
  } catch (const std::exception& error) {
    err_ << "deckpress: " << error.what() << "\n";
  }
}

}  // namespace deckpress::pipeline
