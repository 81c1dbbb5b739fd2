import type { AdminLevel } from '../domain/catalog';
import type { Scope } from '../domain/observation';
import type { RulesFile } from '../domain/rules';
import { compileLexicon, type CompiledLexicon } from './lexicon';

export interface CompiledRules {
  targetHeading: RegExp;
  targetParagraph: RegExp;
  wideCues: Partial<Record<AdminLevel, RegExp>>;
  ownLevelCues: Partial<Record<AdminLevel, RegExp>>;
  subjectCues: Partial<Record<AdminLevel, RegExp>>;
  respectively: RegExp;
  all: RegExp;
  planCue: RegExp;
  otherPeriodCue: RegExp;
  periodUnclearCue: RegExp;
  perUnitCue: RegExp;
  lexicon: CompiledLexicon;
}


function compileByLevel(cues: RulesFile['jurisdiction_wide_cues'], opening = ''): Partial<Record<AdminLevel, RegExp>> {
  return Object.fromEntries(Object.entries(cues).map(([level, cue]) => [level, new RegExp(opening ? `${opening}${cue})` : cue, 'gu')]));
}

export function compileRules(file: RulesFile): CompiledRules {
  return {
    targetHeading: new RegExp(file.target_heading, 'u'),
    targetParagraph: new RegExp(file.target_paragraph, 'u'),
    wideCues: compileByLevel(file.jurisdiction_wide_cues),
    ownLevelCues: compileByLevel(file.own_level_cues),
    subjectCues: compileByLevel(file.government_subject_cues, '^(?:全年|同时|此外)?(?:'),
    respectively: new RegExp(file.list_respectively, 'u'),
    all: new RegExp(file.list_all, 'u'),
    planCue: new RegExp(file.plan_cue, 'u'),
    otherPeriodCue: new RegExp(file.other_period_cue, 'u'),
    periodUnclearCue: new RegExp(file.period_unclear_cue, 'u'),
    perUnitCue: new RegExp(file.per_unit_cue, 'u'),
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

/** A clause this short (审结, 依法受理, 其中调解和解) has no subject of its own: the clause before it lends its subject. */
const maxOwnWords = 4;
const ownWords = (clause: string) => clause.replace(/^[\s、和及与]*(其中)?/u, '').replace(/[\d.,%]+[^\d\s]?/gu, '').trim().length;

function opensWith(cue: RegExp | undefined, clause: string): boolean {
  if (!cue) return false;
  cue.lastIndex = 0;
  return cue.test(clause.replace(/^[\s、和及与]+/u, ''));
}

/** Words after 市政府 that make it part of a noun (市政府常务会议, 市政府新闻发言人) rather than the one acting. */
const governmentAsModifier = /^(常务|新闻|部门|门户|网站|工作|信息|文件|组成|直属|各|办公)/u;

/** Where the last clause of the sentence opens with the government acting (县政府召开…): the sentence's topic from there on. */
function topicOffset(cue: RegExp | undefined, context: string): number {
  if (!cue) return -1;
  let offset = 0;
  let last = -1;
  for (const clause of context.split(/[,，;；:：]/u)) {
    cue.lastIndex = 0;
    const opening = cue.exec(clause);
    if (opening && !governmentAsModifier.test(clause.slice(opening[0].length))) last = offset;
    offset += clause.length + 1;
  }
  return last;
}

/**
 * The scope word nearest before the number in its sentence decides: 全市 for the whole
 * jurisdiction; 市本级, or a clause opening with the government acting (县政府召开…, the topic of
 * the rest of the sentence), for the government's own level. 市政府 opening the number's own words,
 * or the clause before when the number's own words are only a verb (市政府全年受理N件，审结M件),
 * makes it the subject of the count, and so does a government named right after the number
 * (7项市政府重大行政决策事项). A department's report speaks only for itself.
 * Titles must be blanked out of `context` and `after` first.
 */
const levelBySuffix: Record<string, AdminLevel> = { 市: 'prefecture_city', 区: 'district', 县: 'county', 旗: 'banner', 盟: 'league' };

/**
 * The cue set a report's own words use: its name's last character, not its rank, since a
 * county-level city (昆山市) says 全市 and 市政府 as a prefecture does.
 */
export const scopeLevelOf = (jurisdiction: { name_zh: string; admin_level: AdminLevel }): AdminLevel =>
  levelBySuffix[jurisdiction.name_zh.at(-1) ?? ''] ?? jurisdiction.admin_level;

export function detectScope(
  rules: CompiledRules,
  level: AdminLevel,
  isDepartment: boolean,
  words: { context: string; after: string; lead: string; shared: string; earlier: string[] },
): Scope {
  if (isDepartment) return 'department_only';
  const { context, after, lead, shared, earlier } = words;
  const subject = rules.subjectCues[level];
  if (opensWith(subject, after) || opensWith(subject, lead) || (/^[、和及与]/u.test(lead) && opensWith(subject, shared))) return 'government_own_level';
  let clause = lead;
  for (const previous of earlier) {
    if (ownWords(clause) > maxOwnWords) break;
    if (opensWith(subject, previous)) return 'government_own_level';
    clause = previous;
  }
  const wide = lastCueOffset(rules.wideCues[level], context);
  const own = Math.max(lastCueOffset(rules.ownLevelCues[level], context), topicOffset(subject, context));
  if (wide < 0 && own < 0) return 'not_stated';
  return own > wide ? 'government_own_level' : 'jurisdiction_wide';
}
