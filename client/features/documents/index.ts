export { DocumentsSection } from './documents-section';
export { uploadDocument } from './upload';
export { ProofGatesForm } from './proof-gates-form';
export { LackingProofSection } from './lacking-proof-section';
export { KindsForm } from './kinds-form';
export { Attachments } from './attachments';
