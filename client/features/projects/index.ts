export { CreateProjectButton } from './create-project-button';
