/* The claimdiff page's behaviour: select a finding, show its claims, step through conflicts.
   It reads everything from the DOM (data-marks on entries, data-entries on marks)
   and never writes markup, only classes: no text of the report passes through it. */
(function () {
  "use strict";
  document.documentElement.classList.add("js"); /* the CSS shows the keyboard hint */
  var entries = Array.prototype.slice.call(document.querySelectorAll(".entry"));
  var current = null;

  function ids(value) {
    return value ? value.split(" ").filter(Boolean) : [];
  }

  function pane(el) {
    var p = el.closest(".pane");
    // A pane scrolls on its own only in the side-by-side layout.
    return p && getComputedStyle(p).overflowY !== "visible" ? p : null;
  }

  function reveal(el) {
    /* Scroll el's own pane so el stands a third of the way down it; false when
       the panes are stacked and the window scrolls instead. */
    var p = pane(el);
    if (!p) return false;
    var r = el.getBoundingClientRect(), b = p.getBoundingClientRect();
    if (r.top < b.top + 40 || r.bottom > b.bottom) p.scrollTop += r.top - b.top - b.height / 3;
    return true;
  }

  function pulse(el) {
    el.classList.remove("pulse");
    void el.offsetWidth; /* restart the animation */
    el.classList.add("pulse");
  }

  function select(entry) {
    if (current) {
      current.classList.remove("selected");
      current.removeAttribute("aria-current");
      ids(current.dataset.marks).forEach(function (id) {
        var m = document.getElementById(id);
        if (m) m.classList.remove("selected", "pulse");
      });
    }
    current = entry;
    entry.classList.add("selected");
    entry.setAttribute("aria-current", "true");
    var group = entry.closest("details");
    if (group) group.open = true;
    var windowScrolled = false;
    ids(entry.dataset.marks).forEach(function (id) {
      var m = document.getElementById(id);
      if (!m) return;
      m.classList.add("selected");
      pulse(m);
      if (!reveal(m) && !windowScrolled) {
        m.scrollIntoView({ block: "center" });
        windowScrolled = true;
      }
    });
    if (!windowScrolled) reveal(entry);
    document.body.dataset.selected = entry.id;
  }

  function step(delta) {
    var conflicts = entries.filter(function (e) { return e.dataset.tone === "conflict"; });
    var list = conflicts.length ? conflicts : entries;
    if (!list.length) return;
    var at = list.indexOf(current);
    var next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : (at + delta + list.length) % list.length;
    select(list[next]);
    list[next].focus({ preventScroll: true });
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var link = target.closest("a[data-mark]");
    var entry = target.closest(".entry");
    if (entry) {
      if (link) event.preventDefault();
      select(entry);
      return;
    }
    var mark = target.closest("mark[data-entries]");
    if (link && !mark) {
      /* A table cell: select the first finding of the mark it names. */
      mark = document.getElementById(link.dataset.mark);
      event.preventDefault();
    }
    if (!mark) return;
    event.stopPropagation();
    var own = ids(mark.dataset.entries);
    if (!own.length) return;
    /* A claim in several findings: each click selects the next of them. */
    var at = current ? own.indexOf(current.id) : -1;
    var chosen = document.getElementById(own[(at + 1) % own.length]);
    if (chosen) select(chosen);
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var t = event.target;
    if (t instanceof Element && t.closest("input, textarea, select, [contenteditable]")) return;
    if (event.key === "j") { step(1); event.preventDefault(); }
    else if (event.key === "k") { step(-1); event.preventDefault(); }
    else if ((event.key === "Enter" || event.key === " ") && t instanceof Element && t.classList.contains("entry")) {
      select(t);
      event.preventDefault();
    }
  });
})();
