import { addMonths, type IsoDate } from '../dates';
import { cycleAt } from '../cycles';
import { CLASS_IDS, type ClassId } from '../framework';
import type { Person } from '../people/person';
import { gapOf, newReview, OBJECTIVE_RESULTS, type Review } from '../reviews/review';
import type { JournalNote } from '../journal/note';
import { ACTION_TYPES, type PlanAction } from '../plan/plan';

/** A small, fast, seeded random generator (mulberry32): the same seed always gives the same team. */
/** The example team's evaluator (the example is clearly marked as such). */
const EXAMPLE_EVALUATOR = { name: 'Évaluateur d’exemple', role: 'Chef de service', capacity: 'superieur-hierarchique' as const };

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ['Marie', 'Lucas', 'Emma', 'Noah', 'Louise', 'Arthur', 'Léa', 'Jules', 'Zoë', 'Mohamed', 'Sofie', 'Pieter', 'Inès', 'Wout', 'Chloé', 'Hamza', 'Elise', 'Thibault', 'Nora', 'Bram', 'Anaïs', 'Sven', 'Fatima', 'Rémi'];
const LAST_NAMES = ['Dubois', 'Peeters', 'Janssens', 'Lambert', 'Maes', 'Dupont', 'Claes', 'Martin', 'Goossens', 'Lemaire', 'Wouters', 'Renard', 'El Amrani', 'Vermeulen', 'François', 'De Smet', 'Leclercq', 'Ünal', 'Mertens', 'Laurent'];
const SERVICES = ['Recouvrement', 'Contentieux', 'Allocations', 'Accueil', 'Amendes administratives', 'Enregistrement', 'Personnel'];
const SENTENCES = [
  'A traité les dossiers de son portefeuille dans les délais convenus, y compris pendant la période de congés.',
  'Le 14 mars, a repéré une incohérence dans les pièces justificatives et l’a signalée avant la décision.',
  'Répond aux questions des citoyens avec clarté ; deux remerciements écrits reçus ce trimestre.',
  'A proposé une liste de contrôle pour les dossiers incomplets, adoptée par l’équipe en juin.',
  'Collabore volontiers avec le service juridique, mais partage peu ses notes avec les collègues.',
  'A suivi la formation « Nouvelle réglementation » et en a présenté un résumé en réunion d’équipe.',
  'Priorise mal certaines semaines : trois dossiers urgents ont attendu plus de dix jours.',
  'S’est adapté rapidement au nouvel outil de gestion des dossiers introduit en septembre.',
  'A accompagné un nouveau collègue pendant ses deux premiers mois, avec des retours réguliers.',
  'Rédige des conclusions argumentées, rarement corrigées par la hiérarchie.',
];
const OBJECTIVES = [
  'Clôturer les dossiers de l’arriéré 2024',
  'Réduire le délai moyen de traitement à 30 jours',
  'Former un nouveau collègue à la procédure de recouvrement',
  'Mettre à jour la documentation interne des procédures',
  'Répondre aux plaintes dans les dix jours ouvrables',
  'Participer au groupe de travail sur la simplification',
];

export type GenerateOptions = {
  size: number;
  seed: number;
  /** The generated history ends with the cycle running on this day. */
  today: IsoDate;
  /** Cycles of history per person (one review each). */
  years: number;
  /** Sentences of evidence per rated competency (about 100 characters each). */
  evidenceSentences?: number;
  /** Journal notes per person per year of history (a realistic volume is 30); none by default. */
  notesPerYear?: number;
  /** Called every so often with how many people are done. */
  onProgress?: (done: number, total: number) => void;
};

export type GeneratedTeam = { people: Person[]; reviews: Review[]; journalNotes: JournalNote[]; planActions: PlanAction[] };

const NOTE_SITUATIONS = ['Réunion d’équipe du lundi', 'Dossier de recouvrement complexe', 'Appel d’un citoyen mécontent', 'Contrôle des pièces justificatives', 'Accueil d’un nouveau collègue', 'Échéance trimestrielle'];
const NOTE_BEHAVIOURS = ['A reformulé la demande avant de répondre', 'A signalé une incohérence au chef de service', 'A proposé une solution de rechange', 'A laissé le dossier en attente sans prévenir', 'A partagé sa méthode avec l’équipe', 'A respecté la procédure malgré la pression'];
const NOTE_EFFECTS = ['Le dossier a été clôturé dans les délais', 'Le citoyen a remercié le service par écrit', 'Une erreur de décision a été évitée', 'Le collègue a dû reprendre le dossier', 'L’équipe a adopté la méthode'];
const ACTION_DESCRIPTIONS = ['Formation « Rédaction administrative »', 'Accompagnement par un collègue expérimenté sur les dossiers complexes', 'Lecture du guide interne des procédures', 'Prise en charge d’un dossier pilote avec débriefing', 'Mentorat mensuel par le coordinateur'];

/**
 * A believable team with several years of reviews (some promotions, now and
 * then an « insuffisant »), marked as example data. Deterministic: the same
 * options always give the same team, ids included.
 */
export function generateTeam(options: GenerateOptions): GeneratedTeam {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentences = options.evidenceSentences ?? 2;
  const people: Person[] = [];
  const reviews: Review[] = [];
  const journalNotes: JournalNote[] = [];
  const planActions: PlanAction[] = [];
  // Notes and plans draw from a random sequence of their own: the people and reviews of a seed stay what they were.
  const extra = seededRandom(options.seed ^ 0x5eed);
  const pickExtra = <T>(items: readonly T[]): T => items[Math.floor(extra() * items.length)]!;
  let extraCounter = 0;
  const extraId = (prefix: string) => `${prefix}-${options.seed.toString(36)}-${(extraCounter++).toString(36)}`;
  const notesPerYear = options.notesPerYear ?? 0;
  const stamp = `${options.today}T09:00:00.000Z`;
  let counter = 0;
  const id = (prefix: string) => `${prefix}-${options.seed.toString(36)}-${(counter++).toString(36)}`;

  for (let index = 0; index < options.size; index++) {
    const firstStart = addMonths(`${options.today.slice(0, 4)}-01-01`, -12 * (options.years - 1) + Math.floor(random() * 12));
    const startClass = Math.floor(random() * 3); // D, C or B at first
    const history: Person['classHistory'] = [{ classId: CLASS_IDS[startClass]!, from: addMonths(firstStart, -24) }];
    // About one person in three is promoted once during the history.
    if (random() < 0.35 && options.years > 2) {
      const promotionCycle = 1 + Math.floor(random() * (options.years - 1));
      history.push({ classId: CLASS_IDS[Math.min(startClass + 1, CLASS_IDS.length - 1)]!, from: addMonths(firstStart, 12 * promotionCycle + 2) });
    }
    const person: Person = {
      id: id('ex-p'),
      // A small team gets distinct names (strides through both lists); a large one, a number after each.
      name:
        options.size <= 120
          ? `${LAST_NAMES[(index * 7 + options.seed) % LAST_NAMES.length]} ${FIRST_NAMES[(index * 5 + options.seed) % FIRST_NAMES.length]}`
          : `${pick(LAST_NAMES)} ${pick(FIRST_NAMES)} ${index + 1}`,
      staffNumber: `EX${String(index + 1).padStart(5, '0')}`,
      classHistory: history,
      employment: random() < 0.8 ? 'statutaire' : 'contractuel',
      limitedLeadership: random() < 0.1,
      service: pick(SERVICES),
      notes: '',
      cycleStart: firstStart,
      archived: false,
      example: true,
      createdAt: stamp,
      updatedAt: stamp,
    };
    people.push(person);

    const strength = random() - 0.5; // how this person tends to score
    let planned: Review['nextObjectives'] = [];
    for (let cycleIndex = 0; cycleIndex < options.years; cycleIndex++) {
      const cycle = cycleAt(firstStart, cycleIndex);
      if (cycle.start > options.today) break;
      const current = cycleIndex === options.years - 1 || addMonths(cycle.end, 1) > options.today;
      const classId: ClassId = [...history].reverse().find((period) => period.from <= cycle.end)?.classId ?? history[0]!.classId;
      const review = newReview({ id: id('ex-r'), person, cycle, classId, now: stamp, carriedObjectives: planned, evaluator: EXAMPLE_EVALUATOR });
      if (planned.length === 0) review.noObjectivesReason = 'Premier cycle : aucun objectif n’avait été planifié.';
      for (const entry of review.profile) {
        if (entry.expectedLevel === null) continue;
        if (current && random() < 0.3) continue; // this year's review is still being written
        const roll = random() + strength * 0.5;
        const level = roll < 0.12 ? 0 : roll > 0.9 ? Math.min(entry.expectedLevel + 1, entry.levelTitles.length) : entry.expectedLevel;
        const evidence = Array.from({ length: sentences }, () => pick(SENTENCES)).join(' ');
        review.ratings[entry.id] = { observed: level === 0 ? { kind: 'below' } : { kind: 'level', level }, evidence };
      }
      review.objectives = review.objectives.map((objective) => ({ ...objective, result: current ? null : pick(OBJECTIVE_RESULTS), comment: '' }));
      planned = Array.from({ length: 3 }, () => ({ id: id('ex-o'), description: pick(OBJECTIVES), indicator: '', dueDate: addMonths(cycle.end, 6) }));
      review.nextObjectives = planned;
      if (!current) {
        const insufficient = strength < -0.4 && random() < 0.5;
        review.outcome = insufficient ? 'insuffisant' : 'none';
        review.interviewDate = addMonths(cycle.end, 1);
        review.outcomeJustification = insufficient ? 'Plusieurs objectifs non atteints et retards répétés malgré un accompagnement.' : '';
        const finalisedAt = `${addMonths(cycle.end, 1)}T10:00:00.000Z`;
        review.status = 'cloturee';
        review.finalisedAt = finalisedAt;
        review.handedOverOn = addMonths(cycle.end, 1);
        review.acknowledgedOn = addMonths(cycle.end, 1);
        review.audit = [
          { status: 'brouillon', at: stamp },
          { status: 'prete', at: finalisedAt },
          { status: 'finalisee', at: finalisedAt },
          { status: 'remise', at: finalisedAt, date: review.handedOverOn },
          { status: 'signee', at: finalisedAt, date: review.acknowledgedOn },
          { status: 'cloturee', at: finalisedAt },
        ];
      }
      reviews.push(review);
      // The year's journal: notes spread over the cycle (up to today), each about one or two competencies of the profile.
      const rated = review.profile.filter((entry) => entry.expectedLevel !== null);
      const lastDay = cycle.end < options.today ? cycle.end : options.today;
      const span = Math.max(1, Math.round((Date.parse(lastDay) - Date.parse(cycle.start)) / 86_400_000));
      for (let note = 0; note < notesPerYear && rated.length > 0; note++) {
        const date = new Date(Date.parse(cycle.start) + Math.floor(extra() * (span + 1)) * 86_400_000).toISOString().slice(0, 10);
        const first = pickExtra(rated).id;
        const second = extra() < 0.25 ? pickExtra(rated).id : first;
        journalNotes.push({
          id: extraId('ex-n'),
          personId: person.id,
          date,
          competencyIds: [...new Set([first, second])],
          objectiveId: '',
          situation: pickExtra(NOTE_SITUATIONS),
          behaviour: pickExtra(NOTE_BEHAVIOURS),
          effect: pickExtra(NOTE_EFFECTS),
          text: '',
          example: true,
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
      // A finalised review's gaps become actions of the next cycle's development plan.
      if (review.finalisedAt && notesPerYear > 0) {
        const nextDone = addMonths(cycle.end, 13) <= options.today;
        for (const entry of review.profile) {
          if (gapOf(entry.expectedLevel, review.ratings[entry.id]?.observed)?.kind !== 'below') continue;
          const status = nextDone ? (extra() < 0.8 ? 'faite' : 'abandonnee') : 'en-cours';
          const planned = addMonths(cycle.end, 1);
          planActions.push({
            id: extraId('ex-a'),
            personId: person.id,
            sourceReviewId: review.id,
            cycleIndex: cycleIndex + 1,
            competencyId: entry.id,
            competencyName: entry.name,
            type: pickExtra(ACTION_TYPES),
            description: pickExtra(ACTION_DESCRIPTIONS),
            support: 'Coordinateur du service',
            dueDate: addMonths(cycle.end, 9),
            status,
            history: [
              { status: 'prevue', date: planned, comment: '', at: stamp },
              { status, date: addMonths(planned, 3) < options.today ? addMonths(planned, 3) : options.today, comment: status === 'abandonnee' ? 'Formation annulée par l’organisateur.' : 'Suivi lors de l’entretien de fonctionnement.', at: stamp },
            ],
            example: true,
            createdAt: stamp,
            updatedAt: stamp,
          });
        }
      }
    }
    if (options.onProgress && (index + 1) % 100 === 0) options.onProgress(index + 1, options.size);
  }
  options.onProgress?.(options.size, options.size);
  return { people, reviews, journalNotes, planActions };
}
