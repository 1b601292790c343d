#include "print/path_data.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace deckpress::print {

void PathData::move_to(float x, float y) {
  ops.push_back(Op::move);
  points.insert(points.end(), {x, y});
  last_x_ = x, last_y_ = y;
}

void PathData::line_to(float x, float y) {
  ops.push_back(Op::line);
  points.insert(points.end(), {x, y});
  last_x_ = x, last_y_ = y;
}

void PathData::cubic_to(float x1, float y1, float x2, float y2, float x, float y) {
  ops.push_back(Op::cubic);
  points.insert(points.end(), {x1, y1, x2, y2, x, y});
  last_x_ = x, last_y_ = y;
}

void PathData::quadratic_to(float cx, float cy, float x, float y) {
  constexpr float kTwoThirds = 2.0f / 3.0f;
  cubic_to(last_x_ + kTwoThirds * (cx - last_x_), last_y_ + kTwoThirds * (cy - last_y_),
           x + kTwoThirds * (cx - x), y + kTwoThirds * (cy - y), x, y);
}

void PathData::close() { ops.push_back(Op::close); }

namespace {

// Reads SVG path data: commands and the numbers after them.
class SvgPathReader {
 public:
  explicit SvgPathReader(std::string_view d) : text_(d) {}

  std::optional<PathData> read() {
    while (skip_separators(), pos_ < text_.size()) {
      if (std::isalpha(static_cast<unsigned char>(text_[pos_]))) {
        command_ = text_[pos_++];
      } else if (command_ == 0) {
        return std::nullopt;
      }
      if (!step()) return std::nullopt;
    }
    return std::move(path_);
  }

 private:
  void skip_separators() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == ',' || text_[pos_] == '\n' ||
                                   text_[pos_] == '\t' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool number(float& value) {
    skip_separators();
    std::string digits;
    while (pos_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '.' ||
                                   text_[pos_] == 'e' || ((text_[pos_] == '-' || text_[pos_] == '+') &&
                                                          (digits.empty() || digits.back() == 'e')))) {
      digits += text_[pos_++];
    }
    if (digits.empty()) return false;
    value = std::strtof(digits.c_str(), nullptr);
    return true;
  }

  bool point(float& x, float& y, bool relative) {
    if (!number(x) || !number(y)) return false;
    if (relative) x += x_, y += y_;
    return true;
  }

  // One command's numbers; the command repeats while numbers follow.
  bool step() {
    bool relative = std::islower(static_cast<unsigned char>(command_));
    char command = static_cast<char>(std::toupper(static_cast<unsigned char>(command_)));
    float x = x_, y = y_, cx = 0, cy = 0, c2x = 0, c2y = 0;
    bool smooth = command == 'T';
    switch (command) {
      case 'M':
        if (!point(x, y, relative)) return false;
        path_.move_to(x, y);
        start_x_ = x, start_y_ = y;
        command_ = relative ? 'l' : 'L';  // further pairs are lines
        break;
      case 'L':
        if (!point(x, y, relative)) return false;
        path_.line_to(x, y);
        break;
      case 'H':
        if (!number(x)) return false;
        if (relative) x += x_;
        path_.line_to(x, y);
        break;
      case 'V':
        if (!number(y)) return false;
        if (relative) y += y_;
        path_.line_to(x, y);
        break;
      case 'Q':
      case 'T':
        if (smooth) {
          cx = last_quadratic_ ? 2 * x_ - control_x_ : x_;
          cy = last_quadratic_ ? 2 * y_ - control_y_ : y_;
        } else if (!point(cx, cy, relative)) {
          return false;
        }
        if (!point(x, y, relative)) return false;
        path_.quadratic_to(cx, cy, x, y);
        control_x_ = cx, control_y_ = cy;
        break;
      case 'C':
        if (!point(cx, cy, relative) || !point(c2x, c2y, relative) || !point(x, y, relative)) return false;
        path_.cubic_to(cx, cy, c2x, c2y, x, y);
        break;
      case 'Z':
        path_.close();
        x = start_x_, y = start_y_;
        command_ = 0;
        break;
      default:
        return false;
    }
    last_quadratic_ = command == 'Q' || command == 'T';
    x_ = x, y_ = y;
    return true;
  }

  std::string_view text_;
  size_t pos_ = 0;
  char command_ = 0;
  PathData path_;
  float x_ = 0, y_ = 0, start_x_ = 0, start_y_ = 0, control_x_ = 0, control_y_ = 0;
  bool last_quadratic_ = false;
};

}  // namespace

std::optional<PathData> parse_svg_path(std::string_view d) { return SvgPathReader(d).read(); }



void append_number(std::string& out, double value, int decimals) {
  static constexpr long long kUnits[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  long long unit = kUnits[std::clamp(decimals, 0, 6)];
  long long scaled = std::llround(value * static_cast<double>(unit));
  if (scaled < 0) {
    out += '-';
    scaled = -scaled;
  }
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, scaled / unit).ptr;
  if (long long fraction = scaled % unit; fraction != 0) {
    *end++ = '.';
    for (long long place = unit / 10; place > 0 && fraction > 0; place /= 10) {
      *end++ = static_cast<char>('0' + fraction / place);
      fraction %= place;
    }
  }
  *end++ = ' ';
  out.append(digits, end);
}

PdfPath pdf_path(const PathData& path) {
  PdfPath out;
  if (!path.points.empty()) out.box = {path.points[0], path.points[1], path.points[0], path.points[1]};
  for (size_t i = 0; i + 1 < path.points.size(); i += 2) {
    out.box[0] = std::min(out.box[0], path.points[i]);
    out.box[1] = std::min(out.box[1], path.points[i + 1]);
    out.box[2] = std::max(out.box[2], path.points[i]);
    out.box[3] = std::max(out.box[3], path.points[i + 1]);
  }
  const float* p = path.points.data();
  for (PathData::Op op : path.ops) {
    int pairs = op == PathData::Op::cubic ? 3 : op == PathData::Op::close ? 0 : 1;
    for (int i = 0; i < 2 * pairs; ++i) append_number(out.operators, *p++);
    switch (op) {
      case PathData::Op::move: out.operators += "m "; break;
      case PathData::Op::line: out.operators += "l "; break;
      case PathData::Op::cubic: out.operators += "c "; break;
      case PathData::Op::close: out.operators += "h "; break;
    }
  }
  return out;
}

}  // namespace deckpress::print
