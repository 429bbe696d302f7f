import { memo, useCallback, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';
import { setEvidence, setNotObservedReason, setObserved } from '../../../../shared/reviews/edits';
import { gapOf, type CompetencyRating, type ObservedRating, type ProfileSnapshotEntry } from '../../../../shared/reviews/review';
import { focusSoon } from '../../components/focus-soon';
import type { ReviewEditor } from '../../data/use-review-editor';
import { GapBadge } from './GapBadge';

export const cardId = (id: string) => `rating-${id}`;
export const reasonId = (id: string) => `reason-${id}`;
export const evidenceId = (id: string) => `evidence-${id}`;

/** Moves focus to the previous or next competency card, in page order. */
function focusSibling(from: HTMLElement, step: 1 | -1) {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-rating-card]')];
  cards[cards.indexOf(from) + step]?.focus();
}

function observedValue(observed: ObservedRating | null | undefined): string {
  if (!observed) return '';
  return observed.kind === 'level' ? String(observed.level) : observed.kind;
}

type Props = {
  entry: ProfileSnapshotEntry;
  rating: CompetencyRating | undefined;
  edit: ReviewEditor['edit'];
  readOnly: boolean;
  /** How many journal notes of the cycle concern this competency (issue 16). */
  noteCount?: number;
  /** Opens those notes, to insert chosen ones into the evidence. */
  onShowNotes?: (id: ProfileSnapshotEntry['id']) => void;
  /** The development actions of the cycle about this competency, in words (issue 16). */
  planNote?: string | undefined;
};

/**
 * One competency on one row: name, expected level, a horizontal scale with the
 * expected level marked, the chosen level's title and the gap in words; the
 * evidence stays folded unless filled or required. Keyboard: digits rate, N = non observé, E/Entrée = evidence,
 * arrows move between competencies, Échap comes back to the card.
 */
export const CompetencyCard = memo(function CompetencyCard({ entry, rating, edit, readOnly, noteCount, onShowNotes, planNote }: Props) {
  const { t } = useTranslation();
  const observed = rating?.observed ?? null;
  const gap = gapOf(entry.expectedLevel, observed);
  const headingId = `${cardId(entry.id)}-heading`;
  const evidenceNeeded = gap !== null && gap.kind !== 'met';
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  // A digit beyond the card's scale rates nothing: said beside the scale, not ignored in silence.
  const [beyondScale, setBeyondScale] = useState(false);
  /** Unfolds the evidence field and puts the cursor in it. */
  const openEvidence = () => {
    setEvidenceOpen(true);
    focusSoon(evidenceId(entry.id));
  };

  // Stable while the card's other state is, so that typing the evidence leaves the scale alone (RatingScale is memoised).
  const rate = useCallback(
    (next: ObservedRating | null) => {
      if (beyondScale) setBeyondScale(false);
      edit((review) => setObserved(review, entry.id, next), { immediate: true });
    },
    [beyondScale, edit, entry.id],
  );

  function onCardKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (readOnly || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const onCard = target === event.currentTarget;
    const onRadio = target instanceof HTMLInputElement && target.type === 'radio';
    if (!onCard && !onRadio) {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.currentTarget.focus();
      }
      return;
    }
    const digit = /^[0-9]$/.test(event.key) ? Number(event.key) : null;
    if (digit !== null) {
      if (digit === 0) rate({ kind: 'below' });
      else if (digit <= entry.levelTitles.length) rate({ kind: 'level', level: digit });
      else setBeyondScale(true);
      event.preventDefault();
    } else if (event.key === 'n' || event.key === 'N') {
      event.preventDefault();
      rate({ kind: 'not-observed', reason: '' });
      focusSoon(reasonId(entry.id));
    } else if (onCard && (event.key === 'e' || event.key === 'E' || event.key === 'Enter')) {
      event.preventDefault();
      openEvidence();
    } else if (onCard && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      focusSibling(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
    }
  }

  const chosenTitle = observed?.kind === 'level' ? entry.levelTitles[observed.level - 1] : null;
  const evidence = rating?.evidence ?? '';
  const evidenceShown = evidenceOpen || evidence !== '' || evidenceNeeded;
  // Said while it is still to do: once the evidence is written, the row keeps to its height.
  const hintShown = evidenceNeeded && evidence.trim() === '';

  const hintId = `${evidenceId(entry.id)}-hint`;
  return (
    <section
      id={cardId(entry.id)}
      className={`rating-card${gap ? ` gap-${gap.kind}` : ''}`}
      aria-labelledby={headingId}
      tabIndex={0}
      data-rating-card
      onKeyDown={onCardKeyDown}
      // The out-of-scale message belongs to this card: it goes when focus leaves it.
      onBlur={(event) => {
        if (beyondScale && !event.currentTarget.contains(event.relatedTarget as Node | null)) setBeyondScale(false);
      }}
    >
      <div className="rating-name">
        <h4 id={headingId}>
          {entry.distinctive && (
            <span className="distinctive-mark" title={t('review.distinctive')}>
              ✦<span className="visually-hidden"> ({t('review.distinctive')})</span>{' '}
            </span>
          )}
          {entry.name}
        </h4>
        <p className="expected" title={entry.expectedLevel === null ? undefined : entry.levelTitles[entry.expectedLevel - 1]}>
          {entry.expectedLevel === null ? t('review.notExpected') : t('rating.expectedShort', { level: entry.expectedLevel })}
        </p>
        <p className="level-title">
          {chosenTitle && <span>{chosenTitle}</span>}
          {observed && entry.expectedLevel === null && !readOnly && (
            <button type="button" className="link-button" onClick={() => rate(null)}>
              {t('review.clearRating')}
            </button>
          )}
          {!evidenceShown && !readOnly && (
            <button type="button" className="link-button evidence-toggle" onClick={openEvidence}>
              {t('rating.addEvidence')}
              <span className="visually-hidden"> – {entry.name}</span>
            </button>
          )}
          {/* The cycle's journal notes on this competency: shown when there are some, so the card keeps its one line otherwise. */}
          {noteCount !== undefined &&
            noteCount > 0 &&
            (onShowNotes ? (
              <button type="button" className="link-button journal-count" onClick={() => onShowNotes(entry.id)}>
                {t('journal.count', { count: noteCount })}
                <span className="visually-hidden"> – {entry.name}</span>
              </button>
            ) : (
              <span className="journal-count">{t('journal.count', { count: noteCount })}</span>
            ))}
        </p>
        {planNote && <p className="plan-beside">{planNote}</p>}
        {hintShown && (
          <p id={hintId} className="evidence-hint">
            {t('rating.evidenceRequired')}
          </p>
        )}
        <p className="evidence-hint" role="status">
          {beyondScale && t('rating.levelsOnly', { name: entry.name, count: entry.levelTitles.length })}
        </p>
      </div>
      <RatingScale entry={entry} current={observedValue(observed)} readOnly={readOnly} rate={rate} />
      <div className="rating-result">
        <GapBadge short gap={gap} rated={observed !== null} notObserved={observed?.kind === 'not-observed'} />
      </div>
      {observed?.kind === 'not-observed' && (
        <div className="rating-reason">
          <label htmlFor={reasonId(entry.id)} className="visually-hidden">
            {t('review.reason')}
          </label>
          <input
            id={reasonId(entry.id)}
            className="input"
            type="text"
            placeholder={t('review.reason')}
            value={observed.reason}
            readOnly={readOnly}
            onChange={(event) => edit((review) => setNotObservedReason(review, entry.id, event.target.value))}
          />
        </div>
      )}
      {evidenceShown && (
        <div className="rating-evidence">
          <label htmlFor={evidenceId(entry.id)} className="visually-hidden">
            {t('review.evidence')}
          </label>
          <textarea
            id={evidenceId(entry.id)}
            className="input evidence"
            rows={2}
            placeholder={t('review.evidence')}
            value={evidence}
            readOnly={readOnly}
            aria-describedby={hintShown ? hintId : undefined}
            onChange={(event) => edit((review) => setEvidence(review, entry.id, event.target.value))}
          />
        </div>
      )}
    </section>
  );
});

type ScaleProps = {
  entry: ProfileSnapshotEntry;
  /** The observed rating as the scale's value ('' when none). */
  current: string;
  readOnly: boolean;
  rate: (next: ObservedRating) => void;
};

/**
 * The card's scale: « non observé », « en deçà », then each level, the expected one marked. Redrawn only when one of
 * its props changes. Native radios sharing a name, not react-aria's: the browser gives the same keyboard (Tab enters
 * at the chosen one, arrows move and choose, Tab leaves), and a rating key then redraws a few inputs instead of a
 * component tree with its own state per option (it is the input the meeting-room screen answers most).
 */
const RatingScale = memo(function RatingScale({ entry, current, readOnly, rate }: ScaleProps) {
  const { t } = useTranslation();
  const name = useId();
  const options: { value: string; short: string; label: string; rating: ObservedRating }[] = [
    { value: 'not-observed', short: t('rating.scaleNotObserved'), label: t('review.notObserved'), rating: { kind: 'not-observed', reason: '' } },
    { value: 'below', short: t('rating.scaleBelow'), label: t('review.below'), rating: { kind: 'below' } },
    ...entry.levelTitles.map((title, index) => ({
      value: String(index + 1),
      short: String(index + 1),
      label: t('review.level', { level: index + 1, title }),
      rating: { kind: 'level', level: index + 1 } as ObservedRating,
    })),
  ];
  const expectedValue = entry.expectedLevel === null ? null : String(entry.expectedLevel);
  return (
    <div className="scale" role="radiogroup" aria-label={t('rating.observedOf', { name: entry.name })} aria-disabled={readOnly || undefined}>
      {options.map((option) => (
        <label key={option.value} className={option.value === expectedValue ? 'scale-option is-expected' : 'scale-option'}>
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={option.value}
            checked={option.value === current}
            disabled={readOnly}
            aria-label={option.value === expectedValue ? `${option.label} (${t('rating.expectedMark')})` : option.label}
            onChange={() => {
              if (option.value !== current) rate(option.rating);
            }}
          />
          <span aria-hidden="true">{option.short}</span>
        </label>
      ))}
    </div>
  );
});
