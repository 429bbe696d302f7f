import { RECORD_ID } from '../../../shared/records/ids';
/** The screens of the app, as they appear in the address (`#/equipe`, `#/personne/<id>`…). */
export type Route =
  | { screen: 'team' }
  | { screen: 'heatmap' }
  | { screen: 'calibration' }
  | { screen: 'progression'; personId: string }
  | { screen: 'person-new' }
  | { screen: 'person'; personId: string }
  | { screen: 'person-edit'; personId: string }
  | { screen: 'review'; reviewId: string }
  | { screen: 'print'; reviewId: string; autoPrint: boolean }
  | { screen: 'meeting'; reviewId: string }
  | { screen: 'referentiel' }
  | { screen: 'settings' }
  | { screen: 'data' };

export const DEFAULT_ROUTE: Route = { screen: 'team' };

// The pattern every stored id follows too (shared/records/ids.ts): any record can be opened.
const ID = RECORD_ID;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').map(decodeSafely);
  const [first, second, third] = parts;
  switch (first) {
    case 'referentiel':
      return { screen: 'referentiel' };
    case 'parametres':
      return { screen: 'settings' };
    case 'donnees':
      return { screen: 'data' };
    case 'equipe':
      if (second === 'nouveau') return { screen: 'person-new' };
      if (second === 'calibrage') return { screen: 'calibration' };
      return second === 'carte' ? { screen: 'heatmap' } : { screen: 'team' };
    case 'personne':
      if (!second || !ID.test(second)) return DEFAULT_ROUTE;
      if (third === 'modifier') return { screen: 'person-edit', personId: second };
      if (third === 'progression') return { screen: 'progression', personId: second };
      return { screen: 'person', personId: second };
    case 'evaluation':
      if (!second || !ID.test(second)) return DEFAULT_ROUTE;
      if (third === 'entretien') return { screen: 'meeting', reviewId: second };
      return third === 'impression'
        ? { screen: 'print', reviewId: second, autoPrint: new URLSearchParams(query).get('imprimer') === '1' }
        : { screen: 'review', reviewId: second };
    default:
      return DEFAULT_ROUTE;
  }
}

function decodeSafely(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

export function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'team':
      return '#/equipe';
    case 'person-new':
      return '#/equipe/nouveau';
    case 'heatmap':
      return '#/equipe/carte';
    case 'calibration':
      return '#/equipe/calibrage';
    case 'progression':
      return `#/personne/${route.personId}/progression`;
    case 'person':
      return `#/personne/${route.personId}`;
    case 'person-edit':
      return `#/personne/${route.personId}/modifier`;
    case 'review':
      return `#/evaluation/${route.reviewId}`;
    case 'print':
      return `#/evaluation/${route.reviewId}/impression${route.autoPrint ? '?imprimer=1' : ''}`;
    case 'meeting':
      return `#/evaluation/${route.reviewId}/entretien`;
    case 'referentiel':
      return '#/referentiel';
    case 'settings':
      return '#/parametres';
    case 'data':
      return '#/donnees';
  }
}

/** The navigation entry a route belongs to. */
export function sectionOf(route: Route): 'team' | 'referentiel' | 'settings' | 'data' {
  if (route.screen === 'referentiel' || route.screen === 'settings' || route.screen === 'data') return route.screen;
  return 'team';
}
