// Spellings collectors use in place of a character of a sensitive word, for the phrase compiler.
//
// Two kinds, both applied only inside lexicon phrases (never to the text as a whole, because out of
// context 其 or 工 are ordinary characters):
// - homophones and look-alikes that collectors substitute (愉期 / 渝期 for 逾期, 摧收 for 催收,
//   通迅录 for 通讯录, 爆光 for 曝光). Only characters that are unusual in the phrase's place are
//   listed, so 逾期 does not match 于其 and 刑事 does not match 行事.
// - pinyin: a syllable or its initial written in Latin letters (yu期, zhai务, jia人, 上m核实, hk = 还款).
//   The matcher only accepts Latin that stands as a whole run (not part of a longer Latin word).
//
// The character list covers the characters of the lexicon's key words; a character that is missing
// here simply has no alternative spellings.

/** Character → homophone / look-alike characters that stand in for it. */
const HOMOPHONES: Record<string, string> = {
  逾: '愉渝瑜榆踰俞', 期: '其琪棋旗淇', 催: '摧崔璀', 债: '寨砦', 欠: '芡', 款: '欵',
  讯: '迅汛信', 录: '禄碌绿', 曝: '爆暴', 诉: '塑素述', 案: '按岸', 律: '绿', 函: '涵',
  法: '珐砝', 警: '井儆', 刑: '形型', 留: '流', 捕: '补', 牢: '劳', 赖: '癞濑籁', 渣: '喳',
  门: '闷扪', 村: '寸', 征: '蒸', 贷: '袋岱', 冻: '栋', 诈: '乍炸', 访: '仿', 骗: '翩',
  还: '环', 讼: '颂', 垃: '拉', 传: '船', 票: '漂', 罪: '醉', 拘: '驹', 押: '鸭', 畜: '触',
};

/** Character → toneless pinyin syllables (the first letter also serves as the initial). */
const PINYIN: Record<string, string> = {
  逾: 'yu', 期: 'qi', 催: 'cui', 收: 'shou', 债: 'zhai', 务: 'wu', 欠: 'qian', 款: 'kuan',
  还: 'huan hai', 钱: 'qian', 借: 'jie', 贷: 'dai', 通: 'tong', 讯: 'xun', 录: 'lu', 曝: 'bao pu',
  光: 'guang', 爆: 'bao', 起: 'qi', 诉: 'su', 立: 'li', 案: 'an', 律: 'lv lu', 师: 'shi', 函: 'han',
  法: 'fa', 院: 'yuan', 公: 'gong', 安: 'an', 警: 'jing', 刑: 'xing', 拘: 'ju', 留: 'liu',
  逮: 'dai', 捕: 'bu', 坐: 'zuo', 牢: 'lao', 老: 'lao', 赖: 'lai', 骗: 'pian', 子: 'zi',
  家: 'jia', 人: 'ren', 亲: 'qin', 友: 'you', 同: 'tong', 事: 'shi', 朋: 'peng', 戚: 'qi',
  单: 'dan', 位: 'wei', 门: 'men', 上: 'shang', 访: 'fang', 核: 'he', 实: 'shi', 村: 'cun',
  委: 'wei', 失: 'shi', 信: 'xin', 黑: 'hei', 名: 'ming', 征: 'zheng', 诈: 'zha', 罪: 'zui',
  犯: 'fan', 冻: 'dong', 结: 'jie', 执: 'zhi', 传: 'chuan', 票: 'piao', 派: 'pai', 出: 'chu',
  所: 'suo', 侦: 'zhen', 经: 'jing', 检: 'jian', 察: 'cha', 监: 'jian', 狱: 'yu', 判: 'pan',
  讼: 'song', 渣: 'zha', 畜: 'chu', 生: 'sheng', 死: 'si', 滚: 'gun', 贱: 'jian', 废: 'fei',
  物: 'wu', 垃: 'la', 圾: 'ji', 暴: 'bao', 力: 'li', 杀: 'sha', 砍: 'kan', 联: 'lian', 系: 'xi',
  紧: 'jin', 急: 'ji', 担: 'dan', 保: 'bao', 后: 'hou', 果: 'guo', 自: 'zi', 负: 'fu',
  你: 'ni', 您: 'nin', 个: 'ge', 脸: 'lian', 没: 'mei', 要: 'yao',
  缉: 'ji', 押: 'ya', 官: 'guan', 司: 'si', 封: 'feng', 限: 'xian', 制: 'zhi', 民: 'min', 政: 'zheng', 府: 'fu',
};

export interface CharVariants {
  /** Single characters that can stand in the character's place (itself included). */
  chars: string;
  /** Latin spellings, longest first: full syllables, then initials. */
  latin: string[];
}

const TABLE = new Map<string, CharVariants>();
for (const ch of new Set([...Object.keys(HOMOPHONES), ...Object.keys(PINYIN)])) {
  const syllables = (PINYIN[ch] ?? '').split(' ').filter(Boolean);
  const latin = new Set<string>();
  for (const s of syllables) latin.add(s);
  for (const s of syllables) latin.add(s[0]!);
  TABLE.set(ch, {
    chars: ch + (HOMOPHONES[ch] ?? ''),
    latin: [...latin].sort((a, b) => b.length - a.length),
  });
}

export function variantsOf(ch: string): CharVariants | undefined {
  return TABLE.get(ch);
}

