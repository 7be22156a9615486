// Draws the evaluation's two comparisons: the total score per offer (quality and price points stacked) and the total
// cost per offer over the horizon (one-off and yearly costs stacked). The tables next to the canvases hold the same figures.
(function () {
    if (typeof Chart === "undefined") return;
    var euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
    var points = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
    function stacked(canvas, first, second, format) {
        new Chart(canvas, {
            type: "bar",
            data: {
                labels: JSON.parse(canvas.dataset.labels),
                datasets: [
                    { label: first.label, data: first.data, backgroundColor: "#154273" },
                    { label: second.label, data: second.data, backgroundColor: "#b45f06" }
                ]
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: function (v) { return format(v); } } } },
                plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + format(c.parsed.y); } } } }
            }
        });
    }
    var ranking = document.getElementById("ranking-chart");
    if (ranking) {
        stacked(ranking,
            { label: "Punten kwaliteit", data: JSON.parse(ranking.dataset.quality) },
            { label: "Punten prijs", data: JSON.parse(ranking.dataset.price) },
            function (v) { return points.format(v); });
    }
    var tco = document.getElementById("tco-chart");
    if (tco) {
        stacked(tco,
            { label: "Eenmalige kosten", data: JSON.parse(tco.dataset.oneoff) },
            { label: "Jaarlijkse kosten × " + tco.dataset.years, data: JSON.parse(tco.dataset.yearly) },
            function (v) { return euro.format(v); });
    }
})();
