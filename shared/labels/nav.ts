/**
 * The header's links to the review and the reports: the board's first load carries these
 * (client/i18n/zh-CN-core.ts), the rest of ./review.ts and ./report.ts loads with their pages. A module
 * of their own, because the bundler keeps a module whole: were they in review.ts, all of it would load
 * with the board.
 */
export const reviewNavZh = { nav: '周调度', navTargets: '目标管理' } as const;
export const reportNavZh = { nav: '月报季报' } as const;
