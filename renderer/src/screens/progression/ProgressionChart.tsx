import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n';
import type { CompetencyProgression } from '../../../../shared/progression';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

/**
 * Observed level (points and line) against the expected level (a stepped
 * line: a class change shows as a step), one competency at a time. The table
 * beside it carries the same data for screen readers.
 */
export function ProgressionChart({ line }: { line: CompetencyProgression }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const labels = line.points.map((point) => `${point.cycleEnd.slice(0, 4)} (${point.classId})`);
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels,
        datasets: [
          {
            label: t('progression.expected'),
            data: line.points.map((point) => point.expected),
            stepped: 'middle',
            borderColor: '#57575c',
            borderDash: [6, 4],
            pointStyle: 'rectRot',
            pointRadius: 4,
            spanGaps: false,
          },
          {
            label: t('progression.observed'),
            data: line.points.map((point) => point.observed),
            borderColor: '#1f4e79',
            backgroundColor: '#1f4e79',
            pointRadius: 5,
            spanGaps: true,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          y: { min: 0, max: 4, ticks: { stepSize: 1 }, title: { display: true, text: t('progression.level') } },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();
  }, [line, t]);

  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={t('progression.chartLabel', { name: line.name })} data-points={JSON.stringify(line.points.map((point) => [point.expected, point.observed]))} />
    </div>
  );
}
