import type { TFunction } from '../../i18n';
import { useTranslation } from '../../i18n';
import type { CompetencyProgression, ProgressionPoint } from '../../../../shared/progression';

/*
 * Drawn as SVG by React, in the same frame as the table beside it: no canvas to
 * size, no fonts to measure, no style to read back. Across, the cycles are
 * placed in percent of the width (the chart follows the window without being
 * redrawn, and its text keeps its size); down, the levels in pixels.
 */

const HEIGHT = 300;
const TOP = 12;
const AXIS = 32; // room under the plot for the cycles' labels
const MAX_LEVEL = 4;
const LEVELS = [0, 1, 2, 3, 4];
/** Room left and right of the first and last cycle, in percent of the width. */
const SIDE = 5;
/** Beyond this many cycles, only every n-th is labelled (the points all stay). */
const MAX_LABELS = 12;

/** Where a level sits, in pixels from the top. */
export const levelY = (level: number) => TOP + ((MAX_LEVEL - level) * (HEIGHT - TOP - AXIS)) / MAX_LEVEL;
/** Where the cycle `index` of `count` sits, in percent of the width. */
export const cycleX = (index: number, count: number) => (count <= 1 ? 50 : SIDE + (index * (100 - 2 * SIDE)) / (count - 1));
const pct = (value: number) => `${value}%`;
/** The expected level's mark: a diamond wide enough to ring the observed point (radius 5) it may sit on. */
const DIAMOND = '0,-8 8,0 0,8 -8,0';

type Segment = { x1: number; y1: number; x2: number; y2: number };

/**
 * The expected level as steps changing half-way between two cycles (a class
 * change shows as a step); a cycle the profile leaves out breaks the line.
 */
export function expectedSteps(points: readonly Pick<ProgressionPoint, 'expected'>[]): Segment[] {
  const count = points.length;
  const segments: Segment[] = [];
  points.forEach((point, index) => {
    const next = points[index + 1];
    if (point.expected === null || !next || next.expected === null) return;
    const x1 = cycleX(index, count);
    const x2 = cycleX(index + 1, count);
    const middle = (x1 + x2) / 2;
    const y1 = levelY(point.expected);
    const y2 = levelY(next.expected);
    segments.push({ x1, y1, x2: middle, y2: y1 });
    if (y1 !== y2) segments.push({ x1: middle, y1, x2: middle, y2 });
    segments.push({ x1: middle, y1: y2, x2, y2 });
  });
  return segments;
}

/** The observed levels joined in order; a cycle not rated is passed over, not a break. */
export function observedSegments(points: readonly Pick<ProgressionPoint, 'observed'>[]): Segment[] {
  const count = points.length;
  const rated = points.flatMap((point, index) => (point.observed === null ? [] : [{ x: cycleX(index, count), y: levelY(point.observed) }]));
  return rated.slice(1).map((to, index) => ({ x1: rated[index]!.x, y1: rated[index]!.y, x2: to.x, y2: to.y }));
}

function pointTitle(t: TFunction, point: ProgressionPoint): string {
  return t('progressionResults.multiplePoint', {
    year: point.cycleEnd.slice(0, 4),
    observed: point.notObserved ? t('progression.notObserved') : point.observed === null ? t('progression.notRated') : String(point.observed),
    expected: point.expected === null ? t('progression.outside') : String(point.expected),
  });
}

/**
 * Observed level (points and line) against the expected level (a dashed
 * stepped line: a class change shows as a step), one competency at a time.
 * The table beside it carries the same data for screen readers.
 */
export function ProgressionChart({ line }: { line: CompetencyProgression }) {
  const { t } = useTranslation();
  const { points } = line;
  const count = points.length;
  const labelEvery = Math.ceil(count / MAX_LABELS);

  return (
    <div className="chart-box">
      <div className="chart-y-axis" aria-hidden="true">
        <span className="chart-y-title">{t('progression.level')}</span>
        {LEVELS.map((level) => (
          <span key={level} className="chart-y-tick" style={{ top: levelY(level) }}>
            {level}
          </span>
        ))}
      </div>
      <svg
        className="chart-svg"
        width="100%"
        height={HEIGHT}
        role="img"
        aria-label={t('progression.chartLabel', { name: line.name })}
        data-points={JSON.stringify(points.map((point) => [point.expected, point.observed]))}
      >
        {LEVELS.map((level) => (
          <line key={level} className="grid-line" x1="0" x2="100%" y1={levelY(level)} y2={levelY(level)} />
        ))}
        {/* The expected line over the observed one: where both are at the same level, its dashes stay visible. */}
        {observedSegments(points).map((segment, index) => (
          <line key={`o${index}`} className="observed-line" x1={pct(segment.x1)} y1={segment.y1} x2={pct(segment.x2)} y2={segment.y2} />
        ))}
        {expectedSteps(points).map((segment, index) => (
          <line key={`e${index}`} className="expected-line" x1={pct(segment.x1)} y1={segment.y1} x2={pct(segment.x2)} y2={segment.y2} />
        ))}
        {points.map((point, index) => (
          <g key={point.reviewId}>
            <title>{pointTitle(t, point)}</title>
            {point.observed !== null && <circle className="observed-point" cx={pct(cycleX(index, count))} cy={levelY(point.observed)} r={5} />}
            {point.expected !== null && (
              // An outline around the observed point where both are at the same level (a filled mark would hide it or be hidden).
              // A nested viewport placed in percent, so that the diamond keeps its shape at any width.
              <svg x={pct(cycleX(index, count))} y={levelY(point.expected)} width="1" height="1" overflow="visible">
                <polygon className="expected-point" points={DIAMOND} />
              </svg>
            )}
            {index % labelEvery === 0 && (
              <text className="chart-x-label" x={pct(cycleX(index, count))} y={HEIGHT - AXIS / 2 + 4} textAnchor="middle">
                {`${point.cycleEnd.slice(0, 4)} (${point.classId})`}
              </text>
            )}
          </g>
        ))}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <svg width="28" height="18" className="legend-swatch">
            <line className="expected-line" x1="0" x2="28" y1="9" y2="9" />
            <svg x="14" y="9" width="1" height="1" overflow="visible">
              <polygon className="expected-point" points={DIAMOND} />
            </svg>
          </svg>
          {t('progression.expected')}
        </li>
        <li>
          <svg width="28" height="10" className="legend-swatch">
            <line className="observed-line" x1="0" x2="28" y1="5" y2="5" />
            <circle className="observed-point" cx="14" cy="5" r="4" />
          </svg>
          {t('progression.observed')}
        </li>
      </ul>
    </div>
  );
}
