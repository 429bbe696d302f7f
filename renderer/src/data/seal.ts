import type { Addendum, Review } from '../../../shared/reviews/review';
import {
  SEAL_VERSION,
  changedParts,
  entryMessage,
  factsOf,
  sealedContentText,
  type IntegrityPart,
  type SealEntry,
  type SealKind,
} from '../../../shared/reviews/seal';
import { reviewContentHash } from './hash';
import { macHex, macHolds, sha256Hex } from './seal-key';

/** The content hash a review gets at finalisation: SHA-256 of everything but the workflow fields. */
export const sealedContentHash = (review: Review): Promise<string> => sha256Hex(sealedContentText(review));

/** `after` (the review once a workflow step is applied) with the step appended to its seal chain. */
export async function withSealEntry(after: Review, kind: SealKind, addendum?: Addendum): Promise<Review> {
  const chain = after.seal?.chain ?? [];
  const body = { kind, at: after.updatedAt, facts: factsOf(after, kind, addendum), prev: chain.at(-1)?.hash ?? null };
  const hash = await sha256Hex(entryMessage(body));
  const entry: SealEntry = { ...body, hash, mac: await macHex(hash) };
  return { ...after, seal: { version: SEAL_VERSION, chain: [...chain, entry] } };
}

export type IntegrityCheck =
  | { status: 'not-finalised' }
  | { status: 'intact'; hash: string; sealed: boolean }
  | { status: 'changed'; parts: IntegrityPart[]; stored: string; actual: string };

/**
 * Checks a finalised review against its seal: its content against the hash
 * taken at finalisation, each chain entry's hash and HMAC, and every workflow
 * fact against the chain. A review finalised before seals existed has only
 * its content hash to check.
 */
export function checkReviewSeal(review: Review): Promise<IntegrityCheck> {
  return checkSeal(review, true);
}

/** The same check without the HMACs (a backup from another installation): content, chain links and hashes, facts. */
export function checkSealConsistency(review: Review): Promise<IntegrityCheck> {
  return checkSeal(review, false);
}

async function checkSeal(review: Review, withKey: boolean): Promise<IntegrityCheck> {
  if (!review.contentHash) return { status: 'not-finalised' };
  if (!review.seal) {
    const actual = await reviewContentHash(review);
    return actual === review.contentHash
      ? { status: 'intact', hash: actual, sealed: false }
      : { status: 'changed', parts: ['content'], stored: review.contentHash, actual };
  }
  const actual = await sealedContentHash(review);
  const entries = await Promise.all(
    review.seal.chain.map(async (entry) => {
      const hash = await sha256Hex(entryMessage(entry));
      return { hashOk: hash === entry.hash, macOk: withKey ? await macHolds(entry.hash, entry.mac) : true };
    }),
  );
  const parts = changedParts(review, review.seal, { contentHash: actual, entries });
  return parts.length === 0 ? { status: 'intact', hash: actual, sealed: true } : { status: 'changed', parts, stored: review.contentHash, actual };
}
