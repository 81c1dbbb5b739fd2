import { wordsOf } from '../../lib/words';
import strings from './messages.json';

/** The ranking view's words, loaded with it and not with the default view. */
export const m = wordsOf(strings);
