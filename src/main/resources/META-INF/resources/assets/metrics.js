// The Metrics page: each canvas carries its chart as JSON in data-chart (type, labels, values in
// percent); Chart.js draws it. No inline script: the page's policy forbids it.
(function () {
  "use strict";
  if (!window.Chart) {
    return;
  }
  var accent = "#1f6f5c";
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    new window.Chart(canvas, {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: [{
          label: canvas.getAttribute("data-label"),
          data: data.values,
          borderColor: accent,
          backgroundColor: data.type === "line" ? accent : "rgba(31, 111, 92, 0.6)",
          spanGaps: true,
          tension: 0.2
        }]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, suggestedMax: 100, ticks: { callback: function (v) { return v + " %"; } } } },
        plugins: { legend: { display: false } }
      }
    });
  });
})();
