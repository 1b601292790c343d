#include "cards/template.h"

#include <algorithm>

namespace deckpress::cards {

namespace {

constexpr std::string_view kOpen = "{{", kClose = "}}";
constexpr std::string_view kCommentOpen = "<!--", kCommentClose = "-->";

std::string trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

// A tag's inner text as Anki classifies it: extra opening braces dropped,
// then a leading #, ^ or / makes it a section tag.
TemplateTag classify(size_t begin, size_t end, std::string_view inner) {
  std::string text = trim(inner.substr(std::min(inner.find_first_not_of('{'), inner.size())));
  TemplateTag tag{begin, end, 0, text};
  if (text.size() >= 2 && (text[0] == '#' || text[0] == '^' || text[0] == '/')) {
    tag.sigil = text[0];
    tag.text = trim(std::string_view(text).substr(1));
  }
  return tag;
}

class Parser {
 public:
  Parser(std::string_view source, const std::vector<TemplateTag>& tags) : source_(source), tags_(tags) {}

  std::vector<TemplateNode> parse_until(const std::string* closing) {
    std::vector<TemplateNode> nodes;
    for (; next_ < tags_.size(); ++next_) {
      const TemplateTag& tag = tags_[next_];
      add_text(nodes, source_.substr(at_, tag.begin - at_));
      at_ = tag.end;
      if (tag.sigil == '/') {
        if (closing && tag.text == *closing) return nodes;
        add_text(nodes, source_.substr(tag.begin, tag.end - tag.begin));
      } else if (tag.sigil) {
        TemplateNode node;
        node.kind = tag.sigil == '#' ? TemplateNode::Kind::section : TemplateNode::Kind::inverted_section;
        node.field = tag.text;
        ++next_;
        node.children = parse_until(&node.field);
        nodes.push_back(std::move(node));
        if (next_ == tags_.size()) break;
      } else {
        nodes.push_back(replacement(tag.text));
      }
    }
    // The end of the template, in the innermost section left open.
    add_text(nodes, source_.substr(at_));
    at_ = source_.size();
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
  const std::vector<TemplateTag>& tags_;
  size_t next_ = 0;  // the next tag to read
  size_t at_ = 0;    // the source before it is read
};

bool section_open(const TemplateNode& node, const FieldLookup& lookup) {
  bool non_empty = lookup.non_empty(node.field);
  return node.kind == TemplateNode::Kind::section ? non_empty : !non_empty;
}

}  // namespace

std::vector<TemplateTag> template_tags(std::string_view source) {
  std::vector<TemplateTag> tags;
  size_t at = 0;
  while (true) {
    size_t open = source.find(kOpen, at);
    size_t comment = source.find(kCommentOpen, at);
    if (comment < open) {
      size_t close = source.find(kCommentClose, comment + kCommentOpen.size());
      if (close == std::string_view::npos) break;  // Anki reads an unclosed comment as text
      at = close + kCommentClose.size();
      continue;
    }
    if (open == std::string_view::npos) break;
    size_t close = source.find(kClose, open + kOpen.size());
    if (close == std::string_view::npos) break;
    at = close + kClose.size();
    tags.push_back(classify(open, at, source.substr(open + kOpen.size(), close - open - kOpen.size())));
  }
  return tags;
}

TemplateNode replacement(std::string_view text) {
  TemplateNode node;
  node.kind = TemplateNode::Kind::replacement;
  size_t start = 0;
  for (size_t colon; (colon = text.find(':', start)) != std::string::npos; start = colon + 1)
    node.filters.push_back(trim(text.substr(start, colon - start)));
  node.field = trim(text.substr(start));
  return node;
}

std::vector<TemplateNode> parse_template(std::string_view source) {
  auto tags = template_tags(source);
  return Parser(source, tags).parse_until(nullptr);
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

}  // namespace deckpress::cards
