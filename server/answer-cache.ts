/**
 * Serialise once (issue 21): the tagged reads' answers, as they went over the wire (compressed or
 * not), kept while their tag holds. A tag names the last audit id, the business day and the session
 * (server/transfer.ts), so an answer kept under it is exactly the answer a rebuild would give; a write
 * anywhere moves the last audit id and empties the cache. Bounded by bytes, least recently used first.
 */
export interface KeptAnswer {
  body: Buffer | string;
  /** The answer's own headers (content type, and content encoding when `body` is compressed). */
  headers: Record<string, string>;
}

export class AnswerCache {
  private readonly answers = new Map<string, KeptAnswer>();
  private bytes = 0;
  private auditId = -1;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  /** Forgets every answer when a write has happened since they were kept. */
  private sync(auditId: number): void {
    if (auditId === this.auditId) return;
    this.answers.clear();
    this.bytes = 0;
    this.auditId = auditId;
  }

  get(auditId: number, key: string): KeptAnswer | undefined {
    this.sync(auditId);
    const answer = this.answers.get(key);
    if (!answer) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Most recently used last.
    this.answers.delete(key);
    this.answers.set(key, answer);
    return answer;
  }

  set(auditId: number, key: string, answer: KeptAnswer): void {
    this.sync(auditId);
    const size = Buffer.byteLength(answer.body);
    if (size > this.maxBytes / 4 || this.answers.has(key)) return;
    this.answers.set(key, answer);
    this.bytes += size;
    for (const [oldest, kept] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(oldest);
      this.bytes -= Buffer.byteLength(kept.body);
    }
  }

  /** Forgets every answer (the board bench times rebuilds over HTTP with it). */
  clear(): void {
    this.answers.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.answers.size;
  }
}
