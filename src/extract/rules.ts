import type { AdminLevel } from '../domain/catalog';
import type { Scope } from '../domain/observation';
import type { RulesFile } from '../domain/rules';
import { compileLexicon, type CompiledLexicon } from './lexicon';

export interface CompiledRules {
  targetHeading: RegExp;
  targetParagraph: RegExp;
  wideCues: Partial<Record<AdminLevel, RegExp>>;
  ownLevelCues: Partial<Record<AdminLevel, RegExp>>;
  respectively: RegExp;
  all: RegExp;
  planCue: RegExp;
  otherPeriodCue: RegExp;
  periodUnclearCue: RegExp;
  changeCue: RegExp;
  lexicon: CompiledLexicon;
}

const compileAtEnd = (source: string) => new RegExp(`(?:${source})\\s*$`, 'u');

function compileByLevel(cues: RulesFile['jurisdiction_wide_cues']): Partial<Record<AdminLevel, RegExp>> {
  return Object.fromEntries(Object.entries(cues).map(([level, cue]) => [level, new RegExp(cue, 'gu')]));
}

export function compileRules(file: RulesFile): CompiledRules {
  return {
    targetHeading: new RegExp(file.target_heading, 'u'),
    targetParagraph: new RegExp(file.target_paragraph, 'u'),
    wideCues: compileByLevel(file.jurisdiction_wide_cues),
    ownLevelCues: compileByLevel(file.own_level_cues),
    respectively: compileAtEnd(file.list_respectively),
    all: compileAtEnd(file.list_all),
    planCue: new RegExp(file.plan_cue, 'u'),
    otherPeriodCue: new RegExp(file.other_period_cue, 'u'),
    periodUnclearCue: new RegExp(file.period_unclear_cue, 'u'),
    changeCue: compileAtEnd(file.change_cue),
    lexicon: compileLexicon(file.lexicon),
  };
}

function lastCueOffset(cue: RegExp | undefined, text: string): number {
  if (!cue) return -1;
  let last = -1;
  for (const m of text.matchAll(cue)) last = m.index;
  return last;
}

/** Document titles (《全市…规划》) name other things: their words are no scope cue. */
export const blankTitles = (text: string) => text.replace(/《[^《》\n]*》/gu, (title) => ' '.repeat(title.length));

/**
 * The scope word nearest before the number in its sentence decides, and a government named right
 * after the number (7项市政府重大行政决策事项) speaks for its own level; a department's report speaks
 * only for itself. Titles must be blanked out of `context` and `after` first.
 */
export function detectScope(rules: CompiledRules, level: AdminLevel, isDepartment: boolean, context: string, after: string): Scope {
  if (isDepartment) return 'department_only';
  const ownCue = rules.ownLevelCues[level];
  if (ownCue && lastCueOffset(ownCue, after.slice(0, 6)) === 0) return 'government_own_level';
  const wide = lastCueOffset(rules.wideCues[level], context);
  const own = lastCueOffset(ownCue, context);
  if (wide < 0 && own < 0) return 'not_stated';
  return own > wide ? 'government_own_level' : 'jurisdiction_wide';
}
