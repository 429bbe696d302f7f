import type { Cycle } from '../cycles';
import { formatDateFr, isIsoDate, type IsoDate } from '../dates';
import { COMPETENCY_IDS, type CompetencyId } from '../framework/types';
import { isCleanText } from '../text';

/**
 * A dated, factual note about a person, written through the year: tagged with
 * one or more competencies (and optionally an objective), in the
 * situation–behaviour–effect form or as one free text. Notes stay on the
 * manager's machine: the employee's report holds only what was copied into
 * the evidence of a review.
 */
export type JournalNote = {
  id: string;
  personId: string;
  /** The day of the observation. */
  date: IsoDate;
  competencyIds: CompetencyId[];
  /** An objective of the person's review (its id), or '' for none. */
  objectiveId: string;
  situation: string;
  behaviour: string;
  effect: string;
  /** The free form: used when the three guided fields are left empty. */
  text: string;
  /** Part of the example team (removed with it). */
  example: boolean;
  createdAt: string;
  updatedAt: string;
};

export const NOTE_FIELD_MAX = 4000;
/** A note tags at most this many competencies (the framework has 12). */
export const NOTE_COMPETENCIES_MAX = COMPETENCY_IDS.length;

export type NoteDraft = Pick<JournalNote, 'personId' | 'date' | 'competencyIds' | 'objectiveId' | 'situation' | 'behaviour' | 'effect' | 'text'>;

export type NoteError = 'person-missing' | 'date-invalid' | 'date-future' | 'competency-missing' | 'competency-unknown' | 'text-missing' | 'text-too-long' | 'text-invalid';

const isCompetencyId = (value: string): value is CompetencyId => (COMPETENCY_IDS as readonly string[]).includes(value);

/** What stands between a draft and a stored note; empty when it can be saved. */
export function validateNoteDraft(draft: NoteDraft, today: IsoDate): NoteError[] {
  const errors: NoteError[] = [];
  if (draft.personId.trim() === '') errors.push('person-missing');
  if (!isIsoDate(draft.date)) errors.push('date-invalid');
  else if (draft.date > today) errors.push('date-future');
  if (draft.competencyIds.length === 0) errors.push('competency-missing');
  else if (!draft.competencyIds.every(isCompetencyId)) errors.push('competency-unknown');
  const fields = [draft.situation, draft.behaviour, draft.effect, draft.text];
  if (fields.every((field) => field.trim() === '')) errors.push('text-missing');
  else if (fields.some((field) => field.length > NOTE_FIELD_MAX)) errors.push('text-too-long');
  else if (!fields.every(isCleanText)) errors.push('text-invalid');
  return errors;
}

/** A stored note from a valid draft (fields trimmed, competencies without duplicates). */
export function newNote(draft: NoteDraft, id: string, now: string): JournalNote {
  return {
    id,
    personId: draft.personId,
    date: draft.date,
    competencyIds: [...new Set(draft.competencyIds)],
    objectiveId: draft.objectiveId,
    situation: draft.situation.trim(),
    behaviour: draft.behaviour.trim(),
    effect: draft.effect.trim(),
    text: draft.text.trim(),
    example: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** The note as one line of prose: "Situation : … Comportement : … Effet : …", or the free text, or both. */
export function noteText(note: Pick<JournalNote, 'situation' | 'behaviour' | 'effect' | 'text'>): string {
  const parts = [
    note.situation && `Situation\u00a0: ${note.situation}`,
    note.behaviour && `Comportement\u00a0: ${note.behaviour}`,
    note.effect && `Effet\u00a0: ${note.effect}`,
    note.text,
  ].filter((part) => part !== '');
  return parts.join(' ');
}

export type NoteFilter = { cycle: Pick<Cycle, 'start' | 'end'> | null; competencyId: CompetencyId | null };

/** The notes of a cycle (by their date) and/or about a competency, newest first. */
export function filterNotes<T extends Pick<JournalNote, 'date' | 'competencyIds' | 'createdAt'>>(notes: readonly T[], filter: NoteFilter): T[] {
  return notes
    .filter((note) => !filter.cycle || (note.date >= filter.cycle.start && note.date <= filter.cycle.end))
    .filter((note) => !filter.competencyId || note.competencyIds.includes(filter.competencyId))
    .sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date)));
}

/** How many notes of the cycle concern each competency (a note with two competencies counts for both). */
export function noteCountsByCompetency(notes: readonly Pick<JournalNote, 'date' | 'competencyIds'>[], cycle: Pick<Cycle, 'start' | 'end'>): Partial<Record<CompetencyId, number>> {
  const counts: Partial<Record<CompetencyId, number>> = {};
  for (const note of notes) {
    if (note.date < cycle.start || note.date > cycle.end) continue;
    for (const id of new Set(note.competencyIds)) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/**
 * The evidence with chosen notes appended, oldest first, each on its own line
 * with its date ("12/03/2026 – …"). A note already in the evidence is not
 * added twice.
 */
export function evidenceWithNotes(evidence: string, notes: readonly Pick<JournalNote, 'date' | 'situation' | 'behaviour' | 'effect' | 'text'>[]): string {
  const lines = [...notes]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((note) => `${formatDateFr(note.date)} – ${noteText(note)}`)
    .filter((line) => !evidence.includes(line));
  if (lines.length === 0) return evidence;
  const base = evidence.trimEnd();
  return base === '' ? lines.join('\n') : `${base}\n${lines.join('\n')}`;
}
