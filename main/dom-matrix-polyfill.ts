/**
 * A small DOMMatrix (2-D affine only) for the document reader's worker in the desktop app.
 *
 * pdf.js creates a DOMMatrix when it loads. In Node it borrows one from the optional native package
 * @napi-rs/canvas, which the packaged app does not carry (it ships no node_modules): without this, every PDF
 * would fail to open there. Reading a PDF's text draws nothing, so a plain 2-D matrix is all pdf.js needs.
 * scripts/build.js injects this module into dist/main/import-worker.js; it does nothing where a DOMMatrix exists.
 */
type Init = ArrayLike<number> | undefined;

export class Matrix2D {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: Init | string) {
    if (init === undefined || typeof init === 'string') return;
    const n = Array.from(init, Number);
    if (n.length === 6) this.set6(n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!);
    else if (n.length === 16) this.set6(n[0]!, n[1]!, n[4]!, n[5]!, n[12]!, n[13]!);
    else throw new TypeError('DOMMatrix: expected 6 or 16 numbers');
  }

  get m11() { return this.a; }
  get m12() { return this.b; }
  get m21() { return this.c; }
  get m22() { return this.d; }
  get m41() { return this.e; }
  get m42() { return this.f; }
  get is2D() { return true; }
  get isIdentity() {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  private set6(a: number, b: number, c: number, d: number, e: number, f: number): this {
    Object.assign(this, { a, b, c, d, e, f });
    return this;
  }

  /** this = this × other */
  multiplySelf(other: Partial<Matrix2D> = {}): this {
    const o = new Matrix2D([other.a ?? 1, other.b ?? 0, other.c ?? 0, other.d ?? 1, other.e ?? 0, other.f ?? 0]);
    return this.set6(
      this.a * o.a + this.c * o.b,
      this.b * o.a + this.d * o.b,
      this.a * o.c + this.c * o.d,
      this.b * o.c + this.d * o.d,
      this.a * o.e + this.c * o.f + this.e,
      this.b * o.e + this.d * o.f + this.f,
    );
  }

  /** this = other × this */
  preMultiplySelf(other: Partial<Matrix2D> = {}): this {
    const o = new Matrix2D([other.a ?? 1, other.b ?? 0, other.c ?? 0, other.d ?? 1, other.e ?? 0, other.f ?? 0]);
    return this.set6(...o.multiplySelf(this).toArray());
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: tx, f: ty });
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf({ a: sx, b: 0, c: 0, d: sy, e: 0, f: 0 });
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (!det) return this.set6(NaN, NaN, NaN, NaN, NaN, NaN);
    return this.set6(
      this.d / det,
      -this.b / det,
      -this.c / det,
      this.a / det,
      (this.c * this.f - this.d * this.e) / det,
      (this.b * this.e - this.a * this.f) / det,
    );
  }

  multiply(other?: Partial<Matrix2D>) { return this.clone().multiplySelf(other); }
  translate(tx?: number, ty?: number) { return this.clone().translateSelf(tx, ty); }
  scale(sx?: number, sy?: number) { return this.clone().scaleSelf(sx, sy); }
  inverse() { return this.clone().invertSelf(); }

  transformPoint(point: { x?: number; y?: number } = {}) {
    const x = point.x ?? 0;
    const y = point.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }

  clone(): Matrix2D {
    return new Matrix2D(this.toArray());
  }

  toArray(): [number, number, number, number, number, number] {
    return [this.a, this.b, this.c, this.d, this.e, this.f];
  }
}

/** Installs the matrix as globalThis.DOMMatrix where there is none. */
export function installDomMatrix(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  if (typeof scope.DOMMatrix === 'undefined') scope.DOMMatrix = Matrix2D;
}

installDomMatrix();
