// Draws an investment plan's spending per year, stacked by category, from data-chart; the table below has the same figures.
(function () {
    var canvas = document.getElementById('plan-chart');
    if (!canvas || typeof Chart === 'undefined') return;
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var colors = ['#154273', '#b45f06', '#2f7d32', '#8fa9cc', '#7a3e9d', '#5c5c5c'];
    data.datasets.forEach(function (set, i) { set.backgroundColor = colors[i % colors.length]; });
    var euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    new Chart(canvas, {
        type: 'bar',
        data: data,
        options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { callback: function (v) { return euro.format(v); } } } },
            plugins: {
                legend: { position: 'bottom' },
                tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + euro.format(c.parsed.y); } } }
            }
        }
    });
})();
