import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from './routes';

describe('routes', () => {
  it('round-trips every screen through the address', () => {
    const routes: Route[] = [
      { screen: 'team' },
      { screen: 'heatmap' },
      { screen: 'progression', personId: 'p-1' },
      { screen: 'person-new' },
      { screen: 'person', personId: 'a1b2-c3' },
      { screen: 'person-edit', personId: 'a1b2-c3' },
      { screen: 'review', reviewId: 'r-9' },
      { screen: 'print', reviewId: 'r-9', autoPrint: false },
      { screen: 'print', reviewId: 'r-9', autoPrint: true },
      { screen: 'meeting', reviewId: 'r-9' },
      { screen: 'referentiel' },
      { screen: 'settings' },
      { screen: 'data' },
    ];
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('falls back to the team for anything odd', () => {
    for (const hash of ['', '#', '#/inconnu', '#/personne/', '#/personne/<script>', '#/evaluation/%E0%A4%A', '#/evaluation/../../x']) {
      expect(parseRoute(hash)).toEqual({ screen: 'team' });
    }
  });
});
