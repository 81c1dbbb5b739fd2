import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMatchText } from '../../src/extract/normalize';
import { formClass } from '../../src/extract/classify';
import { findNumberMentions, parseChineseNumeral, scaleDecimal } from '../../src/extract/numbers';

const mentionsIn = (text: string) => findNumberMentions(toMatchText(text, 'traditional'));

describe('number parser', () => {
  it.each([
    ['发放普法宣传材料2万余份', 20000, '份', 'at_least', '2万'],
    ['全年网上办件4.35万件', 43500, '件', 'exact', '4.35万'],
    ['涉及金额20381.1万元', 203811000, '元', 'exact', '20381.1万'],
    ['受案標的額122.7億元', 12270000000, '元', 'exact', '122.7亿'],
    ['实名注册用户近200万', 2000000, '万', 'approx', '200万'],
    ['立案515 件', 515, '件', 'exact', '515'],
    ['实施清单整体完成率98.71%', 98.71, '%', 'exact', '98.71'],
    ['全年组织法治专题培训不少于8次', 8, '次', 'at_least', '8'],
    ['受众达300余萬人', 3000000, '人', 'at_least', '300万'],
    ['出動人員1.2萬余人次', 12000, '人次', 'at_least', '1.2万'],
    ['累计播放量超80万人次', 800000, '人次', 'at_least', '80万'],
    ['平均日活跃用户数约15万', 150000, '万', 'approx', '15万'],
    ['共计23,456.7万元', 234567000, '元', 'exact', '23,456.7万'],
    ['受理群众诉求2.36萬件', 23600, '件', 'exact', '2.36万'],
    ['罰沒款1.2億元', 120000000, '元', 'exact', '1.2亿'],
    ['出庭应诉率提高3.2个百分点', 3.2, '个百分点', 'exact', '3.2'],
    ['开展联合检查十二次', 12, '次', 'exact', '十二'],
    ['召开座谈会二十五场', 25, '场', 'exact', '二十五'],
    ['完成千余个事项', 1000, '个', 'at_least', '千'],
    ['开展培训３至５次', 3, '次', 'at_least', '3至5'],
    ['96%以上矛盾纠纷化解在社区网格', 96, '%', 'at_least', '96'],
    ['共检查企业５８３０家', 5830, '家', 'exact', '5830'],
    ['共计1,234件', 1234, '件', 'exact', '1,234'],
  ])('%s → %d %s (%s)', (text, value, unitZh, qualifier, valueText) => {
    const [mention, ...rest] = mentionsIn(text);
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({ value, unitZh, qualifier, valueText });
  });

  it.each([
    ['a year', '2020年,连云港市坚持', 'date_or_year'],
    ['a plan title', '《法治政府建设实施纲要(2021—2025年)》', 'date_or_year'],
    ['a date', '12月25日,行署盟长主持召开', 'date_or_year'],
    ['a commemoration day', '紧扣“5·12”防灾减灾日', 'date_or_year'],
    ['a document number', '连政发〔2021〕14号', 'document_number'],
    ['a hotline name', '通过12345热线', 'phone_or_code'],
    ['a phone number', '咨询电话0471-1234567', 'phone_or_code'],
    ['a mechanism name', '创新“1+4+X”工作模式', 'name_or_slogan'],
    ['a version', '优化升级企业开办直通车2.0系统', 'name_or_slogan'],
    ['a campaign name', '开展“绿盾2020”自然保护地监督检查', 'name_or_slogan'],
    ['an ordinal', '清理确认第1批执法主体', 'ordinal_or_heading'],
    ['a heading', '一、主要成效', 'ordinal_or_heading'],
    ['an enumeration', '二是强化监督', 'ordinal_or_heading'],
    ['a slogan with a count word', '推行“32证合一”改革', 'name_or_slogan'],
    ['an index number', '索 引 号 k12498411/2021', 'phone_or_code'],
    ['a date written in digits', '发布时间:2023-03-07 来源', 'date_or_year'],
    ['a time of day', '15:07:00 来源', 'date_or_year'],
    ['a year with no 年', '2022全年开展调解', 'date_or_year'],
    ['a transport hotline', '拨打12328热线', 'phone_or_code'],
    ['a mobile number', '电话13812345678', 'phone_or_code'],
  ])('classes %s by its form', (_, text, expected) => {
    const matchText = toMatchText(text, 'simplified');
    const [first] = findNumberMentions(matchText);
    expect(formClass(matchText, first)).toBe(expected);
  });

  it.each([
    ['a thousands separator needs exactly three digits after it', '12,3456人', ['12', '3456人']],
    ['an article is no count', '开展一次专项清理，形成一批典型案例', []],
    ['a word with 百 is no count', '提高3个百分点', ['3个百分点']],
  ])('%s', (_, text, expected) => {
    const matchText = toMatchText(text, 'simplified');
    expect(findNumberMentions(matchText).map((m) => text.slice(m.start, m.end))).toEqual(expected);
  });

  it.each([
    ['十二', 12], ['二十五', 25], ['一百零八', 108], ['两千', 2000], ['二〇二二', 2022], ['十', 10],
  ])('reads the numeral %s as %d', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
  });

  it('reads traditional script and keeps offsets on the original text', () => {
    const text = '全年受理各類民商事案件5137件,受案標的額122.7億元。';
    const [cases, amount] = mentionsIn(text);
    expect(text.slice(cases.start, cases.end)).toBe('5137件');
    expect(text.slice(amount.start, amount.end)).toBe('122.7億元');
  });

  it('scales 万 and 亿 amounts to exact integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 7 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(4, 8), (n, decimals, exponent) => {
        const digits = decimals === 0 ? String(n) : `${Math.floor(n / 10 ** decimals)}.${String(n % 10 ** decimals).padStart(decimals, '0')}`;
        const exact = BigInt(n) * 10n ** BigInt(exponent - decimals);
        expect(scaleDecimal(digits, exponent)).toBe(Number(exact));
      }),
    );
  });
});
