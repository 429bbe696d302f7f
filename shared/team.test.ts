import { describe, expect, it, vi } from 'vitest';
import { cycleAt } from './cycles';
import { addDays } from './dates';
import { toCsv } from './csv';
import { generateTeam, seededRandom } from './example/generate';
import type { Person } from './people/person';
import { newReview, type Review } from './reviews/review';
import { summarise } from './reviews/summary';
import { compareText, cycleToReview, decodeFacts, encodeFacts, filterTeamRows, personSummaries, prepareEverySort, prepareSortKeys, reviewFacts, sortTeamRows, teamRow as teamRowOf, teamRows, EMPTY_TEAM_FILTER, isEmptyTeamFilter } from './team';
import type { ReviewSummary } from './reviews/summary';

const teamRow = (p: Person, summaries: ReviewSummary[], today: string) => teamRowOf(p, summaries.map(reviewFacts), today);

const person: Person = {
  id: 'p1',
  name: 'Zoë Ünal',
  staffNumber: 'Z1',
  classHistory: [{ classId: 'C', from: '2020-01-01' }],
  employment: 'statutaire',
  limitedLeadership: false,
  service: 'Contentieux',
  notes: '',
  cycleStart: '2024-01-01',
  archived: false,
  example: false,
  language: 'fr',
  createdAt: 'x',
  updatedAt: 'x',
};

function review(cycleIndex: number, change: Partial<Review> = {}): Review {
  const base = newReview({ id: `r${cycleIndex}`, person, cycle: cycleAt(person.cycleStart, cycleIndex), classId: 'C', now: 'x' });
  return { ...base, ...change };
}

describe('summarise', () => {
  it('keeps the gaps of the rated competencies and counts those below', () => {
    const rated = review(0);
    rated.ratings = {
      communiquer: { observed: { kind: 'below' }, evidence: 'x' },
      collaborer: { observed: { kind: 'level', level: 2 }, evidence: 'x' },
      agilite: { observed: { kind: 'not-observed', reason: 'absence' }, evidence: '' },
      guider: { observed: { kind: 'level', level: 1 }, evidence: '' },
    };
    expect(summarise(rated)).toMatchObject({ belowCount: 1, gaps: { communiquer: -1, collaborer: 1, agilite: 'n' } });
    expect(summarise(rated).gaps).not.toHaveProperty('guider');
  });
});

describe('team rows', () => {
  it('works on the cycle that is due: the one ending within 60 days, or else the running one', () => {
    expect(cycleToReview('2024-01-01', '2026-11-26').index).toBe(2);
    expect(cycleToReview('2024-01-01', '2026-10-01').index).toBe(1);
    expect(cycleToReview('2027-01-01', '2026-11-26').index).toBe(0);
    // Across many start dates and days, the same answer as walking forward from the first cycle.
    for (const start of ['2015-01-01', '2018-03-31', '2020-02-29', '2023-11-15']) {
      for (const today of ['2024-01-01', '2025-10-31', '2025-11-01', '2026-11-26', '2030-06-30']) {
        let index = 0;
        while (addDays(cycleAt(start, index + 1).end, -60) <= today) index++;
        expect(cycleToReview(start, today).index).toBe(index);
      }
    }
  });

  it('says pas commencée, brouillon, prête, finalisée, signée or en retard', () => {
    expect(teamRow(person, [], '2026-11-26').status).toBe('pas-commencee');
    expect(teamRow(person, [summarise(review(2))], '2026-11-26').status).toBe('brouillon');
    expect(teamRow(person, [summarise(review(2, { status: 'prete' }))], '2026-11-26').status).toBe('prete');
    expect(teamRow(person, [summarise(review(2, { status: 'remise', finalisedAt: '2026-11-20T10:00:00Z' }))], '2026-11-26').status).toBe('finalisee');
    expect(teamRow(person, [summarise(review(2, { status: 'cloturee', finalisedAt: '2026-11-20T10:00:00Z' }))], '2026-11-26').status).toBe('signee');
    // Cycle 2025 ended 31/12/2025: without a finalised review it is overdue from April 2026.
    expect(teamRow(person, [], '2026-04-02').status).toBe('en-retard');
    expect(teamRow(person, [summarise(review(1))], '2026-04-02').status).toBe('en-retard');
  });

  it('a cycle evaluated outside Jalon is « hors Jalon », not overdue, and dates the last review (also through teamRows)', () => {
    const outside = { id: 'o1', cycleIndex: 1, date: '2026-01-15', mention: 'none' as const, note: '', recordedAt: 'x' };
    const adopted: Person = { ...person, outsideEvaluations: [outside] };
    expect(teamRow(adopted, [], '2026-04-02')).toMatchObject({ status: 'hors-jalon', lastReviewDate: '2026-01-15' });
    expect(teamRows([adopted], [], '2026-04-02')[0]).toMatchObject({ status: 'hors-jalon', lastReviewDate: '2026-01-15' });
    // The next cycle (2026) is not covered by it: in 2027 it is due, then overdue.
    expect(teamRow(adopted, [], '2026-11-26').status).toBe('pas-commencee');
    expect(teamRow(adopted, [], '2027-04-02').status).toBe('en-retard');
  });

  it('gives the last finalised review’s date and the latest count below expectation', () => {
    const old = review(0, { status: 'cloturee', finalisedAt: '2025-01-20T10:00:00Z' });
    old.ratings = { communiquer: { observed: { kind: 'below' }, evidence: 'x' }, collaborer: { observed: { kind: 'below' }, evidence: 'x' } };
    const row = teamRow(person, [summarise(old)], '2026-11-26');
    expect(row).toMatchObject({ lastReviewDate: '2025-01-20', belowCount: 2 });
    expect(teamRow(person, [], '2026-11-26')).toMatchObject({ lastReviewDate: null, belowCount: null });
  });

  it('filters by text, class, status and service, and hides the archived', () => {
    const other: Person = { ...person, id: 'p2', name: 'Pieter Maes', staffNumber: 'P2', classHistory: [{ classId: 'B', from: '2020-01-01' }], service: 'Accueil' };
    const archived: Person = { ...person, id: 'p3', name: 'Ancien', staffNumber: 'A3', archived: true };
    const rows = teamRows([person, other, archived], personSummaries([summarise(review(2))]), '2026-11-26');
    const names = (filter: Partial<typeof EMPTY_TEAM_FILTER>) => filterTeamRows(rows, { ...EMPTY_TEAM_FILTER, ...filter }).map((row) => row.name);
    expect(names({})).toEqual(['Zoë Ünal', 'Pieter Maes']);
    expect(names({ text: 'zoe' })).toEqual(['Zoë Ünal']);
    expect(names({ classId: 'B' })).toEqual(['Pieter Maes']);
    expect(names({ status: 'brouillon' })).toEqual(['Zoë Ünal']);
    expect(names({ service: 'Accueil' })).toEqual(['Pieter Maes']);
    expect(names({ showArchived: true })).toEqual(['Zoë Ünal', 'Pieter Maes', 'Ancien']);
  });

  it('searches name, staff number and service folded once per row, never across two fields, keeping the order given', () => {
    const rows = teamRows([person, { ...person, id: 'p2', name: 'Élodie Maes', staffNumber: 'AB12', service: 'Accueil' }], [], '2026-11-26');
    expect(rows[1]!.searchKey).toBe('elodie maes\nab12\naccueil');
    const names = (text: string, list = rows) => filterTeamRows(list, { ...EMPTY_TEAM_FILTER, text }).map((row) => row.name);
    expect(names('  ELODIE ')).toEqual(['Élodie Maes']);
    expect(names('unal')).toEqual(['Zoë Ünal']);
    expect(names('ab1')).toEqual(['Élodie Maes']);
    expect(names('accueil')).toEqual(['Élodie Maes']);
    expect(names('maes ab')).toEqual([]); // name and staff number are separate fields
    expect(names('', [...rows].reverse())).toEqual(['Élodie Maes', 'Zoë Ünal']);
  });
});

describe('team rows from packed histories', () => {
  it('give the same rows as decoding every fact, whatever the day, and cope with facts out of order', () => {
    const { people, reviews } = generateTeam({ size: 60, seed: 7, today: '2026-11-26', years: 6, evidenceSentences: 0 });
    const packed = personSummaries(reviews.map(summarise));
    for (const today of ['2024-03-01', '2025-11-01', '2026-11-26', '2027-06-30']) {
      const byPerson = new Map(packed.map((summary) => [summary.personId, decodeFacts(summary.facts)]));
      expect(teamRows(people, packed, today)).toEqual(people.map((one) => teamRowOf(one, byPerson.get(one.id) ?? [], today)));
    }
    const shuffled = packed.map((summary) => ({ ...summary, facts: summary.facts.split(';').reverse().join(';') }));
    expect(teamRows(people, shuffled, '2026-11-26')).toEqual(teamRows(people, packed, '2026-11-26'));
  });
});

describe('sorting the team', () => {
  const people = ['Léa 10', 'émile Dubois', 'Léa 9', 'Zoë Ünal', 'Emile Dubois', 'Adam'].map((name, index) => ({
    ...person,
    id: `p${index}`,
    name,
    staffNumber: `S${10 - index}`,
    service: index % 2 === 0 ? 'Contentieux' : 'Accueil',
  }));
  const rows = teamRows(people, [], '2026-11-26');
  const names = (sorting: { id: string; desc: boolean }[]) => sortTeamRows(rows, sorting).map((row) => row.name);

  it('sorts names in French order, numbers by value, ties in the order given (both ways)', () => {
    expect(names([{ id: 'name', desc: false }])).toEqual(['Adam', 'émile Dubois', 'Emile Dubois', 'Léa 9', 'Léa 10', 'Zoë Ünal']);
    expect(names([{ id: 'name', desc: true }])).toEqual(['Zoë Ünal', 'Léa 10', 'Léa 9', 'émile Dubois', 'Emile Dubois', 'Adam']);
  });

  it('sorts by cycle end (by date) and by next action (the most urgent first), as the table\'s headers offer', () => {
    const ends = ['2027-03-31', '2026-12-31', '2027-01-15', '2026-12-31', '2027-10-01', '2026-02-28'];
    const statuses = ['signee', 'brouillon', 'en-retard', 'prete', 'pas-commencee', 'finalisee'] as const;
    const dated = rows.map((row, index) => ({ ...row, cycle: { ...row.cycle, end: ends[index]! }, status: statuses[index]! }));
    const order = (id: string, desc = false) => sortTeamRows(dated, [{ id, desc }]).map((row) => row.id);
    expect(order('cycleEnd')).toEqual(['p5', 'p1', 'p3', 'p2', 'p0', 'p4']);
    expect(order('cycleEnd', true)).toEqual(['p4', 'p0', 'p2', 'p1', 'p3', 'p5']);
    // catch-up, finalise, complete, start, hand-over, none
    expect(order('next')).toEqual(['p2', 'p3', 'p1', 'p4', 'p5', 'p0']);
  });

  it('sorts by several columns in turn, staff numbers by value', () => {
    expect(names([{ id: 'service', desc: false }, { id: 'name', desc: false }])).toEqual(['Adam', 'émile Dubois', 'Zoë Ünal', 'Emile Dubois', 'Léa 9', 'Léa 10']);
    expect(sortTeamRows(rows, [{ id: 'staffNumber', desc: false }]).map((row) => row.staffNumber)).toEqual(['S5', 'S6', 'S7', 'S8', 'S9', 'S10']);
  });

  it('gives the rows back as they are when nothing sorts, and the same order again from its cache', () => {
    expect(sortTeamRows(rows, [])).toBe(rows);
    expect(sortTeamRows(rows, [{ id: 'unknown', desc: false }])).toBe(rows);
    expect(names([{ id: 'name', desc: false }])).toEqual(names([{ id: 'name', desc: false }]));
  });
});

describe('sort keys computed ahead, a slice at a time (issue 14)', () => {
  const random = seededRandom(14);
  const syllables = ['lé', 'a', 'É', 'mi', 'le', 'Du', 'bois', 'van', ' ', '-', 'œ', '’', 'Ö', 'z', '9', '10', 'ß'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 5) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const people = Array.from({ length: 5000 }, (_, index) => ({
    ...person,
    id: `p${String(index).padStart(5, '0')}`,
    name: `${word()} ${word()}`,
    staffNumber: `S${Math.floor(random() * 3000)}`,
    service: word(),
  }));
  const orders = [
    [{ id: 'name', desc: false }],
    [{ id: 'service', desc: true }, { id: 'staffNumber', desc: false }],
  ];

  it.each(orders)('gives the order the table gets at once (%j), pausing between slices', async (...sorting) => {
    const expected = sortTeamRows(teamRows(people, [], '2026-11-26'), sorting).map((row) => row.id);
    const rows = teamRows(people, [], '2026-11-26');
    let pauses = 0;
    let calls = 0;
    // Every tenth check says the slice has run long enough.
    await prepareSortKeys(rows, sorting, { due: () => ++calls % 10 === 0, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(2);
    expect(sortTeamRows(rows, sorting).map((row) => row.id)).toEqual(expected);
  });

  it.each([
    ['service', false],
    ['service', true],
    ['staffNumber', true],
    ['name', true],
  ] as const)('sorts by one column (%s, descending: %s) as a stable French sort does, ties in the order given', (id, desc) => {
    // Five services for 5,000 people, some equal in French order (case, accents): runs of ties.
    const services = ['Accueil', 'accueil', 'Contentieux', 'Contentïeux', 'Zèle'];
    const rows = teamRows(people.map((one, index) => ({ ...one, service: services[index % services.length]! })), [], '2026-11-26');
    const expected = [...rows].sort((a, b) => (desc ? -1 : 1) * compareText(a[id], b[id])).map((row) => row.id);
    // Twice: the second from the order kept for these rows.
    expect(sortTeamRows(rows, [{ id, desc }]).map((row) => row.id)).toEqual(expected);
    expect(sortTeamRows(rows, [{ id, desc }]).map((row) => row.id)).toEqual(expected);
  });

  it('leaves nothing to compute at the first sort: the keys are those sortTeamRows uses', async () => {
    const rows = teamRows(people.slice(0, 50), [], '2026-11-26');
    await prepareSortKeys(rows, [{ id: 'name', desc: false }], { due: () => false, pause: async () => undefined });
    const compare = vi.spyOn(Intl.Collator.prototype, 'compare', 'get');
    sortTeamRows(rows, [{ id: 'name', desc: false }]);
    expect(compare).not.toHaveBeenCalled();
    compare.mockRestore();
  });

  it('prepared for every column when idle: any first header click orders nothing in French, and gives the same order', async () => {
    const ids = ['name', 'staffNumber', 'classId', 'service', 'status', 'cycleEnd', 'next', 'lastReview', 'below'] as const;
    const fresh = () => teamRows(people.slice(0, 400), [], '2026-11-26');
    const expected = ids.flatMap((id) => [false, true].map((desc) => sortTeamRows(fresh(), [{ id, desc }]).map((row) => row.id)));
    const rows = fresh();
    let pauses = 0;
    // Every check says the slice is over: at least a pause per column.
    await prepareEverySort(rows, { due: () => true, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThanOrEqual(ids.length);
    const compare = vi.spyOn(Intl.Collator.prototype, 'compare', 'get');
    const sorted = ids.flatMap((id) => [false, true].map((desc) => sortTeamRows(rows, [{ id, desc }]).map((row) => row.id)));
    expect(compare).not.toHaveBeenCalled();
    compare.mockRestore();
    expect(sorted).toEqual(expected);
  });
});

describe('packed review facts', () => {
  it('round-trip through their string form', () => {
    const facts = [
      { cycleIndex: 0, status: 'cloturee' as const, finalisedAt: '2025-01-20T10:00:00.000Z', belowCount: 2, rated: true },
      { cycleIndex: 1, status: 'brouillon' as const, finalisedAt: null, belowCount: 0, rated: false },
    ];
    expect(decodeFacts(encodeFacts(facts))).toEqual(facts);
    expect(decodeFacts('')).toEqual([]);
  });
});

describe('toCsv', () => {
  it('writes UTF-8 with a BOM, semicolons, CRLF, quotes where needed, and no formula', () => {
    const csv = toCsv(['Nom', 'Service'], [['Zoë « Ünal »', 'A;B'], ['=HYPERLINK("x")', 'dit "oui"\nou non'], ['-1', '@x']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFNom;Service\r\nZoë « Ünal »;"A;B"\r\n"\'=HYPERLINK(""x"")";"dit ""oui""\nou non"\r\n-1;\'@x\r\n');
  });
});

describe('isEmptyTeamFilter', () => {
  it('holds for the empty filter only: any text, class, status, service or the archived shown makes it a filter', () => {
    expect(isEmptyTeamFilter({ ...EMPTY_TEAM_FILTER })).toBe(true);
    for (const change of [{ text: 'a' }, { classId: 'B' }, { status: 'brouillon' }, { service: 'Accueil' }, { showArchived: true }]) {
      expect(isEmptyTeamFilter({ ...EMPTY_TEAM_FILTER, ...change })).toBe(false);
    }
  });
});
