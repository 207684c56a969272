export { ProjectAuditSection } from './project-audit-section';
