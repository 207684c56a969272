import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LIMIT_MESSAGES, LIMITS, LedgerFileError } from './limits';
import type { ZipParts } from './zip-parts';

export interface XmlHandlers {
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** `x:row` → `row`: some writers prefix SpreadsheetML's elements. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Streams one XML part of the zip through a SAX parser. Text between two tags is bounded: a single
 * cell holds at most 32,767 characters, so more bytes than that (with room for entities) without a
 * tag means a hostile file, refused before the parser collects it all.
 */
export async function readXmlPart(parts: ZipParts, path: string, on: XmlHandlers): Promise<boolean> {
  const parser = new SaxesParser({ xmlns: false });
  let fed = 0;
  let lastTagAt = 0;
  const mark = () => (lastTagAt = fed);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    mark();
    on.open?.(local(tag.name), tag.attributes);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    mark();
    on.close?.(local(tag.name));
  });
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  const found = await parts.read(path, (chunk) => {
    if (!chunk) return;
    fed += chunk.length;
    parser.write(chunk);
    if (fed - lastTagAt > LIMITS.cellChars * 8) throw new LedgerFileError(LIMIT_MESSAGES.partChars(path));
  });
  if (found) parser.close();
  return found;
}
