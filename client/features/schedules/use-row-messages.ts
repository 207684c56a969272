import { msg } from '../../../shared/schemas/messages';
import { useTranslation } from 'react-i18next';

export function useRowMessages() {
  const { t } = useTranslation();
  return {
    outOfOrder: t('schedules.editor.outOfOrder'),
    afterTarget: t('schedules.editor.afterTarget'),
    futureActual: t('schedules.editor.futureActual'),
    required: msg('required'),
  };
}
