// The names Anki gives the images of LaTeX in a field: a package that names
// another file than the one in the user's collection carries a useless copy.
// The expected names are the ones Anki's own code computes for these fields.
#include <catch2/catch.hpp>

#include "anki/latex_images.h"

using deckpress::anki::latex_image_names;
using Names = std::vector<std::string>;

TEST_CASE("LaTeX images are named by the SHA-1 of the text Anki hands to LaTeX") {
  // <br> and <div> become line breaks; other tags go, entities are decoded.
  CHECK(latex_image_names("a[latex]one<br>and<div>two[/latex]b", false) ==
        Names{"latex-ef30b3f4141c33a5bf7044b0d1961d3399c05d50.png"});
  // [$] wraps the text in $…$; a no-break space becomes a plain one; SVG.
  CHECK(latex_image_names("[$]<b>hello</b>&nbsp; world[/$]", true) ==
        Names{"latex-060219fbf3ddb74306abddaf4504276ad793b029.svg"});
  // [$$] is a displaymath environment; the tags are read in any case.
  CHECK(latex_image_names("[$$]math &amp; stuff[/$$]", false) ==
        Names{"latex-8899f3f849ffdef6e4e9f2f34a923a1f608ebc07.png"});
  CHECK(latex_image_names("[LATEX]one<BR>and<DIV>two[/Latex]", false) ==
        latex_image_names("[latex]one<br>and<div>two[/latex]", false));
}

TEST_CASE("a field without complete LaTeX tags names no image") {
  CHECK(latex_image_names("", false).empty());
  CHECK(latex_image_names("x[$]y", false).empty());
  CHECK(latex_image_names("[$][/$]", false).empty());  // Anki needs some text
  CHECK(latex_image_names("[latex]a[/latex] and [$]a[/$]", false).size() == 2);
  CHECK(latex_image_names("[$]a[/$][$]a[/$]", false).size() == 1);
  // Openers that never close do not hide a tag of another kind after them.
  std::string unclosed;
  for (int i = 0; i < 20000; ++i) unclosed += "[$]x ";
  CHECK(latex_image_names(unclosed + "[latex]one<br>and<div>two[/latex]", false) ==
        Names{"latex-ef30b3f4141c33a5bf7044b0d1961d3399c05d50.png"});
}

TEST_CASE("LaTeX around a cloze deletion names the images of each card's sides too") {
  const Names names = latex_image_names("[$]{{c1::x}}+{{c2::y::h}}[/$]", false);
  auto has = [&](const std::string& latex) {
    const std::string name = latex_image_names("[$]" + latex + "[/$]", false).at(0);
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  CHECK(has("x+y"));      // both answers
  CHECK(has("[...]+y"));  // card 1's question
  CHECK(has("x+[h]"));    // card 2's question shows the hint
  CHECK(has("{{c1::x}}+{{c2::y::h}}"));  // the field as written, as Anki's exporter names it
  CHECK(names.size() == 4);
}
