import { useTranslation } from '../../i18n';
import type { CompetencyProgression, ProgressionPoint } from '../../../../shared/progression';

const WIDTH = 200;
const HEIGHT = 84;
const PAD_X = 12;
const PAD_TOP = 8;
const PAD_BOTTOM = 14;
const MAX_LEVEL = 4;

const xOf = (index: number, count: number) => (count <= 1 ? WIDTH / 2 : PAD_X + (index * (WIDTH - 2 * PAD_X)) / (count - 1));
const yOf = (level: number) => PAD_TOP + ((MAX_LEVEL - level) * (HEIGHT - PAD_TOP - PAD_BOTTOM)) / MAX_LEVEL;

/** The expected level as steps: flat over each cycle, changing half-way to the next (a class change shows as a step). */
function expectedPath(points: readonly ProgressionPoint[]): string {
  const count = points.length;
  const half = count <= 1 ? WIDTH / 2 - PAD_X : (WIDTH - 2 * PAD_X) / (count - 1) / 2;
  let path = '';
  let drawing = false;
  points.forEach((point, index) => {
    if (point.expected === null) {
      drawing = false;
      return;
    }
    const x = xOf(index, count);
    const y = yOf(point.expected);
    const from = Math.max(PAD_X / 2, x - half);
    const to = Math.min(WIDTH - PAD_X / 2, x + half);
    path += drawing ? ` L ${from} ${y} L ${to} ${y}` : ` M ${from} ${y} L ${to} ${y}`;
    drawing = true;
  });
  return path.trim();
}

/**
 * All twelve competencies at a glance: one small chart each, the observed
 * level as points joined by a line and the level expected that year dashed,
 * in steps at class changes. Choosing one shows it in the large chart.
 */
export function SmallMultiples({ lines, selected, onSelect }: { lines: readonly CompetencyProgression[]; selected: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="multiples-heading">
      <h2 id="multiples-heading">{t('progressionResults.multiplesHeading')}</h2>
      <p className="hint">{t('progressionResults.multiplesHint')}</p>
      <ul className="small-multiples">
        {lines.map((line) => {
          const count = line.points.length;
          const observed = line.points
            .map((point, index) => (point.observed === null ? null : ([xOf(index, count), yOf(point.observed)] as const)))
            .filter((point): point is readonly [number, number] => point !== null);
          const label = t('progressionResults.multipleLabel', {
            name: line.name,
            points: line.points
              .map((point) =>
                t('progressionResults.multiplePoint', {
                  year: point.cycleEnd.slice(0, 4),
                  observed: point.notObserved ? t('progression.notObserved') : point.observed === null ? t('progression.notRated') : String(point.observed),
                  expected: point.expected === null ? t('progression.outside') : String(point.expected),
                }),
              )
              .join(' ; '),
          });
          return (
            <li key={line.id} data-competency={line.id} className={line.id === selected ? "small-multiple is-selected" : "small-multiple"}>
              <button
                type="button"
                className="small-multiple-name link-button"
                aria-pressed={line.id === selected}
                aria-label={t('progressionResults.showInChart', { name: line.name })}
                onClick={() => onSelect(line.id)}
              >
                {line.name}
              </button>
              <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label}>
                {[1, 2, 3, 4].map((level) => (
                  <line key={level} x1={0} x2={WIDTH} y1={yOf(level)} y2={yOf(level)} className="grid-line" />
                ))}
                {observed.length > 1 && <polyline points={observed.map(([x, y]) => `${x},${y}`).join(' ')} className="observed-line" />}
                {/* Over the observed line, as in the large chart: where both are at one level, the dashes stay visible. */}
                <path d={expectedPath(line.points)} className="expected-line" data-expected={JSON.stringify(line.points.map((point) => point.expected))} />
                {observed.map(([x, y], index) => (
                  <circle key={index} cx={x} cy={y} r={3.5} className="observed-point" />
                ))}
              </svg>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
