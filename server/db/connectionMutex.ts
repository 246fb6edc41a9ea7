/** The one connection is shared: whoever holds this runs statements on it (like kysely's own mutex). */
export class Mutex {
  #held: Promise<void> | undefined;
  #release: (() => void) | undefined;
  #waiting = 0;
  /** How many are waiting for the connection now (group commit hands it on while there are). */
  get waiting(): number {
    return this.#waiting;
  }
  async lock(): Promise<void> {
    this.#waiting++;
    try {
      while (this.#held) await this.#held;
    } finally {
      this.#waiting--;
    }
    this.#held = new Promise((resolve) => (this.#release = resolve));
  }
  unlock(): void {
    const release = this.#release;
    this.#held = this.#release = undefined;
    release?.();
  }
}
