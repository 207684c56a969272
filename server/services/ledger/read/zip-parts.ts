import { StringDecoder } from 'node:string_decoder';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { LIMIT_MESSAGES, LIMITS, LedgerFileError } from './limits';

/**
 * The parts of an .xlsx (a zip) read one at a time as a stream: only the central directory is read
 * up front, each part is inflated in chunks, and the inflated bytes of the whole file are counted
 * so a zip bomb is stopped at the limit, whatever sizes its directory declares (yauzl also checks
 * the declared sizes against what it inflates).
 */
export class ZipParts {
  private inflated = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async open(bytes: Buffer): Promise<ZipParts> {
    let zip: ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
    } catch {
      throw new LedgerFileError(LIMIT_MESSAGES.damaged());
    }
    const entries = new Map<string, Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        if (entries.size >= LIMITS.zipEntries) {
          zip.close();
          return reject(new LedgerFileError(LIMIT_MESSAGES.zipEntries()));
        }
        entries.set(entry.fileName.replace(/^\/+/, '').toLowerCase(), entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', () => reject(new LedgerFileError(LIMIT_MESSAGES.damaged())));
      zip.readEntry();
    });
    return new ZipParts(zip, entries);
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  /**
   * Streams one part as text into `onText`, chunk by chunk; `onText` may throw to stop reading.
   * Resolves false when the part does not exist.
   */
  async read(path: string, onText: (text: string) => void): Promise<boolean> {
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) return false;
    const declared = entry.uncompressedSize;
    if (this.inflated + declared > LIMITS.uncompressedBytes)
      throw new LedgerFileError(LIMIT_MESSAGES.uncompressed());
    if (declared > 1024 * 1024 && declared > LIMITS.ratio * Math.max(1, entry.compressedSize))
      throw new LedgerFileError(LIMIT_MESSAGES.uncompressed());
    let stream;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch {
      throw new LedgerFileError(LIMIT_MESSAGES.damaged());
    }
    const decoder = new StringDecoder('utf8');
    await new Promise<void>((resolve, reject) => {
      const stop = (error: unknown) => {
        stream.destroy();
        reject(error instanceof LedgerFileError ? error : new LedgerFileError(LIMIT_MESSAGES.damaged()));
      };
      stream.on('data', (chunk: Buffer) => {
        this.inflated += chunk.length;
        try {
          if (this.inflated > LIMITS.uncompressedBytes)
            throw new LedgerFileError(LIMIT_MESSAGES.uncompressed());
          onText(decoder.write(chunk));
        } catch (error) {
          stop(error);
        }
      });
      stream.on('error', stop);
      stream.on('end', () => {
        try {
          onText(decoder.end());
          resolve();
        } catch (error) {
          stop(error);
        }
      });
    });
    return true;
  }

  close(): void {
    this.zip.close();
  }
}
