/** Notes an officer would write when a project moves backward, pauses or is dropped. */
import type { DropCategory } from '../../../shared/domain/catalog';

export const HOLD_REASONS = [
  '企业集团年度投资计划调整，项目暂缓至下一年度',
  '企业融资安排尚未落实，待资金到位后再推进',
  '意向地块控规调整中，待规划批复后再议',
  '企业总部管理层调整，投资决策暂停',
  '行业监管政策变化，企业持观望态度',
  '企业正在与其他城市比选，暂缓推进',
  '项目方案调整，待企业重新提交可研报告',
] as const;

/** Only a project with foreign or HK/Macau/Taiwan capital has a foreign shareholder to wait for. */
export const FOREIGN_HOLD_REASON = '外方股东审批流程延长，暂缓推进';

export const RESUME_NOTES = [
  '企业确认恢复推进',
  '资金落实，恢复推进',
  '规划批复已下达，恢复推进',
  null,
] as const;

export const DROP_NOTES: Record<DropCategory, readonly string[]> = {
  funding: ['企业资金链紧张，投资计划取消', '融资未能落实，企业决定终止项目'],
  policy: ['行业准入政策收紧，项目无法取得相关许可', '项目不符合最新产业政策导向，双方协商终止'],
  site: ['企业要求的连片用地无法满足', '意向楼宇可租面积不足，企业另行选址'],
  competition: ['企业最终选择落户沈阳', '外省开发区给出更优扶持政策，企业落户外省', '企业选择落户哈尔滨新区'],
  strategy: ['企业集团战略收缩，暂停东北区域布局', '企业被并购，新股东取消该投资计划'],
  other: ['企业主要负责人变动，项目无人推动', '经评估项目产出不符合区里要求，双方协商终止'],
};

/** Why a project went back one stage, by the stage it left (index in the funnel). */
export const BACKWARD_NOTES: Record<number, string> = {
  1: '框架协议约定条件未达成，企业要求重新商谈投资强度与扶持政策',
  2: '企业调整注册主体，原落位楼宇取消，退回引进阶段重新选址',
  3: '施工许可手续不全被要求停工，退回落地阶段补办手续',
  4: '竣工验收消防专项未通过，退回开工阶段整改',
};

/** What the officer noted when the project moved forward again. */
export const RETURN_NOTES: Record<number, string> = {
  1: '重新签订投资协议',
  2: '新主体完成注册，重新落位',
  3: '手续补齐，恢复施工',
  4: '整改完成，通过竣工验收',
};
