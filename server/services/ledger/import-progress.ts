/**
 * How far a person's import has got (issue 15): rows read from the file, checked, written, each of a
 * total when it is known. Kept in memory per person (one import at a time is what a person does; a
 * second upload simply takes over the display) and polled by the import page; the server forgets it
 * when the step ends.
 */
export type ImportPhase = 'reading' | 'checking' | 'writing';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  /** Null while reading: the file's row count is known only once it is read. */
  total: number | null;
}

const byPerson = new Map<number, ImportProgress>();

export function reportProgress(userId: number, progress: ImportProgress): void {
  byPerson.set(userId, progress);
}

export function endProgress(userId: number, phase: ImportPhase): void {
  if (byPerson.get(userId)?.phase === phase) byPerson.delete(userId);
}

export function progressOf(userId: number): ImportProgress | null {
  return byPerson.get(userId) ?? null;
}
