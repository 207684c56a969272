export * from './plan';
export * from './status';
export * from './pro-rata';
export * from './chase-up';
export * from './templates';
export * from './gantt';
