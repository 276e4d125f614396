import { en } from './catalogs/en';
import { createTranslator, type Translator } from './translate';

/** The English translator: the default of every function that words something. */
export const ENGLISH: Translator = createTranslator(en, 'en');
