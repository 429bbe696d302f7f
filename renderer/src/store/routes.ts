/** The screens of the app, as they appear in the address (`#/referentiel`). */
export type Route = { screen: 'referentiel' };

export const DEFAULT_ROUTE: Route = { screen: 'referentiel' };

export function parseRoute(hash: string): Route {
  const [screen] = hash.replace(/^#\/?/, '').split('/');
  switch (screen) {
    case 'referentiel':
      return { screen };
    default:
      return DEFAULT_ROUTE;
  }
}

export function formatRoute(route: Route): string {
  return `#/${route.screen}`;
}
