import { describe, expect, it } from 'vitest';
import { fr } from './fr';

function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => texts(child, path ? `${path}.${key}` : key));
}

describe('French UI text', () => {
  const all = texts(fr);

  it('puts a non-breaking space before : ; ! ? » and after «, never a plain one', () => {
    const wrong = all.filter(([, text]) => / [:;!?»]|« /.test(text)).map(([path]) => path);
    expect(wrong).toEqual([]);
  });

  it('uses one apostrophe (’), never the straight one', () => {
    expect(all.filter(([, text]) => text.includes("'")).map(([path]) => path)).toEqual([]);
  });

  it('writes plurals with plural keys (_one, _other), not "(s)"', () => {
    expect(all.filter(([, text]) => /\(s\)/.test(text)).map(([path]) => path)).toEqual([]);
  });

  it('calls the person evaluated a « membre du personnel », not an « agent »', () => {
    expect(all.filter(([, text]) => /\bagent\b/i.test(text)).map(([path]) => path)).toEqual([]);
  });

  it('says « répond aux attentes », never « rencontrées »', () => {
    expect(all.filter(([, text]) => /rencontrées/.test(text)).map(([path]) => path)).toEqual([]);
  });
});
