// Builds the fixture database of each schema version (test-fixtures/schema-vN.json): the
// stores and indexes as that version declared them, and records in that version's shape.
// Run with `node scripts/make-schema-fixtures.mjs`; commit the output; never edit a shipped one.
import { writeFileSync } from 'node:fs';

const profile = (classId) => {
  // A hand-written C profile, as schema v1 stored it inside each review.
  const entries = [
    ['penser-critique', 'Penser de manière critique', 'reflechir-creer', 'Réfléchir et créer', true, classId === 'C' ? 1 : 2, ['Traiter des informations simples et les synthétiser', 'Évaluer des informations complexes et arriver à une conclusion', "Placer l'information dans un contexte plus large et formuler des recommandations stratégiques"]],
    ['communiquer', 'Communiquer', 'echanger-collaborer', 'Échanger et collaborer', true, classId === 'C' ? 1 : 2, ['Échanger des informations et dialoguer', 'Partager des opinions et adapter sa communication', 'Convaincre et négocier', "Représenter l'organisation et encourager la communication"]],
    ['guider', 'Guider', 'echanger-collaborer', 'Échanger et collaborer', false, null, ['Mobiliser votre équipe et favoriser le changement', 'Aider votre équipe à se développer et stimuler le changement', 'Fédérer vos équipes et accompagner le changement', "Engager vos équipes et conduire le changement dans l'organisation"]],
  ];
  return entries.map(([id, name, cluster, clusterName, distinctive, expectedLevel, levelTitles]) => ({ id, name, cluster, clusterName, distinctive, expectedLevel, levelTitles }));
};

const v1 = {
  schemaVersion: 1,
  idbVersion: 10,
  stores: {
    people: { keyPath: 'id', indexes: [['name', 'name', false], ['staffNumber', 'staffNumber', false]] },
    reviews: { keyPath: 'id', indexes: [['personId', 'personId', false], ['[personId+cycleIndex]', ['personId', 'cycleIndex'], true], ['status', 'status', false], ['updatedAt', 'updatedAt', false]] },
    settings: { keyPath: 'key', indexes: [] },
  },
  records: {
    people: [
      { id: 'v1-p1', name: 'Zoë Ünal 🌟', staffNumber: 'AB123', classHistory: [{ classId: 'C', from: '2019-01-01' }, { classId: 'B', from: '2025-03-01' }], employment: 'statutaire', limitedLeadership: false, service: 'Contentieux', notes: 'Notes <b>libres</b>', cycleStart: '2024-01-01', archived: false, example: false, createdAt: '2024-01-02T08:00:00.000Z', updatedAt: '2025-03-01T08:00:00.000Z' },
      { id: 'v1-p2', name: 'Pieter Maes', staffNumber: '', classHistory: [{ classId: 'A1', from: '2020-06-01' }], employment: 'contractuel', limitedLeadership: true, service: '', notes: '', cycleStart: '2024-06-01', archived: true, example: false, createdAt: '2024-06-02T08:00:00.000Z', updatedAt: '2024-06-02T08:00:00.000Z' },
    ],
    // Reviews as schema v1 wrote them: no audit trail, hash, hand-over or addenda yet.
    reviews: [
      { id: 'v1-r1', personId: 'v1-p1', cycleIndex: 0, cycleStart: '2024-01-01', cycleEnd: '2024-12-31', status: 'prete', frameworkVersion: 'DO-2022.1', classId: 'C', limitedLeadership: false, profile: profile('C'), ratings: { 'penser-critique': { observed: { kind: 'level', level: 2 }, evidence: 'A analysé le dossier « Dupont » le 12/03.' }, communiquer: { observed: { kind: 'not-observed', reason: 'Absence de longue durée' }, evidence: '' } }, objectives: [{ id: 'o1', description: 'Clôturer l’arriéré', result: 'atteint', comment: '' }], nextObjectives: [{ id: 'o2', description: 'Former un collègue', indicator: 'autonome en 3 mois', dueDate: '2025-06-30' }], outcome: 'none', outcomeJustification: '', evaluatorComment: 'Bonne année.', createdAt: '2024-12-01T08:00:00.000Z', updatedAt: '2024-12-10T08:00:00.000Z' },
      { id: 'v1-r2', personId: 'v1-p1', cycleIndex: 1, cycleStart: '2025-01-01', cycleEnd: '2025-12-31', status: 'brouillon', frameworkVersion: 'DO-2022.1', classId: 'B', limitedLeadership: false, profile: profile('B'), ratings: { communiquer: { observed: { kind: 'below' }, evidence: 'x'.repeat(100000) } }, objectives: [], nextObjectives: [], outcome: 'insuffisant', outcomeJustification: '', evaluatorComment: '', createdAt: '2025-11-01T08:00:00.000Z', updatedAt: '2025-11-02T08:00:00.000Z' },
    ],
    settings: [{ key: 'evaluator-profile', value: { evaluatorName: 'Sophie Lemaire', evaluatorRole: 'Cheffe de service', organisation: 'SPF Finances', service: 'Recouvrement' } }],
  },
};

// Schema v2: reviews carry the workflow fields; review summaries appear.
const v2Defaults = { audit: [], contentHash: null, finalisedAt: null, handedOverOn: null, acknowledgedOn: null, employeeComment: '', addenda: [] };
const summary = (review, belowCount, gaps) => ({
  id: review.id, personId: review.personId, cycleIndex: review.cycleIndex, cycleStart: review.cycleStart, cycleEnd: review.cycleEnd,
  status: review.status, classId: review.classId, frameworkVersion: review.frameworkVersion, outcome: review.outcome,
  finalisedAt: null, updatedAt: review.updatedAt, belowCount, gaps,
});
const v2Reviews = v1.records.reviews.map((review) => ({ ...v2Defaults, ...review }));
const v2 = {
  schemaVersion: 2,
  idbVersion: 20,
  stores: { ...v1.stores, reviewSummaries: { keyPath: 'id', indexes: [['personId', 'personId', false], ['cycleEnd', 'cycleEnd', false]] } },
  records: {
    ...v1.records,
    reviews: v2Reviews,
    reviewSummaries: [summary(v2Reviews[0], 0, { 'penser-critique': 1, communiquer: 'n' }), summary(v2Reviews[1], 1, { communiquer: -2 })],
  },
};

// Schema v3: one person summary per person, the facts of their reviews packed in one string.
const v3 = {
  schemaVersion: 3,
  idbVersion: 30,
  stores: { ...v2.stores, personSummaries: { keyPath: 'personId', indexes: [] } },
  records: {
    ...v2.records,
    personSummaries: [{ personId: 'v1-p1', facts: '0,1,,0,1;1,0,,1,1' }],
  },
};

// Schema v4: the data layer's own records (the version of the derived tables).
const v4 = {
  schemaVersion: 4,
  idbVersion: 40,
  stores: { ...v3.stores, meta: { keyPath: 'key', indexes: [] } },
  records: { ...v3.records, meta: [{ key: 'derived-version', value: 1 }] },
};

// Schema v5: the seal log (issue 10). The fixture's reviews are not finalised: the log is empty,
// and the meta records that every finalised review (none) was entered.
const v5 = {
  schemaVersion: 5,
  idbVersion: 50,
  stores: { ...v4.stores, sealLog: { keyPath: 'seq', autoIncrement: true, indexes: [['reviewId', 'reviewId', false], ['personId', 'personId', false]] } },
  records: { ...v4.records, sealLog: [], meta: [...v4.records.meta, { key: 'seal-log', value: 'complete' }] },
};

// Schema v6 (issue 16; v5 is issue 10's): the observation journal and development plan actions.
const v6 = {
  schemaVersion: 6,
  idbVersion: 60,
  stores: {
    ...v5.stores,
    journalNotes: { keyPath: 'id', indexes: [['personId', 'personId', false], ['[personId+date]', ['personId', 'date'], false]] },
    planActions: { keyPath: 'id', indexes: [['personId', 'personId', false], ['sourceReviewId', 'sourceReviewId', false], ['[personId+cycleIndex]', ['personId', 'cycleIndex'], false]] },
  },
  records: {
    ...v5.records,
    journalNotes: [
      { id: 'v6-n1', personId: 'v1-p1', date: '2025-03-12', competencyIds: ['communiquer'], objectiveId: '', situation: 'Réunion « Dupont »', behaviour: 'A reformulé la demande', effect: 'Accord trouvé', text: '', example: false, createdAt: '2025-03-12T09:00:00.000Z', updatedAt: '2025-03-12T09:00:00.000Z' },
      { id: 'v6-n2', personId: 'v1-p1', date: '2025-05-02', competencyIds: ['penser-critique', 'communiquer'], objectiveId: 'o2', situation: '', behaviour: '', effect: '', text: 'Note libre 🌟', example: false, createdAt: '2025-05-02T09:00:00.000Z', updatedAt: '2025-05-02T09:00:00.000Z' },
    ],
    planActions: [
      { id: 'v6-a1', personId: 'v1-p1', sourceReviewId: 'v1-r1', cycleIndex: 1, competencyId: 'communiquer', competencyName: 'Communiquer', type: 'formation', description: 'Formation à la communication écrite', support: 'IFA', dueDate: '2025-09-30', status: 'en-cours', history: [{ status: 'prevue', date: '2025-01-10', comment: '', at: '2025-01-10T09:00:00.000Z' }, { status: 'en-cours', date: '2025-03-01', comment: 'Inscrite', at: '2025-03-01T09:00:00.000Z' }], example: false, createdAt: '2025-01-10T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z' },
    ],
  },
};

for (const fixture of [v1, v2, v3, v4, v5, v6]) {
  const name = `schema-v${fixture.schemaVersion}.json`;
  writeFileSync(new URL(`../test-fixtures/${name}`, import.meta.url), `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`test-fixtures/${name} written`);
}
