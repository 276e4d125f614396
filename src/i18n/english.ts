import { ui } from './catalogs/ui.en';
import { createTranslator, type Translator } from './translate';

/** The English translator of the interface: the default of every function that words something (problems: their own `message`). */
export const ENGLISH: Translator = createTranslator(ui, 'en');
