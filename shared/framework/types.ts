/** The five classes of the job family, from the lowest to the highest. */
export const CLASS_IDS = ['D', 'C', 'B', 'A1', 'A2'] as const;
export type ClassId = (typeof CLASS_IDS)[number];

export function isClassId(value: unknown): value is ClassId {
  return typeof value === 'string' && (CLASS_IDS as readonly string[]).includes(value);
}

export const CLUSTER_IDS = [
  'reflechir-creer',
  'echanger-collaborer',
  'agir-resultats',
  'se-connaitre-progresser',
] as const;
export type ClusterId = (typeof CLUSTER_IDS)[number];

export const COMPETENCY_IDS = [
  'penser-critique',
  'penser-creatif',
  'developper-vision',
  'communiquer',
  'collaborer',
  'guider',
  'oriente-solutions',
  'oriente-resultats',
  'oriente-clients',
  'se-connaitre',
  'se-developper',
  'agilite',
] as const;
export type CompetencyId = (typeof COMPETENCY_IDS)[number];

export type Cluster = {
  id: ClusterId;
  /** Official French name. */
  name: string;
  /** Official Dutch name (BOSA). */
  nameNl: string;
};

export type Level = {
  /** 1-based level number, as printed in the document ("niveau 1"). */
  number: number;
  /** The level's French title, verbatim. */
  title: string;
  /** Behavioural indicators an organisation may add; the document gives none. */
  indicators: readonly string[];
  /** Classes whose profile expects this level. */
  expectedFor: readonly ClassId[];
  /** Classes whose profile expects this level only with a limited leadership role (the `*`). */
  expectedForLimitedLeadership: readonly ClassId[];
};

export type Competency = {
  id: CompetencyId;
  /** French name, verbatim from the document (without the ✦ mark). */
  name: string;
  cluster: ClusterId;
  /** One of the family's five distinctive competencies (✦). */
  distinctive: boolean;
  levels: readonly Level[];
};

export type Role = {
  id: string;
  /** "En tant que …" title, verbatim. */
  title: string;
  purpose: string;
  exampleTasks: readonly string[];
};

export type DistinctiveCriterion = {
  id: string;
  name: string;
  /** One text per class; a class missing here has no text for this row ("Conseil" before A1). */
  byClass: Partial<Record<ClassId, string>>;
};

export type Framework = {
  /** Identifies this exact encoding; reviews record it. Change it whenever the data changes. */
  version: string;
  family: {
    code: string;
    name: string;
    footnote: string;
    /** Raison d'être: what the job does, "afin de", what for. */
    purpose: { what: string; soThat: string };
  };
  classes: readonly ClassId[];
  clusters: readonly Cluster[];
  competencies: readonly Competency[];
  roles: readonly Role[];
  distinctiveCriteria: readonly DistinctiveCriterion[];
  definitions: readonly { term: string; text: string }[];
  legend: { distinctive: string; limitedLeadership: string };
};
