// The app's first module (imported first by ./main.tsx): what it starts runs
// beside the evaluation of the rest of the script.
import { todayIso } from '../../shared/dates';
import { keptOn } from './data/first-screen-key';
import { readStoredVersionEarly } from './data/stored-version';
import { parseRoute } from './store/routes';

// The database's first open starts now, unless the team's first screenful kept today is to be drawn first: then
// it waits for that paint (./main.tsx).
if (!(parseRoute(window.location.hash).screen === 'team' && keptOn(todayIso()))) readStoredVersionEarly();
