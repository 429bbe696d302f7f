/**
 * The framework's texts per language, as data with their source and status.
 *
 * French is the official text (the source document, verbatim: derived from
 * `data.ts`, never copied). Dutch has only what is confirmed official (the
 * family name and the four cluster names, BOSA). Any other text, in any other
 * language, falls back to the French, marked as such, until an organisation
 * supplies official texts in a framework pack (`pack.ts`). Nothing here may
 * pass a translation of ours off as official.
 */
import type { Language } from '../locale';
import type { Framework } from './types';

/** Official: from the authority. Working translation ("traduction de travail"): usable, not binding. */
export type TextSetStatus = 'official' | 'working-translation';
/** What a resolved text is in the language asked for. */
export type TextStatus = TextSetStatus | 'fallback';

/** A set of framework texts in one language, from one source. */
export type FrameworkTextSet = {
  /** Stable id: `builtin:fr`, `builtin:nl`, or a pack's id. */
  id: string;
  language: Language;
  /** Who published the texts (e.g. "SPF BOSA, Competentiewoordenboek"). */
  source: string;
  version: string;
  status: TextSetStatus;
  /** Text by key (see `frameworkTextKeys`). */
  texts: Readonly<Record<string, string>>;
};

/**
 * Every text of `framework` by a stable key built from its ids: `family.name`,
 * `cluster.<id>`, `competency.<id>.name`, `competency.<id>.level.<n>`,
 * `role.<id>.title` … `definition.<term>.text`, `legend.distinctive`.
 * The French text of each key is the document's.
 */
export function frenchTexts(framework: Framework): Record<string, string> {
  const texts: Record<string, string> = {
    'family.name': framework.family.name,
    'family.footnote': framework.family.footnote,
    'family.purpose.what': framework.family.purpose.what,
    'family.purpose.soThat': framework.family.purpose.soThat,
    'legend.distinctive': framework.legend.distinctive,
    'legend.limitedLeadership': framework.legend.limitedLeadership,
  };
  for (const cluster of framework.clusters) texts[`cluster.${cluster.id}`] = cluster.name;
  for (const competency of framework.competencies) {
    texts[`competency.${competency.id}.name`] = competency.name;
    for (const level of competency.levels) texts[`competency.${competency.id}.level.${level.number}`] = level.title;
  }
  for (const role of framework.roles) {
    texts[`role.${role.id}.title`] = role.title;
    texts[`role.${role.id}.purpose`] = role.purpose;
    role.exampleTasks.forEach((task, index) => (texts[`role.${role.id}.task.${index + 1}`] = task));
  }
  for (const criterion of framework.distinctiveCriteria) {
    texts[`criterion.${criterion.id}.name`] = criterion.name;
    for (const [classId, text] of Object.entries(criterion.byClass)) texts[`criterion.${criterion.id}.${classId}`] = text;
  }
  for (const definition of framework.definitions) {
    texts[`definition.${slug(definition.term)}.term`] = definition.term;
    texts[`definition.${slug(definition.term)}.text`] = definition.text;
  }
  return texts;
}

/** A definition's key from its term: « spécialisation » → specialisation. */
function slug(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

/** The keys a text set for `framework` may use: exactly those the French text has. */
export function frameworkTextKeys(framework: Framework): ReadonlySet<string> {
  return new Set(Object.keys(frenchTexts(framework)));
}

/** The texts that ship with Jalon: French (official, the document) and the confirmed Dutch names. */
export function builtInTextSets(framework: Framework): FrameworkTextSet[] {
  const dutch: Record<string, string> = { 'family.name': 'Dossierbeheerders' };
  for (const cluster of framework.clusters) dutch[`cluster.${cluster.id}`] = cluster.nameNl;
  return [
    {
      id: 'builtin:fr',
      language: 'fr',
      source: `Famille de fonctions ${framework.family.code} – ${framework.family.name} (document source)`,
      version: framework.version,
      status: 'official',
      texts: frenchTexts(framework),
    },
    { id: 'builtin:nl', language: 'nl', source: 'BOSA (noms confirmés de la famille et des clusters)', version: framework.version, status: 'official', texts: dutch },
  ];
}

export type ResolvedText = {
  text: string;
  /** The language the text is actually in. */
  language: Language;
  status: TextStatus;
  /** The text set it came from. */
  setId: string;
};

/**
 * The text of `key` in `language`: from the first of `sets` in that language
 * that has it (an imported official pack before a working translation, both
 * before the built-in ones), else the official French, marked `fallback`.
 * Returns `null` for a key the framework does not have.
 */
export function resolveFrameworkText(key: string, language: Language, sets: readonly FrameworkTextSet[], framework: Framework): ResolvedText | null {
  const french = frenchTexts(framework)[key];
  if (french === undefined) return null;
  const candidates = sets.filter((set) => set.language === language && set.texts[key] !== undefined);
  // Official before working translations; among equals, the order given (imported packs first).
  const chosen = candidates.find((set) => set.status === 'official') ?? candidates[0];
  if (chosen) return { text: chosen.texts[key]!, language, status: chosen.status, setId: chosen.id };
  return { text: french, language: 'fr', status: language === 'fr' ? 'official' : 'fallback', setId: 'builtin:fr' };
}

/** The framework texts a review took from packs, kept in the review so that removing a pack never rewrites it. */
export type ReviewFrameworkTexts = {
  /** The language of the person's reports when the review was started. */
  language: Language;
  /** The packs the texts below came from (none when only built-in texts apply). */
  packs: { id: string; source: string; version: string; status: TextSetStatus }[];
  /** Text by key, only those a pack supplied (family, clusters, competencies and their levels). */
  texts: Record<string, string>;
};

const REVIEW_TEXT_KEY = /^(family\.name|cluster\.|competency\.)/;

/** What a new review records of the packs in force for `language` (official texts first, then working translations). */
export function reviewTextsSnapshot(language: Language, packs: readonly FrameworkTextSet[], framework: Framework): ReviewFrameworkTexts {
  const texts: Record<string, string> = {};
  const used = new Map<string, FrameworkTextSet>();
  for (const key of frameworkTextKeys(framework)) {
    if (!REVIEW_TEXT_KEY.test(key)) continue;
    const resolved = resolveFrameworkText(key, language, packs, framework);
    const set = resolved && packs.find((candidate) => candidate.id === resolved.setId);
    if (!resolved || !set) continue;
    texts[key] = resolved.text;
    used.set(set.id, set);
  }
  return { language, packs: [...used.values()].map(({ id, source, version, status }) => ({ id, source, version, status })), texts };
}

/** A review's recorded pack texts as one text set per pack, ready for `resolveFrameworkText`. */
export function reviewTextSets(recorded: ReviewFrameworkTexts | undefined): FrameworkTextSet[] {
  if (!recorded || recorded.packs.length === 0) return [];
  // Texts are kept per key, not per pack: the first official pack (if any) is named as their source.
  const head = recorded.packs.find((pack) => pack.status === 'official') ?? recorded.packs[0]!;
  return [{ id: `review:${head.id}`, language: recorded.language, source: head.source, version: head.version, status: head.status, texts: recorded.texts }];
}
