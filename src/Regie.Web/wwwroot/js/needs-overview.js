// Draws the bar chart of needs per pillar from the numbers the page puts in data-chart; the table beside it has the same numbers.
(function () {
    var canvas = document.getElementById('pillar-chart');
    if (!canvas || typeof Chart === 'undefined') return;
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var colors = ['#163c6f', '#8fa9cc'];
    data.datasets.forEach(function (set, i) { set.backgroundColor = colors[i % colors.length]; });
    new Chart(canvas, {
        type: 'bar',
        data: data,
        options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
            plugins: { legend: { position: 'bottom' } }
        }
    });
})();
