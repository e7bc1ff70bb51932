import { en, type Strings } from './en.js';

// The strings the UI shows. One language for now; a second one is a module shaped like en.ts and a
// choice made here.
export const strings: Strings = en;
