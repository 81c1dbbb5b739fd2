import { describe, expect, it } from 'vitest';
import { dispositions, extractText, valuesByIndicator } from '../helpers/sources';

describe('the matcher reads clauses, not fixed prefixes', () => {
  it('gives a clause with only a verb the subject of the clause before it', () => {
    const text = '区政府共收到行政复议申请326件，依法受理301件，审结287件，其中调解和解撤回41件。';
    expect(valuesByIndicator(text, {}, 'hegang-xingan')).toEqual({
      reconsideration_received: 326,
      reconsideration_accepted: 301,
      reconsideration_concluded: 287,
      reconsideration_settled_withdrawn: 41,
    });
  });

  it('reads a new phrasing of a known concept with no rule of its own', () => {
    expect(valuesByIndicator('全年市司法局共办理法律援助案件1,024件，接待法律咨询3,580人次。')).toEqual({
      legal_aid_cases: 1024,
      legal_consultations: 3580,
    });
    expect(valuesByIndicator('全县12345政务服务便民热线受理群众诉求2.36万件。', {}, 'hegang-xingan')).toEqual({ hotline_12345_contacts: 23600 });
  });

  it('takes the noun after the number when the verb comes first', () => {
    expect(valuesByIndicator('全年废止10部政府规章和163件规范性文件。')).toEqual({
      government_rules_abolished: 10,
      normative_documents_abolished: 163,
    });
  });

  it('prefers the more specific concept: 行政调解 over 调解', () => {
    const text = '全市各行政部门通过行政调解手段有效化解矛盾纠纷案件17850件,矛盾纠纷调处率、调解成功率、当事人满意率分别达90%、93.5%和98%。';
    expect(valuesByIndicator(text)).toEqual({
      administrative_mediation_cases: 17850,
      administrative_mediation_handling_rate: 90,
      administrative_mediation_success_rate: 93.5,
      administrative_mediation_satisfaction_rate: 98,
    });
  });

  it('keeps mediation in general apart from administrative mediation named elsewhere in the sentence', () => {
    const text = '健全人民调解、行政调解、司法调解联动体系,全市各类调解组织共调解矛盾纠纷29764件,调解成功29234件,成功率为98.2%。';
    expect(valuesByIndicator(text, {}, 'harbin')).toEqual({ mediation_cases: 29764, mediation_successful: 29234, mediation_success_rate: 98.2 });
  });

  it('puts a count of two concepts on the first one named, flagged as a combined count', () => {
    const [lectures] = extractText('开展法治讲座、普法宣传89次。', {}, 'hegang-xingan').observations;
    expect(lectures).toMatchObject({ indicator_id: 'legal_lectures', value: 89, flag: 'combined_count' });
    expect(lectures.flag_note).toContain('Legal publicity events');
  });

  it('maps each number of a 分别 list to its own indicator, with the names in the clause before too', () => {
    expect(valuesByIndicator('市政府受理、办结行政复议案件分别为1,218件、1,156件。')).toEqual({
      reconsideration_accepted: 1218,
      reconsideration_concluded: 1156,
    });
    expect(valuesByIndicator('制定不予处罚、从轻处罚、减轻处罚事项清单,分别列入事项112项、95项、64项。')).toEqual({
      no_penalty_list_items: 112,
      lighter_penalty_list_items: 95,
      mitigated_penalty_list_items: 64,
    });
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
});

describe('number forms', () => {
  it('reads thousands separators, full-width digits, 万 and mixed forms', () => {
    expect(valuesByIndicator('全区各执法部门立案查处违法案件２,４１７件，罚没款7,810万元。', {}, 'hegang-xingan')).toEqual({
      enforcement_cases_handled: 2417,
      fines_and_confiscations: 78100000,
    });
    expect(valuesByIndicator('全縣新登記市場主體2.36萬戶。', { script: 'traditional' }, 'hegang-xingan')).toEqual({ new_market_entities_registered: 23600 });
  });

  it('counts cases in 宗 as in 件, and case files in 卷', () => {
    expect(valuesByIndicator('區政府全年收到行政復議申請384宗，受理352宗，審結339宗；抽查執法案卷256卷。', { script: 'traditional' }, 'hegang-xingan')).toEqual({
      reconsideration_received: 384,
      reconsideration_accepted: 352,
      reconsideration_concluded: 339,
      case_files_checked: 256,
    });
  });

  it('reads a count written in words', () => {
    expect(valuesByIndicator('旁听庭审十二次。')).toEqual({ court_hearing_observations: 12 });
  });

  it('reads a before/after pair, and the figure before a change as another period', () => {
    expect(valuesByIndicator('市本级权责事项由3,912项精简至3,508项。')).toEqual({ power_list_items_before: 3912, power_list_items_after: 3508 });
    expect(dispositions('全市行政应诉案件从上年的47件下降到31件。')).toEqual([
      ['47件', 'other_period'],
      ['31件', 'administrative_litigation_cases'],
    ]);
  });

  it('keeps percentage points and year-on-year changes out of the percent figures', () => {
    expect(dispositions('出庭应诉率达98.6%，较上年提高3.2个百分点，新收行政复议案件471件，同比增长7.3%。')).toEqual([
      ['98.6%', 'agency_head_court_appearance_rate'],
      ['3.2个百分点', 'other_period'],
      ['471件', 'reconsideration_received'],
      ['7.3%', 'other_period'],
    ]);
  });

  it('gives a range its low end, at least', () => {
    const [sessions] = extractText('召开政企座谈会10-12场。').observations;
    expect(sessions).toMatchObject({ indicator_id: 'government_business_exchange_events', value: 10, value_text: '10-12', qualifier: 'at_least' });
  });
});

describe('every number is accounted for', () => {
  it('classes dates, document numbers, hotlines, headings, slogans and norms by their form', () => {
    const text = [
      '一、主要成效',
      '（一）强化学习。2023年3月15日，印发《关于加强法治建设的意见》（区政发〔2023〕12号），坚决做到“两个维护”。',
      '一是畅通12345热线，全年受理群众诉求1.2万件。每个村配备1名法律顾问。',
    ].join('\n');
    expect(dispositions(text, {}, 'hegang-xingan')).toEqual([
      ['一', 'ordinal_or_heading'],
      ['一', 'ordinal_or_heading'],
      ['2023年', 'date_or_year'],
      ['3月', 'date_or_year'],
      ['15日', 'date_or_year'],
      ['2023', 'document_number'],
      ['12号', 'document_number'],
      ['两个', 'name_or_slogan'],
      ['一', 'ordinal_or_heading'],
      ['12345', 'phone_or_code'],
      ['1.2万件', 'hotline_12345_contacts'],
      ['1名', 'not_measured'],
    ]);
  });

  it('keeps problems and plans out of the outcomes but lists their numbers', () => {
    const text = ['一、主要成效', '全年调解各类矛盾纠纷400件。', '二、存在问题', '调解成功率仅为60%。', '三、下一步工作安排', '全年组织法治专题培训不少于8次。'].join('\n');
    const { observations, mentions } = extractText(text, {}, 'xilingol');
    expect(observations.map((o) => o.value)).toEqual([400]);
    expect(mentions.filter((m) => m.section === 'target').map((m) => [m.mention, m.reason])).toEqual([
      ['二', 'ordinal_or_heading'],
      ['60%', 'plan_or_target'],
      ['三', 'ordinal_or_heading'],
      ['不少于8次', 'plan_or_target'],
    ]);
  });

  it('finds a closing problems paragraph that has no heading', () => {
    const text = ['四、推进多元共治', '组织新闻发布会105场。', '2020年,我市法治政府建设工作虽然取得了积极成效,但与群众期待相比还有差距,新闻发布会仅12场。'].join('\n');
    expect(dispositions(text)).toEqual([
      ['四', 'ordinal_or_heading'],
      ['105场', 'press_conferences'],
      ['2020年', 'date_or_year'],
      ['12场', 'plan_or_target'],
    ]);
  });

  it('claims one figure per indicator and scope: the same figure again is restated, another one is left for a person', () => {
    const { mentions } = extractText('开展案卷评查2次。组织执法案卷评查2次。全年案卷评查3次。', { body_level: 'department' }, 'yueyang');
    expect(mentions.map((m) => [m.mention, m.disposition, m.reason, m.candidate_indicator_id])).toEqual([
      ['2次', 'claimed', null, null],
      ['2次', 'not_indicator', 'restated', null],
      ['3次', 'unclaimed', null, 'case_file_review_rounds'],
    ]);
    expect(mentions[2].note).toContain('already 2');
  });

  it('flags a 累计 figure, whose period may be longer than the year', () => {
    const [cases] = extractText('累计查办违法案件2726件。', {}, 'harbin').observations;
    expect(cases).toMatchObject({ indicator_id: 'enforcement_cases_handled', flag: 'period_unclear' });
    expect(dispositions('自2019年以来，累计培训执法人员3000人次。')).toEqual([
      ['2019年', 'date_or_year'],
      ['3000人次', 'other_period'],
    ]);
  });
});

describe('scope', () => {
  it('tells the whole city from the government’s own level', () => {
    const text = '全市各级行政复议机关新收行政复议案件471件,受理411件。市政府本级共收到行政复议申请126件,共审结110件。';
    expect(extractText(text).observations.map((o) => [o.indicator_id, o.value, o.scope])).toEqual([
      ['reconsideration_received', 471, 'jurisdiction_wide'],
      ['reconsideration_accepted', 411, 'jurisdiction_wide'],
      ['reconsideration_received', 126, 'government_own_level'],
      ['reconsideration_concluded', 110, 'government_own_level'],
    ]);
  });

  it('reads 市政府 as the subject of a count as the government’s own level, also for the short clause after it', () => {
    const text = '市政府全年受理行政復議案件1758件,審結1754件。';
    expect(extractText(text, { script: 'traditional' }, 'harbin').observations.map((o) => o.scope)).toEqual(['government_own_level', 'government_own_level']);
  });

  it('finds no scope cue inside a document title', () => {
    const text = '完成《全市国土空间总体规划编制》等7项市政府重大行政决策事项。';
    expect(extractText(text).observations[0]).toMatchObject({ indicator_id: 'major_decisions_catalogued', scope: 'government_own_level' });
    expect(extractText('印发《全市法治宣传教育规划》，开展普法活动30场。').observations[0].scope).toBe('not_stated');
  });

  it('reads 全区 as the whole jurisdiction only for a district', () => {
    const text = '全区调解各类矛盾纠纷400件。';
    expect(extractText(text, {}, 'hegang-xingan').observations[0].scope).toBe('jurisdiction_wide');
    expect(extractText(text, {}, 'xilingol').observations[0].scope).toBe('not_stated');
  });

  it('labels every figure of a department’s report as the department’s own', () => {
    const [lecture] = extractText('全市开展法治讲座32场。', { body_level: 'department' }, 'yueyang').observations;
    expect(lecture).toMatchObject({ indicator_id: 'legal_lectures', value: 32, scope: 'department_only' });
  });
});
