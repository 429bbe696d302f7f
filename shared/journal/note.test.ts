import { describe, expect, it } from 'vitest';
import { evidenceWithNotes, filterNotes, newNote, noteCountsByCompetency, noteText, validateNoteDraft, type NoteDraft } from './note';

const draft: NoteDraft = { personId: 'p1', date: '2026-03-12', competencyIds: ['communiquer'], objectiveId: '', situation: '', behaviour: '', effect: '', text: 'A reformulé la demande.' };
const note = (id: string, date: string, competencyIds: NoteDraft['competencyIds'], text = `note ${id}`) => ({ ...newNote({ ...draft, date, competencyIds, text }, id, `${date}T09:00:00.000Z`) });

describe('validateNoteDraft', () => {
  it('accepts a dated note with a competency and some text', () => {
    expect(validateNoteDraft(draft, '2026-11-26')).toEqual([]);
    expect(validateNoteDraft({ ...draft, text: '', situation: 'Réunion', behaviour: 'A écouté', effect: '' }, '2026-11-26')).toEqual([]);
  });

  it('names every problem: no person, a date that is not one or lies ahead, no competency, an unknown one, no text, invisible characters', () => {
    expect(validateNoteDraft({ ...draft, personId: '' }, '2026-11-26')).toEqual(['person-missing']);
    expect(validateNoteDraft({ ...draft, date: '2026-02-30' }, '2026-11-26')).toEqual(['date-invalid']);
    expect(validateNoteDraft({ ...draft, date: '2026-11-27' }, '2026-11-26')).toEqual(['date-future']);
    expect(validateNoteDraft({ ...draft, competencyIds: [] }, '2026-11-26')).toEqual(['competency-missing']);
    expect(validateNoteDraft({ ...draft, competencyIds: ['voler' as never] }, '2026-11-26')).toEqual(['competency-unknown']);
    expect(validateNoteDraft({ ...draft, text: '   ' }, '2026-11-26')).toEqual(['text-missing']);
    expect(validateNoteDraft({ ...draft, text: 'a\u202eb' }, '2026-11-26')).toEqual(['text-invalid']);
    expect(validateNoteDraft({ ...draft, text: 'x'.repeat(4001) }, '2026-11-26')).toEqual(['text-too-long']);
  });
});

describe('notes in a cycle', () => {
  const notes = [note('a', '2025-12-31', ['communiquer']), note('b', '2026-01-01', ['communiquer', 'penser-critique']), note('c', '2026-06-30', ['penser-critique']), note('d', '2027-01-01', ['communiquer'])];
  const cycle = { start: '2026-01-01', end: '2026-12-31' };

  it('counts the notes of the cycle per competency, a note with two competencies counting for both', () => {
    expect(noteCountsByCompetency(notes, cycle)).toEqual({ communiquer: 1, 'penser-critique': 2 });
  });

  it('filters by cycle and by competency, newest first', () => {
    expect(filterNotes(notes, { cycle, competencyId: null }).map((found) => found.id)).toEqual(['c', 'b']);
    expect(filterNotes(notes, { cycle: null, competencyId: 'communiquer' }).map((found) => found.id)).toEqual(['d', 'b', 'a']);
    expect(filterNotes(notes, { cycle, competencyId: 'communiquer' }).map((found) => found.id)).toEqual(['b']);
  });
});

describe('evidenceWithNotes', () => {
  it('appends the chosen notes with their dates, oldest first, each on its own line, never twice', () => {
    const first = note('a', '2026-05-02', ['communiquer'], 'Deuxième');
    const guided = newNote({ ...draft, date: '2026-03-12', text: '', situation: 'Réunion', behaviour: 'A reformulé', effect: 'Accord' }, 'b', 'x');
    const once = evidenceWithNotes('Déjà écrit.', [first, guided]);
    expect(once).toBe('Déjà écrit.\n12/03/2026 – Situation\u00a0: Réunion Comportement\u00a0: A reformulé Effet\u00a0: Accord\n02/05/2026 – Deuxième');
    expect(evidenceWithNotes(once, [first])).toBe(once);
    expect(evidenceWithNotes('', [first])).toBe('02/05/2026 – Deuxième');
  });

  it('writes a guided note as one line of prose', () => {
    expect(noteText({ situation: 'S', behaviour: '', effect: 'E', text: '' })).toBe('Situation\u00a0: S Effet\u00a0: E');
  });
});
