// Tables for parse_rich_text: rows of cells with their spans, alignment and
// background. Block elements inside a cell become line breaks in it.
#include <algorithm>
#include <cstdlib>

#include "print/rich_text_builder.h"

namespace deckpress::print {
namespace {

int span_attribute(const HtmlToken& tag, const char* name) {
  auto found = tag.attributes.find(name);
  if (found == tag.attributes.end()) return 1;
  return std::clamp(std::atoi(found->second.c_str()), 1, 100);
}

bool breaks_line(std::string_view name) {
  return name == "p" || name == "div" || name == "li" || name == "pre" || name == "blockquote" ||
         name == "ul" || name == "ol" || name == "hr" ||
         (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6');
}

}  // namespace

void BlockBuilder::start_table() {
  finish_block();
  table_.emplace();
  table_->block.kind = BlockKind::table;
  table_->block.indent = static_cast<int>(lists_.size());
  table_->block.quote = quote_;
  table_->block.align = open_elements_.innermost().style.align;
}

bool BlockBuilder::open_in_table(const HtmlToken& tag) {
  const std::string& name = tag.name;
  std::vector<std::vector<TableCell>>& rows = table_->block.rows;
  if (name == "table") {
    ++table_->nested;
  } else if (table_->nested > 0 && (name == "tr" || name == "td" || name == "th")) {
    if (name == "tr") cell_line_break();
    if (name != "tr" && !cell_at_line_start()) append(" ");
  } else if (name == "tr") {
    rows.emplace_back();
  } else if (name == "td" || name == "th") {
    if (rows.empty()) rows.emplace_back();
    const ElementStyle& style = open_elements_.innermost().style;
    rows.back().push_back(TableCell{{}, span_attribute(tag, "colspan"), span_attribute(tag, "rowspan"),
                                    name == "th", style.align, style.block_background});
  } else if (name == "caption") {
    table_->in_caption = true;
  } else if (breaks_line(name)) {
    cell_line_break();
  } else if (name == "img") {
    auto src = tag.attributes.find("src");
    if (src != tag.attributes.end()) append("[image: " + src->second + "]");
  } else {
    return name == "thead" || name == "tbody" || name == "tfoot" || name == "colgroup" || name == "col";
  }
  return true;
}

bool BlockBuilder::close_in_table(const std::string& name) {
  if (name == "table") {
    if (table_->nested > 0) {
      --table_->nested;
    } else {
      finish_table();
    }
  } else if (name == "caption") {
    table_->in_caption = false;
  } else if (breaks_line(name)) {
    cell_line_break();
  } else {
    return name == "tr" || name == "td" || name == "th" || name == "thead" || name == "tbody" || name == "tfoot" ||
           name == "colgroup";
  }
  return true;
}

// The caption becomes a centred line above the table.
void BlockBuilder::finish_table() {
  OpenTable table = std::move(*table_);
  table_.reset();
  trim_spans(table.caption);
  if (!table.caption.empty()) {
    start_block(BlockKind::paragraph);
    current_.spans = std::move(table.caption);
    current_.align = Align::center;
    finish_block();
  }
  std::vector<std::vector<TableCell>>& rows = table.block.rows;
  for (auto& row : rows) {
    for (TableCell& cell : row) trim_spans(cell.spans);
  }
  std::erase_if(rows, [](const std::vector<TableCell>& row) { return row.empty(); });
  if (!rows.empty()) blocks_.push_back(std::move(table.block));
}

std::vector<Span>& BlockBuilder::cell_spans() {
  if (table_->in_caption) return table_->caption;
  std::vector<std::vector<TableCell>>& rows = table_->block.rows;
  if (rows.empty()) rows.emplace_back();
  if (rows.back().empty()) rows.back().push_back(TableCell{});
  return rows.back().back().spans;
}

bool BlockBuilder::cell_at_line_start() {
  const std::vector<std::vector<TableCell>>& rows = table_->block.rows;
  if (!table_->in_caption && (rows.empty() || rows.back().empty())) return true;
  return at_line_start_of(cell_spans());
}

void BlockBuilder::cell_line_break() {
  const std::vector<std::vector<TableCell>>& rows = table_->block.rows;
  if (rows.empty() || rows.back().empty()) return;
  std::vector<Span>& spans = cell_spans();
  if (!spans.empty() && !(spans.back().kind == Span::Kind::text && spans.back().text.ends_with('\n'))) append("\n");
}

}  // namespace deckpress::print
