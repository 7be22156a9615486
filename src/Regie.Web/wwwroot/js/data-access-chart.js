// Draws the data-access log's records per supplier per month from data-chart; the table below has the same figures.
// Drawn again when htmx swaps in a filtered log.
(function () {
    var colors = ['#154273', '#b45f06', '#2f7d32', '#8fa9cc', '#7a3e9d', '#5c5c5c'];
    var number = new Intl.NumberFormat('nl-NL');
    var chart = null;
    function draw() {
        var canvas = document.getElementById('access-chart');
        if (chart) { chart.destroy(); chart = null; }
        if (!canvas || typeof Chart === 'undefined') return;
        var data = JSON.parse(canvas.getAttribute('data-chart'));
        data.datasets.forEach(function (set, i) { set.backgroundColor = colors[i % colors.length]; });
        chart = new Chart(canvas, {
            type: 'bar',
            data: data,
            options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
                plugins: {
                    legend: { position: 'bottom' },
                    tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + number.format(c.parsed.y); } } }
                }
            }
        });
    }
    draw();
    document.body.addEventListener('htmx:afterSettle', draw);
})();
