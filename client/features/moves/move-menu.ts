import { useTranslation } from 'react-i18next';
import type { FunnelStage, ProjectState, ProjectStatus } from '../../../shared/domain/stages';
import { moveTargets } from '../../../shared/domain/transitions';

/**
 * The 调整阶段 menu's items, from the shared rule (`moveTargets`): a held project offers only 恢复推进
 * to its own stage and 终止, a dropped one only 恢复项目, an active one every other state.
 */
export function useMoveMenuItems() {
  const { t } = useTranslation();
  return (p: { stage: FunnelStage; status: ProjectStatus }, onSelect: (to: ProjectState) => void) =>
    moveTargets(p).map(({ to, kind }) => ({
      key: to,
      label:
        kind === 'resume' || kind === 'restore'
          ? `${t(`move.${kind}`)}${t('punct.open')}${t(`stage.${to}`)}${t('punct.close')}`
          : t(`stage.${to}`),
      tone: kind === 'drop' ? ('danger' as const) : undefined,
      onSelect: () => onSelect(to),
    }));
}
