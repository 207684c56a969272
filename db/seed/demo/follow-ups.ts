/**
 * Follow-up records (跟进记录) spread over each project's life, written the way officers write them:
 * what happened, with whom, and the next step with a date. The latest one sits on the project's
 * last-activity day, so stalled projects are exactly the ones left alone for a month.
 */
import type { AgreementType, FollowUpKind } from '../../../shared/domain/catalog';
import { formatWan } from '../../../shared/domain/money';
import type { DemoCalendar } from './calendar';
import { LEADERS, PEOPLE } from './people';
import type { Rng } from './random';
import type { Identity, Owners, PlannedFollowUp, Timeline } from './types';

type Phase = 0 | 1 | 2 | 3 | 4;
type Bank = Record<Exclude<FollowUpKind, 'signing'>, readonly string[]>;

const SUMMARIES: Record<Phase, Bank> = {
  0: {
    visit: [
      '赴{city}拜访{investor}，介绍南关区产业政策与载体资源，企业对{topic}表示关注',
      '带队赴{city}走访{short}总部，与{contact}交流投资意向，初步明确{topic}需求',
    ],
    reception: [
      '接待{short}考察团一行，实地考察{place}，座谈{topic}',
      '{contact}带队来南关区考察，参观中央商务区及南部新城，双方就合作框架交换意见',
    ],
    phone: [
      '与{contact}电话沟通，企业正在内部评估投资方案，预计近期上会决策',
      '电话跟进{short}投资决策进度，企业反馈需补充区位及政策对比材料',
    ],
    meeting: [
      '召开{short}项目专题推进会，研究{topic}及扶持政策，明确责任分工',
      '与{short}召开视频会议，就投资规模、落位选址和政策诉求逐项沟通',
    ],
    other: ['向企业发送南关区招商政策汇编及重点载体清单', '整理{short}项目情况报告，报区领导审阅'],
  },
  1: {
    visit: ['走访{short}，协调企业名称预核准及注册材料准备', '走访{contact}，了解协议履约计划及注册进度'],
    reception: [
      '陪同{contact}查看意向落位{place}，商谈租赁条件',
      '接待企业筹备组，介绍开办企业"一网通办"流程',
    ],
    phone: ['电话跟进协议履约，企业确认注册资本金到位计划', '电话沟通落位方案，企业倾向{place}'],
    meeting: [
      '召开协议落实协调会，相关部门对接企业注册及办公场所事宜',
      '召开{short}项目专班会议，梳理落地前置手续清单',
    ],
    other: ['协助企业办理银行开户及税务登记预约', '为企业筹备组协调临时办公场地'],
  },
  2: {
    visit: ['走访{short}，了解装修设计及开业筹备进展', '走访企业了解人员招聘及开工准备情况'],
    reception: ['接待企业项目负责人，协调{topic}相关审批事项', '接待企业工程团队，对接施工许可办理流程'],
    phone: ['电话了解企业施工准备情况，企业反馈施工许可材料已报审', '电话跟进首笔投资到位情况'],
    meeting: ['召开项目服务专班会议，协调解决{topic}中的堵点问题', '组织住建、消防等部门现场会商装修方案'],
    other: ['帮助企业申报区级产业扶持资金', '为企业高管办理人才公寓入住'],
  },
  3: {
    visit: [
      '现场查看施工进度，{progress}，现场施工人员约{workers}人',
      '现场踏查项目建设情况，督促落实安全生产措施',
    ],
    reception: ['接待企业工程负责人，协调供电增容及市政配套接入', '接待企业负责人，研究开业（投产）时间节点'],
    phone: ['电话跟进工程进度，企业反馈材料供应正常，工期可控', '电话沟通设备采购及进场安排'],
    meeting: [
      '召开项目调度会，研究倒排工期节点及竣工验收准备',
      '参加{short}项目周例会，协调解决施工用水用电问题',
    ],
    other: ['协助企业办理农民工工资保证金相关手续', '报送项目月度投资统计数据'],
  },
  4: {
    visit: ['开业（投产）后回访{short}，企业经营正常，了解用工及融资需求', '走访企业了解二期扩产意向'],
    reception: [
      '接待企业负责人，听取运营情况汇报，协调解决停车配套问题',
      '接待企业财务负责人，对接纳统入库工作',
    ],
    phone: ['电话回访企业经营情况，营业收入稳定增长', '电话了解企业享受扶持政策兑现情况'],
    meeting: ['参加企业运营情况座谈会，宣讲惠企政策', '召开以商招商座谈会，请企业推荐上下游合作伙伴'],
    other: ['协助企业申报规上企业培育', '协助企业申报区级扶持政策兑现'],
  },
};

const NEXT_STEPS: Record<Phase, readonly string[]> = {
  0: [
    '准备项目推介材料，约企业高层再次来访',
    '推动双方尽快签订框架协议',
    '梳理企业政策诉求，提请区政府研究',
    '组织相关部门联合对接',
  ],
  1: ['协调办理工商注册', '推动企业尽快确定落位', '跟进注册资本金到位', '推动框架协议转签投资协议'],
  2: ['跟进施工许可办理', '协调装修方案消防审查', '推动企业尽快进场施工', '跟进首笔投资到位'],
  3: ['跟进主体施工进度', '协调竣工验收相关部门', '跟进设备进场安装', '按倒排工期节点督促推进'],
  4: ['跟进企业纳统入库', '协调解决企业用工需求', '推动企业增资扩产', '定期回访'],
};

const PROGRESS = [
  '基础施工已完成',
  '主体结构施工至第8层',
  '主体结构已封顶',
  '正在进行幕墙及机电安装',
  '装修工程完成约六成',
];
const KIND_WEIGHTS: readonly (readonly [Exclude<FollowUpKind, 'signing'>, number])[] = [
  ['visit', 4],
  ['phone', 4],
  ['reception', 2],
  ['meeting', 2],
  ['other', 1],
];

const NAMES = new Map(PEOPLE.map((p) => [p.username, p.displayName]));
const MAX_FOLLOW_UPS = 12;
/** Officers log a follow-up about once a month, a little more when things move. */
const DAYS_PER_FOLLOW_UP = 35;

function phaseAt(timeline: Timeline, ago: number): Phase {
  let phase = 0;
  timeline.gateAgo.forEach((gate, i) => {
    if (ago <= gate) phase = i + 1;
  });
  return phase as Phase;
}

export function planFollowUps(
  rng: Rng,
  cal: DemoCalendar,
  identity: Identity,
  owners: Owners,
  timeline: Timeline,
  agreementType: AgreementType | null,
): PlannedFollowUp[] {
  const { leadAgo, lastAgo, quiet } = timeline;
  const span = leadAgo - lastAgo;
  const extra = Math.min(
    MAX_FOLLOW_UPS - 1,
    Math.round((span / DAYS_PER_FOLLOW_UP) * (0.6 + rng.next() * 0.8)),
  );
  const days = new Set(span > 0 ? rng.distinctInts(lastAgo + 1, leadAgo, extra) : []);
  days.add(lastAgo);
  const signingAgo = timeline.gateAgo[0];
  // Most signings are recorded as a ceremony on the day.
  if (signingAgo !== undefined && signingAgo >= lastAgo && rng.chance(0.7)) days.add(signingAgo);

  const officer = (u: string) => NAMES.get(u) ?? u;
  const out: PlannedFollowUp[] = [];
  for (const ago of [...days].sort((x, y) => y - x)) {
    if (quiet && ago < quiet.from && ago > quiet.to) continue;
    const date = cal.daysAgo(ago);
    const phase = phaseAt(timeline, ago);
    const signing = ago === signingAgo;
    const kind: FollowUpKind = signing ? 'signing' : rng.weighted(KIND_WEIGHTS);
    const leader = rng.pick(LEADERS);
    const withLeader =
      signing || (kind === 'meeting' && rng.chance(0.5)) || (kind === 'visit' && rng.chance(0.15));
    const people = [withLeader ? `${leader.displayName}${leader.title}` : null, officer(owners.ownerA)];
    if (kind !== 'phone' && rng.chance(0.5)) people.push(officer(owners.ownerB));
    const participants = `${people.filter(Boolean).join('、')}；企业方：${identity.contact}`;

    const template = signing
      ? '签约仪式：南关区人民政府与{investor}签署{agreement}，协议投资额{amount}'
      : rng.pick(SUMMARIES[phase][kind as Exclude<FollowUpKind, 'signing'>]);
    const summary = template
      .replace('{city}', identity.investorCity)
      .replace('{investor}', identity.investor)
      .replace('{short}', identity.short)
      .replace('{contact}', identity.contact)
      .replace('{topic}', identity.topic)
      .replace('{place}', identity.location)
      .replace('{agreement}', agreementType === 'framework' ? '框架协议' : '投资协议')
      .replace('{amount}', formatWan(identity.agreedInvestment))
      .replace('{progress}', rng.pick(PROGRESS))
      .replace('{workers}', String(rng.int(3, 30) * 10));

    const hasNext = rng.chance(0.8);
    const nextAgo = ago - rng.int(5, 30);
    out.push({
      date,
      kind,
      participants,
      summary,
      nextStep: hasNext ? rng.pick(NEXT_STEPS[phase]) : null,
      nextDate: hasNext ? cal.daysAgo(nextAgo) : null,
      by: rng.chance(0.8) ? owners.ownerA : owners.ownerB,
      createdAt: cal.at(date, rng.int(16, 20), rng.int(0, 59)),
    });
  }
  return out;
}
