/** An error in a policy: what is wrong, and where (a path into the policy object, and a file position once known). */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  /** Path of keys from the policy root to the offending value, e.g. `['rules', 'no-access-claim', 'phrases', 2]`. */
  readonly path: (string | number)[];
  file?: string;
  line?: number;
  column?: number;
  /** The bare description, without file and position. */
  readonly detail: string;

  constructor(detail: string, path: (string | number)[] = [], location?: { file?: string; line?: number; column?: number }) {
    super(detail);
    this.detail = detail;
    this.path = path;
    if (location) this.locate(location);
  }

  /** Attach a file position and rebuild the one-line message `file:line:column: detail`. */
  locate(location: { file?: string; line?: number; column?: number }): this {
    if (location.file !== undefined) this.file = location.file;
    if (location.line !== undefined) this.line = location.line;
    if (location.column !== undefined) this.column = location.column;
    const where = [this.file, this.line, this.line !== undefined ? this.column : undefined].filter((part) => part !== undefined);
    this.message = where.length > 0 ? `${where.join(':')}: ${this.detail}` : this.detail;
    return this;
  }
}
