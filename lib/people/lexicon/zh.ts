/**
 * Chinese. Written without spaces, so this table is matched on characters, not words: role nouns
 * stand right before a name ("发言人丹尼尔·霍特", "委员张近东"), transliterated names join their parts
 * with "·", and a speech verb follows the name with nothing between ("卢宇说", "卢宇表示").
 */
export interface HanLexicon {
  /** Role nouns, longest match wins ("副教授" before "教授"). */
  roleNouns: string[];
  /** Speech and opinion verbs that follow a name. */
  cues: string[];
  /** Family names that open a native name of two or three characters. */
  surnames: string;
  /** Characters that never belong to a name's edge: particles, pronouns, verbs of speech. */
  edgeStops: string;
  /** Copula and counter words of "X是……的一名博士". */
  copula: string;
  /**
   * Characters used to transliterate foreign names (the Xinhua tables): the parts of a "·" name are
   * made of these, so a name ends where they stop ("艾玛·布朗研究…" → "艾玛·布朗").
   */
  transliteration: string;
  /** Separators joining the parts of a transliterated name ("?" stands for a "·" lost in encoding). */
  joiners: string;
}

const list = (s: string) => s.trim().split(/\s+/);

export const zh: HanLexicon = {
  roleNouns: list(`发言人 新闻发言人 教授 副教授 荣誉教授 名誉教授 讲师 研究员 副研究员 博士 博士后 硕士 专家 学者 科学家
    医生 医师 护士 药剂师 院长 副院长 所长 主任 副主任 校长 主席 副主席 总统 副总统 总理 副总理 部长 副部长 局长 厅长
    省长 市长 县长 书记 委员 代表 议员 大使 领事 外交官 官员 发言人 宇航员 航天员 飞行员 工程师 设计师 建筑师 分析师
    经济学家 社会学家 心理学家 历史学家 物理学家 化学家 生物学家 天文学家 律师 法官 检察官 记者 编辑 主编 作家 导演
    演员 歌手 画家 艺术家 教练 运动员 球员 董事长 总裁 副总裁 总经理 经理 首席执行官 执行官 创始人 负责人 理事长
    秘书长 会长 顾问 警官 警长 将军 司令 教师 老师 研究生导师 总监 主管 法官 检察长 参赞
    联合创始人 合伙人 创办人 董事 副董事长 执行董事 首席执行官 首席技术官 首席财务官 首席科学家 CEO CTO CFO COO
    轮值董事长 行长 副行长 社长 台长 站长 镇长 村长 乡长 区长 州长 团长 军长 师长 旅长 队长 组长 处长 科长 司长
    庭长 检察官 院士 学部委员 研究馆员 馆长 主持人 制片人 编剧 诗人 评论员 评论家 翻译家 哲学家 数学家 经济师 会计师
    工程院院士 总工程师 总设计师 策展人 讲解员 调查员 观察员 巡视员 大法官 参议员 众议员 州长 外长 防长 国务卿
    首相 国王 女王 王子 主教 牧师 法师 医学家 营养师 心理咨询师 兽医 厨师 农艺师 技术员 指导员 辅导员 社工`),
  cues: list(`说 表示 指出 认为 强调 补充说 介绍 称 透露 坦言 解释 告诉 提出 回忆 写道 说道 表态 呼吁 建议 承认 警告`),
  // The most common family names, then less common ones of the classical lists. Names that are also
  // frequent words at a clause's start ("时", "成", "全", "过", "连", "华") are left out: a name needs a
  // role noun before it or a speech verb after it anyway.
  surnames: `王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温俞柳鲁葛伍翁殷` +
    `傅瞿蒉常康易乔赖施洪牛樊庞齐兰焦单岳欧阎申尤聂纪耿关霍管祝包解舒詹柏甘左卜裴房邢景池柴骆屈项阮蓝宁苗谷娄米褚卫蒙席边卞饶刁晏隋宫冉盛滕游窦凌童宗穆鞠费荣季芦鲍符涂沙储麦毕邬索桂郎楚戚靳佟巫蒲查慕扈钮冷贝仇邰揭敖佘仲楼寇艾辛粟蔺闻郁邝邸虞甄苑匡喻羊农蒯缪薄阚訾郦諸诸`,
  edgeStops: `的在是和与说称表指认也曾等则对向被了就都还将从到把为并而但又再于及或这那他她它们个一不有要会能可已所之其该此据由即如若让使给跟同`,
  copula: `是`,
  joiners: `·•‧・?`,
  transliteration: `阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登邓迪蒂杜多厄恩尔法凡范菲费芬丰
    弗福富盖甘冈高戈哥格葛根贡古瓜圭果哈海汉豪赫黑亨洪胡华怀惠霍基吉加贾杰捷金津卡凯坎康考柯科克肯孔库夸奎昆拉莱
    赖兰朗劳勒雷蕾里理丽利莉连列林琳伦罗洛卢鲁路吕马玛迈麦曼芒梅美蒙孟米密明缪莫默姆穆拿纳娜乃奈南内尼妮宁纽农
    努诺欧帕派潘庞佩彭皮珀普奇齐契恰乔切钦琼丘屈萨塞赛桑瑟森沙莎山尚绍舍申圣施什史舒斯丝松苏索塔泰坦汤唐陶特
    滕提图托瓦万旺威韦维温文沃乌伍西希锡夏谢辛欣休雅亚扬耶伊因英尤于约泽扎詹兹朱卓茨黛薇琪茜娅蒂露芙霍妲佐贝
    凯萝蒂芭夫翰席京娃姬治蕊顿得丁易哲琴瑞佛勃斐地雪罕尔`.replace(/\s+/g, ''),
};
