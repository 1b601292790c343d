// The last stage of Builder: every diagnostic on the terminal (and as
// GitHub annotations), a line per deck, and the JSON report. All three say
// the same: a deck is built only when every output it was to write is in
// place, and failed when it has an error.
#include <ostream>

#include <fmt/format.h>

#include "deck/diagnostic_format.h"
#include "pipeline/builder.h"
#include "pipeline/output_file.h"
#include "pipeline/report.h"

namespace deckpress::pipeline {

namespace {

const char* status_of(const DeckJob& job, bool write) {
  if (job.failed()) return "failed";
  if (!write) return "checked";
  if (job.up_to_date()) return "unchanged";
  return job.written() ? "built" : "failed";
}

DeckReport report_of(const DeckJob& job, bool write) {
  DeckReport report;
  report.file = job.file.generic_string();
  report.name = job.name();
  report.status = status_of(job, write);
  for (const auto& output : job.outputs)
    if (output.written) report.outputs.push_back(output.path.generic_string());
  if (job.up_to_date())
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
  Diagnostics outside_decks;  // the locks' own problems
  for (const auto& repository : repositories_) outside_decks.append(repository->lock.problems());
  print(outside_decks);
  std::vector<DeckReport> reports;
  for (const auto& job : jobs_) {
    print(job.diagnostics);
    reports.push_back(report_of(job, options_.write));
    if (options_.quiet || !options_.write) continue;
    std::string status = reports.back().status;
    if (status == "failed") out_ << fmt::format("failed {}: nothing written\n", job.file.generic_string());
    else out_ << fmt::format("{} {} ({} notes, {} cards)\n", status, job.file.generic_string(), job.notes(), job.cards());
  }
  if (errors) err_ << fmt::format("deckpress: {} error(s), {} warning(s)\n", errors, warnings);
  if (options_.report.empty()) return;
  try {
    replace_file_contents(options_.report, report_json(reports, outside_decks.all(), seconds_since(start_)));
  } catch (const std::exception& error) {
    err_ << "deckpress: " << error.what() << "\n";
  }
}

}  // namespace deckpress::pipeline
