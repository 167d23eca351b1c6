// Upload of a CSV into a list: a file picker or a file dropped on the zone. On choosing a file,
// the first lines go to the server for a preview of how each column will be read; the selects
// of that preview are part of the import form, so the chosen mapping is sent with the file.
(function () {
  "use strict";
  var PREVIEW_BYTES = 262144;

  function csrfToken() {
    var field = document.querySelector('#upload input[name="_csrf"]');
    return field ? field.value : "";
  }

  // The start of the file, cut after its last complete line (a line break is never inside a
  // multi-byte UTF-8 character, so the cut never splits one).
  function head(file) {
    if (file.size <= PREVIEW_BYTES) {
      return Promise.resolve(file);
    }
    return file.slice(0, PREVIEW_BYTES).arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      var end = bytes.lastIndexOf(10);
      return new Blob([end > 0 ? bytes.subarray(0, end + 1) : bytes], { type: "text/csv" });
    });
  }

  function preview(form, file) {
    var target = document.getElementById("preview");
    target.textContent = "Reading the first rows…";
    head(file).then(function (start) {
      var data = new FormData();
      data.append("_csrf", csrfToken());
      data.append("file", start, file.name);
      return fetch(form.dataset.preview, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRF-Token": csrfToken(), "HX-Request": "true" }
      });
    }).then(function (response) {
      return response.text().then(function (html) {
        // the server escapes every value of the file in this fragment
        target.innerHTML = response.ok ? html : "<p class=\"alert\">The preview failed; you can still import.</p>";
      });
    }).catch(function () {
      target.textContent = "The preview failed; you can still import.";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("upload");
    var input = document.getElementById("file");
    var zone = document.getElementById("dropzone");
    if (!form || !input || !zone) {
      return;
    }
    // a column given a field no longer looks unmapped
    document.getElementById("preview").addEventListener("change", function (event) {
      if (event.target.matches && event.target.matches('select[name="field"]')) {
        event.target.classList.toggle("unmapped", event.target.value === "");
      }
    });
    input.addEventListener("change", function () {
      if (input.files.length > 0) {
        preview(form, input.files[0]);
      }
    });
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add("over");
      });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () {
        zone.classList.remove("over");
      });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        input.files = event.dataTransfer.files;
        input.dispatchEvent(new Event("change"));
      }
    });
  });
})();
