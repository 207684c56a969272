import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { units, users } from '../../../db/schema';
import { ownerError } from '../../../shared/domain/permissions';
import { fieldError } from '../../errors';
import type { ImportOptions } from './validate';

/** The import's defaults name an active officer and an active unit, or the import is refused. */
export function checkImportDefaults(db: Db, defaults: ImportOptions['defaults']): void {
  if (defaults.ownerAId !== null) {
    const person = db
      .select({ active: users.active, role: users.role })
      .from(users)
      .where(eq(users.id, defaults.ownerAId))
      .get();
    const error = ownerError(person);
    if (error) throw fieldError({ ownerAId: error });
  }
  if (defaults.unitId !== null) {
    const unit = db.select({ active: units.active }).from(units).where(eq(units.id, defaults.unitId)).get();
    if (!unit?.active) throw fieldError({ unitId: 'unitInactive' });
  }
}
