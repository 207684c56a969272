import { useTranslation } from 'react-i18next';
import { readSystemNote } from '../../shared/domain/system-notes';
import { UserText } from './ui/user-text';

/** A stored note: one the app wrote (台账导入) in the UI language, one a person typed as typed. */
export function NoteText({ note }: { note: string }) {
  const { t } = useTranslation();
  const system = readSystemNote(note);
  if (!system) return <UserText>{note}</UserText>;
  return t(`systemNote.${system.key}`, { from: system.from, to: system.to });
}
