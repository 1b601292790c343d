#include "pipeline/tag_expression.h"

#include "text/ascii.h"

namespace deckpress::pipeline {

struct TagExpression::Node {
  enum class Kind { tag, all_of, any_of, negation } kind = Kind::tag;
  std::string tag;
  std::vector<std::shared_ptr<const Node>> children;
};

namespace {

using Node = TagExpression::Node;
using NodePtr = std::shared_ptr<const Node>;

bool glob(std::string_view pattern, std::string_view text) {
  if (pattern.empty()) return text.empty();
  if (pattern.front() == '*') {
    for (size_t skip = 0; skip <= text.size(); ++skip) {
      if (glob(pattern.substr(1), text.substr(skip))) return true;
    }
    return false;
  }
  return !text.empty() && text::ascii_lower(pattern.front()) == text::ascii_lower(text.front()) &&
         glob(pattern.substr(1), text.substr(1));
}

bool is_word_char(char c) { return !text::is_ascii_space(c) && c != '(' && c != ')' && c != ','; }

// Recursive descent over the words and brackets of an expression.
class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  // The expression, or the problem with it.
  struct Parsed {
    NodePtr root;  // null when there is a problem
    std::string problem;
  };
  Parsed parse() {
    NodePtr root = any_of();
    if (problem_.empty() && !peek().empty()) problem_ = "unexpected '" + std::string(peek()) + "'";
    return {problem_.empty() ? root : nullptr, problem_};
  }

 private:
  std::string_view peek() {
    while (pos_ < text_.size() && text::is_ascii_space(text_[pos_])) ++pos_;
    if (pos_ == text_.size()) return {};
    if (!is_word_char(text_[pos_])) return text_.substr(pos_, 1);
    size_t end = pos_;
    while (end < text_.size() && is_word_char(text_[end])) ++end;
    return text_.substr(pos_, end - pos_);
  }
  void take(std::string_view token) { pos_ += token.size(); }
  static bool is(std::string_view token, std::string_view word) { return text::iequals(token, word); }

  NodePtr combine(Node::Kind kind, std::vector<NodePtr> children) {
    if (children.size() == 1) return children.front();
    auto node = std::make_shared<Node>();
    node->kind = kind;
    node->children = std::move(children);
    return node;
  }

  NodePtr any_of() {
    std::vector<NodePtr> children{all_of()};
    while (problem_.empty() && (is(peek(), "or") || peek() == ",")) {
      std::string_view joiner = peek();
      take(joiner);
      if (peek().empty() || peek() == ")") problem_ = "expected a tag after '" + std::string(joiner) + "'";
      else children.push_back(all_of());
    }
    return combine(Node::Kind::any_of, std::move(children));
  }

  NodePtr all_of() {
    std::vector<NodePtr> children{unary()};
    for (;;) {
      std::string_view next = peek();
      if (!problem_.empty() || next.empty() || next == ")" || next == "," || is(next, "or")) break;
      if (is(next, "and")) {
        take(next);
        if (peek().empty() || peek() == ")") {
          problem_ = "expected a tag after 'and'";
          break;
        }
      }
      children.push_back(unary());
    }
    return combine(Node::Kind::all_of, std::move(children));
  }

  NodePtr unary() {
    std::string_view token = peek();
    if (token.empty()) {
      problem_ = "expected a tag";
      return nullptr;
    }
    if (is(token, "not") || (token.size() > 1 && token.front() == '-')) {
      take(is(token, "not") ? token : token.substr(0, 1));
      if (peek().empty()) {
        problem_ = "expected a tag after '" + std::string(is(token, "not") ? "not" : "-") + "'";
        return nullptr;
      }
      auto node = std::make_shared<Node>();
      node->kind = Node::Kind::negation;
      node->children.push_back(unary());
      return node;
    }
    if (token == "(") {
      take(token);
      NodePtr inner = any_of();
      if (problem_.empty() && peek() != ")") problem_ = "a '(' is never closed";
      else if (problem_.empty()) take(")");
      return inner;
    }
    if (token == ")" || token == "," || is(token, "and") || is(token, "or")) {
      problem_ = "expected a tag before '" + std::string(token) + "'";
      return nullptr;
    }
    take(token);
    auto node = std::make_shared<Node>();
    node->tag = std::string(token);
    return node;
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::string problem_;  // the first one: parsing stops there
};

bool evaluate(const Node& node, const std::vector<std::string>& tags) {
  switch (node.kind) {
    case Node::Kind::tag:
      for (const std::string& tag : tags) {
        if (tag_matches(node.tag, tag)) return true;
      }
      return false;
    case Node::Kind::negation:
      return !evaluate(*node.children.front(), tags);
    case Node::Kind::all_of:
      for (const NodePtr& child : node.children) {
        if (!evaluate(*child, tags)) return false;
      }
      return true;
    case Node::Kind::any_of:
      for (const NodePtr& child : node.children) {
        if (evaluate(*child, tags)) return true;
      }
      return false;
  }
  return false;
}

}  // namespace

bool tag_matches(std::string_view pattern, std::string_view tag) {
  if (glob(pattern, tag)) return true;
  for (size_t at = tag.find("::"); at != std::string_view::npos; at = tag.find("::", at + 2)) {
    if (glob(pattern, tag.substr(0, at))) return true;
  }
  return false;
}

std::optional<TagExpression> TagExpression::parse(std::string_view text, const SourcePos& pos,
                                                  Diagnostics& diagnostics) {
  auto parsed = Parser(text).parse();
  if (!parsed.root) {
    diagnostics.error(pos, "--tags \"" + std::string(text) + "\": " + parsed.problem);
    return std::nullopt;
  }
  TagExpression expression;
  expression.root_ = std::move(parsed.root);
  return expression;
}

bool TagExpression::matches(const std::vector<std::string>& tags) const { return evaluate(*root_, tags); }

}  // namespace deckpress::pipeline
