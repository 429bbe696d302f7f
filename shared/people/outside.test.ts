import { describe, expect, it } from 'vitest';
import { insufficientMentions, insufficientStatus } from '../insufficient';
import {
  cycleEvaluatedOn,
  mentionSystemOf,
  outsideEvaluationFrom,
  outsideHistory,
  outsideMentions,
  readMention,
  readOutsideCell,
  validateOutsideEvaluation,
  type OutsideEvaluation,
} from './outside';

const person = (outsideEvaluations: OutsideEvaluation[] = []) => ({ cycleStart: '2023-03-01', outsideEvaluations });
const context = { today: '2026-12-03', lockedCycles: [] as number[] };
const draft = (cycleIndex: number, date: string, mention: string, note = '') => ({ cycleIndex, date, mention, note });
const codes = (errors: { code: string }[]) => errors.map((error) => error.code);

describe('the rules a past cycle was evaluated under', () => {
  it('follow the start of the cycle: 2014–2021 system before 2022, the 2022 decree from 1 January 2022, nothing before 2014', () => {
    expect(mentionSystemOf({ start: '2021-12-31' })).toBe('2014-2021');
    expect(mentionSystemOf({ start: '2022-01-01' })).toBe('2022');
    expect(mentionSystemOf({ start: '2014-01-01' })).toBe('2014-2021');
    expect(mentionSystemOf({ start: '2013-12-31' })).toBeNull();
  });
});

describe('cycleEvaluatedOn', () => {
  it('is the cycle whose end is nearest, within six months either side, across years and before Jalon’s first cycle', () => {
    // Cycle 0 runs 01/03/2023–29/02/2024; its review is due from 31/12/2023.
    expect(cycleEvaluatedOn('2023-03-01', '2023-12-31')).toBe(0);
    expect(cycleEvaluatedOn('2023-03-01', '2023-09-01')).toBe(0);
    expect(cycleEvaluatedOn('2023-03-01', '2023-08-28')).toBe(-1);
    // A calendar-year review of 2020 held on 15/12/2020 goes to 01/03/2020–28/02/2021.
    expect(cycleEvaluatedOn('2023-03-01', '2020-12-15')).toBe(-3);
    expect(cycleEvaluatedOn('2023-03-01', '2024-05-15')).toBe(0);
    // Cycle -1 runs 01/03/2022–28/02/2023; cycle -4, 01/03/2019–29/02/2020.
    expect(cycleEvaluatedOn('2023-03-01', '2023-02-10')).toBe(-1);
    expect(cycleEvaluatedOn('2023-03-01', '2020-03-20')).toBe(-4);
    expect(cycleEvaluatedOn('2023-03-01', '2015-01-05')).toBe(-9);
  });
});

describe('validateOutsideEvaluation', () => {
  it('accepts a 2014–2021 mention for a cycle that began before 2022, and a 2022 mention after', () => {
    // Cycle -2 runs 01/03/2021–28/02/2022: begun under the 2014–2021 system.
    expect(validateOutsideEvaluation(person(), draft(-2, '15/02/2022', 'a-ameliorer'), context)).toEqual([]);
    expect(validateOutsideEvaluation(person(), draft(-1, '20/02/2023', 'none'), context)).toEqual([]);
    expect(validateOutsideEvaluation(person(), draft(1, '2025-02-01', 'insuffisant'), context)).toEqual([]);
  });

  it('refuses a mention of the other system', () => {
    expect(codes(validateOutsideEvaluation(person(), draft(-1, '20/02/2023', 'repond-aux-attentes'), context))).toEqual(['mention-not-of-rules']);
    expect(codes(validateOutsideEvaluation(person(), draft(-3, '20/02/2021', 'none'), context))).toEqual(['mention-not-of-rules']);
  });

  it('refuses a cycle before 2014, one not begun, one already recorded or finalised in Jalon', () => {
    expect(codes(validateOutsideEvaluation(person(), draft(-10, '20/02/2014', 'exceptionnel'), context))).toEqual(['cycle-before-2014']);
    expect(codes(validateOutsideEvaluation(person(), draft(5, '20/02/2028', 'none'), context))).toContain('cycle-not-started');
    const recorded = { id: 'o1', cycleIndex: 1, date: '2025-02-01', mention: 'none' as const, note: '', recordedAt: '' };
    expect(codes(validateOutsideEvaluation(person([recorded]), draft(1, '2025-02-01', 'none'), context))).toEqual(['cycle-already-recorded']);
    expect(validateOutsideEvaluation(person([recorded]), draft(1, '2025-02-02', 'none'), { ...context, selfId: 'o1' })).toEqual([]);
    expect(codes(validateOutsideEvaluation(person(), draft(1, '2025-02-01', 'none'), { ...context, lockedCycles: [1] }))).toEqual(['cycle-reviewed-in-jalon']);
  });

  it('refuses an impossible date, one before the cycle began or after today, and a note with control characters', () => {
    expect(codes(validateOutsideEvaluation(person(), draft(1, '31/02/2025', 'none'), context))).toEqual(['invalid-date']);
    expect(codes(validateOutsideEvaluation(person(), draft(1, '28/02/2024', 'none'), context))).toEqual(['date-before-cycle']);
    expect(codes(validateOutsideEvaluation(person(), draft(3, '04/12/2026', 'none'), context))).toEqual(['date-in-future']);
    expect(codes(validateOutsideEvaluation(person(), draft(1, '01/03/2025', 'none', 'a\u0000b'), context))).toEqual(['invalid-characters']);
  });
});

describe('outside evaluations in the history and the « insuffisant » count', () => {
  const old = outsideEvaluationFrom(draft(-4, '20/03/2020', 'insuffisant', ' Papier '), 'o-2020', '2026-12-01T10:00:00Z');
  const recent = outsideEvaluationFrom(draft(1, '10/02/2025', 'insuffisant'), 'o-2025', '2026-12-01T10:00:00Z');

  it('are listed in cycle order with their cycle, the note trimmed', () => {
    const history = outsideHistory(person([recent, old]));
    expect(history.map((entry) => [entry.id, entry.cycle.start, entry.cycle.end, entry.note])).toEqual([
      ['o-2020', '2019-03-01', '2020-02-29', 'Papier'],
      ['o-2025', '2024-03-01', '2025-02-28', ''],
    ]);
  });

  it('count from their own date: 20/03/2020 and 10/02/2025 are more than four years apart; a Jalon mention in 2026 pairs with 2025', () => {
    const mentions = insufficientMentions([], outsideMentions(person([old, recent])));
    expect(mentions.map((mention) => [mention.date, mention.source])).toEqual([
      ['2020-03-20', 'outside'],
      ['2025-02-10', 'outside'],
    ]);
    expect(insufficientStatus(mentions, '2026-12-03').pair).toBeNull();
    expect(insufficientStatus(mentions, '2026-12-03').recent.map((mention) => mention.id)).toEqual(['o-2025']);
    const withJalon = insufficientStatus([...mentions, { id: 'r', date: '2026-11-30', source: 'review' }], '2026-12-03');
    expect(withJalon.pair?.map((mention) => mention.date)).toEqual(['2025-02-10', '2026-11-30']);
  });

  it('a mention other than « insuffisant » does not count', () => {
    const fine = outsideEvaluationFrom(draft(-5, '10/03/2019', 'exceptionnel'), 'o-2019', '');
    expect(insufficientMentions([], outsideMentions(person([fine])))).toEqual([]);
  });
});

describe('reading past evaluations from a CSV cell', () => {
  it('reads dates then mentions in French or Dutch, separated by ; | or line breaks', () => {
    expect(readOutsideCell('15/12/2019 Répond aux attentes ; 18/12/2021 : à améliorer|2023-02-20 sans mention\n10/02/2025 onvoldoende')).toEqual({
      ok: true,
      value: [
        { date: '2019-12-15', mention: 'repond-aux-attentes' },
        { date: '2021-12-18', mention: 'a-ameliorer' },
        { date: '2023-02-20', mention: 'none' },
        { date: '2025-02-10', mention: 'insuffisant' },
      ],
    });
    expect(readOutsideCell('  ')).toEqual({ ok: true, value: [] });
  });

  it('refuses an impossible date or an unknown mention', () => {
    expect(readOutsideCell('31/02/2019 exceptionnel')).toEqual({ ok: false, error: { code: 'invalid-date' } });
    expect(readOutsideCell('15/12/2019 très bien')).toEqual({ ok: false, error: { code: 'invalid-value' } });
    expect(readMention('Uitzonderlijk')).toBe('exceptionnel');
  });
});
