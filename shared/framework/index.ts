import { FRAMEWORK_DO } from './data';
import { CLASS_IDS, isClassId, type ClassId, type ClusterId, type Competency, type CompetencyId, type Framework } from './types';

export * from './types';
export { FRAMEWORK_DO };

/** The framework in force: what new reviews are judged against. */
export const CURRENT_FRAMEWORK: Framework = FRAMEWORK_DO;

export type ProfileOptions = {
  /** The person holds a limited leadership role (the `*` of the table). */
  limitedLeadership?: boolean;
};

/** One line of a class's expected profile. */
export type ProfileEntry = {
  id: CompetencyId;
  name: string;
  cluster: ClusterId;
  /** How many levels the competency has (2, 3 or 4). */
  levels: number;
  /** The level the class is expected to show, or `null` when its profile leaves the competency out. */
  expectedLevel: number | null;
  distinctive: boolean;
};

export type FrameworkErrorCode = 'unknown-class' | 'unknown-competency' | 'invalid-options';

/** Thrown for a call the framework cannot answer; never answered with an empty profile. */
export class FrameworkError extends Error {
  override readonly name = 'FrameworkError';
  constructor(
    readonly code: FrameworkErrorCode,
    message: string,
  ) {
    super(message);
  }
}


function checkOptions(options: unknown): boolean {
  if (options === undefined) return false;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new FrameworkError('invalid-options', 'Profile options must be an object.');
  }
  const unknownKeys = Object.keys(options).filter((key) => key !== 'limitedLeadership');
  if (unknownKeys.length > 0) {
    throw new FrameworkError('invalid-options', `Unknown profile option(s): ${unknownKeys.join(', ')}.`);
  }
  const { limitedLeadership } = options as { limitedLeadership?: unknown };
  if (limitedLeadership !== undefined && typeof limitedLeadership !== 'boolean') {
    throw new FrameworkError('invalid-options', 'limitedLeadership must be a boolean.');
  }
  return limitedLeadership === true;
}

/** The level of `competency` that `classId` is expected to show, or `null`. */
export function expectedLevelOf(competency: Competency, classId: ClassId, limitedLeadership: boolean): number | null {
  const expected = competency.levels.find(
    (level) =>
      level.expectedFor.includes(classId) ||
      (limitedLeadership && level.expectedForLimitedLeadership.includes(classId)),
  );
  return expected?.number ?? null;
}

/**
 * The expected profile of a class: the 12 competencies in the document's order,
 * each with the level the class is expected to show, or `null` when the
 * class's profile leaves it out.
 *
 * @throws {FrameworkError} for an unknown class id or malformed options.
 */
export function expectedProfile(
  classId: ClassId,
  options?: ProfileOptions,
  framework: Framework = CURRENT_FRAMEWORK,
): ProfileEntry[] {
  if (!isClassId(classId)) {
    throw new FrameworkError('unknown-class', `Unknown class: ${JSON.stringify(classId)}. Expected one of ${CLASS_IDS.join(', ')}.`);
  }
  const limitedLeadership = checkOptions(options);
  return framework.competencies.map((competency) => ({
    id: competency.id,
    name: competency.name,
    cluster: competency.cluster,
    levels: competency.levels.length,
    expectedLevel: expectedLevelOf(competency, classId, limitedLeadership),
    distinctive: competency.distinctive,
  }));
}

/** Whether the limited-leadership option changes anything for this class (only A1 and A2). */
export function leadershipApplies(classId: ClassId, framework: Framework = CURRENT_FRAMEWORK): boolean {
  return framework.competencies.some((competency) =>
    competency.levels.some((level) => level.expectedForLimitedLeadership.includes(classId)),
  );
}

export function competencyById(id: CompetencyId, framework: Framework = CURRENT_FRAMEWORK): Competency {
  const competency = framework.competencies.find((candidate) => candidate.id === id);
  if (!competency) throw new FrameworkError('unknown-competency', `Unknown competency: ${id}`);
  return competency;
}
