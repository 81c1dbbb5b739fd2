import type { AdminLevel } from '../../src/domain/catalog';
import type { Rule, RulesFile } from '../../src/domain/rules';
import type { Scope } from '../../src/domain/observation';
import type { LabelledMention } from './labels';

export interface CompiledRule {
  indicatorId: string;
  units: Set<string>;
  before?: RegExp;
  after?: RegExp;
  context?: RegExp;
  exclude?: RegExp;
}

export interface CompiledRules {
  targetHeading: RegExp;
  targetParagraph: RegExp;
  wideCues: Partial<Record<AdminLevel, RegExp>>;
  ownLevelCue: RegExp;
  respectively: RegExp;
  all: RegExp;
  rules: CompiledRule[];
}

const compile = (source: string | undefined) => (source === undefined ? undefined : new RegExp(source, 'u'));
const compileAtEnd = (source: string) => new RegExp(`(?:${source})\\s*$`, 'u');

function compileRule(rule: Rule): CompiledRule {
  return {
    indicatorId: rule.indicator_id,
    units: new Set(rule.units),
    before: compile(rule.before),
    after: compile(rule.after),
    context: compile(rule.context),
    exclude: compile(rule.exclude),
  };
}

export function compileRules(file: RulesFile): CompiledRules {
  const wideCues: Partial<Record<AdminLevel, RegExp>> = {};
  for (const [level, cue] of Object.entries(file.jurisdiction_wide_cues)) wideCues[level as AdminLevel] = new RegExp(cue, 'gu');
  return {
    targetHeading: new RegExp(file.target_heading, 'u'),
    targetParagraph: new RegExp(file.target_paragraph, 'u'),
    wideCues,
    ownLevelCue: new RegExp(file.own_level_cue, 'gu'),
    respectively: compileAtEnd(file.list_respectively),
    all: compileAtEnd(file.list_all),
    rules: file.rules.map(compileRule),
  };
}

function ruleMatches(rule: CompiledRule, l: LabelledMention): boolean {
  if (!rule.units.has(l.mention.unitZh)) return false;
  if (rule.before && !rule.before.test(l.label)) return false;
  if (rule.after && !rule.after.test(l.after)) return false;
  if (rule.context && !rule.context.test(l.context)) return false;
  if (rule.exclude && rule.exclude.test(`${l.label}|${l.after}`)) return false;
  return true;
}

/** Rules are tried in file order, so a specific rule placed first wins over a general one. */
export function matchIndicator(rules: CompiledRule[], l: LabelledMention): string | null {
  return rules.find((rule) => ruleMatches(rule, l))?.indicatorId ?? null;
}

function lastCueOffset(cue: RegExp | undefined, text: string): number {
  if (!cue) return -1;
  let last = -1;
  for (const m of text.matchAll(cue)) last = m.index;
  return last;
}

/** The scope word nearest before the number in its sentence decides; a department's report speaks only for itself. */
export function detectScope(rules: CompiledRules, level: AdminLevel, isDepartment: boolean, context: string): Scope {
  if (isDepartment) return 'department_only';
  const wide = lastCueOffset(rules.wideCues[level], context);
  const own = lastCueOffset(rules.ownLevelCue, context);
  if (wide < 0 && own < 0) return 'not_stated';
  return own > wide ? 'government_own_level' : 'jurisdiction_wide';
}
