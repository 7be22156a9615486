// Draws each category-year's share of the European threshold; the tables on the page hold the same figures.
(function () {
    var canvas = document.getElementById("threshold-chart");
    if (!canvas || typeof Chart === "undefined") return;
    var shares = JSON.parse(canvas.dataset.shares);
    var warning = Number(canvas.dataset.warning);
    new Chart(canvas, {
        type: "bar",
        data: {
            labels: JSON.parse(canvas.dataset.labels),
            datasets: [{
                label: "Deel van de drempel (%)",
                data: shares,
                backgroundColor: shares.map(function (s) { return s >= 100 ? "#a4262c" : s >= warning ? "#b45f06" : "#154273"; })
            }]
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return v + "%"; } } } },
            plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) { return c.parsed.y.toLocaleString("nl-NL") + "% van de drempel"; } } } }
        }
    });
})();
