import type { Widen } from '../types';

export const conflictsZh = {
  title: '在您编辑期间，其他人保存了这个项目',
  body: '下表列出双方不一致的字段：可以保留对方的内容，或在最新版本上重新应用您的修改。',
  field: '字段',
  theirs: '对方保存的',
  mine: '您填写的',
  keepTheirs: '保留对方的',
  reapplyMine: '重新应用我的修改',
  empty: '（空）',
} as const;

export const conflictsEn: Widen<typeof conflictsZh> = {
  title: 'Someone else saved this project while you were editing',
  body: 'The fields below differ: keep their values, or reapply yours on top of the latest version.',
  field: 'Field',
  theirs: 'They saved',
  mine: 'You typed',
  keepTheirs: 'Keep theirs',
  reapplyMine: 'Reapply mine',
  empty: '(empty)',
};
