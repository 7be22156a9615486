// Draws the cumulative cash flow of a business case; the table next to the canvas holds the same figures.
(function () {
    var canvas = document.getElementById("cashflow-chart");
    if (!canvas || typeof Chart === "undefined") return;
    var euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
    new Chart(canvas, {
        type: "line",
        data: {
            labels: JSON.parse(canvas.dataset.labels),
            datasets: [
                { label: "Met subsidie", data: JSON.parse(canvas.dataset.with), borderColor: "#154273", backgroundColor: "#154273", tension: 0.1 },
                { label: "Zonder subsidie", data: JSON.parse(canvas.dataset.without), borderColor: "#b45f06", backgroundColor: "#b45f06", borderDash: [6, 4], tension: 0.1 }
            ]
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            scales: { y: { ticks: { callback: function (v) { return euro.format(v); } } } },
            plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + euro.format(c.parsed.y); } } } }
        }
    });
})();
