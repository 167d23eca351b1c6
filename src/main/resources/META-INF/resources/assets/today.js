// The Today page: "Copy the text" puts a manual task's text on the clipboard, to paste into the
// other site. Without the clipboard (an insecure origin, an old browser) the text is selected.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.copy");
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) {
      return;
    }
    var text = source.textContent;
    function copied() {
      button.textContent = "Copied";
      button.classList.add("copied");
    }
    function select() {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      button.textContent = "Selected: press Ctrl+C";
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(copied, select);
    } else {
      select();
    }
  });
})();
