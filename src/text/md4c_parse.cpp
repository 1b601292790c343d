#include "text/md4c_parse.h"

#include <vector>

namespace deckpress::text {
namespace {

struct Balancer {
  const MD_PARSER& inner;
  void* userdata;
  std::vector<MD_SPANTYPE> open;  // spans open now, innermost last
};

Balancer& balancer(void* self) { return *static_cast<Balancer*>(self); }

}  // namespace

int parse_balanced(const std::string& text, const MD_PARSER& parser, void* userdata) {
  Balancer state{parser, userdata, {}};
  MD_PARSER outer = parser;
  outer.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
    return balancer(self).inner.enter_block(type, detail, balancer(self).userdata);
  };
  outer.leave_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
    return balancer(self).inner.leave_block(type, detail, balancer(self).userdata);
  };
  outer.enter_span = [](MD_SPANTYPE type, void* detail, void* self) {
    balancer(self).open.push_back(type);
    return balancer(self).inner.enter_span(type, detail, balancer(self).userdata);
  };
  outer.leave_span = [](MD_SPANTYPE type, void* detail, void* self) {
    auto& open = balancer(self).open;
    if (open.empty() || open.back() != type) return 0;
    open.pop_back();
    return balancer(self).inner.leave_span(type, detail, balancer(self).userdata);
  };
  outer.text = [](MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size, void* self) {
    return balancer(self).inner.text(type, chars, size, balancer(self).userdata);
  };
  return md_parse(text.c_str(), static_cast<MD_SIZE>(text.size()), &outer, &state);
}

}  // namespace deckpress::text
