import { describe, expect, it } from 'vitest';
import { extractText, valuesByIndicator } from '../helpers/sources';

describe('rules over report text', () => {
  it('maps each number of a 分别 list to its own indicator', () => {
    const text = '全市各行政部门通过行政调解手段有效化解矛盾纠纷案件17850件,矛盾纠纷调处率、调解成功率、当事人满意率分别达90%、93.5%和98%。';
    expect(valuesByIndicator(text)).toEqual({ administrative_mediation_cases: 17850, administrative_mediation_success_rate: 93.5 });
    const { unclaimed } = extractText(text);
    expect(unclaimed.map((u) => [u.mention, u.reason])).toEqual([['90%', 'no_rule'], ['98%', 'no_rule']]);
  });

  it('gives one 均 value to every name before it', () => {
    const text = '全年辦理人大代表建議525件、政協委員提案720件,辦結率和滿意率均達100%。';
    expect(valuesByIndicator(text, { script: 'traditional' }, 'harbin')).toEqual({
      npc_suggestions_handled: 525,
      cppcc_proposals_handled: 720,
      suggestion_completion_rate: 100,
      suggestion_satisfaction_rate: 100,
    });
  });

  it('reads traditional script but quotes it as written', () => {
    const text = '全市各類調解組織共調解矛盾糾紛29764件,調解成功29234件,成功率為98.2%。';
    const { observations } = extractText(text, { script: 'traditional' }, 'harbin');
    expect(observations.map((o) => [o.indicator_id, o.value])).toEqual([
      ['mediation_cases', 29764],
      ['mediation_successful', 29234],
      ['mediation_success_rate', 98.2],
    ]);
    for (const o of observations) expect(text.slice(o.quote_start!, o.quote_end!)).toBe(o.quote);
    expect(observations[2].quote).toContain('成功率為98.2%');
  });

  it('tells the whole city from the government’s own level', () => {
    const text = '全市各级行政复议机关新收行政复议案件471件,受理411件。市政府本级共收到行政复议申请126件,共审结110件。';
    const scopes = extractText(text).observations.map((o) => [o.indicator_id, o.value, o.scope]);
    expect(scopes).toEqual([
      ['reconsideration_received', 471, 'jurisdiction_wide'],
      ['reconsideration_accepted', 411, 'jurisdiction_wide'],
      ['reconsideration_received', 126, 'government_own_level'],
      ['reconsideration_concluded', 110, 'government_own_level'],
    ]);
  });

  it('reads 全区 as the whole jurisdiction only for a district', () => {
    const text = '全区调解各类矛盾纠纷400件。';
    expect(extractText(text, {}, 'hegang-xingan').observations[0].scope).toBe('jurisdiction_wide');
    expect(extractText(text, {}, 'xilingol').observations[0].scope).toBe('not_stated');
  });

  it('labels every figure of a department’s report as the department’s own', () => {
    const text = '全市开展法治讲座32场。';
    const [lecture] = extractText(text, { body_level: 'department' }, 'yueyang').observations;
    expect(lecture).toMatchObject({ indicator_id: 'legal_lectures', value: 32, scope: 'department_only' });
  });

  it('keeps problems and plans out of the outcomes but lists their numbers', () => {
    const text = ['一、主要成效', '全年调解各类矛盾纠纷400件。', '二、存在的问题', '调解成功率仅为60%。', '三、下一步工作安排', '全年组织法治专题培训不少于8次。'].join('\n');
    const { observations, unclaimed } = extractText(text, {}, 'xilingol');
    expect(observations.map((o) => o.value)).toEqual([400]);
    expect(unclaimed.map((u) => [u.mention, u.section, u.reason])).toEqual([
      ['60%', 'target', 'target_section'],
      ['不少于8次', 'target', 'target_section'],
    ]);
  });

  it('finds a closing problems paragraph that has no heading', () => {
    const text = ['四、推进多元共治', '组织新闻发布会105场。', '2020年,我市法治政府建设工作虽然取得了积极成效,但与群众期待相比还有差距,新闻发布会仅12场。'].join('\n');
    const { observations, unclaimed } = extractText(text);
    expect(observations.map((o) => o.value)).toEqual([105]);
    expect(unclaimed.map((u) => u.section)).toEqual(['target']);
  });

  it('claims one figure per indicator and scope, and lists a repeat', () => {
    const { observations, unclaimed } = extractText('开展案卷评查2次。组织执法案卷评查3次。', { body_level: 'department' }, 'yueyang');
    expect(observations.map((o) => o.value)).toEqual([2]);
    expect(unclaimed.map((u) => [u.mention, u.reason])).toEqual([['3次', 'indicator_already_claimed']]);
  });
});
