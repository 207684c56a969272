export { ProjectProblemsSection } from './project-problems-section';
