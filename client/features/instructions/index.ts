export { InstructionsSection } from './instructions-section';
