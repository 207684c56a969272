import { auditActionKey, auditValueKind } from '../../../shared/domain/audit-actions';

/** Names of the people, units and projects an audit page refers to by id (the server resolves them). */
export interface AuditNames {
  users: Record<string, string>;
  units: Record<string, string>;
  projects: Record<string, string>;
}

/** What reading needs: the catalogue, the formatters and the names. */
export interface Reader {
  t: (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
  money: (wan: number) => string;
  date: (day: string) => string;
  dateTime: (ms: number) => string;
  names: AuditNames;
}

/** One changed field as people read it: before → after, or a value when only one is recorded. */
export interface ReadableChange {
  field: string;
  label: string;
  before?: string;
  after?: string;
  value?: string;
}

const label = (r: Reader, keys: string[], fallback: string) => {
  const key = keys.find((k) => r.exists(k));
  return key ? r.t(key) : fallback;
};

export const actionLabel = (r: Reader, action: string) =>
  label(r, [`audit.actions.${auditActionKey(action)}`], action);

export const entityLabel = (r: Reader, entity: string) => label(r, [`audit.entities.${entity}`], entity);

const NAMED: Record<string, keyof AuditNames> = { user: 'users', unit: 'units', project: 'projects' };

/** The name of a row's object where it has one (a project, a person, a unit): user text. */
export const objectName = (r: Reader, entity: string, id: number | null): string | undefined =>
  id === null || !NAMED[entity] ? undefined : r.names[NAMED[entity]][String(id)];

/** A row's object by name where it has one (项目「…」), else by kind and number (督办单 #12). */
export const objectLabel = (
  r: Reader,
  entity: string,
  id: number | null,
  name = objectName(r, entity, id),
) => {
  const kind = entityLabel(r, entity);
  if (id === null) return kind;
  return name
    ? r.t('audit.entityNamed', { entity: kind, name })
    : r.t('audit.entityLabel', { entity: kind, id });
};

/**
 * A field's label; an amount's unit is dropped from it, since the value carries its own (万元/亿元).
 * The daily reminder row counts what it sent by notification kind (督办升级: 2).
 */
export const fieldLabel = (r: Reader, field: string) => {
  const text = label(r, [`field.${field}`, `audit.fields.${field}`, `leaders.bell.kind.${field}`], field);
  return auditValueKind(field) === 'money' ? text.replace(/\s*[（(](万元|10k yuan)[）)]/, '') : text;
};

/** Which status catalogue an action's `status` values come from. */
function statusGroup(action: string): string {
  const head = action.split('.')[0]!;
  return ['problem', 'instruction', 'chaseUp'].includes(head) ? head : 'project';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A value as text, whatever it holds. */
const plain = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);

/** One value of a field, formatted for its kind. */
export function readValue(r: Reader, field: string, value: unknown, action: string): string {
  if (value === null || value === undefined || value === '') return r.t('audit.emptyValue');
  const kind = auditValueKind(field);
  const person = (id: unknown) => r.names.users[plain(id)] ?? `#${plain(id)}`;
  switch (kind) {
    case 'money':
      return typeof value === 'number' ? r.money(value) : plain(value);
    case 'user':
      return person(value);
    case 'users':
      return Array.isArray(value) ? value.map(person).join('、') || r.t('audit.emptyValue') : plain(value);
    case 'unit':
      return r.names.units[plain(value)] ?? `#${plain(value)}`;
    case 'instant':
      return typeof value === 'number' ? r.dateTime(value) : plain(value);
    case 'boolean':
      return r.t(value ? 'common.yes' : 'common.no');
    case 'industries':
      return Array.isArray(value)
        ? value.map((v) => label(r, [`industry.${plain(v)}`], plain(v))).join('、')
        : plain(value);
    case 'status':
      return label(r, [`audit.status.${statusGroup(action)}.${plain(value)}`], plain(value));
    case 'list':
      return Array.isArray(value) ? r.t('audit.items', { count: value.length }) : plain(value);
    case 'text':
      return typeof value === 'string' && DAY.test(value) ? r.date(value) : plain(value);
    default:
      // An enum: stage, industry, channel, origin, capital type, agreement type, drop category,
      // follow-up kind, role.
      return label(r, [`${kind}.${plain(value)}`], plain(value));
  }
}

/** A pair is a before → after diff; for list fields only when both sides are lists (or empty). */
function isDiff(field: string, value: unknown): value is [unknown, unknown] {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const kind = auditValueKind(field);
  if (kind === 'users' || kind === 'industries' || kind === 'list')
    return value.every((v) => v === null || Array.isArray(v));
  return true;
}

/** An audit row's changes, field by field, in the reader's language. */
export function readableChanges(r: Reader, action: string, changes: unknown): ReadableChange[] {
  if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, value]) => {
    const base = { field, label: fieldLabel(r, field) };
    return isDiff(field, value)
      ? {
          ...base,
          before: readValue(r, field, value[0], action),
          after: readValue(r, field, value[1], action),
        }
      : { ...base, value: readValue(r, field, value, action) };
  });
}
