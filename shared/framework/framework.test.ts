import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CLASS_IDS,
  FRAMEWORK_DO,
  FrameworkError,
  expectedProfile,
  leadershipApplies,
  type ClassId,
  type CompetencyId,
} from './index';
import { parseReferenceTable } from './reference-table';

const SOURCE = fileURLToPath(
  new URL('../../docs/source/famille-DO-gestionnaires-de-dossiers.txt', import.meta.url),
);
const documentText = readFileSync(SOURCE, 'utf8');

/** The table, typed out by hand from the document: class → expected level per competency. */
const EXPECTED: Record<ClassId, Record<CompetencyId, number | null>> = {
  D: { 'penser-critique': 1, 'penser-creatif': 1, 'developper-vision': null, communiquer: 1, collaborer: 1, guider: null, 'oriente-solutions': 1, 'oriente-resultats': 1, 'oriente-clients': 1, 'se-connaitre': 1, 'se-developper': 1, agilite: 1 },
  C: { 'penser-critique': 1, 'penser-creatif': 1, 'developper-vision': null, communiquer: 1, collaborer: 1, guider: null, 'oriente-solutions': 1, 'oriente-resultats': 1, 'oriente-clients': 1, 'se-connaitre': 1, 'se-developper': 1, agilite: 1 },
  B: { 'penser-critique': 2, 'penser-creatif': 1, 'developper-vision': 1, communiquer: 2, collaborer: 1, guider: null, 'oriente-solutions': 1, 'oriente-resultats': 1, 'oriente-clients': 2, 'se-connaitre': 1, 'se-developper': 1, agilite: 1 },
  A1: { 'penser-critique': 2, 'penser-creatif': 1, 'developper-vision': 1, communiquer: 2, collaborer: 2, guider: null, 'oriente-solutions': 2, 'oriente-resultats': 2, 'oriente-clients': 2, 'se-connaitre': 1, 'se-developper': 2, agilite: 2 },
  A2: { 'penser-critique': 2, 'penser-creatif': 2, 'developper-vision': 1, communiquer: 2, collaborer: 2, guider: null, 'oriente-solutions': 2, 'oriente-resultats': 2, 'oriente-clients': 2, 'se-connaitre': 1, 'se-developper': 2, agilite: 2 },
};

const parsed = parseReferenceTable(documentText).flat();

describe('expectedProfile', () => {
  it.each(CLASS_IDS)('gives the 12 expected levels of class %s as typed from the table', (classId) => {
    const profile = expectedProfile(classId);
    expect(profile).toHaveLength(12);
    for (const entry of profile) {
      expect({ id: entry.id, level: entry.expectedLevel }).toEqual({ id: entry.id, level: EXPECTED[classId][entry.id] });
    }
  });

  it.each(CLASS_IDS)('matches every cell of the document for class %s', (classId) => {
    const profile = expectedProfile(classId);
    profile.forEach((entry, index) => {
      const source = parsed[index]!;
      expect(entry.name).toBe(source.name);
      expect(entry.distinctive).toBe(source.distinctive);
      expect(entry.levels).toBe(source.levels.length);
      const expectedIndex = source.levels.findIndex((level) => level.classes.includes(classId));
      expect(entry.expectedLevel).toBe(expectedIndex === -1 ? null : expectedIndex + 1);
    });
  });

  it('lists the competencies in the document order, cluster by cluster', () => {
    expect(expectedProfile('C').map((entry) => entry.name)).toEqual([
      'Penser de manière critique',
      'Penser de manière créative',
      'Développer une vision',
      'Communiquer',
      'Collaborer',
      'Guider',
      'Être orienté solutions',
      'Être orienté résultats',
      'Être orienté clients',
      'Se connaître',
      'Se développer',
      "Faire preuve d'agilité",
    ]);
  });

  it('marks exactly the five distinctive competencies', () => {
    expect(expectedProfile('B').filter((entry) => entry.distinctive).map((entry) => entry.id)).toEqual([
      'penser-critique',
      'communiquer',
      'oriente-solutions',
      'oriente-clients',
      'se-developper',
    ]);
  });

  it('expects "Guider" level 1 of A1 and A2 only with a limited leadership role', () => {
    const guider = (classId: ClassId, limitedLeadership?: boolean) =>
      expectedProfile(classId, limitedLeadership === undefined ? undefined : { limitedLeadership }).find(
        (entry) => entry.id === 'guider',
      )!.expectedLevel;
    for (const classId of ['A1', 'A2'] as const) {
      expect(guider(classId)).toBeNull();
      expect(guider(classId, false)).toBeNull();
      expect(guider(classId, true)).toBe(1);
    }
    for (const classId of ['D', 'C', 'B'] as const) {
      expect(guider(classId, true)).toBeNull();
      expect(expectedProfile(classId, { limitedLeadership: true })).toEqual(expectedProfile(classId));
    }
    expect(CLASS_IDS.filter((classId) => leadershipApplies(classId))).toEqual(['A1', 'A2']);
    // The document marks those classes with a star, nothing else.
    const starred = parsed.flatMap((c) => c.levels.flatMap((l) => l.classes.filter((x) => x.endsWith('*'))));
    expect(starred).toEqual(['A1*', 'A2*']);
  });

  it('changes nothing but "Guider" with the leadership option', () => {
    for (const classId of ['A1', 'A2'] as const) {
      const withRole = expectedProfile(classId, { limitedLeadership: true });
      const without = expectedProfile(classId);
      const changed = withRole.filter((entry, index) => entry.expectedLevel !== without[index]!.expectedLevel);
      expect(changed.map((entry) => entry.id)).toEqual(['guider']);
    }
  });

  it('rejects an unknown class with a typed error, never an empty profile', () => {
    for (const bad of ['E', 'a1', '', null, undefined, 3, {}]) {
      expect(() => expectedProfile(bad as ClassId)).toThrow(FrameworkError);
    }
    try {
      expectedProfile('X' as ClassId);
    } catch (error) {
      expect((error as FrameworkError).code).toBe('unknown-class');
    }
  });

  it('rejects malformed options with a typed error', () => {
    const bad = [null, 'yes', [], { limitedLeadership: 'yes' }, { limitedLeadership: 1 }, { leadership: true }];
    for (const options of bad) {
      expect(() => expectedProfile('A1', options as never)).toThrow(
        expect.objectContaining({ name: 'FrameworkError', code: 'invalid-options' }),
      );
    }
  });

  it('returns a fresh array the caller may change without harm', () => {
    const first = expectedProfile('D');
    first[0]!.expectedLevel = 4;
    expect(expectedProfile('D')[0]!.expectedLevel).toBe(1);
  });
});

describe('the framework data, verbatim from the document', () => {
  it('has every level title of every competency, including levels no class expects', () => {
    expect(FRAMEWORK_DO.competencies).toHaveLength(12);
    FRAMEWORK_DO.competencies.forEach((competency, index) => {
      expect(competency.levels.map((level) => level.title)).toEqual(parsed[index]!.levels.map((level) => level.title));
      competency.levels.forEach((level, levelIndex) => {
        expect(level.number).toBe(levelIndex + 1);
        expect(level.indicators).toEqual([]);
      });
    });
  });

  it('places each competency in the cluster of its column', () => {
    const columns = parseReferenceTable(documentText);
    const clusterNames = documentText.split('\n').find((line) => line.startsWith('RÉFLÉCHIR'))!.split('\t').filter(Boolean);
    expect(FRAMEWORK_DO.clusters.map((cluster) => cluster.name.toLocaleUpperCase('fr'))).toEqual(clusterNames);
    columns.forEach((column, index) => {
      const cluster = FRAMEWORK_DO.clusters[index]!.id;
      expect(FRAMEWORK_DO.competencies.filter((c) => c.cluster === cluster).map((c) => c.name)).toEqual(
        column.map((c) => c.name),
      );
    });
  });

  it('keeps the raison d’être, the roles and their tasks word for word', () => {
    const { family, roles } = FRAMEWORK_DO;
    expect(documentText).toContain(`${family.purpose.what}\n\nafin de\n\n${family.purpose.soThat}`);
    expect(documentText).toContain(family.footnote);
    expect(roles).toHaveLength(6);
    for (const role of roles) {
      const block = `En tant que **${role.title}**\n\n${role.purpose}\n\nExemples de tâches\n\n${role.exampleTasks.map((task) => `- ${task}`).join('\n')}\n`;
      expect(documentText).toContain(block);
    }
    expect(documentText.match(/^En tant que /gm)).toHaveLength(6);
  });

  it('keeps the distinctive criteria per class, with "Conseil" only for A1 and A2', () => {
    const lines = documentText.split('\n');
    const header = lines.indexOf('Critères distinctifs') + 2;
    const classes = lines[header]!.split('\t').slice(1);
    expect(classes).toEqual([...CLASS_IDS]);
    FRAMEWORK_DO.distinctiveCriteria.forEach((criterion, index) => {
      const cells = lines[header + 1 + index]!.split('\t');
      expect(cells[0]).toBe(criterion.name);
      classes.forEach((classId, column) => {
        const cell = cells[column + 1]!;
        expect(criterion.byClass[classId as ClassId]).toBe(cell === '' ? undefined : cell);
      });
    });
    expect(FRAMEWORK_DO.distinctiveCriteria.map((criterion) => criterion.name)).toEqual([
      'Connaissances',
      'Information',
      'Gestion de dossiers',
      'Amélioration',
      'Contacts',
      'Conseil',
    ]);
    expect(Object.keys(FRAMEWORK_DO.distinctiveCriteria[5]!.byClass)).toEqual(['A1', 'A2']);
  });

  it('keeps the two definitions under the table', () => {
    expect(FRAMEWORK_DO.definitions.map((definition) => definition.term)).toEqual(['spécialisation', 'expertise']);
    for (const definition of FRAMEWORK_DO.definitions) {
      expect(documentText).toContain(`<p>${definition.term} : ${definition.text}</p>`);
    }
  });

  it('keeps the legend of the marks', () => {
    expect(documentText).toContain(`✦ : ${FRAMEWORK_DO.legend.distinctive}`);
    expect(documentText).toContain(`* : ${FRAMEWORK_DO.legend.limitedLeadership}`);
  });

  it('carries a version id', () => {
    expect(FRAMEWORK_DO.version).toMatch(/^DO-\d{4}\.\d+$/);
  });
});
