export const conflictsZh = {
  title: '在您编辑期间，其他人保存了这个项目',
  body: '你们修改了同一字段：请选择保留对方的内容，还是使用您填写的内容。',
  field: '字段',
  opened: '您打开时',
  theirs: '对方保存的',
  mine: '您填写的',
  keptTheirs: '对方修改的其他字段（{{fields}}）将保留。',
  keptMine: '您修改的其他字段（{{fields}}）将一并保存。',
  merged: '其他人同时修改了{{fields}}，已保留；您的修改已一并保存',
  keepTheirs: '保留对方的',
  reapplyMine: '重新应用我的修改',
  empty: '（空）',
} as const;
