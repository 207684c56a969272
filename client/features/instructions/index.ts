export { InstructionDialog, InstructionsSection } from './instructions-section';
