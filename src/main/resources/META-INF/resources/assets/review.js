// Keyboard shortcuts of the review queue, as listed on the page: j/k move between drafts,
// a approves, r rejects, e opens the editor. Keys typed into a field are left alone.
(function () {
  "use strict";
  var currentId = null;
  var advanceAfterSwap = false;

  function drafts() {
    return Array.prototype.slice.call(document.querySelectorAll("article.draft"));
  }

  function current() {
    return currentId ? document.getElementById(currentId) : null;
  }

  function select(card, focus) {
    drafts().forEach(function (each) { each.classList.remove("current"); });
    if (!card) {
      currentId = null;
      return;
    }
    currentId = card.id;
    card.classList.add("current");
    if (focus) {
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  }

  function move(step) {
    var all = drafts();
    if (all.length === 0) {
      return;
    }
    var at = all.indexOf(current());
    var next = at < 0 ? 0 : Math.min(all.length - 1, Math.max(0, at + step));
    select(all[next], true);
  }

  function act(action) {
    var card = current();
    if (!card) {
      move(1);
      card = current();
    }
    if (!card) {
      return;
    }
    if (action === "edit") {
      var details = card.querySelector("details.edit");
      if (details) {
        details.open = true;
        var field = details.querySelector("textarea");
        if (field) {
          field.focus();
        }
      }
      return;
    }
    var button = card.querySelector('[data-action="' + action + '"]');
    if (!button) {
      return;
    }
    var reason = action === "approve" ? card.querySelector('input[name="reason"]') : null;
    if (reason && reason.value.trim() === "") {
      reason.focus();
      return;
    }
    advanceAfterSwap = true;
    button.click();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    var target = event.target;
    if (target.closest && target.closest("input, textarea, select, [contenteditable]")) {
      return;
    }
    var keys = { j: function () { move(1); }, k: function () { move(-1); },
                 a: function () { act("approve"); }, r: function () { act("reject"); },
                 e: function () { act("edit"); } };
    var handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  });

  // a card swapped in by htmx is a new element: keep it selected, and move on after a decision
  document.addEventListener("htmx:afterSettle", function () {
    var card = current();
    if (!card) {
      return;
    }
    select(card, false);
    if (advanceAfterSwap && !card.querySelector(".alert")) {
      move(1);
    }
    advanceAfterSwap = false;
  });

  document.addEventListener("click", function (event) {
    var card = event.target.closest ? event.target.closest("article.draft") : null;
    if (card) {
      select(card, false);
    }
  });
})();
