import { wordsOf } from '../../lib/words';

/** The citation panel's words, loaded with it and not with the default view. */
export const citeText = wordsOf({
  heading: { zh: '引用与嵌入', en: 'Cite and embed' },
  citeZh: { zh: '引用（中文）', en: 'Citation (Chinese)' },
  citeEn: { zh: '引用（英文）', en: 'Citation (English)' },
  version: { zh: '数据版本：{date}，已发布数据表的 SHA-256 摘要 {hash}', en: 'Data version: {date}, SHA-256 digest of the published tables {hash}' },
  embed: { zh: '嵌入代码（iframe，宽度随页面）', en: 'Embed code (iframe, as wide as its page)' },
  preview: { zh: '打开嵌入视图', en: 'Open the embedded view' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
});
