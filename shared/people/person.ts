import { isCleanText } from '../text';
import { isIsoDate, type IsoDate } from '../dates';
import { isClassId } from '../framework/types';
import type { ClassId } from '../framework';
import type { Language } from '../locale';
import type { OutsideEvaluation } from './outside';
import type { Interview, Remediation } from './interim';

export type EmploymentStatus = 'statutaire' | 'contractuel';

/** One step of a career: the class in force from a date on. A promotion adds one; none is ever overwritten. */
export type ClassPeriod = { classId: ClassId; from: IsoDate };

export type Person = {
  id: string;
  name: string;
  /** Staff number ("matricule"); unique when given. */
  staffNumber: string;
  /** Oldest first. */
  classHistory: ClassPeriod[];
  employment: EmploymentStatus;
  limitedLeadership: boolean;
  service: string;
  notes: string;
  /** First day of the person's first evaluation cycle in Jalon; cycles follow every 12 months. */
  cycleStart: IsoDate;
  archived: boolean;
  /** Part of the example team, removable in one action. */
  example: boolean;
  /** The language of the person's reports (their language roll); French for records made before it existed. */
  language: Language;
  /** Cycles evaluated before or beside Jalon (« évalué hors Jalon »), recorded when adopting existing staff. */
  outsideEvaluations?: OutsideEvaluation[];
  /** Entretiens de fonctionnement and the first planification, in the order recorded. */
  interviews?: Interview[];
  /** Remediation periods after a finalised « insuffisant », with their follow-up evaluation. */
  remediations?: Remediation[];
  createdAt: string;
  updatedAt: string;
};

/** What the person form edits. */
export type PersonDraft = {
  name: string;
  staffNumber: string;
  classId: string;
  classFrom: string;
  employment: EmploymentStatus;
  limitedLeadership: boolean;
  service: string;
  notes: string;
  cycleStart: string;
  /** The language of the person's reports; French when not given. */
  language?: Language;
};

export const NAME_MAX = 120;
export const STAFF_NUMBER_MAX = 30;
export const SERVICE_MAX = 120;
export const NOTES_MAX = 20_000;

export type PersonField = keyof PersonDraft;
export type PersonErrorCode =
  | 'required'
  | 'too-long'
  | 'duplicate'
  | 'invalid-class'
  | 'invalid-date'
  | 'before-previous-class'
  | 'same-class'
  | 'invalid-characters';

export type FieldError<F extends string> = { field: F; code: PersonErrorCode };

/** Folds spaces, so that « Dupont  Marie » and « Dupont Marie » are one name. */
export function cleanText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function normaliseStaffNumber(value: string): string {
  return cleanText(value).toUpperCase();
}

/** What two staff numbers are compared on: no spaces, no case (« ab 1 », « AB  1 » and « AB1 » are one number). */
export function staffNumberKey(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}


/**
 * Checks a person form. `others` are the other people already stored (for the
 * staff-number uniqueness); returns every problem, field by field.
 */
export function validatePersonDraft(draft: PersonDraft, others: readonly Pick<Person, 'id' | 'staffNumber'>[], selfId?: string): FieldError<PersonField>[] {
  const errors: FieldError<PersonField>[] = [];
  const name = cleanText(draft.name);
  if (name === '') errors.push({ field: 'name', code: 'required' });
  else if (name.length > NAME_MAX) errors.push({ field: 'name', code: 'too-long' });
  // One validator for every free-text field (shared/text.ts): the form and the CSV import both come here.
  for (const field of ['name', 'staffNumber', 'service', 'notes'] as const) {
    if (!isCleanText(draft[field]) && !errors.some((error) => error.field === field)) errors.push({ field, code: 'invalid-characters' });
  }

  const staffNumber = normaliseStaffNumber(draft.staffNumber);
  if (staffNumber.length > STAFF_NUMBER_MAX) errors.push({ field: 'staffNumber', code: 'too-long' });
  else if (
    staffNumber !== '' &&
    others.some((other) => other.id !== selfId && staffNumberKey(other.staffNumber) === staffNumberKey(staffNumber))
  ) {
    errors.push({ field: 'staffNumber', code: 'duplicate' });
  }

  if (!isClassId(draft.classId)) errors.push({ field: 'classId', code: 'invalid-class' });
  if (!isIsoDate(draft.classFrom)) errors.push({ field: 'classFrom', code: 'invalid-date' });
  if (!isIsoDate(draft.cycleStart)) errors.push({ field: 'cycleStart', code: 'invalid-date' });
  if (cleanText(draft.service).length > SERVICE_MAX) errors.push({ field: 'service', code: 'too-long' });
  if (draft.notes.length > NOTES_MAX) errors.push({ field: 'notes', code: 'too-long' });
  return errors;
}

/** The stored fields of a person from a valid draft (call `validatePersonDraft` first). */
export function personFieldsFromDraft(draft: PersonDraft) {
  return {
    name: cleanText(draft.name),
    staffNumber: normaliseStaffNumber(draft.staffNumber),
    employment: draft.employment,
    limitedLeadership: draft.limitedLeadership,
    service: cleanText(draft.service),
    notes: draft.notes,
    cycleStart: draft.cycleStart,
    language: draft.language ?? 'fr',
  };
}

/** The class in force on `date`, or `null` before the first period. */
export function classOn(person: Pick<Person, 'classHistory'>, date: IsoDate): ClassId | null {
  let current: ClassId | null = null;
  for (const period of person.classHistory) {
    if (period.from <= date) current = period.classId;
  }
  return current;
}

/** The latest class, whatever the date. */
export function currentClass(person: Pick<Person, 'classHistory'>): ClassId | null {
  return person.classHistory.at(-1)?.classId ?? null;
}

/**
 * Checks a class change (a promotion, or a correction to another class) to
 * add to the history: a real date, after the last change, to another class.
 */
export function validateClassChange(
  person: Pick<Person, 'classHistory'>,
  change: { classId: string; from: string },
): FieldError<'classId' | 'from'>[] {
  const errors: FieldError<'classId' | 'from'>[] = [];
  const last = person.classHistory.at(-1);
  if (!isClassId(change.classId)) errors.push({ field: 'classId', code: 'invalid-class' });
  else if (last && last.classId === change.classId) errors.push({ field: 'classId', code: 'same-class' });
  if (!isIsoDate(change.from)) errors.push({ field: 'from', code: 'invalid-date' });
  else if (last && change.from <= last.from) errors.push({ field: 'from', code: 'before-previous-class' });
  return errors;
}

/** A new history with the change appended; the past is never rewritten. */
export function withClassChange(history: readonly ClassPeriod[], change: ClassPeriod): ClassPeriod[] {
  return [...history, change];
}

/** Text as search compares it: accents and case aside (« Élodie » → « elodie »). */
export function foldForSearch(text: string): string {
  // Plain ASCII has no accent to take off (most names, every staff number): lower case is all it needs.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}

/** What search looks in, folded once: name, staff number and service, kept apart so that no match spans two fields. */
export function searchKeyOf(person: Pick<Person, 'name' | 'staffNumber' | 'service'>): string {
  return foldForSearch(`${person.name}\n${person.staffNumber}\n${person.service}`);
}

/** Case- and accent-insensitive search over name, staff number and service. */
export function matchesSearch(person: Pick<Person, 'name' | 'staffNumber' | 'service'>, query: string): boolean {
  const needle = foldForSearch(query.trim());
  return needle === '' || (!needle.includes('\n') && searchKeyOf(person).includes(needle));
}

/** A new person from a checked draft: one class period, not archived, not example data. */
export function newPerson(draft: PersonDraft, id: string, now: string): Person {
  return {
    id,
    ...personFieldsFromDraft(draft),
    classHistory: [{ classId: draft.classId as ClassId, from: draft.classFrom }],
    archived: false,
    example: false,
    createdAt: now,
    updatedAt: now,
  };
}
