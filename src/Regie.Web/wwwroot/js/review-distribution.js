// Draws the distribution of overall ratings from the numbers in data-chart; the table next to it has the same numbers.
(function () {
    document.querySelectorAll('canvas[data-review-chart]').forEach(function (canvas) {
        if (typeof Chart === 'undefined' || canvas.dataset.drawn) return;
        canvas.dataset.drawn = 'true';
        var data = JSON.parse(canvas.getAttribute('data-review-chart'));
        data.datasets[0].backgroundColor = '#163c6f';
        new Chart(canvas, {
            type: 'bar',
            data: data,
            options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                indexAxis: 'y',
                scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
                plugins: { legend: { display: false } }
            }
        });
    });
})();
