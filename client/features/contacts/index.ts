export { ContactsSection } from './contacts-section';
