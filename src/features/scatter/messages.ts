import { wordsOf } from '../../lib/words';
import strings from './messages.json';

/** The two-indicator view's words, loaded with it and not with the default view. */
export const m = wordsOf(strings);
