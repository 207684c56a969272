import type { Widen } from '../../types';
import type { contactsZh } from '../contacts';

/** English strings of the contacts section: loaded with the English catalogue only. */
export const contactsEn: Widen<typeof contactsZh> = {
  title: 'Investor contacts',
  add: 'Add contact',
  edit: 'Edit contact',
  editShort: 'Edit',
  editOne: 'Edit the contact “{{name}}”',
  removeOne: 'Remove the contact “{{name}}”',
  empty: 'No investor contacts yet',
  name: 'Name',
  jobTitle: 'Title',
  phone: 'Phone',
  email: 'E-mail',
  note: 'Note',
  primary: 'Primary contact',
  makePrimary: 'Make primary',
  isPrimaryHint: 'The desk and the ledger show the primary contact',
  remove: 'Remove',
  removeConfirm: 'Remove the contact “{{name}}”?',
  added: 'Contact added',
  saved: 'Contact saved',
  removed: 'Contact removed',
  primaryNow: '“{{name}}” is now the primary contact',
  onDesk: 'Contact {{name}}',
};
