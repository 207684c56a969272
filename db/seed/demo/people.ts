/**
 * The demo district's units and people. Three accounts have fixed usernames for the demo and the
 * end-to-end tests (admin / leader / staff); everyone else gets a pinyin username as an office would.
 */
import type { Role } from '../../../shared/domain/catalog';

/** The shared password of every demo account. */
export const DEMO_PASSWORD = 'demo2026';

/** The three accounts the login page names while the demo district is loaded: username → role. */
export const DEMO_LOGINS = { admin: 'admin', leader: 'leader', staff: 'staff' } as const satisfies Record<
  string,
  Role
>;

export const UNITS = [
  '投资促进局',
  '商务局',
  '科技局',
  '发改局',
  '文旅局',
  '金融服务中心',
  '自由大路街道',
  '南岭街道',
] as const;
export type UnitName = (typeof UNITS)[number];

export interface PersonSeed {
  username: string;
  displayName: string;
  role: Role;
  title: string;
  unit: UnitName | null;
}

/** 包保领导: district leaders have no unit; `leader` is the 常务副区长 who chairs the weekly review. */
export const LEADERS: readonly PersonSeed[] = [
  { username: 'liuzhigang', displayName: '刘志刚', role: 'leader', title: '区长', unit: null },
  { username: 'leader', displayName: '陈立新', role: 'leader', title: '常务副区长', unit: null },
  { username: 'zhaohaibo', displayName: '赵海波', role: 'leader', title: '副区长', unit: null },
  { username: 'sunxiaomei', displayName: '孙晓梅', role: 'leader', title: '副区长', unit: null },
  { username: 'zhouwenbin', displayName: '周文斌', role: 'leader', title: '副区长', unit: null },
  { username: 'wujing', displayName: '吴静', role: 'leader', title: '副区长', unit: null },
];

/** 招商专员: the people who own projects. `staff` works at the investment-promotion bureau. */
export const OFFICERS: readonly PersonSeed[] = [
  { username: 'staff', displayName: '王磊', role: 'staff', title: '招商一科科长', unit: '投资促进局' },
  { username: 'zhangwei', displayName: '张伟', role: 'staff', title: '招商二科科长', unit: '投资促进局' },
  { username: 'lina', displayName: '李娜', role: 'staff', title: '招商专员', unit: '投资促进局' },
  { username: 'yangfan', displayName: '杨帆', role: 'staff', title: '招商专员', unit: '投资促进局' },
  { username: 'huangli', displayName: '黄丽', role: 'staff', title: '商贸流通科科长', unit: '商务局' },
  { username: 'machao', displayName: '马超', role: 'staff', title: '招商专员', unit: '商务局' },
  { username: 'guopeng', displayName: '郭鹏', role: 'staff', title: '科技招商专员', unit: '科技局' },
  { username: 'hemin', displayName: '何敏', role: 'staff', title: '项目科副科长', unit: '发改局' },
  { username: 'linxiao', displayName: '林晓', role: 'staff', title: '文旅产业科科员', unit: '文旅局' },
  { username: 'gaojie', displayName: '高洁', role: 'staff', title: '金融招商专员', unit: '金融服务中心' },
  { username: 'luojun', displayName: '罗军', role: 'staff', title: '经济发展办主任', unit: '自由大路街道' },
  { username: 'songxue', displayName: '宋雪', role: 'staff', title: '楼宇经济专员', unit: '南岭街道' },
];

export const ADMIN: PersonSeed = {
  username: 'admin',
  displayName: '系统管理员',
  role: 'admin',
  title: '综合统计员',
  unit: '投资促进局',
};

export const PEOPLE: readonly PersonSeed[] = [ADMIN, ...LEADERS, ...OFFICERS];
