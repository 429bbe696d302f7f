import { describe, expect, it } from 'vitest';
import { cycleAt } from '../cycles';
import {
  interviewFrom,
  interviewHistory,
  objectivesForCycle,
  objectivesFromLines,
  remediationEndRange,
  remediationFrom,
  remediationsToOrganise,
  validateFollowUp,
  validateInterview,
  validateRemediation,
  followUpMentions,
  type Interview,
} from './interim';
import type { Review } from '../reviews/review';
import { insufficientMentions, insufficientStatus } from '../insufficient';
import { personMentions } from './outside';

const TODAY = '2026-12-03';
const person = (interviews: Interview[] = []) => ({ cycleStart: '2025-10-01', interviews });
const codes = (errors: { field: string; code: string }[]) => errors.map((error) => `${error.field}:${error.code}`);
let counter = 0;
const newId = () => `id${++counter}`;

describe('entretiens de fonctionnement and the first planification', () => {
  const interview = (kind: string, date: string, reason = '', objectives = '', notes = '') => ({ kind, date, reason, notes, objectives });

  it('an entretien de fonctionnement can be held at any time from the first cycle on, with its reason', () => {
    expect(validateInterview(person(), interview('fonctionnement', '15/01/2026', 'retour-absence'), TODAY)).toEqual([]);
    expect(validateInterview(person(), interview('fonctionnement', '2026-12-03', 'changement-regime'), TODAY)).toEqual([]);
    expect(codes(validateInterview(person(), interview('fonctionnement', '15/01/2026'), TODAY))).toEqual(['reason:reason-required']);
    expect(codes(validateInterview(person(), interview('fonctionnement', '30/09/2025', 'libre'), TODAY))).toEqual(['date:before-first-cycle']);
    expect(codes(validateInterview(person(), interview('fonctionnement', '04/12/2026', 'libre'), TODAY))).toEqual(['date:date-in-future']);
    expect(codes(validateInterview(person(), interview('fonctionnement', '29/02/2026', 'libre'), TODAY))).toEqual(['date:invalid-date']);
  });

  it('the first planification is held once, within the first cycle (01/10/2025–30/09/2026), and sets objectives', () => {
    expect(validateInterview(person(), interview('planification', '06/10/2025', '', 'Traiter 40 dossiers\n\nFormation TVA'), TODAY)).toEqual([]);
    expect(codes(validateInterview(person(), interview('planification', '01/10/2026', '', 'x'), TODAY))).toEqual(['date:planification-outside-first-cycle']);
    expect(codes(validateInterview(person(), interview('planification', '06/10/2025', '', ' \n '), TODAY))).toEqual(['objectives:objectives-required']);
    const planned = interviewFrom(interview('planification', '06/10/2025', '', 'x'), newId, 'now');
    expect(codes(validateInterview(person([planned]), interview('planification', '07/10/2025', '', 'y'), TODAY))).toEqual(['kind:planification-exists']);
    const eleven = Array.from({ length: 11 }, (_, index) => `Objectif ${index + 1}`).join('\n');
    expect(codes(validateInterview(person(), interview('fonctionnement', '15/01/2026', 'libre', eleven), TODAY))).toEqual(['objectives:too-many-objectives']);
    expect(codes(validateInterview(person(), interview('fonctionnement', '15/01/2026', 'libre', '', 'a\u202eb'), TODAY))).toEqual(['notes:invalid-characters']);
  });

  it('each interview falls in its cycle, across years', () => {
    const history = interviewHistory(
      person([
        interviewFrom(interview('fonctionnement', '2026-10-01', 'libre'), newId, 'b'),
        interviewFrom(interview('fonctionnement', '2026-09-30', 'libre'), newId, 'a'),
      ]),
    );
    expect(history.map((entry) => [entry.date, entry.cycle.index])).toEqual([
      ['2026-09-30', 0],
      ['2026-10-01', 1],
    ]);
  });

  it('a new review starts its bilan with the objectives last set during its cycle, else those the previous review planned', () => {
    const planning = interviewFrom(interview('planification', '06/10/2025', '', 'Traiter 40 dossiers\nFormation TVA'), newId, 'a');
    const adjusted = interviewFrom(interview('fonctionnement', '2026-03-01', 'changement-regime', 'Traiter 30 dossiers (4/5e)'), newId, 'b');
    const unchanged = interviewFrom(interview('fonctionnement', '2026-05-01', 'libre'), newId, 'c');
    const first = cycleAt('2025-10-01', 0);
    expect(objectivesForCycle(person([planning]), first, undefined).map((objective) => objective.description)).toEqual(['Traiter 40 dossiers', 'Formation TVA']);
    expect(objectivesForCycle(person([planning, adjusted, unchanged]), first, undefined).map((objective) => objective.description)).toEqual(['Traiter 30 dossiers (4/5e)']);
    const previous = { nextObjectives: [{ id: 'n1', description: 'Encadrer un stagiaire', indicator: '', dueDate: '' as const }, { id: 'n2', description: ' ', indicator: '', dueDate: '' as const }] };
    expect(objectivesForCycle(person([planning, adjusted]), cycleAt('2025-10-01', 1), previous).map((objective) => objective.description)).toEqual(['Encadrer un stagiaire']);
  });

  it('reads one objective per non-empty line', () => {
    expect(objectivesFromLines(' a \r\n\r\nb\rc\n')).toEqual(['a', 'b', 'c']);
  });
});

describe('the remediation period after a finalised « insuffisant »', () => {
  const review = { id: 'r1', status: 'remise', outcome: 'insuffisant', finalisedAt: '2026-11-20T10:00:00.000Z', cycleIndex: 0 } as Review;
  const draft = (start: string, end: string, agreementDate: string, objectives = 'Réduire le retard à 20 dossiers') => ({ start, end, agreementDate, objectives });

  it('ends 6 to 12 months after its start, across years and month ends', () => {
    expect(remediationEndRange('2026-12-01')).toEqual({ earliest: '2027-05-31', latest: '2027-11-30' });
    expect(remediationEndRange('2027-08-31')).toEqual({ earliest: '2028-02-28', latest: '2028-08-30' });
    expect(validateRemediation(person(), review, draft('01/12/2026', '31/05/2027', '28/11/2026'))).toEqual([]);
    expect(validateRemediation(person(), review, draft('01/12/2026', '30/11/2027', '01/12/2026'))).toEqual([]);
    expect(codes(validateRemediation(person(), review, draft('01/12/2026', '30/05/2027', '28/11/2026')))).toEqual(['end:end-out-of-range']);
    expect(codes(validateRemediation(person(), review, draft('01/12/2026', '01/12/2027', '28/11/2026')))).toEqual(['end:end-out-of-range']);
  });

  it('starts on or after the finalisation, with objectives agreed in writing between the finalisation and the end', () => {
    expect(codes(validateRemediation(person(), review, draft('19/11/2026', '31/05/2027', '19/11/2026')))).toEqual(['start:start-before-finalisation', 'agreementDate:agreement-out-of-range']);
    expect(codes(validateRemediation(person(), review, draft('01/12/2026', '31/05/2027', '01/06/2027')))).toEqual(['agreementDate:agreement-out-of-range']);
    expect(codes(validateRemediation(person(), review, draft('01/12/2026', '31/05/2027', '', '')))).toEqual(['agreementDate:invalid-date', 'objectives:objectives-required']);
  });

  it('follows only a finalised « insuffisant », once per review', () => {
    expect(codes(validateRemediation(person(), { ...review, status: 'prete', finalisedAt: null }, draft('01/12/2026', '31/05/2027', '01/12/2026')))).toEqual(['review:not-insufficient']);
    expect(codes(validateRemediation(person(), { ...review, outcome: 'none' }, draft('01/12/2026', '31/05/2027', '01/12/2026')))).toEqual(['review:not-insufficient']);
    const recorded = remediationFrom('r1', draft('01/12/2026', '31/05/2027', '01/12/2026'), newId, 'now');
    expect(codes(validateRemediation({ ...person(), remediations: [recorded] }, review, draft('01/12/2026', '31/05/2027', '01/12/2026')))).toEqual(['review:remediation-exists']);
    expect(remediationsToOrganise(person(), [review, { ...review, id: 'r2', outcome: 'none' } as Review]).map((entry) => entry.id)).toEqual(['r1']);
    expect(remediationsToOrganise({ ...person(), remediations: [recorded] }, [review])).toEqual([]);
  });

  it('ends with one follow-up evaluation, dated from its start to today, with a result and a report', () => {
    const remediation = remediationFrom('r1', draft('01/12/2026', '31/05/2027', '01/12/2026'), newId, 'now');
    const follow = (date: string, result: string, report: string) => ({ date, result, report });
    expect(validateFollowUp(remediation, follow('31/05/2027', 'satisfaisant', 'Objectifs atteints.'), '2027-06-01')).toEqual([]);
    expect(codes(validateFollowUp(remediation, follow('30/11/2026', '', ' '), '2027-06-01'))).toEqual(['date:follow-up-before-start', 'result:result-required', 'report:report-required']);
    expect(codes(validateFollowUp(remediation, follow('02/06/2027', 'insuffisant', 'x'), '2027-06-01'))).toEqual(['date:date-in-future']);
    const done = { ...remediation, followUp: { date: '2027-05-31', result: 'satisfaisant' as const, report: 'x', recordedAt: 'now' } };
    expect(codes(validateFollowUp(done, follow('31/05/2027', 'satisfaisant', 'x'), '2027-06-01'))).toEqual(['date:follow-up-exists']);
  });

  it('a follow-up evaluation that ends with « insuffisant » is a second mention within four years of the first', () => {
    const remediation = remediationFrom('r1', draft('01/12/2026', '31/05/2027', '01/12/2026'), newId, 'now');
    const failed = { ...remediation, followUp: { date: '2027-06-02', result: 'insuffisant' as const, report: 'x', recordedAt: 'now' } };
    const passed = { ...remediation, followUp: { date: '2027-06-02', result: 'satisfaisant' as const, report: 'x', recordedAt: 'now' } };
    expect(followUpMentions({ remediations: [passed] }).filter((mention) => mention.insufficient)).toEqual([]);
    const mentions = insufficientMentions([review], personMentions({ remediations: [failed] }));
    expect(mentions.map((mention) => [mention.date, mention.source])).toEqual([
      ['2026-11-20', 'review'],
      ['2027-06-02', 'follow-up'],
    ]);
    expect(insufficientStatus(mentions, '2027-06-03').pair?.map((mention) => mention.date)).toEqual(['2026-11-20', '2027-06-02']);
  });
});
