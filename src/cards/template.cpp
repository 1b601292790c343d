#include "cards/template.h"

#include <algorithm>

namespace deckpress::cards {

namespace {

std::string trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

// "f2:f1:Field" -> field "Field", filters {"f2", "f1"}.
TemplateNode replacement(std::string_view tag) {
  TemplateNode node;
  node.kind = TemplateNode::Kind::replacement;
  std::string inner = trim(tag);
  size_t start = 0;
  for (size_t colon; (colon = inner.find(':', start)) != std::string::npos; start = colon + 1)
    node.filters.push_back(trim(std::string_view(inner).substr(start, colon - start)));
  node.field = trim(std::string_view(inner).substr(start));
  return node;
}

class Parser {
 public:
  explicit Parser(std::string_view source) : source_(source) {}

  std::vector<TemplateNode> parse_until(const std::string* closing) {
    std::vector<TemplateNode> nodes;
    while (at_ < source_.size()) {
      size_t open = source_.find("{{", at_);
      size_t close = open == std::string_view::npos ? open : source_.find("}}", open + 2);
      if (close == std::string_view::npos) {
        add_text(nodes, source_.substr(at_));
        at_ = source_.size();
        break;
      }
      add_text(nodes, source_.substr(at_, open - at_));
      std::string_view tag = source_.substr(open + 2, close - open - 2);
      at_ = close + 2;
      std::string inner = trim(tag);
      if (!inner.empty() && inner[0] == '/') {
        if (closing && trim(std::string_view(inner).substr(1)) == *closing) return nodes;
        add_text(nodes, source_.substr(open, close + 2 - open));
      } else if (!inner.empty() && (inner[0] == '#' || inner[0] == '^')) {
        TemplateNode node;
        node.kind = inner[0] == '#' ? TemplateNode::Kind::section
                                    : TemplateNode::Kind::inverted_section;
        node.field = trim(std::string_view(inner).substr(1));
        node.children = parse_until(&node.field);
        nodes.push_back(std::move(node));
      } else {
        nodes.push_back(replacement(tag));
      }
    }
    return nodes;
  }

 private:
  static void add_text(std::vector<TemplateNode>& nodes, std::string_view text) {
    if (text.empty()) return;
    if (!nodes.empty() && nodes.back().kind == TemplateNode::Kind::text) {
      nodes.back().text += text;
      return;
    }
    TemplateNode node;
    node.text = std::string(text);
    nodes.push_back(std::move(node));
  }

  std::string_view source_;
  size_t at_ = 0;
};

bool section_open(const TemplateNode& node, const FieldLookup& lookup) {
  bool non_empty = lookup.non_empty(node.field);
  return node.kind == TemplateNode::Kind::section ? non_empty : !non_empty;
}

}  // namespace

std::vector<TemplateNode> parse_template(std::string_view source) {
  return Parser(source).parse_until(nullptr);
}

std::string render_template(const std::vector<TemplateNode>& nodes, const FieldLookup& lookup) {
  std::string out;
  for (const auto& node : nodes) {
    switch (node.kind) {
      case TemplateNode::Kind::text: out += node.text; break;
      case TemplateNode::Kind::replacement: out += lookup.render(node.field, node.filters); break;
      case TemplateNode::Kind::section:
      case TemplateNode::Kind::inverted_section:
        if (section_open(node, lookup)) out += render_template(node.children, lookup);
        break;
    }
  }
  return out;
}

bool renders_content(const std::vector<TemplateNode>& nodes, const FieldLookup& lookup,
                     bool inverted_always_count) {
  return std::any_of(nodes.begin(), nodes.end(), [&](const TemplateNode& node) {
    switch (node.kind) {
      case TemplateNode::Kind::text: return false;
      case TemplateNode::Kind::replacement: return lookup.non_empty(node.field);
      case TemplateNode::Kind::inverted_section:
        if (inverted_always_count) return renders_content(node.children, lookup, true);
        [[fallthrough]];
      case TemplateNode::Kind::section:
        return section_open(node, lookup) &&
               renders_content(node.children, lookup, inverted_always_count);
    }
    return false;
  });
}

std::string strip_comments(std::string_view source) {
  std::string out;
  size_t at = 0;
  while (at < source.size()) {
    size_t open = source.find("<!--", at);
    out += source.substr(at, open - at);
    if (open == std::string_view::npos) break;
    size_t close = source.find("-->", open + 4);
    at = close == std::string_view::npos ? source.size() : close + 3;
  }
  return out;
}

}  // namespace deckpress::cards
