import { canonicalContent } from '../../../shared/reviews/canonical';
import type { Review } from '../../../shared/reviews/review';

/** SHA-256 (Web Crypto) of a review's canonical content, as lowercase hex. */
export async function reviewContentHash(review: Review): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalContent(review));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
