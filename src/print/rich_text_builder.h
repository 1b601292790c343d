#pragma once
// The state parse_rich_text keeps while it walks the tokens once: the open
// elements and their styles, the lists, the block being filled, a table or
// ruby being gathered. Internal to rich_text*.cpp.
#include <optional>
#include <string>
#include <vector>

#include "print/css.h"
#include "print/html_style.h"
#include "print/html_tokens.h"
#include "print/open_elements.h"
#include "print/rich_text.h"

namespace deckpress::print {

// Drops trailing spaces and line breaks, and spans they empty.
void trim_spans(std::vector<Span>& spans);
// Whether text appended to these spans would start a line (white space there collapses).
bool at_line_start_of(const std::vector<Span>& spans);

// A <ruby> and a <table> being read. At namespace scope, not nested in
// BlockBuilder: clang cannot construct a nested class with default member
// initializers inside std::optional before the enclosing class is complete.
struct OpenRuby {
  std::string base;
  std::string reading;
  bool in_reading = false;
};
struct OpenTable {
  Block block;
  std::vector<Span> caption;
  bool in_caption = false;
  int nested = 0;  // tables inside a cell flow into it as text
};

class BlockBuilder {
 public:
  explicit BlockBuilder(const Stylesheet& css);
  void text(std::string_view raw);
  void open(const HtmlToken& tag);
  void close(const std::string& name);
  std::vector<Block> finish();

 private:
  struct List {
    bool ordered = false;
    int next = 1;
  };
  void open_element(const HtmlToken& tag);
  void close_element(const std::string& name);
  void open_list_item();
  void open_image(const HtmlToken& tag);
  void add_formula(Formula formula);
  void append_collapsed(std::string_view text);
  void append(std::string_view text);
  void push_span(Span span);
  void end_reading();
  void end_ruby();
  std::vector<Span>& target();
  bool has_text() const;
  bool at_line_start();
  void start_block(BlockKind kind);
  void finish_block();

  // rich_text_tables.cpp
  void start_table();
  bool open_in_table(const HtmlToken& tag);
  bool close_in_table(const std::string& name);
  void finish_table();
  std::vector<Span>& cell_spans();
  bool cell_at_line_start();
  void cell_line_break();

  const Stylesheet& css_;
  CardStyle card_;
  OpenElements open_elements_;
  std::vector<Block> blocks_;
  Block current_;
  bool open_ = false;
  std::optional<BlockKind> resumed_;  // the kind text after a display formula goes on in
  int quote_ = 0;
  std::vector<List> lists_;
  std::optional<OpenRuby> ruby_;
  std::optional<OpenTable> table_;
};

}  // namespace deckpress::print
