import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setEvidence, setNotObservedReason, setObserved } from '../../../../shared/reviews/edits';
import { gapOf, type CompetencyRating, type ObservedRating, type ProfileSnapshotEntry } from '../../../../shared/reviews/review';
import type { ReviewEditor } from '../../data/use-review-editor';
import { GapBadge } from './GapBadge';

export const cardId = (id: string) => `rating-${id}`;
export const reasonId = (id: string) => `reason-${id}`;
export const evidenceId = (id: string) => `evidence-${id}`;

/** Focuses an element that the next render brings in, trying for a few frames. */
function focusSoon(id: string, frames = 20): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (frames > 0) focusSoon(id, frames - 1);
  });
}

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
};

/**
 * One competency: the observed level, the gap to the expected one in words,
 * and the evidence. Keyboard: digits rate, N = non observé, E/Entrée = evidence,
 * arrows move between competencies, Échap comes back to the card.
 */
export const CompetencyCard = memo(function CompetencyCard({ entry, rating, edit, readOnly }: Props) {
  const { t } = useTranslation();
  const observed = rating?.observed ?? null;
  const gap = gapOf(entry.expectedLevel, observed);
  const headingId = `${cardId(entry.id)}-heading`;
  const evidenceNeeded = gap !== null && gap.kind !== 'met';

  const rate = (next: ObservedRating | null) => edit((review) => setObserved(review, entry.id, next), { immediate: true });
  /** A rating from the keyboard: no control changed by itself, so the write may go before the redraw. */
  const rateByKey = (next: ObservedRating) => edit((review) => setObserved(review, entry.id, next), { immediate: true, writeFirst: true });

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
      if (digit === 0) rateByKey({ kind: 'below' });
      else if (digit <= entry.levelTitles.length) rateByKey({ kind: 'level', level: digit });
      else return;
      event.preventDefault();
    } else if (event.key === 'n' || event.key === 'N') {
      event.preventDefault();
      rateByKey({ kind: 'not-observed', reason: '' });
      focusSoon(reasonId(entry.id));
    } else if (onCard && (event.key === 'e' || event.key === 'E' || event.key === 'Enter')) {
      event.preventDefault();
      document.getElementById(evidenceId(entry.id))?.focus();
    } else if (onCard && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      focusSibling(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
    }
  }

  const options: { value: string; label: string; rating: ObservedRating }[] = [
    { value: 'below', label: t('review.below'), rating: { kind: 'below' } },
    ...entry.levelTitles.map((title, index) => ({
      value: String(index + 1),
      label: t('review.level', { level: index + 1, title }),
      rating: { kind: 'level', level: index + 1 } as ObservedRating,
    })),
    { value: 'not-observed', label: t('review.notObserved'), rating: { kind: 'not-observed', reason: '' } },
  ];
  const current = observedValue(observed);

  return (
    <section
      id={cardId(entry.id)}
      className={`rating-card${gap ? ` gap-${gap.kind}` : ''}`}
      aria-labelledby={headingId}
      tabIndex={0}
      data-rating-card
      onKeyDown={onCardKeyDown}
    >
      <header className="rating-card-header">
        <h4 id={headingId}>
          {entry.distinctive && (
            <span className="distinctive-mark" title={t('review.distinctive')}>
              ✦<span className="visually-hidden"> ({t('review.distinctive')})</span>{' '}
            </span>
          )}
          {entry.name}
        </h4>
        <GapBadge gap={gap} rated={observed !== null} notObserved={observed?.kind === 'not-observed'} />
      </header>
      <p className="expected">
        {entry.expectedLevel === null
          ? t('review.notExpected')
          : t('review.expected', { level: entry.expectedLevel, title: entry.levelTitles[entry.expectedLevel - 1] ?? '' })}
      </p>
      <fieldset className="observed" disabled={readOnly}>
        <legend className="field-label">
          {t('review.observed')}
          <span className="visually-hidden"> – {entry.name}</span>
        </legend>
        <div className="observed-options">
          {options.map((option) => (
            <label key={option.value} className={current === option.value ? 'observed-option is-selected' : 'observed-option'}>
              <input
                type="radio"
                name={`observed-${entry.id}`}
                value={option.value}
                checked={current === option.value}
                onChange={() => rate(option.rating)}
              />
              {option.label}
            </label>
          ))}
        </div>
        {observed && entry.expectedLevel === null && (
          <button type="button" className="button small" onClick={() => rate(null)}>
            {t('review.clearRating')}
          </button>
        )}
      </fieldset>
      {observed?.kind === 'not-observed' && (
        <div className="field">
          <label htmlFor={reasonId(entry.id)} className="field-label">
            {t('review.reason')}
          </label>
          <input
            id={reasonId(entry.id)}
            className="input"
            type="text"
            value={observed.reason}
            readOnly={readOnly}
            onChange={(event) => edit((review) => setNotObservedReason(review, entry.id, event.target.value))}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={evidenceId(entry.id)} className="field-label">
          {t('review.evidence')}
        </label>
        <textarea
          id={evidenceId(entry.id)}
          className="input evidence"
          rows={3}
          value={rating?.evidence ?? ''}
          readOnly={readOnly}
          aria-describedby={evidenceNeeded ? `${evidenceId(entry.id)}-hint` : undefined}
          onChange={(event) => edit((review) => setEvidence(review, entry.id, event.target.value))}
        />
        {evidenceNeeded && (
          <p id={`${evidenceId(entry.id)}-hint`} className="hint">
            {t('review.evidenceRequired')}
          </p>
        )}
      </div>
    </section>
  );
});
