#include "preview/page_assets.h"

namespace deckpress::preview {

const std::string_view page_style = R"(<style>
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif;
  background: #ececec; color: #222; }
body.nightMode { background: #1b1b1b; color: #ddd; }
.dp-bar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center;
  gap: 0.5em 1.5em; padding: 0.6em 1.2em; background: #fafafa; border-bottom: 1px solid #ccc; }
body.nightMode .dp-bar { background: #262626; border-color: #444; }
.dp-bar h1 { font-size: 1.2em; margin: 0; }
.dp-bar input[type=search] { font-size: 1em; padding: 0.2em 0.5em; width: 18em; }
.dp-note { margin: 0.8em 1.2em; font-style: italic; }
main { padding: 0.4em 1.2em 2em; }
.dp-card { margin: 1em 0; }
.dp-card[hidden] { display: none; }
.dp-header { font-size: 0.85em; color: #555; margin-bottom: 0.3em; }
body.nightMode .dp-header { color: #aaa; }
.dp-header a { color: inherit; }
.dp-mode { display: grid; align-items: start; gap: 0.8em;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
.dp-side { position: relative; padding: 1.6em 1em 1em; border-radius: 8px;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25); overflow-wrap: anywhere; }
/* Colours for note types that set none; any note type rule wins, as in Anki. */
:where(.dp-side) { background: #fff; color: #000; }
:where(.dp-side.nightMode) { background: #2f2f2f; color: #eee; }
.dp-side::before { position: absolute; top: 0.4em; left: 0.8em;
  font: 11px "Liberation Sans", Arial, sans-serif; letter-spacing: 0.08em;
  text-transform: uppercase; opacity: 0.55; }
.dp-question::before { content: "Question"; }
.dp-answer::before { content: "Answer"; }
@media (max-width: 800px) { .dp-mode { grid-template-columns: 1fr; } }
</style>
)";

const std::string_view page_script = R"(<script>
(function () {
  const cards = document.querySelectorAll(".dp-card");
  const count = document.getElementById("dp-count");
  const search = document.getElementById("dp-search");
  const night = document.getElementById("dp-night");
  function filter() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const card of cards) {
      const text = card.querySelector(".dp-sides").textContent.toLowerCase();
      card.hidden = !words.every(function (word) { return text.includes(word); });
      if (!card.hidden) shown++;
    }
    count.textContent = shown + " of " + cards.length + " cards";
  }
  function setNight() {
    for (const element of document.querySelectorAll("body, .dp-mode, .dp-side")) {
      element.classList.toggle("nightMode", night.checked);
      element.classList.toggle("night_mode", night.checked);
    }
  }
  search.addEventListener("input", filter);
  night.addEventListener("change", setNight);
  // page.html?q=words&night opens the page searched and in night mode.
  const params = new URLSearchParams(location.search);
  if (params.has("q")) { search.value = params.get("q"); filter(); }
  if (params.has("night")) { night.checked = true; setNight(); }
})();
</script>
)";

}  // namespace deckpress::preview
