import { frScreens } from './fr-screens';
import { frStart } from './fr-start';
import { mergeTexts } from './translate';

/**
 * French, the reference language: every key of the app is here. Written in two
 * parts so that startup loads only what it draws (./fr-start.ts); edit the part
 * that holds the text (a new text goes where the test fr-start.test.ts says).
 */
export const fr = mergeTexts(frStart, frScreens);

/** The shape every other language must follow, key for key. */
export type Messages = DeepStringRecord<typeof fr>;
type DeepStringRecord<T> = { [K in keyof T]: T[K] extends string ? string : DeepStringRecord<T[K]> };
