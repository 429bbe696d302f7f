import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyScreen } from './lazy-screen';

function Greeting({ name }: { name: string }) {
  return <p>Bonjour {name}</p>;
}

/** The HTML React gives at once: a screen that suspends shows its fallback there. */
const drawnAtOnce = (node: React.ReactNode) => renderToString(<Suspense fallback={<p>…</p>}>{node}</Suspense>);

describe('lazyScreen', () => {
  it('draws a preloaded screen at once, without suspending', async () => {
    const Screen = lazyScreen(async () => ({ Greeting }), 'Greeting');
    await Screen.preload();
    // A plain React.lazy suspends here, its code loaded or not: the fallback, then a reveal React holds back.
    expect(drawnAtOnce(<Screen name="Anne" />)).toContain('Bonjour <!-- -->Anne');
  });

  it('suspends while the code is loading, then draws the screen', async () => {
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const Screen = lazyScreen(async () => {
      await arrived;
      return { Greeting };
    }, 'Greeting');
    expect(drawnAtOnce(<Screen name="Anne" />)).not.toContain('Bonjour');
    release();
    await Screen.preload();
    expect(drawnAtOnce(<Screen name="Anne" />)).toContain('Bonjour <!-- -->Anne');
  });

  it('tries a failed load again', async () => {
    let attempts = 0;
    const Screen = lazyScreen(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk not found');
      return { Greeting };
    }, 'Greeting');
    await expect(Screen.preload()).rejects.toThrow('chunk not found');
    await Screen.preload();
    expect(drawnAtOnce(<Screen name="Anne" />)).toContain('Bonjour');
    expect(attempts).toBe(2);
  });
});
