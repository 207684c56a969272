/** The import page's progress bar (issue 15): rows read, checked and written. */
export const importProgressZh = {
  label: '导入进度',
  reading: '正在读取文件：已读 {{done}} 行',
  checking: '正在检查：{{done}} / {{total}} 行',
  writing: '正在写入：{{done}} / {{total}} 行',
} as const;
