#include <catch2/catch.hpp>

#include "repeated_text.h"
#include "text/markdown.h"
#include "text/math.h"

using namespace deckpress::text;

namespace {

std::string html_of(std::string_view markdown, bool allow_html = false) {
  HtmlOptions options;
  options.allow_html = allow_html;
  return markdown_to_html(markdown, options).html;
}

// Renames "dir/x.png" to "x.png", as the package writer does.
HtmlOptions flattening_media() {
  HtmlOptions options;
  options.media_name = [](const MediaRef& ref) {
    return ref.target.substr(ref.target.rfind('/') + 1);
  };
  return options;
}

}  // namespace

TEST_CASE("a single paragraph has no <p> wrapper") {
  CHECK(html_of("What is *X*?") == "What is <em>X</em>?");
  CHECK(html_of("line one\nline two\n") == "line one\nline two");
}

TEST_CASE("several blocks keep their tags") {
  CHECK(html_of("First.\n\nSecond **bold**.") == "<p>First.</p>\n<p>Second <strong>bold</strong>.</p>");
  CHECK(html_of("# Title\n\ntext") == "<h1>Title</h1>\n<p>text</p>");
}

TEST_CASE("emphasis, strikethrough, inline code and hard breaks") {
  CHECK(html_of("*a* **b** ~~c~~ `d<e`") ==
        "<em>a</em> <strong>b</strong> <del>c</del> <code>d&lt;e</code>");
  CHECK(html_of("a\\\nb") == "a<br>b");
}

TEST_CASE("lists") {
  CHECK(html_of("- a\n- b") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
  CHECK(html_of("3. x\n4. y") == "<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>");
}

TEST_CASE("text is escaped so it shows as typed") {
  CHECK(html_of("AT&T says \"x > y\"") == "AT&amp;T says &quot;x &gt; y&quot;");
  CHECK(html_of("&copy; and &bogus;") == "© and &amp;bogus;");
}

// "offset: message" of each problem.
std::vector<std::string> problems_of(std::string_view markdown) {
  std::vector<std::string> out;
  for (const auto& problem : markdown_to_html(markdown, HtmlOptions{}).problems)
    out.push_back(std::to_string(problem.offset) + ": " + problem.message);
  return out;
}

TEST_CASE("inline HTML tags Anki shows pass as written, and a deck may allow any HTML") {
  CHECK(html_of("H<sub>2</sub>O and x<sup>n+1</sup>") == "H<sub>2</sub>O and x<sup>n+1</sup>");
  CHECK(html_of("<b>bold</b>, <u>under</u>, <span style=\"color: red\" class=\"x\">red</span>, "
                "<ruby>漢<rt>かん</rt></ruby>, a<br>b, <font color=\"#00f\">blue</font>") ==
        "<b>bold</b>, <u>under</u>, <span style=\"color: red\" class=\"x\">red</span>, "
        "<ruby>漢<rt>かん</rt></ruby>, a<br>b, <font color=\"#00f\">blue</font>");
  CHECK(html_of("<a href=\"https://x.org\">x</a> <!-- note -->") == "<a href=\"https://x.org\">x</a> <!-- note -->");
  CHECK(problems_of("H<sub>2</sub>O").empty());
  CHECK(html_of("<div onclick=\"x()\">a</div>", true) == "<div onclick=\"x()\">a</div>");
}

TEST_CASE("other raw HTML is shown as text, with a warning at the tag, once per tag name") {
  CHECK(html_of("a <div>b</div> <div>c</div>") == "a &lt;div&gt;b&lt;/div&gt; &lt;div&gt;c&lt;/div&gt;");
  CHECK(problems_of("a <div>b</div> <div>c</div>") ==
        std::vector<std::string>{"2: HTML tag <div> is shown as text: Markdown fields pass only inline tags such as "
                                 "<b>, <i>, <sub>, <sup> and <span>; write it in Markdown, or set allow_html = true in [deck]"});
  CHECK(html_of("List<int>") == "List&lt;int&gt;");
  CHECK(problems_of("x <script>alert(1)</script>").size() == 1);
  CHECK(html_of("x <script>alert(1)</script>") == "x &lt;script&gt;alert(1)&lt;/script&gt;");
}

TEST_CASE("inline tags with event handlers, scripts or script addresses are shown as text") {
  CHECK(html_of("<b onmouseover=\"steal()\">x</b>") == "&lt;b onmouseover=&quot;steal()&quot;&gt;x</b>");
  CHECK(problems_of("<b onmouseover=\"steal()\">x</b>") ==
        std::vector<std::string>{"0: HTML tag <b> is shown as text: its attribute 'onmouseover' is not passed (no event "
                                 "handlers, nothing that runs); remove it, or set allow_html = true in [deck]"});
  CHECK(problems_of("<a href=\" JaVa&#x09;script:alert(1)\">x</a>") ==
        std::vector<std::string>{"0: HTML tag <a> is shown as text: its href is a 'javascript:' address, which Anki "
                                 "would open or run; use http, https or mailto"});
  CHECK(problems_of("<span style=\"background: url(http://t.co/x)\">x</span>") ==
        std::vector<std::string>{"0: HTML tag <span> is shown as text: its style loads or runs something (url() or "
                                 "expression()); remove that part"});
  CHECK(problems_of("<img src=\"cat.png\" alt=\"cat\" width=\"40\">").empty());
}

TEST_CASE("raw HTML blocks: their tags checked, their text shown as text") {
  CHECK(html_of("<b>\nbold & brave\n</b>") == "<b>\nbold &amp; brave\n</b>");
  CHECK(html_of("para\n\n<table>\n<tr><td>1</td></tr>\n</table>") ==
        "<p>para</p>\n&lt;table&gt;\n&lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;\n&lt;/table&gt;");
  CHECK(problems_of("para\n\n<table>\n<tr><td>1</td></tr>\n</table>").size() == 3);
}

TEST_CASE("problem offsets are the author's, whatever math escaping added") {
  CHECK(problems_of("$5 and $10 <div>") ==
        std::vector<std::string>{"11: HTML tag <div> is shown as text: Markdown fields pass only inline tags such as "
                                 "<b>, <i>, <sub>, <sup> and <span>; write it in Markdown, or set allow_html = true in [deck]"});
}

TEST_CASE("links") {
  CHECK(html_of("[docs](https://x.org/?a=1&b=2 \"Docs\")") ==
        "<a href=\"https://x.org/?a=1&amp;b=2\" title=\"Docs\">docs</a>");
}

TEST_CASE("a span md4c ends without beginning it leaves no stray end tag") {
  const std::string html = html_of("[](*)* and $x$");
  CHECK_THAT(html, !Catch::Contains("</em>"));
  CHECK_THAT(html, Catch::StartsWith("<a href=\"*\"></a>") && Catch::EndsWith(" and <span class=\"math\">\\(x\\)</span>"));
}

TEST_CASE("math becomes Anki's MathJax delimiters") {
  CHECK(html_of("Area $\\pi r^2$") == "Area <span class=\"math\">\\(\\pi r^2\\)</span>");
  CHECK(html_of("$$a<b$$") == "<span class=\"math\">\\[a&lt;b\\]</span>");
}

TEST_CASE("$ follows Pandoc's rule: money and shell variables stay text") {
  CHECK(html_of("It costs $5 and $10") == "It costs $5 and $10");
  CHECK(html_of("$20,000 and $30,000") == "$20,000 and $30,000");
  CHECK(html_of("echo $HOME and $PATH") == "echo $HOME and $PATH");
  CHECK(html_of("from $a$ to $b$") ==
        "from <span class=\"math\">\\(a\\)</span> to <span class=\"math\">\\(b\\)</span>");
  // An opening $ needs a non-space after it, a closing one a non-space before it and no digit after it.
  CHECK(html_of("$ a$ and $b $ and $c$5") == "$ a$ and $b $ and $c$5");
  // A failed opener is a dollar; the next $ may open a formula.
  CHECK(html_of("pay $5, get $x$") == "pay $5, get <span class=\"math\">\\(x\\)</span>");
  CHECK(html_of("a *$x$* b") == "a <em><span class=\"math\">\\(x\\)</span></em> b");
  CHECK(html_of("$$ \\sum x $$") == "<span class=\"math\">\\[ \\sum x \\]</span>");
  // \$ is a dollar; $ in code is code.
  CHECK(html_of("\\$x$ and `$y$`") == "$x$ and <code>$y$</code>");
  // Markdown inside a formula is TeX, not emphasis.
  CHECK(html_of("$a_1 * b_1 * c$") == "<span class=\"math\">\\(a_1 * b_1 * c\\)</span>");
}

TEST_CASE("the math of a field is found as the renderer finds it") {
  auto ranges = [](std::string_view text) {
    std::vector<std::string> out;
    for (const auto& range : markdown_math(text)) out.emplace_back(text.substr(range.begin, range.end - range.begin));
    return out;
  };
  CHECK(ranges("It costs $5 and $10, or $x^2$ and $$\\frac12$$").size() == 2);
  CHECK(ranges("It costs $5 and $10, or $x^2$ and $$\\frac12$$") == std::vector<std::string>{"$x^2$", "$$\\frac12$$"});
  CHECK(ranges("`$x$` <https://a.org/$x$>").empty());
  auto html = html_math("a \\(x\\) b \\[y\\] c \\(open");
  REQUIRE(html.size() == 2);
  CHECK(html[0].begin == 2);
  CHECK(html[0].end == 7);
  CHECK(html[1].begin == 10);
  CHECK(html_math("C:\\\\(dir)").empty());  // an escaped backslash
  auto after_unclosed = html_math("\\(open \\[y\\]");
  REQUIRE(after_unclosed.size() == 1);
  CHECK(after_unclosed[0].begin == 7);
  std::string many_unclosed;
  for (int i = 0; i < 50000; ++i) many_unclosed += "\\(a ";
  REQUIRE(html_math(many_unclosed + "\\[y\\]").size() == 1);
}

TEST_CASE("tables") {
  CHECK(html_of("| a | b |\n|:--|--:|\n| 1 | 2 |") ==
        "<table>\n<thead>\n<tr>\n<th align=\"left\">a</th>\n<th align=\"right\">b</th>\n"
        "</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"left\">1</td>\n"
        "<td align=\"right\">2</td>\n</tr>\n</tbody>\n</table>");
}

TEST_CASE("fenced code is highlighted by language") {
  CHECK(html_of("```python\nreturn 1\n```") ==
        "<pre><code class=\"language-python\">"
        "<span style=\"color:#a626a4;font-weight:bold\">return</span> "
        "<span style=\"color:#c18401\">1</span></code></pre>");
}

TEST_CASE("highlighting carries a multi-line string over its lines") {
  CHECK(html_of("```python\ns = \"\"\"a\nb\"\"\"\n```") ==
        "<pre><code class=\"language-python\">s ="
        "<span style=\"color:#50a14f\"> &quot;&quot;&quot;a</span>\n"
        "<span style=\"color:#50a14f\">b&quot;&quot;&quot;</span></code></pre>");
}

TEST_CASE("code in an unknown language stays plain and escaped") {
  CHECK(html_of("```klingon\nif a<b:\n  x\n```") ==
        "<pre><code class=\"language-klingon\">if a&lt;b:\n  x</code></pre>");
  CHECK(html_of("```\n<b>\n```") == "<pre><code>&lt;b&gt;</code></pre>");
}

TEST_CASE("toml code is highlighted like an ini file") {
  CHECK(html_of("```toml\n# c\n```") ==
        "<pre><code class=\"language-toml\">"
        "<span style=\"color:#8a8a8a;font-style:italic\"># c</span></code></pre>");
}

TEST_CASE("images and sounds are renamed and recorded with their offsets") {
  std::string markdown = "See ![a *cat*](img/cat.png) [sound:audio/meow.mp3]";
  Html html = markdown_to_html(markdown, flattening_media());
  CHECK(html.html == "See <img src=\"cat.png\" alt=\"a cat\"> [sound:meow.mp3]");
  REQUIRE(html.media.size() == 2);
  CHECK(html.media[0].target == "img/cat.png");
  CHECK(html.media[0].offset == markdown.find("img/cat.png"));
  CHECK(html.media[1].target == "audio/meow.mp3");
  CHECK(html.media[1].offset == markdown.find("audio/meow.mp3"));
}

TEST_CASE("the same file named twice gets two offsets") {
  std::string markdown = "![](a.png)\n\n![](a.png)";
  Html html = markdown_to_html(markdown, HtmlOptions{});
  REQUIRE(html.media.size() == 2);
  CHECK(html.media[0].offset == 4);
  CHECK(html.media[1].offset == 16);
}

TEST_CASE("without media_name the targets stay as written") {
  CHECK(html_of("![x](img/cat.png)") == "<img src=\"img/cat.png\" alt=\"x\">");
}

TEST_CASE("images in allowed raw HTML are renamed too") {
  HtmlOptions options = flattening_media();
  options.allow_html = true;
  CHECK(markdown_to_html("<img src=\"img/dog.png\">", options).html == "<img src=\"dog.png\">");
}

TEST_CASE("cloze markup survives Markdown") {
  CHECK(html_of("{{c1::**bold**::a hint}}") == "{{c1::<strong>bold</strong>::a hint}}");
  CHECK(html_of("- {{c1::a}}\n- {{c2::b}}") ==
        "<ul>\n<li>{{c1::a}}</li>\n<li>{{c2::b}}</li>\n</ul>");
  CHECK(html_of("{{c1::$x$}}") == "{{c1::<span class=\"math\">\\(x\\)</span>}}");
}

TEST_CASE("rewrite_html_media renames references and keeps every other byte") {
  std::string html =
      "<p class=x><IMG alt='c' SRC='img/cat.png'></p>"
      "<audio controls src=\"s/a.mp3\"></audio><object data=d/x.svg></object>[sound:s/b.mp3]";
  Html result = rewrite_html_media(html, flattening_media());
  CHECK(result.html ==
        "<p class=x><IMG alt='c' SRC='cat.png'></p>"
        "<audio controls src=\"a.mp3\"></audio><object data=x.svg></object>[sound:b.mp3]");
  REQUIRE(result.media.size() == 4);
  CHECK(result.media[0].target == "img/cat.png");
  CHECK(result.media[0].offset == html.find("img/cat.png"));
  CHECK(result.media[3].target == "s/b.mp3");
  CHECK(result.media[3].offset == html.find("s/b.mp3"));
}

TEST_CASE("rewrite_html_media decodes entities in file names") {
  Html result = rewrite_html_media("<img src=\"a&amp;b.png\">", HtmlOptions{});
  REQUIRE(result.media.size() == 1);
  CHECK(result.media[0].target == "a&b.png");
  CHECK(result.html == "<img src=\"a&amp;b.png\">");
}

TEST_CASE("rewrite_html_media ignores tags that name no file") {
  Html result = rewrite_html_media("<img alt=x> <imgx src=a.png> [sound:]", HtmlOptions{});
  CHECK(result.media.empty());
}

TEST_CASE("a raw HTML block of very many unclosed comments or tags is read in one pass") {
  CHECK(html_of("<!--x\n" + repeated("<!--x ", 100000)) == "&lt;!--x\n" + repeated("&lt;!--x ", 99999) + "&lt;!--x");
  CHECK(html_of("<b>\n" + repeated("<b x ", 100000)) == "<b>\n" + repeated("&lt;b x ", 99999) + "&lt;b x");
  // Those that close still pass; a '<' inside a tag is an attribute's, which is shown as text.
  CHECK(html_of("<b>\n<!--a--><b x <b>y</b>") == "<b>\n<!--a-->&lt;b x &lt;b&gt;y</b>");
  CHECK(html_of("<b>\n<!--a <b> -->y</b>") == "<b>\n<!--a <b> -->y</b>");
}
