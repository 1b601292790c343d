#include "pipeline/report.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace deckpress::pipeline {

namespace {

nlohmann::ordered_json diagnostic_json(const Diagnostic& d) {
  return {{"severity", d.severity == Severity::error ? "error" : "warning"},
          {"file", d.pos.path},
          {"line", d.pos.line},
          {"column", d.pos.column},
          {"message", d.message}};
}

double milliseconds(double seconds) { return std::round(seconds * 10000) / 10; }

// GitHub's workflow-command escaping: data needs % CR LF, properties also : and ,.
std::string escape(const std::string& text, bool property) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string report_json(const std::vector<DeckReport>& decks, const std::vector<Diagnostic>& problems,
                        double seconds) {
  nlohmann::ordered_json out;
  out["version"] = 1;
  out["duration_ms"] = milliseconds(seconds);
  out["decks"] = nlohmann::ordered_json::array();
  for (const auto& deck : decks) {
    nlohmann::ordered_json entry = {{"file", deck.file},           {"name", deck.name},
                                    {"status", deck.status},       {"outputs", deck.outputs},
                                    {"notes", deck.notes},         {"cards", deck.cards},
                                    {"duration_ms", milliseconds(deck.seconds)}};
    entry["diagnostics"] = nlohmann::ordered_json::array();
    for (const auto& d : deck.diagnostics) entry["diagnostics"].push_back(diagnostic_json(d));
    out["decks"].push_back(std::move(entry));
  }
  out["diagnostics"] = nlohmann::ordered_json::array();
  for (const auto& d : problems) out["diagnostics"].push_back(diagnostic_json(d));
  return out.dump(2) + "\n";
}

std::string github_annotation(const Diagnostic& d) {
  const char* kind = d.severity == Severity::error ? "error" : "warning";
  if (d.pos.line <= 0)
    return fmt::format("::{} file={}::{}\n", kind, escape(d.pos.path, true), escape(d.message, false));
  return fmt::format("::{} file={},line={},col={}::{}\n", kind, escape(d.pos.path, true), d.pos.line,
                     d.pos.column, escape(d.message, false));
}

}  // namespace deckpress::pipeline
