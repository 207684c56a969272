import { withUserText } from '../../components/ui/user-text';
import { type Reader, objectLabel, objectName } from './readable';

/** A row's object in words (项目「…」); its name is marked as what people typed. */
export function ObjectText({ reader, entity, id }: { reader: Reader; entity: string; id: number | null }) {
  const name = objectName(reader, entity, id);
  if (name === undefined) return objectLabel(reader, entity, id);
  return withUserText((shown) => objectLabel(reader, entity, id, shown), name);
}
