// The app's first module (imported first by ./main.tsx): what it starts runs
// beside the evaluation of the rest of the script.
import { readStoredVersionEarly } from './data/stored-version';

readStoredVersionEarly();
