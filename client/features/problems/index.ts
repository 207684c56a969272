export { ProjectProblemsSection } from './project-problems-section';
export { CloseProblemsDialog } from './close-problems-dialog';
