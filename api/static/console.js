// Keyboard shortcuts of the review console (the pages work without it: links and buttons).
(function () {
  "use strict";
  const page = document.body.dataset.page;
  const typing = (el) => el && (el.tagName === "TEXTAREA" || (el.tagName === "INPUT" && el.type === "text"));

  function moveSelection(step) {
    const rows = Array.from(document.querySelectorAll("table.queue tbody tr"));
    if (!rows.length) return;
    let i = rows.findIndex((r) => r.classList.contains("selected"));
    if (i >= 0) rows[i].classList.remove("selected");
    i = Math.max(0, Math.min(rows.length - 1, (i < 0 ? 0 : i + step)));
    rows[i].classList.add("selected");
    rows[i].scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(document.activeElement)) return;
    const key = event.key;
    if (key === "?") { const help = document.getElementById("help"); help.hidden = !help.hidden; return; }
    if (page === "queue") {
      if (key === "j") moveSelection(1);
      else if (key === "k") moveSelection(-1);
      else if (key === "Enter" || key === "o") {
        const row = document.querySelector("table.queue tr.selected");
        if (row) window.location.href = row.dataset.href;
      } else return;
      event.preventDefault();
      return;
    }
    if (page === "item") {
      const form = document.getElementById("decision");
      if (key === "c" || key === "o") {
        const reviewer = document.getElementById("reviewer");
        if (reviewer && !reviewer.value.trim()) { reviewer.focus(); event.preventDefault(); return; }
        form.requestSubmit(document.getElementById(key === "c" ? "confirm" : "override"));
      } else if (/^[1-9]$/.test(key)) {
        const box = form.querySelectorAll("input[name=codes]")[Number(key) - 1];
        if (box) box.checked = !box.checked;
      } else if (key === "n" || key === "q") {
        window.location.href = document.getElementById("back").href;
      } else if (key === "s") {
        const seller = document.getElementById("seller");
        if (seller) window.location.href = seller.href;
      } else return;
      event.preventDefault();
    }
  });
})();
