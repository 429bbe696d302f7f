import type { Addendum, Review, ReviewStatus } from './review';
import { frozenContent, stableJson } from './locked-change';

/**
 * The seal of a finalised review, as pure rules (hashing and HMAC are done by
 * the caller, with Web Crypto):
 * - what is sealed at finalisation: every field of the review except the
 *   workflow fields (`frozenContent`), so a field added later is sealed by
 *   default; its SHA-256 is the `contentHash` printed on the PDF;
 * - from then on each workflow fact (finalisation, hand-over, acknowledgement
 *   with the employee's comment, closure, each addendum) is appended as an
 *   entry of a hash chain: each entry carries the hash of the previous one,
 *   and an HMAC under the installation's key;
 * - which part of a review no longer matches its chain (`changedParts`).
 */

export const SEAL_VERSION = 2;
export type SealKind = 'finalisee' | 'remise' | 'signee' | 'cloturee' | 'addendum';
export type SealEntry = {
  kind: SealKind;
  at: string;
  facts: Record<string, unknown>;
  /** The hash of the previous entry; `null` for the finalisation. */
  prev: string | null;
  /** SHA-256 (hex) of `entryMessage` of this entry. */
  hash: string;
  /** HMAC-SHA-256 (hex) of `hash` under the installation's key. */
  mac: string;
};
export type Seal = { version: typeof SEAL_VERSION; chain: SealEntry[] };

/** The text whose SHA-256 is the content hash of a review finalised with a seal. */
export function sealedContentText(review: Review): string {
  return `jalon-sealed-content/${SEAL_VERSION}\n${frozenContent(review)}`;
}

/** The text whose SHA-256 is an entry's hash. */
export function entryMessage(entry: Pick<SealEntry, 'kind' | 'at' | 'facts' | 'prev'>): string {
  return stableJson({ format: 'jalon-seal-entry', version: SEAL_VERSION, kind: entry.kind, at: entry.at, facts: entry.facts, prev: entry.prev });
}

/** The facts a workflow step records, read from the review after the step. */
export function factsOf(review: Review, kind: SealKind, addendum?: Addendum): Record<string, unknown> {
  switch (kind) {
    case 'finalisee':
      return { contentHash: review.contentHash, finalisedAt: review.finalisedAt };
    case 'remise':
      return { handedOverOn: review.handedOverOn };
    case 'signee':
      return { acknowledgedOn: review.acknowledgedOn, employeeComment: review.employeeComment };
    case 'cloturee':
      return {};
    case 'addendum':
      return { ...addendum };
  }
}

/** What a review's chain says its workflow facts are. */
export function factsFromChain(chain: readonly SealEntry[]) {
  const facts = {
    status: 'finalisee' as ReviewStatus,
    contentHash: null as unknown,
    finalisedAt: null as unknown,
    handedOverOn: null as unknown,
    acknowledgedOn: null as unknown,
    employeeComment: '' as unknown,
    addenda: [] as unknown[],
  };
  for (const entry of chain) {
    if (entry.kind === 'addendum') facts.addenda.push(entry.facts);
    else {
      facts.status = entry.kind;
      Object.assign(facts, entry.facts);
    }
  }
  return facts;
}

/** Which part of a sealed review no longer matches what was sealed. */
export type IntegrityPart =
  | 'content'
  | 'status'
  | 'hand-over-date'
  | 'acknowledgement-date'
  | 'comment'
  | 'addenda'
  | 'trail'
  // From the seal log (./seal-log.ts): deleted, never logged, or its log entry altered.
  | 'removed'
  | 'unlogged'
  | 'seal-log';
export const INTEGRITY_PARTS: readonly IntegrityPart[] = [
  'removed',
  'content',
  'status',
  'hand-over-date',
  'acknowledgement-date',
  'comment',
  'addenda',
  'trail',
  'unlogged',
  'seal-log',
];

/** What the caller computed: the hash of `sealedContentText(review)` and, per chain entry, whether its hash and HMAC hold. */
export type SealComputation = { contentHash: string; entries: readonly { hashOk: boolean; macOk: boolean }[] };

const same = (a: unknown, b: unknown) => stableJson(a ?? null) === stableJson(b ?? null);

/**
 * The parts of `review` that differ from its seal, in a fixed order; empty
 * when it is intact. A chain that was edited (an entry's hash or HMAC no
 * longer holds, entries out of order or missing) is the `trail`, and so is an
 * audit trail that no longer matches the chain.
 */
export function changedParts(review: Review, seal: Seal, computed: SealComputation): IntegrityPart[] {
  const parts = new Set<IntegrityPart>();
  const chain = seal.chain;
  const linked = chain.every((entry, index) => entry.prev === (index === 0 ? null : chain[index - 1]!.hash));
  const entriesHold = chain.length === computed.entries.length && computed.entries.every((entry) => entry.hashOk && entry.macOk);
  if (chain.length === 0 || chain[0]!.kind !== 'finalisee' || !linked || !entriesHold) parts.add('trail');
  const facts = factsFromChain(chain);
  if (computed.contentHash !== review.contentHash || !same(facts.contentHash, review.contentHash) || !same(facts.finalisedAt, review.finalisedAt)) {
    parts.add('content');
  }
  if (facts.status !== review.status) parts.add('status');
  if (!same(facts.handedOverOn, review.handedOverOn)) parts.add('hand-over-date');
  if (!same(facts.acknowledgedOn, review.acknowledgedOn)) parts.add('acknowledgement-date');
  if (!same(facts.employeeComment, review.employeeComment)) parts.add('comment');
  if (!same(facts.addenda, review.addenda)) parts.add('addenda');
  // The audit trail from finalisation on: one entry per status step of the chain, same status, time and date.
  const audited = review.audit.slice(review.audit.findIndex((entry) => entry.status === 'finalisee'));
  const steps = chain.filter((entry) => entry.kind !== 'addendum');
  const dateOf = (entry: SealEntry) => (entry.kind === 'remise' ? entry.facts['handedOverOn'] : entry.kind === 'signee' ? entry.facts['acknowledgedOn'] : undefined);
  if (
    audited.length !== steps.length ||
    !steps.every((entry, index) => {
      const line = audited[index]!;
      return line.status === entry.kind && line.at === entry.at && same(line.date, dateOf(entry));
    })
  ) {
    parts.add('trail');
  }
  return INTEGRITY_PARTS.filter((part) => parts.has(part));
}
